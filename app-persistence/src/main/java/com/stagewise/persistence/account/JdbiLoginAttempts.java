package com.stagewise.persistence.account;

import com.stagewise.domain.account.LoginAttempts;
import com.stagewise.persistence.Timestamps;
import java.time.Instant;
import org.jdbi.v3.core.Jdbi;

public final class JdbiLoginAttempts implements LoginAttempts {

    /** Rows older than a day can never count again; they are dropped as new failures come in. */
    private static final long RETENTION_SECONDS = 24 * 3600;

    private final Jdbi jdbi;

    public JdbiLoginAttempts(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public int failuresSince(String subject, Instant since) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM login_failure "
                        + "WHERE subject = :subject AND failed_at >= :since")
                .bind("subject", subject).bind("since", Timestamps.bind(since)).mapTo(Integer.class).one());
    }

    @Override
    public void recordFailure(String subject, Instant at) {
        jdbi.useTransaction(h -> {
            h.createUpdate("INSERT INTO login_failure (subject, failed_at) VALUES (:subject, :at)")
                    .bind("subject", subject).bind("at", Timestamps.bind(at)).execute();
            h.createUpdate("DELETE FROM login_failure WHERE subject = :subject AND failed_at < :old")
                    .bind("subject", subject).bind("old", Timestamps.bind(at.minusSeconds(RETENTION_SECONDS))).execute();
        });
    }

    @Override
    public void clear(String subject) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM login_failure WHERE subject = :subject")
                .bind("subject", subject).execute());
    }
}
