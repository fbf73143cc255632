package com.stagewise.persistence.programme;

import com.stagewise.domain.programme.Attention;
import com.stagewise.domain.programme.AttentionItem;
import com.stagewise.domain.programme.AttentionItem.Kind;
import com.stagewise.domain.programme.Programme;
import com.stagewise.domain.stage.StageRuleNumbers;
import com.stagewise.persistence.Timestamps;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

public final class JdbiAttention implements Attention {

    /** High pain older than this has been dealt with in some other way; it keeps the scan short. */
    static final int HIGH_PAIN_DAYS = 30;
    static final int LINK_UNOPENED_DAYS = 7;

    private final Jdbi jdbi;
    private final JdbiProgrammes programmes;

    public JdbiAttention(Jdbi jdbi, JdbiProgrammes programmes) {
        this.jdbi = jdbi;
        this.programmes = programmes;
    }

    private static String notSeen(String kind, String key) {
        return " AND NOT EXISTS (SELECT 1 FROM attention_seen a WHERE a.clinic_id = :clinic AND a.kind = '" + kind
                + "' AND a.item_key = " + key + ")";
    }

    private static String scope(Optional<Long> clinicianId) {
        return clinicianId.isPresent() ? " AND p.clinician_user_id = :clinician" : "";
    }

    @Override
    public List<AttentionItem> open(long clinicId, Optional<Long> clinicianId, LocalDate today, Instant now, int limit) {
        return jdbi.withHandle(h -> {
            List<AttentionItem> items = new ArrayList<>();
            items.addAll(query(h, Kind.RED_FLAG, "SELECT r.id AS item, r.patient_id, p.display_name, r.programme_id, "
                    + "CONCAT('', r.id) AS item_key, r.reported_at AS since, r.flags AS detail FROM red_flag_report r "
                    + "JOIN patient p ON p.id = r.patient_id WHERE r.clinic_id = :clinic AND r.seen_at IS NULL"
                    + scope(clinicianId) + " ORDER BY r.reported_at DESC LIMIT :limit", clinicId, clinicianId, limit, Map.of()));
            items.addAll(query(h, Kind.HIGH_PAIN, "SELECT s.id AS item, s.patient_id, p.display_name, s.programme_id, "
                    + "CONCAT('', s.id) AS item_key, s.logged_at AS since, CONCAT('', s.pain) AS detail FROM exercise_session s "
                    + "JOIN patient p ON p.id = s.patient_id WHERE s.clinic_id = :clinic AND s.pain IN (7, 8, 9, 10) "
                    + "AND s.logged_at >= :painSince" + scope(clinicianId) + notSeen("HIGH_PAIN", "CONCAT('', s.id)")
                    + " ORDER BY s.logged_at DESC LIMIT :limit", clinicId, clinicianId, limit,
                    Map.of("painSince", Timestamps.bind(now.minusSeconds(HIGH_PAIN_DAYS * 86_400L)))));
            items.addAll(query(h, Kind.DUE_DATE_PASSED, "SELECT p.id AS item, p.id AS patient_id, p.display_name, "
                    + "CAST(NULL AS BIGINT) AS programme_id, CONCAT(p.id, ':', f.due_date) AS item_key, f.recorded_at AS since, "
                    + "CONCAT('', f.due_date) AS detail FROM patient_facts f JOIN patient p ON p.current_facts_id = f.id "
                    + "WHERE f.clinic_id = :clinic AND f.stage = 'PREGNANT' AND f.due_date < :today" + scope(clinicianId)
                    + notSeen("DUE_DATE_PASSED", "CONCAT(p.id, ':', f.due_date)") + " ORDER BY f.due_date LIMIT :limit",
                    clinicId, clinicianId, limit, Map.of("today", today)));
            items.addAll(referrals(h, clinicId, clinicianId, today, limit));
            items.addAll(query(h, Kind.LINK_NOT_OPENED, "SELECT l.id AS item, g.patient_id, p.display_name, l.programme_id, "
                    + "CONCAT('', l.id) AS item_key, l.created_at AS since, '' AS detail FROM share_link l "
                    + "JOIN programme g ON g.id = l.programme_id JOIN patient p ON p.id = g.patient_id "
                    + "WHERE l.clinic_id = :clinic AND l.revoked_at IS NULL AND (l.expires_at IS NULL OR l.expires_at > :now) "
                    + "AND l.created_at <= :linkBefore AND NOT EXISTS (SELECT 1 FROM share_open o WHERE o.share_link_id = l.id)"
                    + scope(clinicianId) + notSeen("LINK_NOT_OPENED", "CONCAT('', l.id)") + " ORDER BY l.created_at LIMIT :limit",
                    clinicId, clinicianId, limit, Map.of("now", Timestamps.bind(now),
                            "linkBefore", Timestamps.bind(now.minusSeconds(LINK_UNOPENED_DAYS * 86_400L)))));
            return items;
        });
    }

