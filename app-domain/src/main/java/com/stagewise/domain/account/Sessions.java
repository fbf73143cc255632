package com.stagewise.domain.account;

import java.time.Instant;
import java.util.Optional;

/**
 * Port: signed-in and anonymous web sessions, kept in the database so any instance can serve any
 * request. Only a hash of the session id is stored.
 */
public interface Sessions {

    void create(String idHash, Long userId, String csrfToken, Instant now);

    Optional<Session> find(String idHash);

    void touch(String idHash, Instant now);

    void delete(String idHash);

    void deleteForUser(long userId);

    int deleteIdleSince(Instant cutoff);

    record Session(String idHash, Long userId, String csrfToken, Instant createdAt, Instant lastSeenAt) {

        public boolean signedIn() {
            return userId != null;
        }
    }
}
