package com.stagewise.persistence.programme;

import com.stagewise.domain.programme.Programme;
import com.stagewise.domain.programme.ProgrammeChange;
import com.stagewise.domain.programme.ProgrammeItem;
import com.stagewise.domain.programme.ProgrammeStatus;
import com.stagewise.domain.programme.Programmes;
import com.stagewise.domain.rules.Verdict;
import com.stagewise.persistence.Timestamps;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

public final class JdbiProgrammes implements Programmes {

    private final Jdbi jdbi;

    public JdbiProgrammes(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public long create(long clinicId, long patientId, ProgrammeChange content) {
        return jdbi.inTransaction(h -> {
            boolean ours = h.createQuery("SELECT COUNT(*) FROM patient WHERE id = :id AND clinic_id = :clinic")
                    .bind("id", patientId).bind("clinic", clinicId).mapTo(Integer.class).one() == 1;
            if (!ours) {
                throw new IllegalArgumentException("no such patient in this clinic");
            }
            long id = h.createUpdate("INSERT INTO programme (clinic_id, patient_id, title, status, version, verdict, "
                            + "review_date, updated_at, updated_by, created_at) VALUES (:clinic, :patient, :title, :status, 1, "
                            + ":verdict, :review, :now, :by, :now)")
                    .bind("clinic", clinicId).bind("patient", patientId).bind("title", content.title())
                    .bind("status", content.status().name()).bind("verdict", content.verdict().name())
                    .bind("review", content.reviewDate().orElse(null)).bind("now", Timestamps.bind(content.at()))
                    .bind("by", content.byName())
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            insertItems(h, id, content.items());
            return id;
        });
    }

    @Override
    public Optional<Programme> find(long clinicId, long programmeId) {
        return jdbi.withHandle(h -> {
            List<Programme> found = load(h, "p.id = :id AND p.clinic_id = :clinic", Map.of("id", programmeId, "clinic", clinicId));
            return found.stream().findFirst();
        });
    }

    @Override
    public List<Programme> forPatient(long clinicId, long patientId) {
        return jdbi.withHandle(h -> load(h, "p.patient_id = :patient AND p.clinic_id = :clinic ORDER BY p.updated_at DESC, p.id DESC",
                Map.of("patient", patientId, "clinic", clinicId)));
    }

    @Override
    public List<Programme> findAll(long clinicId, List<Long> ids) {
        return jdbi.withHandle(h -> findAll(h, clinicId, ids));
    }

    /** These programmes in the order of {@code ids}, in two queries whatever the count; other clinics' are left out. */
    List<Programme> findAll(Handle h, long clinicId, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Programme> byId = new HashMap<>();
        for (Programme programme : load(h, "p.clinic_id = :clinic AND p.id IN (" + joined(ids) + ")", Map.of("clinic", clinicId))) {
            byId.put(programme.id(), programme);
        }
        return ids.stream().filter(byId::containsKey).map(byId::get).toList();
    }

    /** The most recently changed non-archived programme of each patient, in two queries whatever the count. */
    Map<Long, Programme> newestFor(Handle h, long clinicId, List<Long> patientIds) {
        if (patientIds.isEmpty()) {
            return Map.of();
        }
        List<Long> ids = h.createQuery("SELECT p.id FROM programme p WHERE p.clinic_id = :clinic AND p.patient_id IN (<patients>) "
                        + "AND p.status <> 'ARCHIVED' AND NOT EXISTS (SELECT 1 FROM programme q WHERE q.patient_id = p.patient_id "
                        + "AND q.status <> 'ARCHIVED' AND (q.updated_at > p.updated_at OR (q.updated_at = p.updated_at AND q.id > p.id)))")
                .bind("clinic", clinicId).bindList("patients", patientIds).mapTo(Long.class).list();
        Map<Long, Programme> byPatient = new HashMap<>();
        if (ids.isEmpty()) {
            return byPatient;
        }
        for (Programme programme : load(h, "p.clinic_id = :clinic AND p.id IN (" + joined(ids) + ")", Map.of("clinic", clinicId))) {
            byPatient.put(programme.patientId(), programme);
        }
        return byPatient;
    }

    @Override
    public Optional<Integer> save(long clinicId, long programmeId, int expectedVersion, ProgrammeChange change) {
        return jdbi.inTransaction(h -> update(h, clinicId, programmeId, expectedVersion, change, false));
    }

    @Override
    public void updateJudgement(long clinicId, long programmeId, Verdict verdict, Optional<java.time.LocalDate> reviewDate) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE programme SET verdict = :verdict, review_date = :review "
                        + "WHERE id = :id AND clinic_id = :clinic")
                .bind("verdict", verdict.name()).bind("review", reviewDate.orElse(null)).bind("id", programmeId)
                .bind("clinic", clinicId).execute());
    }

    @Override
    public Optional<Integer> issue(long clinicId, long programmeId, int expectedVersion, ProgrammeChange change) {
        return jdbi.inTransaction(h -> update(h, clinicId, programmeId, expectedVersion, change, true));
    }

    private static Optional<Integer> update(Handle h, long clinicId, long programmeId, int expectedVersion,
            ProgrammeChange change, boolean issuing) {
        // the version in the WHERE clause is the optimistic lock: a save based on an old version changes nothing
        int updated = h.createUpdate("UPDATE programme SET title = :title, status = :status, version = version + 1, "
                        + "verdict = :verdict, review_date = :review, updated_at = :now, updated_by = :by"
                        + (issuing ? ", issued_at = :now, issued_verdict = :verdict" : "")
                        + " WHERE id = :id AND clinic_id = :clinic AND version = :expected")
                .bind("title", change.title()).bind("status", change.status().name())
                .bind("verdict", change.verdict().name()).bind("review", change.reviewDate().orElse(null))
                .bind("now", Timestamps.bind(change.at())).bind("by", change.byName())
                .bind("id", programmeId).bind("clinic", clinicId).bind("expected", expectedVersion)
                .execute();
        if (updated != 1) {
            return Optional.empty();
        }
        h.createUpdate("DELETE FROM programme_item WHERE programme_id = :id").bind("id", programmeId).execute();
        insertItems(h, programmeId, change.items());
        return Optional.of(expectedVersion + 1);
    }

    private static void insertItems(Handle h, long programmeId, List<ProgrammeItem> items) {
        if (items.isEmpty()) {
            return;
        }
        PreparedBatch batch = h.prepareBatch("INSERT INTO programme_item (programme_id, position, exercise_id, exercise_version, "
                + "sets, reps, hold_seconds, duration_seconds, per_side, times_per_day, days_per_week, note, override_reason) "
                + "VALUES (:programme, :position, :exercise, :version, :sets, :reps, :hold, :duration, :perSide, :timesPerDay, "
                + ":daysPerWeek, :note, :override)");
        for (int i = 0; i < items.size(); i++) {
            ProgrammeItem item = items.get(i);
            Columns.bindDose(batch, item.dose());
            batch.bind("programme", programmeId).bind("position", i).bind("exercise", item.exerciseId())
                    .bind("version", item.exerciseVersion()).bind("note", item.note())
                    .bind("override", item.overrideReason()).add();
        }
        batch.execute();
    }

    private static List<Programme> load(Handle h, String where, Map<String, Object> binds) {
        Map<Long, ProgrammeRow> rows = new LinkedHashMap<>();
        var query = h.createQuery("SELECT p.* FROM programme p WHERE " + where);
        binds.forEach(query::bind);
        query.map((rs, ctx) -> row(rs)).forEach(row -> rows.put(row.id, row));
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<ProgrammeItem>> items = new HashMap<>();
        h.createQuery("SELECT * FROM programme_item WHERE programme_id IN (" + joined(new ArrayList<>(rows.keySet()))
                        + ") ORDER BY programme_id, position")
                .map((rs, ctx) -> Map.entry(rs.getLong("programme_id"), new ProgrammeItem(rs.getLong("exercise_id"),
                        rs.getInt("exercise_version"), Columns.dose(rs), rs.getString("note"), rs.getString("override_reason"))))
                .forEach(entry -> items.computeIfAbsent(entry.getKey(), k -> new ArrayList<>()).add(entry.getValue()));
        List<Programme> programmes = new ArrayList<>();
        for (ProgrammeRow row : rows.values()) {
            programmes.add(new Programme(row.id, row.clinicId, row.patientId, row.title, row.status, row.version,
                    items.getOrDefault(row.id, List.of()), row.verdict, Optional.ofNullable(row.reviewDate), row.updatedAt,
                    row.updatedBy, Optional.ofNullable(row.issuedAt), Optional.ofNullable(row.issuedVerdict)));
        }
        return programmes;
    }

    /** Ids are longs read from the database, so joining them into the SQL cannot inject anything. */
    private static String joined(List<Long> ids) {
        StringBuilder sql = new StringBuilder();
        for (Long id : ids) {
            sql.append(sql.length() == 0 ? "" : ",").append(id.longValue());
        }
        return sql.toString();
    }

    private static ProgrammeRow row(ResultSet rs) throws SQLException {
        String issued = rs.getString("issued_verdict");
        return new ProgrammeRow(rs.getLong("id"), rs.getLong("clinic_id"), rs.getLong("patient_id"), rs.getString("title"),
                ProgrammeStatus.valueOf(rs.getString("status")), rs.getInt("version"), Verdict.valueOf(rs.getString("verdict")),
                Columns.date(rs, "review_date"), Timestamps.read(rs, "updated_at"), rs.getString("updated_by"),
                Timestamps.read(rs, "issued_at"), issued == null ? null : Verdict.valueOf(issued));
    }

    private record ProgrammeRow(long id, long clinicId, long patientId, String title, ProgrammeStatus status, int version,
            Verdict verdict, java.time.LocalDate reviewDate, Instant updatedAt, String updatedBy, Instant issuedAt,
            Verdict issuedVerdict) {
    }
}
