package com.stagewise.persistence.account;

import com.stagewise.domain.account.ClinicExport;
import java.sql.ResultSetMetaData;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;

public final class JdbiClinicExport implements ClinicExport {

    /** Columns that hold secrets or their hashes: never exported. */
    private static final Set<String> SECRET = Set.of("password_hash", "token_hash", "key_hash", "csrf_token", "id_hash",
            "submission_key");

    private record Table(String name, String sql) {
    }

    private static final List<Table> TABLES = List.of(
            new Table("clinic", "SELECT * FROM clinic WHERE id = :clinic"),
            new Table("users", "SELECT * FROM app_user WHERE clinic_id = :clinic ORDER BY id"),
            new Table("exercises", "SELECT * FROM exercise WHERE clinic_id = :clinic ORDER BY id"),
            new Table("exercise_versions", "SELECT * FROM exercise_version WHERE clinic_id = :clinic ORDER BY exercise_id, version"),
            new Table("patients", "SELECT * FROM patient WHERE clinic_id = :clinic ORDER BY id"),
            new Table("patient_facts", "SELECT * FROM patient_facts WHERE clinic_id = :clinic ORDER BY patient_id, id"),
            new Table("programmes", "SELECT * FROM programme WHERE clinic_id = :clinic ORDER BY id"),
            new Table("programme_items", "SELECT i.* FROM programme_item i JOIN programme p ON p.id = i.programme_id "
                    + "WHERE p.clinic_id = :clinic ORDER BY i.programme_id, i.position"),
            new Table("templates", "SELECT * FROM programme_template WHERE clinic_id = :clinic ORDER BY id"),
            new Table("template_entries", "SELECT e.* FROM template_entry e JOIN programme_template t ON t.id = e.template_id "
                    + "WHERE t.clinic_id = :clinic ORDER BY e.template_id, e.position"),
            new Table("share_links", "SELECT * FROM share_link WHERE clinic_id = :clinic ORDER BY id"),
            new Table("share_opens", "SELECT o.* FROM share_open o JOIN share_link l ON l.id = o.share_link_id "
                    + "WHERE l.clinic_id = :clinic ORDER BY o.id"),
            new Table("exercise_sessions", "SELECT * FROM exercise_session WHERE clinic_id = :clinic ORDER BY id"),
            new Table("red_flag_reports", "SELECT * FROM red_flag_report WHERE clinic_id = :clinic ORDER BY id"),
            new Table("api_keys", "SELECT * FROM api_key WHERE clinic_id = :clinic ORDER BY id"),
            new Table("audit_events", "SELECT * FROM audit_event WHERE clinic_id = :clinic ORDER BY id"));

    private final Jdbi jdbi;

    public JdbiClinicExport(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void export(long clinicId, Sink sink) {
        jdbi.useHandle(h -> {
            for (Table table : TABLES) {
                sink.startTable(table.name());
                h.createQuery(table.sql()).bind("clinic", clinicId).setFetchSize(1000)
                        .map((rs, ctx) -> {
                            ResultSetMetaData meta = rs.getMetaData();
                            Map<String, Object> row = new LinkedHashMap<>();
                            for (int c = 1; c <= meta.getColumnCount(); c++) {
                                String column = meta.getColumnLabel(c).toLowerCase(java.util.Locale.ROOT);
                                if (SECRET.contains(column) || "data".equals(column)) {
                                    continue;
                                }
                                Object value = rs.getObject(c);
                                if (value instanceof java.sql.Timestamp || value instanceof OffsetDateTime) {
                                    value = rs.getObject(c, OffsetDateTime.class).toInstant().toString();
                                } else if (value instanceof java.sql.Date date) {
                                    value = date.toLocalDate().toString();
                                }
                                row.put(column, value);
                            }
                            return row;
                        })
                        .useStream(rows -> rows.forEach(sink::row));
                sink.endTable();
            }
        });
    }
}
