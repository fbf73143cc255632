package com.stagewise.web.admin;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.stagewise.domain.account.ClinicExport;
import com.stagewise.web.access.Visitor;
import com.stagewise.web.system.Audit;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

/** All of a clinic's records as one JSON document, streamed as it is read. */
public final class ExportHandler {

    private final ClinicExport export;
    private final ObjectMapper json;
    private final Audit audit;
    private final Clock clock;

    public ExportHandler(ClinicExport export, ObjectMapper json, Audit audit, Clock clock) {
        this.export = export;
        this.json = json;
        this.audit = audit;
        this.clock = clock;
    }

    public void page(Context ctx) {
        ctx.render("admin/export", Map.of("nav", "clinic"));
    }

    public void download(Context ctx) throws IOException {
        long clinicId = Visitor.of(ctx).clinicId();
        audit.record(ctx, "CLINIC_EXPORTED", "clinic", clinicId, "");
        ctx.contentType("application/json; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"stagewise-clinic-" + LocalDate.now(clock) + ".json\"");
        ctx.header("Cache-Control", "no-store");
        OutputStream out = ctx.outputStream();
        try (JsonGenerator generator = json.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            generator.writeStartObject();
            generator.writeStringField("format", "stagewise-clinic-export/1");
            generator.writeStringField("exportedAt", clock.instant().toString());
            generator.writeObjectFieldStart("tables");
            export.export(clinicId, new ClinicExport.Sink() {
                @Override
                public void startTable(String name) {
                    write(() -> {
                        generator.writeFieldName(name);
                        generator.writeStartArray();
                    });
                }

                @Override
                public void row(Map<String, Object> row) {
                    write(() -> generator.writeObject(row));
                }

                @Override
                public void endTable() {
                    write(generator::writeEndArray);
                }
            });
            generator.writeEndObject();
            generator.writeEndObject();
        }
    }

    private interface JsonWrite {
        void run() throws IOException;
    }

    private static void write(JsonWrite write) {
        try {
            write.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
