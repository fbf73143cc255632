package com.stagewise.persistence.account;

import com.stagewise.domain.account.EmailAddress;
import com.stagewise.domain.account.NewUser;
import com.stagewise.domain.account.Role;
import com.stagewise.domain.account.User;
import com.stagewise.domain.account.Users;
import com.stagewise.persistence.Timestamps;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

public final class JdbiUsers implements Users {

    private static final String COLUMNS =
            "id, clinic_id, email, display_name, is_admin, is_clinician, active, password_hash";
    private static final RowMapper<User> USER = (rs, ctx) -> {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (rs.getBoolean("is_admin")) {
            roles.add(Role.ADMIN);
        }
        if (rs.getBoolean("is_clinician")) {
            roles.add(Role.CLINICIAN);
        }
        return new User(rs.getLong("id"), rs.getLong("clinic_id"), rs.getString("email"),
                rs.getString("display_name"), roles, rs.getBoolean("active"), rs.getString("password_hash") != null);
    };

    private final Jdbi jdbi;

    public JdbiUsers(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public long create(long clinicId, NewUser user, Instant now) {
        if (findByEmail(user.email()).isPresent()) {
            throw new EmailTakenException();
        }
        try {
            return jdbi.withHandle(h -> h.createUpdate("INSERT INTO app_user "
                            + "(clinic_id, email, display_name, is_admin, is_clinician, active, created_at) "
                            + "VALUES (:clinic, :email, :name, :admin, :clinician, TRUE, :now)")
                    .bind("clinic", clinicId)
                    .bind("email", user.email())
                    .bind("name", user.displayName())
                    .bind("admin", user.roles().contains(Role.ADMIN))
                    .bind("clinician", user.roles().contains(Role.CLINICIAN))
                    .bind("now", Timestamps.bind(now))
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
        } catch (UnableToExecuteStatementException raceOnUniqueEmail) {
            if (findByEmail(user.email()).isPresent()) {
                throw new EmailTakenException();
            }
            throw raceOnUniqueEmail;
        }
    }

    @Override
    public Optional<User> find(long clinicId, long userId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM app_user WHERE id = :id AND clinic_id = :clinic")
                .bind("id", userId).bind("clinic", clinicId).map(USER).findOne());
    }

    @Override
    public List<User> list(long clinicId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM app_user WHERE clinic_id = :clinic "
                        + "ORDER BY display_name, id")
                .bind("clinic", clinicId).map(USER).list());
    }

    @Override
    public Optional<Credentials> credentials(String email) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM app_user WHERE email = :email")
                .bind("email", EmailAddress.normalise(email))
                .map((rs, ctx) -> new Credentials(USER.map(rs, ctx), rs.getString("password_hash")))
                .findOne());
    }

    @Override
    public Optional<User> findForSession(long userId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM app_user WHERE id = :id")
                .bind("id", userId).map(USER).findOne());
    }

    @Override
    public Optional<User> findByEmail(String email) {
        return credentials(email).map(Credentials::user);
    }

    @Override
    public boolean update(long clinicId, long userId, String displayName, Set<Role> roles, boolean active) {
        return jdbi.withHandle(h -> h.createUpdate("UPDATE app_user SET display_name = :name, is_admin = :admin, "
                        + "is_clinician = :clinician, active = :active WHERE id = :id AND clinic_id = :clinic")
                .bind("name", displayName)
                .bind("admin", roles.contains(Role.ADMIN))
                .bind("clinician", roles.contains(Role.CLINICIAN))
                .bind("active", active)
                .bind("id", userId)
                .bind("clinic", clinicId)
                .execute()) == 1;
    }

    @Override
    public void setPasswordHash(long userId, String passwordHash) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE app_user SET password_hash = :hash WHERE id = :id")
                .bind("hash", passwordHash).bind("id", userId).execute());
    }
}