    /** The referral prompts of the clinical rules, read from each patient's current facts. */
    private static List<AttentionItem> referrals(Handle h, long clinicId, Optional<Long> clinicianId, LocalDate today, int limit) {
        String[][] prompts = {
            {"PELVIC_GIRDLE_PAIN_PERSISTS", "f.pelvic_girdle_pain = TRUE AND f.delivery_date <= :pgpBefore"},
            {"BACK_PAIN_NOT_IMPROVING", "f.back_pain_not_improving = TRUE AND f.delivery_date <= :backBefore"},
            {"BLEEDING_PERSISTS", "f.ongoing_bleeding = TRUE AND f.delivery_date <= :bleedBefore"},
            {"PELVIC_HEALTH", "f.pelvic_floor_symptoms = TRUE"}};
        List<AttentionItem> items = new ArrayList<>();
        for (String[] prompt : prompts) {
            String key = "CONCAT(p.id, ':" + prompt[0] + ":', f.id)";
            items.addAll(query(h, Kind.REFERRAL, "SELECT p.id AS item, p.id AS patient_id, p.display_name, "
                    + "CAST(NULL AS BIGINT) AS programme_id, " + key + " AS item_key, f.recorded_at AS since, '" + prompt[0]
                    + "' AS detail FROM patient_facts f JOIN patient p ON p.current_facts_id = f.id "
                    + "WHERE f.clinic_id = :clinic AND f.stage = 'POSTPARTUM' AND " + prompt[1] + scope(clinicianId)
                    + notSeen("REFERRAL", key) + " ORDER BY f.recorded_at LIMIT :limit", clinicId, clinicianId, limit,
                    Map.of("pgpBefore", today.minusDays(StageRuleNumbers.REFER_PELVIC_GIRDLE_PAIN_FROM.totalDays()),
                            "backBefore", today.minusDays(StageRuleNumbers.REFER_BACK_PAIN_FROM.totalDays()),
                            "bleedBefore", today.minusDays(StageRuleNumbers.REFER_BLEEDING_FROM.totalDays()))));
        }
        return items;
    }

    private static List<AttentionItem> query(Handle h, Kind kind, String sql, long clinicId, Optional<Long> clinicianId,
            int limit, Map<String, Object> binds) {
        Query query = h.createQuery(sql).bind("clinic", clinicId).bind("limit", limit);
        clinicianId.ifPresent(id -> query.bind("clinician", id));
        binds.forEach((name, value) -> {
            if (sql.contains(":" + name)) {
                query.bind(name, value);
            }
        });
        return query.map((rs, ctx) -> {
            long programme = rs.getLong("programme_id");
            Long programmeId = rs.wasNull() ? null : programme;
            return new AttentionItem(kind, rs.getLong("patient_id"), rs.getString("display_name"), programmeId,
                    rs.getString("item_key"), Timestamps.read(rs, "since"), rs.getString("detail"));
        }).list();
    }

    @Override
    public List<Programme> reviewDue(long clinicId, Optional<Long> clinicianId, LocalDate until, int limit) {
        return jdbi.withHandle(h -> {
            Query query = h.createQuery("SELECT g.id FROM programme g JOIN patient p ON p.id = g.patient_id "
                            + "WHERE g.clinic_id = :clinic AND g.status = 'ACTIVE' AND g.review_date <= :until" + scope(clinicianId)
                            + notSeen("REVIEW_DUE", "CONCAT(g.id, ':', g.review_date)")
                            + " ORDER BY g.review_date LIMIT :limit")
                    .bind("clinic", clinicId).bind("until", until).bind("limit", limit);
            clinicianId.ifPresent(id -> query.bind("clinician", id));
            List<Long> ids = query.mapTo(Long.class).list();
            List<Programme> due = new ArrayList<>();
            for (Long id : ids) {
                programmes.find(clinicId, id).ifPresent(due::add);
            }
            due.sort((a, b) -> a.reviewDate().orElse(until).compareTo(b.reviewDate().orElse(until)));
            return due;
        });
    }

    @Override
    public boolean markSeen(long clinicId, Kind kind, String key, String seenBy, Instant at) {
        if (kind == Kind.RED_FLAG) {
            return jdbi.withHandle(h -> h.createUpdate("UPDATE red_flag_report SET seen_at = :at, seen_by = :by "
                            + "WHERE clinic_id = :clinic AND CONCAT('', id) = :key AND seen_at IS NULL")
                    .bind("at", Timestamps.bind(at)).bind("by", seenBy).bind("clinic", clinicId).bind("key", key)
                    .execute()) == 1;
        }
        return jdbi.withHandle(h -> h.createUpdate("INSERT INTO attention_seen (clinic_id, kind, item_key, seen_at, seen_by) "
                        + "VALUES (:clinic, :kind, :key, :at, :by) ON CONFLICT DO NOTHING")
                .bind("clinic", clinicId).bind("kind", kind.name()).bind("key", key).bind("at", Timestamps.bind(at))
                .bind("by", seenBy).execute()) == 1;
    }
}
