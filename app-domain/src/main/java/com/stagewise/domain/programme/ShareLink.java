package com.stagewise.domain.programme;

import java.time.Instant;
import java.util.Optional;

/** A private link to one programme, as the clinician sees it; the token itself is never stored. */
public record ShareLink(long id, long clinicId, long programmeId, Instant createdAt, String createdBy,
        Optional<Instant> expiresAt, Optional<Instant> revokedAt, int opens, Optional<Instant> lastOpenedAt) {

    public boolean usableAt(Instant now) {
        return revokedAt.isEmpty() && expiresAt.map(now::isBefore).orElse(true);
    }
}
