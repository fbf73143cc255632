package com.stagewise.domain.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Port: the people who sign in. Everything but sign-in itself is scoped by clinic, so a user of
 * one clinic can never be read or changed through another clinic's id.
 */
public interface Users {

    /** Fails with {@link EmailTakenException} when another account already uses the address. */
    long create(long clinicId, NewUser user, Instant now);

    Optional<User> find(long clinicId, long userId);

    List<User> list(long clinicId);

    /** Sign-in looks across clinics: the address is unique everywhere. */
    Optional<Credentials> credentials(String email);

    /** The user behind a session, whichever clinic. */
    Optional<User> findForSession(long userId);

    boolean update(long clinicId, long userId, String displayName, Set<Role> roles, boolean active);

    void setPasswordHash(long userId, String passwordHash);

    Optional<User> findByEmail(String email);

    /** A user and the stored hash of their password (null until set). */
    record Credentials(User user, String passwordHash) {
    }

    final class EmailTakenException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public EmailTakenException() {
            super("email already in use");
        }
    }
}
