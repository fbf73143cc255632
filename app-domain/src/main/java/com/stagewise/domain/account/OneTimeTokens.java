package com.stagewise.domain.account;

import java.time.Instant;
import java.util.OptionalLong;

/** Port: one-time set-password links (invitations and resets), stored as hashes. */
public interface OneTimeTokens {

    void create(String tokenHash, long userId, Instant expiresAt, Instant now);

    /** The user of a valid, unused token; it cannot be used again. */
    OptionalLong consume(String tokenHash, Instant now);

    /** The user of a valid, unused token, without using it (to show the form). */
    OptionalLong peek(String tokenHash, Instant now);

    void revokeForUser(long userId);
}
