package com.stagewise.persistence.programme;

import com.stagewise.domain.programme.Attention;
import com.stagewise.domain.programme.AttentionItem;
import com.stagewise.domain.programme.AttentionItem.Kind;
import com.stagewise.domain.programme.ExerciseSession;
import com.stagewise.domain.stage.StageRuleNumbers;
import com.stagewise.persistence.Timestamps;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

/**
 * Each kind is read from an index range of at most {@code limit} rows, so the cost follows the page and
 * not the clinic's history. Where the index is already in the order shown, the ORDER BY names its
 * columns: only then does H2 see that no sort is left to do and stop at the limit.
 */
public final class JdbiAttention implements Attention {

    /** High pain older than this has been dealt with in some other way; it keeps the scan short. */
    static final int HIGH_PAIN_DAYS = 30;
    static final int LINK_UNOPENED_DAYS = 7;
    /**
     * A link nobody has opened for two months is no longer news: the clinician has asked about it at a
     * visit since, or the patient is not coming back. It also keeps the scan to two months of links
     * however long the clinic has been sharing them.
     */
    static final int LINK_UNOPENED_UNTIL_DAYS = 60;

    /** Newest first, and of sessions logged at the same moment the last stored (a high-pain key is the session id). */
    private static final Comparator<AttentionItem> NEWEST_SESSION_FIRST = Comparator.comparing(AttentionItem::since)
            .thenComparing(item -> Long.parseLong(item.key())).reversed();

    /**
     * Joined from the facts so that the walk is over an index of current facts only; current_facts_id
     * stays what says which row is current, is_current only keeps the superseded rows out of the walk.
     */
    private static final String CURRENT_FACTS = " JOIN patient p ON p.id = f.patient_id AND p.current_facts_id = f.id "
            + "WHERE f.clinic_id = :clinic AND f.is_current = TRUE ";

    private final Jdbi jdbi;

