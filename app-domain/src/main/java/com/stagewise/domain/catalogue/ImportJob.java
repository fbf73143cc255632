package com.stagewise.domain.catalogue;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A library import running in the background: how many rows it has written of how many, and how it
 * ended. It lives in the database so that any instance can show it. {@code messageKey} says why a
 * job failed; the counts are set when it is done.
 */
public record ImportJob(long id, long clinicId, long createdBy, Status status, int total, int done,
        ImportCounts counts, String messageKey, Instant created, Instant updated) {

    /** A running job that has not moved for this long has lost its instance (a restart, a crash). */
    public static final Duration STALLED_AFTER = Duration.ofMinutes(10);
    public static final String STALLED = "import.failed.stalled";

    public enum Status {
        RUNNING,
        DONE,
        FAILED
    }

    public ImportJob {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(counts, "counts");
        messageKey = Objects.requireNonNullElse(messageKey, "");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(updated, "updated");
    }

    /** The status as a reader should see it at {@code now}: a stalled job counts as failed. */
    public Status statusAt(Instant now) {
        return isStalledAt(now) ? Status.FAILED : status;
    }

    /** Why the job failed, as a message key; empty unless it failed. */
    public Optional<String> failureAt(Instant now) {
        if (isStalledAt(now)) {
            return Optional.of(STALLED);
        }
        return status == Status.FAILED ? Optional.of(messageKey) : Optional.empty();
    }

    public boolean isStalledAt(Instant now) {
        return status == Status.RUNNING && updated.plus(STALLED_AFTER).isBefore(now);
    }

    /** Whole per cent of the rows written, 0 to 100. */
    public int percentDone() {
        if (total <= 0) {
            return status == Status.DONE ? 100 : 0;
        }
        return (int) Math.min(100, Math.max(0, (long) done * 100 / total));
    }
}
