package com.stagewise.persistence.programme;

import com.stagewise.domain.programme.ExerciseSession;
import com.stagewise.domain.programme.RedFlagReport;
import com.stagewise.domain.programme.ShareLink;
import com.stagewise.domain.programme.Sharing;
import com.stagewise.domain.stage.RedFlag;
import com.stagewise.persistence.Timestamps;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;

public final class JdbiSharing implements Sharing {

    private static final String LINK = "SELECT l.* FROM share_link l ";

    private final Jdbi jdbi;

    public JdbiSharing(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public long createLink(long clinicId, long programmeId, String tokenHash, Optional<Instant> expiresAt, String createdBy,
            Instant now) {
        return jdbi.inTransaction(h -> {
            boolean ours = h.createQuery("SELECT COUNT(*) FROM programme WHERE id = :id AND clinic_id = :clinic")
                    .bind("id", programmeId).bind("clinic", clinicId).mapTo(Integer.class).one() == 1;
            if (!ours) {
                throw new IllegalArgumentException("no such programme in this clinic");
            }
            h.createUpdate("UPDATE share_link SET revoked_at = :now WHERE programme_id = :programme AND clinic_id = :clinic "
                            + "AND revoked_at IS NULL")
                    .bind("now", Timestamps.bind(now)).bind("programme", programmeId).bind("clinic", clinicId).execute();
            return h.createUpdate("INSERT INTO share_link (clinic_id, programme_id, token_hash, created_at, created_by, expires_at) "
                            + "VALUES (:clinic, :programme, :hash, :now, :by, :expires)")
                    .bind("clinic", clinicId).bind("programme", programmeId).bind("hash", tokenHash)
                    .bind("now", Timestamps.bind(now)).bind("by", createdBy)
                    .bind("expires", Timestamps.bind(expiresAt.orElse(null)))
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        });
    }

    @Override
    public Optional<ShareLink> currentLink(long clinicId, long programmeId) {
        return jdbi.withHandle(h -> h.createQuery(LINK + "WHERE l.clinic_id = :clinic AND l.programme_id = :programme "
                        + "ORDER BY l.id DESC LIMIT 1")
                .bind("clinic", clinicId).bind("programme", programmeId).map((rs, ctx) -> link(rs)).findOne());
    }

    @Override
    public boolean revoke(long clinicId, long programmeId, Instant now) {
        return jdbi.withHandle(h -> h.createUpdate("UPDATE share_link SET revoked_at = :now WHERE programme_id = :programme "
                        + "AND clinic_id = :clinic AND revoked_at IS NULL")
                .bind("now", Timestamps.bind(now)).bind("programme", programmeId).bind("clinic", clinicId).execute()) > 0;
    }

    @Override
    public Optional<ShareLink> findByTokenHash(String tokenHash) {
        return jdbi.withHandle(h -> h.createQuery(LINK + "WHERE l.token_hash = :hash")
                .bind("hash", tokenHash).map((rs, ctx) -> link(rs)).findOne());
    }

    @Override
    public void recordOpen(long linkId, Instant at) {
        // the condition settles two views of one visit that arrive together: only one of them counts
        jdbi.useTransaction(h -> {
            int counted = h.createUpdate("UPDATE share_link SET open_count = open_count + 1, last_opened_at = :at "
                            + "WHERE id = :link AND (last_opened_at IS NULL OR last_opened_at <= :sameVisitBefore)")
                    .bind("link", linkId).bind("at", Timestamps.bind(at))
                    .bind("sameVisitBefore", Timestamps.bind(at.minus(ShareLink.ONE_VISIT))).execute();
            if (counted == 1) {
                h.createUpdate("INSERT INTO share_open (share_link_id, opened_at) VALUES (:link, :at)")
                        .bind("link", linkId).bind("at", Timestamps.bind(at)).execute();
            }
        });
    }

    @Override
    public boolean logSession(long clinicId, long patientId, long programmeId, Instant at, LocalDate on, int pain,
            String comment, String submissionKey) {
        return jdbi.withHandle(h -> h.createUpdate("INSERT INTO exercise_session (clinic_id, patient_id, programme_id, logged_at, "
                        + "logged_on, pain, comment, submission_key) VALUES (:clinic, :patient, :programme, :at, :on, :pain, "
                        + ":comment, :key) ON CONFLICT DO NOTHING")
                .bind("clinic", clinicId).bind("patient", patientId).bind("programme", programmeId)
                .bind("at", Timestamps.bind(at)).bind("on", on).bind("pain", pain).bind("comment", comment)
                .bind("key", submissionKey).execute()) == 1;
    }

    @Override
    public List<ExerciseSession> recentSessions(long clinicId, long patientId, int limit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM exercise_session WHERE clinic_id = :clinic AND patient_id = :patient "
                        + "ORDER BY logged_at DESC, id DESC LIMIT :limit")
                .bind("clinic", clinicId).bind("patient", patientId).bind("limit", limit)
                .map((rs, ctx) -> new ExerciseSession(rs.getLong("id"), rs.getLong("patient_id"), rs.getLong("programme_id"),
                        Timestamps.read(rs, "logged_at"), Columns.date(rs, "logged_on"), rs.getInt("pain"),
                        rs.getString("comment")))
                .list());
    }

    @Override
    public boolean reportRedFlags(long clinicId, long patientId, long programmeId, Set<RedFlag> flags, Instant at,
            String submissionKey) {
        return jdbi.withHandle(h -> h.createUpdate("INSERT INTO red_flag_report (clinic_id, patient_id, programme_id, reported_at, "
                        + "flags, submission_key) VALUES (:clinic, :patient, :programme, :at, :flags, :key) ON CONFLICT DO NOTHING")
                .bind("clinic", clinicId).bind("patient", patientId).bind("programme", programmeId)
                .bind("at", Timestamps.bind(at)).bind("flags", Columns.codes(flags)).bind("key", submissionKey)
                .execute()) == 1;
    }

    @Override
    public List<RedFlagReport> redFlagReports(long clinicId, long patientId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM red_flag_report WHERE clinic_id = :clinic AND patient_id = :patient "
                        + "ORDER BY reported_at DESC, id DESC LIMIT 50")
                .bind("clinic", clinicId).bind("patient", patientId)
                .map((rs, ctx) -> new RedFlagReport(rs.getLong("id"), rs.getLong("patient_id"), rs.getLong("programme_id"),
                        Timestamps.read(rs, "reported_at"), Columns.parse(rs.getString("flags"), RedFlag.class),
                        Optional.ofNullable(Timestamps.read(rs, "seen_at")), Optional.ofNullable(rs.getString("seen_by"))))
                .list());
    }

    @Override
    public boolean markRedFlagsSeen(long clinicId, long reportId, String seenBy, Instant at) {
        return jdbi.withHandle(h -> h.createUpdate("UPDATE red_flag_report SET seen_at = :at, seen_by = :by "
                        + "WHERE id = :id AND clinic_id = :clinic AND seen_at IS NULL")
                .bind("at", Timestamps.bind(at)).bind("by", seenBy).bind("id", reportId).bind("clinic", clinicId)
                .execute()) == 1;
    }

    private static ShareLink link(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new ShareLink(rs.getLong("id"), rs.getLong("clinic_id"), rs.getLong("programme_id"),
                Timestamps.read(rs, "created_at"), rs.getString("created_by"),
                Optional.ofNullable(Timestamps.read(rs, "expires_at")), Optional.ofNullable(Timestamps.read(rs, "revoked_at")),
                rs.getInt("open_count"), Optional.ofNullable(Timestamps.read(rs, "last_opened_at")));
    }
}
