package com.stagewise.web.access;

import com.stagewise.domain.account.ClinicDetails;
import com.stagewise.domain.account.Clinics;
import com.stagewise.domain.account.NewUser;
import com.stagewise.domain.account.OneTimeTokens;
import com.stagewise.domain.account.Role;
import com.stagewise.domain.account.Sessions;
import com.stagewise.domain.account.User;
import com.stagewise.domain.account.Users;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/** Creating clinics and people, and the one-time links with which they choose a password. */
public final class AccountService {

    public static final Duration SET_PASSWORD_LINK_LIFETIME = Duration.ofDays(7);

    private final Clinics clinics;
    private final Users users;
    private final OneTimeTokens tokens;
    private final Sessions sessions;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final String publicUrl;
    private final java.util.function.LongConsumer onClinicCreated;

    /** {@code onClinicCreated} furnishes a new clinic, for example with its copy of the starter library. */
    public AccountService(Clinics clinics, Users users, OneTimeTokens tokens, Sessions sessions,
            PasswordHasher hasher, Clock clock, String publicUrl, java.util.function.LongConsumer onClinicCreated) {
        this.onClinicCreated = onClinicCreated;
        this.clinics = clinics;
        this.users = users;
        this.tokens = tokens;
        this.sessions = sessions;
        this.hasher = hasher;
        this.clock = clock;
        this.publicUrl = publicUrl;
    }

    public record Created(long clinicId, long userId, String setPasswordLink) {
    }

    /** A clinic and its first admin, who chooses a password through the returned link. */
    public Created createClinic(ClinicDetails details, String adminEmail, String adminName) {
        NewUser admin = new NewUser(adminEmail, adminName, Set.of(Role.ADMIN, Role.CLINICIAN));
        if (users.findByEmail(admin.email()).isPresent()) {
            throw new Users.EmailTakenException();
        }
        long clinicId = clinics.create(details, clock.instant());
        long userId = users.create(clinicId, admin, clock.instant());
        onClinicCreated.accept(clinicId);
        return new Created(clinicId, userId, newSetPasswordLink(userId));
    }

    public Created invite(long clinicId, NewUser user) {
        long userId = users.create(clinicId, user, clock.instant());
        return new Created(clinicId, userId, newSetPasswordLink(userId));
    }

    /** A fresh link; earlier unused links stop working, and the user is signed out everywhere. */
    public String resetLink(User user) {
        tokens.revokeForUser(user.id());
        sessions.deleteForUser(user.id());
        return newSetPasswordLink(user.id());
    }

    public Optional<User> userOfLink(String token) {
        OptionalLong userId = tokens.peek(Tokens.hash(token), clock.instant());
        return userId.isPresent() ? users.findForSession(userId.getAsLong()) : Optional.empty();
    }

    /** Sets the password if the link is still good; the link is used up either way it succeeds. */
    public Optional<User> setPassword(String token, String password) {
        OptionalLong userId = tokens.consume(Tokens.hash(token), clock.instant());
        if (userId.isEmpty()) {
            return Optional.empty();
        }
        users.setPasswordHash(userId.getAsLong(), hasher.hash(password));
        sessions.deleteForUser(userId.getAsLong());
        return users.findForSession(userId.getAsLong());
    }

    public void setDemoPassword(long userId, String password) {
        users.setPasswordHash(userId, hasher.hash(password));
    }

    private String newSetPasswordLink(long userId) {
        String token = Tokens.random();
        tokens.create(Tokens.hash(token), userId, clock.instant().plus(SET_PASSWORD_LINK_LIFETIME), clock.instant());
        return publicUrl + "/set-password/" + token;
    }
}
