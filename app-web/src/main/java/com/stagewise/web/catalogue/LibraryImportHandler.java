package com.stagewise.web.catalogue;

import com.stagewise.domain.catalogue.ImportJob;
import com.stagewise.web.access.Visitor;
import com.stagewise.web.system.Form;
import com.stagewise.web.system.Messages;
import com.stagewise.web.system.PageModel;
import com.stagewise.web.system.PathIds;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Admins import a CSV or JSON file into the library: the whole file is checked first and every
 * problem listed; only a file without problems starts a background job, whose page shows its progress.
 */
public final class LibraryImportHandler {

    /** The most problems one page lists; the count above the list says how many there are in all. */
    static final int PROBLEMS_SHOWN = 500;
    static final String FILE_FIELD = "file";

    private final LibraryImportService service;
    private final Messages messages;
    private final Clock clock;

    public LibraryImportHandler(LibraryImportService service, Messages messages, Clock clock) {
        this.service = service;
        this.messages = messages;
        this.clock = clock;
    }

    public void form(Context ctx) {
        render(ctx, new Form(messages, PageModel.locale(ctx)), List.of(), 0);
    }

    public void upload(Context ctx) {
        Locale locale = PageModel.locale(ctx);
        Form form = new Form(messages, locale);
        UploadedFile file = ctx.isMultipartFormData() ? ctx.uploadedFile(FILE_FIELD) : null;
        if (file == null || file.size() == 0) {
            form.error(FILE_FIELD, "import.file.required");
        } else if (file.size() > ImportCheck.MAX_BYTES) {
            form.error(FILE_FIELD, "import.file.too-large", ImportCheck.MAX_BYTES / (1024 * 1024));
        }
        if (form.hasErrors()) {
            ctx.status(HttpStatus.BAD_REQUEST);
            render(ctx, form, List.of(), 0);
            return;
        }
        ImportCheck.Result checked = ImportCheck.check(read(file));
        if (!checked.valid()) {
            List<ImportProblem> problems = checked.problems();
            form.error(FILE_FIELD, "import.file.problems", problems.size());
            List<String> shown = problems.stream().limit(PROBLEMS_SHOWN)
                    .map(problem -> describe(problem, checked.format(), locale)).toList();
            ctx.status(HttpStatus.BAD_REQUEST);
            render(ctx, form, shown, problems.size() - shown.size());
            return;
        }
        Visitor visitor = Visitor.of(ctx);
        long jobId = service.start(visitor.clinicId(), visitor.requireUser(), checked.rows());
        ctx.redirect("/library/import/" + jobId, HttpStatus.SEE_OTHER);
    }

    public void job(Context ctx) {
        ImportJob job = service.jobs().find(Visitor.of(ctx).clinicId(), PathIds.id(ctx, "jobId"))
                .orElseThrow(NotFoundResponse::new);
        Map<String, Object> model = new HashMap<>();
        model.put("job", job);
        model.put("status", job.statusAt(clock.instant()).name());
        model.put("failure", job.failureAt(clock.instant())
                .map(key -> messages.text(key, PageModel.locale(ctx))).orElse(""));
        model.put("nav", "library");
        ctx.header("Cache-Control", "no-store");
        ctx.render("library/import-job", model);
    }

    /** "Row 4, column level: …" for CSV, "Exercise 3, field defaultDose.sets: …" for JSON. */
    String describe(ImportProblem problem, LibraryFormat format, Locale locale) {
        String message = messages.text(problem.messageKey(), locale, problem.arguments().toArray());
        if (problem.row() == 0) {
            return message;
        }
        String row = String.valueOf(problem.row());
        if (problem.column().isEmpty()) {
            return messages.text(format.rowKey(), locale, row, message);
        }
        return messages.text(format.cellKey(), locale, row, problem.column(), message);
    }

    private static byte[] read(UploadedFile file) {
        try (InputStream in = file.content()) {
            return in.readNBytes(ImportCheck.MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void render(Context ctx, Form form, List<String> problems, int notShown) {
        Map<String, Object> model = new HashMap<>();
        model.put("form", form);
        model.put("hasErrors", form.hasErrors());
        model.put("problems", problems);
        model.put("notShown", notShown);
        model.put("maxMegabytes", ImportCheck.MAX_BYTES / (1024 * 1024));
        model.put("columns", Arrays.stream(LibraryColumn.values()).map(LibraryColumn::csv)
                .collect(Collectors.joining(", ")));
        model.put("nav", "library");
        ctx.render("library/import", model);
    }
}
