package com.stagewise.persistence.programme;

import com.stagewise.domain.programme.ProgrammeTemplate;
import com.stagewise.domain.programme.ProgrammeTemplates;
import com.stagewise.persistence.Timestamps;
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

public final class JdbiProgrammeTemplates implements ProgrammeTemplates {

    private final Jdbi jdbi;

    public JdbiProgrammeTemplates(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public long create(long clinicId, Long ownerUserId, String name, List<ProgrammeTemplate.Entry> entries, Instant now) {
        return jdbi.inTransaction(h -> {
            long id = h.createUpdate("INSERT INTO programme_template (clinic_id, owner_user_id, name, updated_at) "
                            + "VALUES (:clinic, :owner, :name, :now)")
                    .bind("clinic", clinicId).bind("owner", ownerUserId).bind("name", name).bind("now", Timestamps.bind(now))
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            insertEntries(h, id, entries);
            return id;
        });
    }

    @Override
    public List<ProgrammeTemplate> visibleTo(long clinicId, long userId) {
        return jdbi.withHandle(h -> load(h, "clinic_id = :clinic AND (owner_user_id IS NULL OR owner_user_id = :user) "
                + "ORDER BY owner_user_id NULLS FIRST, name, id", Map.of("clinic", clinicId, "user", userId)));
    }

    @Override
    public Optional<ProgrammeTemplate> find(long clinicId, long templateId) {
        return jdbi.withHandle(h -> load(h, "id = :id AND clinic_id = :clinic", Map.of("id", templateId, "clinic", clinicId))
                .stream().findFirst());
    }

    @Override
    public boolean update(long clinicId, long templateId, String name, Long ownerUserId,
            List<ProgrammeTemplate.Entry> entries, Instant now) {
        return jdbi.inTransaction(h -> {
            int updated = h.createUpdate("UPDATE programme_template SET name = :name, owner_user_id = :owner, updated_at = :now "
                            + "WHERE id = :id AND clinic_id = :clinic")
                    .bind("name", name).bind("owner", ownerUserId).bind("now", Timestamps.bind(now))
                    .bind("id", templateId).bind("clinic", clinicId).execute();
            if (updated != 1) {
                return false;
            }
            h.createUpdate("DELETE FROM template_entry WHERE template_id = :id").bind("id", templateId).execute();
            insertEntries(h, templateId, entries);
            return true;
        });
    }

    @Override
    public boolean delete(long clinicId, long templateId) {
        return jdbi.inTransaction(h -> {
            boolean ours = h.createQuery("SELECT COUNT(*) FROM programme_template WHERE id = :id AND clinic_id = :clinic")
                    .bind("id", templateId).bind("clinic", clinicId).mapTo(Integer.class).one() == 1;
            if (!ours) {
                return false;
            }
            h.createUpdate("DELETE FROM template_entry WHERE template_id = :id").bind("id", templateId).execute();
            h.createUpdate("DELETE FROM programme_template WHERE id = :id").bind("id", templateId).execute();
            return true;
        });
    }

    private static void insertEntries(Handle h, long templateId, List<ProgrammeTemplate.Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        PreparedBatch batch = h.prepareBatch("INSERT INTO template_entry (template_id, position, exercise_id, sets, reps, "
                + "hold_seconds, duration_seconds, per_side, times_per_day, days_per_week, note) VALUES (:template, :position, "
                + ":exercise, :sets, :reps, :hold, :duration, :perSide, :timesPerDay, :daysPerWeek, :note)");
        for (int i = 0; i < entries.size(); i++) {
            ProgrammeTemplate.Entry entry = entries.get(i);
            Columns.bindDose(batch, entry.dose());
            batch.bind("template", templateId).bind("position", i).bind("exercise", entry.exerciseId())
                    .bind("note", entry.note()).add();
        }
        batch.execute();
    }

    private static List<ProgrammeTemplate> load(Handle h, String where, Map<String, Object> binds) {
        Map<Long, Object[]> rows = new LinkedHashMap<>();
        var query = h.createQuery("SELECT * FROM programme_template WHERE " + where);
        binds.forEach(query::bind);
        query.map((rs, ctx) -> {
            long owner = rs.getLong("owner_user_id");
            Long ownerOrNull = rs.wasNull() ? null : owner;
            return new Object[] {rs.getLong("id"), rs.getLong("clinic_id"), ownerOrNull, rs.getString("name")};
        }).forEach(row -> rows.put((Long) row[0], row));
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<ProgrammeTemplate.Entry>> entries = new HashMap<>();
        h.createQuery("SELECT * FROM template_entry WHERE template_id IN (<ids>) ORDER BY template_id, position")
                .bindList("ids", new ArrayList<>(rows.keySet()))
                .map((rs, ctx) -> Map.entry(rs.getLong("template_id"),
                        new ProgrammeTemplate.Entry(rs.getLong("exercise_id"), Columns.dose(rs), rs.getString("note"))))
                .forEach(e -> entries.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        List<ProgrammeTemplate> templates = new ArrayList<>();
        for (Object[] row : rows.values()) {
            long id = (Long) row[0];
            templates.add(new ProgrammeTemplate(id, (Long) row[1], Optional.ofNullable((Long) row[2]), (String) row[3],
                    entries.getOrDefault(id, List.of())));
        }
        return templates;
    }
}
