package com.stagewise.domain.programme;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** A private link to one programme, as the clinician sees it; the token itself is never stored. */
public record ShareLink(long id, long clinicId, long programmeId, Instant createdAt, String createdBy,
        Optional<Instant> expiresAt, Optional<Instant> revokedAt, int opens, Optional<Instant> lastOpenedAt) {

    /**
     * Views this close to the last counted one are the same visit — a reload, or the page she returns to
     * after logging a session — and count once.
     */
    public static final Duration ONE_VISIT = Duration.ofMinutes(1);

    /** Whether a view now is a new visit, to be counted and its time kept. */
    public boolean isNewVisitAt(Instant now) {
        return lastOpenedAt.map(last -> !now.isBefore(last.plus(ONE_VISIT))).orElse(true);
    }

    public boolean usableAt(Instant now) {
        return revokedAt.isEmpty() && expiresAt.map(now::isBefore).orElse(true);
    }
}
