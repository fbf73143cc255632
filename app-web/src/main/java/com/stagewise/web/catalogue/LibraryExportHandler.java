package com.stagewise.web.catalogue;

import com.stagewise.domain.catalogue.Exercise;
import com.stagewise.domain.catalogue.Exercises;
import com.stagewise.web.access.Visitor;
import com.stagewise.web.system.Audit;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** Admins download the clinic's whole library, retired entries included, as CSV or JSON. */
public final class LibraryExportHandler {

    private final Exercises exercises;
    private final Audit audit;
    private final Clock clock;

    public LibraryExportHandler(Exercises exercises, Audit audit, Clock clock) {
        this.exercises = exercises;
        this.audit = audit;
        this.clock = clock;
    }

    public void csv(Context ctx) {
        List<Exercise> library = exercises.all(Visitor.of(ctx).clinicId());
        download(ctx, "csv", "text/csv; charset=utf-8", LibraryCsv.write(library), library.size());
    }

    public void json(Context ctx) {
        List<Exercise> library = exercises.all(Visitor.of(ctx).clinicId());
        download(ctx, "json", "application/json; charset=utf-8", LibraryJson.write(library), library.size());
    }

    private void download(Context ctx, String extension, String contentType, String body, int count) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        ctx.header("Content-Disposition", "attachment; filename=\"stagewise-library-" + today + "." + extension + "\"");
        ctx.header("Cache-Control", "no-store");
        ctx.contentType(contentType).result(body);
        audit.record(ctx, "LIBRARY_EXPORTED", "library", null, extension + ", " + count + " exercises");
    }
}