    public JdbiAttention(Jdbi jdbi) {
        this.jdbi = jdbi;
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
            items.addAll(highPain(h, clinicId, clinicianId, now, limit));
            items.addAll(query(h, Kind.DUE_DATE_PASSED, "SELECT p.id AS item, p.id AS patient_id, p.display_name, "
                    + "CAST(NULL AS BIGINT) AS programme_id, CONCAT(p.id, ':', f.due_date) AS item_key, f.recorded_at AS since, "
                    + "CONCAT('', f.due_date) AS detail FROM patient_facts f" + CURRENT_FACTS
                    + "AND f.stage = 'PREGNANT' AND f.due_date < :today" + scope(clinicianId)
                    + notSeen("DUE_DATE_PASSED", "CONCAT(p.id, ':', f.due_date)")
                    + " ORDER BY f.clinic_id, f.is_current, f.stage, f.due_date, f.id LIMIT :limit",
                    clinicId, clinicianId, limit, Map.of("today", today)));
            items.addAll(referrals(h, clinicId, clinicianId, today, limit));
            items.addAll(query(h, Kind.LINK_NOT_OPENED, "SELECT l.id AS item, g.patient_id, p.display_name, l.programme_id, "
                    + "CONCAT('', l.id) AS item_key, l.created_at AS since, '' AS detail FROM share_link l "
                    + "JOIN programme g ON g.id = l.programme_id JOIN patient p ON p.id = g.patient_id "
                    + "WHERE l.clinic_id = :clinic AND l.created_at >= :linkFrom AND l.created_at <= :linkBefore "
                    + "AND l.open_count = 0 AND l.revoked_at IS NULL AND (l.expires_at IS NULL OR l.expires_at > :now)"
                    + scope(clinicianId) + notSeen("LINK_NOT_OPENED", "CONCAT('', l.id)")
                    + " ORDER BY l.clinic_id, l.created_at LIMIT :limit",
                    clinicId, clinicianId, limit, Map.of("now", Timestamps.bind(now),
                            "linkFrom", Timestamps.bind(now.minusSeconds(LINK_UNOPENED_UNTIL_DAYS * 86_400L)),
                            "linkBefore", Timestamps.bind(now.minusSeconds(LINK_UNOPENED_DAYS * 86_400L)))));
            return items;
        });
    }

    /**
     * The newest high-pain sessions: one index range per score, walked newest first, merged here. A
     * single query over all high scores is not an index range in H2, which then read every session.
     */
    private static List<AttentionItem> highPain(Handle h, long clinicId, Optional<Long> clinicianId, Instant now, int limit) {
        List<AttentionItem> found = new ArrayList<>();
        for (int pain = ExerciseSession.HIGH_PAIN; pain <= ExerciseSession.PAIN_MAX; pain++) {
            found.addAll(query(h, Kind.HIGH_PAIN, "SELECT s.id AS item, s.patient_id, p.display_name, s.programme_id, "
                    + "CONCAT('', s.id) AS item_key, s.logged_at AS since, CONCAT('', s.pain) AS detail FROM exercise_session s "
                    + "JOIN patient p ON p.id = s.patient_id WHERE s.clinic_id = :clinic AND s.pain = :pain "
                    + "AND s.logged_at >= :painSince" + scope(clinicianId) + notSeen("HIGH_PAIN", "CONCAT('', s.id)")
                    + " ORDER BY s.clinic_id DESC, s.pain DESC, s.logged_at DESC, s.id DESC LIMIT :limit", clinicId, clinicianId,
                    limit, Map.of("pain", pain, "painSince", Timestamps.bind(now.minusSeconds(HIGH_PAIN_DAYS * 86_400L)))));
        }
        found.sort(NEWEST_SESSION_FIRST);
        return found.subList(0, Math.min(limit, found.size()));
    }

    /** The referral prompts of the clinical rules, read from each patient's current facts. */
    private static List<AttentionItem> referrals(Handle h, long clinicId, Optional<Long> clinicianId, LocalDate today, int limit) {
        String[][] prompts = {
            {"PELVIC_GIRDLE_PAIN_PERSISTS", "pelvic_girdle_pain", " AND f.delivery_date <= :pgpBefore"},
            {"BACK_PAIN_NOT_IMPROVING", "back_pain_not_improving", " AND f.delivery_date <= :backBefore"},
            {"BLEEDING_PERSISTS", "ongoing_bleeding", " AND f.delivery_date <= :bleedBefore"},
            {"PELVIC_HEALTH", "pelvic_floor_symptoms", ""}};
        List<AttentionItem> items = new ArrayList<>();
        for (String[] prompt : prompts) {
            String key = "CONCAT(p.id, ':" + prompt[0] + ":', f.id)";
            items.addAll(query(h, Kind.REFERRAL, "SELECT p.id AS item, p.id AS patient_id, p.display_name, "
                    + "CAST(NULL AS BIGINT) AS programme_id, " + key + " AS item_key, f.recorded_at AS since, '" + prompt[0]
                    + "' AS detail FROM patient_facts f" + CURRENT_FACTS + "AND f.stage = 'POSTPARTUM' AND f." + prompt[1]
                    + " = TRUE" + prompt[2] + scope(clinicianId) + notSeen("REFERRAL", key)
                    + " ORDER BY f.clinic_id, f.is_current, f.stage, f." + prompt[1] + ", f.recorded_at, f.id LIMIT :limit",
                    clinicId, clinicianId, limit,
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
    public List<Long> reviewDue(long clinicId, Optional<Long> clinicianId, LocalDate until, int limit) {
        return jdbi.withHandle(h -> {
            Query query = h.createQuery("SELECT g.id FROM programme g JOIN patient p ON p.id = g.patient_id "
                            + "WHERE g.clinic_id = :clinic AND g.status = 'ACTIVE' AND g.review_date <= :until" + scope(clinicianId)
                            + notSeen("REVIEW_DUE", "CONCAT(g.id, ':', g.review_date)")
                            + " ORDER BY g.clinic_id, g.status, g.review_date, g.id LIMIT :limit")
                    .bind("clinic", clinicId).bind("until", until).bind("limit", limit);
            clinicianId.ifPresent(id -> query.bind("clinician", id));
            return query.mapTo(Long.class).list();
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
