package com.stagewise.domain.account;

import java.time.Instant;
import java.util.Optional;

/** A clinic's key for the JSON API, as listed to its admins; the key itself is shown once and never stored. */
public record ApiKey(long id, long clinicId, String name, String prefix, Instant createdAt,
        Optional<Instant> revokedAt, Optional<Instant> lastUsedAt) {

    public static final int NAME_MAX = 100;

    public boolean active() {
        return revokedAt.isEmpty();
    }
}
