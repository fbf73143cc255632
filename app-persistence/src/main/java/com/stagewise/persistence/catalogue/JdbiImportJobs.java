package com.stagewise.persistence.catalogue;

import com.stagewise.domain.catalogue.ImportCounts;
import com.stagewise.domain.catalogue.ImportJob;
import com.stagewise.domain.catalogue.ImportJobs;
import com.stagewise.persistence.Timestamps;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Import jobs in the {@code import_job} table. Each call is its own short statement on its own
 * connection, so progress is visible to every instance while the import's transaction is still open.
 */
public final class JdbiImportJobs implements ImportJobs {

    private static final int MESSAGE_MAX = 200;

    private final Jdbi jdbi;

    public JdbiImportJobs(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public long start(long clinicId, long createdBy, int total, Instant now) {
        return jdbi.withHandle(h -> h.createUpdate("INSERT INTO import_job (clinic_id, created_by, status, total, done, "
                        + "created_at, updated_at) VALUES (:clinic, :user, 'RUNNING', :total, 0, :now, :now)")
                .bind("clinic", clinicId).bind("user", createdBy).bind("total", total).bind("now", Timestamps.bind(now))
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }

    @Override
    public void progress(long jobId, int done, Instant now) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE import_job SET done = :done, updated_at = :now "
                        + "WHERE id = :id AND status = 'RUNNING'")
                .bind("done", done).bind("now", Timestamps.bind(now)).bind("id", jobId).execute());
    }

    @Override
    public void finish(long jobId, ImportCounts counts, Instant now) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE import_job SET status = 'DONE', done = total, "
                        + "created_count = :created, new_version_count = :newVersions, unchanged_count = :unchanged, "
                        + "retired_count = :retired, updated_at = :now WHERE id = :id AND status = 'RUNNING'")
                .bind("created", counts.created()).bind("newVersions", counts.newVersions())
                .bind("unchanged", counts.unchanged()).bind("retired", counts.retiredChanged())
                .bind("now", Timestamps.bind(now)).bind("id", jobId).execute());
    }

    @Override
    public void fail(long jobId, String messageKey, Instant now) {
        String message = messageKey == null ? "" : messageKey.length() > MESSAGE_MAX
                ? messageKey.substring(0, MESSAGE_MAX) : messageKey;
        jdbi.useHandle(h -> h.createUpdate("UPDATE import_job SET status = 'FAILED', message = :message, "
                        + "updated_at = :now WHERE id = :id AND status = 'RUNNING'")
                .bind("message", message).bind("now", Timestamps.bind(now)).bind("id", jobId).execute());
    }

    @Override
    public Optional<ImportJob> find(long clinicId, long jobId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM import_job WHERE id = :id AND clinic_id = :clinic")
                .bind("id", jobId).bind("clinic", clinicId)
                .map((rs, ctx) -> new ImportJob(rs.getLong("id"), rs.getLong("clinic_id"), rs.getLong("created_by"),
                        ImportJob.Status.valueOf(rs.getString("status")), rs.getInt("total"), rs.getInt("done"),
                        new ImportCounts(rs.getInt("created_count"), rs.getInt("new_version_count"),
                                rs.getInt("unchanged_count"), rs.getInt("retired_count")),
                        rs.getString("message"), Timestamps.read(rs, "created_at"), Timestamps.read(rs, "updated_at")))
                .findOne());
    }
}
