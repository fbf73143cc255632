package com.stagewise.persistence.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.stagewise.domain.Page;
import com.stagewise.domain.account.ApiKey;
import com.stagewise.domain.account.AuditEvent;
import com.stagewise.domain.account.AuditFilter;
import com.stagewise.domain.account.ClinicDetails;
import com.stagewise.domain.account.NewUser;
import com.stagewise.domain.account.Role;
import com.stagewise.domain.account.Sessions.Session;
import com.stagewise.domain.account.User;
import com.stagewise.domain.account.Users;
import com.stagewise.persistence.Database;
import com.stagewise.persistence.testing.DatabaseKind;
import com.stagewise.persistence.testing.TestDatabases;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The account adapters on both databases: clinic scoping, uniqueness, single use, windows and paging. */
class AccountsIT {

    private static final Instant NOW = Instant.parse("2026-11-22T09:00:00Z");

    /** A fresh database with two clinics, each with one admin. */
    private record World(Database database, long north, long northAdmin, long south, long southAdmin)
            implements AutoCloseable {

        Jdbi jdbi() {
            return database.jdbi();
        }

        @Override
        public void close() {
            database.close();
        }
    }

    private static World world(DatabaseKind kind) {
        Database database = TestDatabases.fresh(kind);
        JdbiClinics clinics = new JdbiClinics(database.jdbi());
        JdbiUsers users = new JdbiUsers(database.jdbi());
        long north = clinics.create(new ClinicDetails("North", "1 North Road", "", ""), NOW);
        long south = clinics.create(new ClinicDetails("South", "", "", ""), NOW);
        long northAdmin = users.create(north, new NewUser("admin@north.example", "North Admin",
                Set.of(Role.ADMIN, Role.CLINICIAN)), NOW);
        long southAdmin = users.create(south, new NewUser("admin@south.example", "South Admin", Set.of(Role.ADMIN)), NOW);
        return new World(database, north, northAdmin, south, southAdmin);
    }

    // --- clinics and users ----------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void a_clinic_update_changes_that_clinic_only(DatabaseKind kind) {
        try (World w = world(kind)) {
            JdbiClinics clinics = new JdbiClinics(w.jdbi());

            clinics.update(w.north(), new ClinicDetails("North Physio", "2 North Road", "0123", "hi@north.example"));

            assertThat(clinics.find(w.north()).orElseThrow().details())
                    .isEqualTo(new ClinicDetails("North Physio", "2 North Road", "0123", "hi@north.example"));
            assertThat(clinics.find(w.south()).orElseThrow().name()).isEqualTo("South");
            assertThat(clinics.find(999_999)).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void a_user_is_found_listed_and_changed_only_through_their_own_clinic(DatabaseKind kind) {
        try (World w = world(kind)) {
            JdbiUsers users = new JdbiUsers(w.jdbi());

            assertThat(users.find(w.north(), w.northAdmin())).isPresent();
            assertThat(users.find(w.south(), w.northAdmin())).isEmpty();
            assertThat(users.list(w.south())).extracting(User::id).containsExactly(w.southAdmin());

            boolean changed = users.update(w.south(), w.northAdmin(), "Hijacked", Set.of(Role.CLINICIAN), false);

            assertThat(changed).isFalse();
            User untouched = users.find(w.north(), w.northAdmin()).orElseThrow();
            assertThat(untouched.displayName()).isEqualTo("North Admin");
            assertThat(untouched.roles()).containsExactlyInAnyOrder(Role.ADMIN, Role.CLINICIAN);
            assertThat(untouched.active()).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void an_update_through_the_right_clinic_changes_name_roles_and_activity(DatabaseKind kind) {
        try (World w = world(kind)) {
            JdbiUsers users = new JdbiUsers(w.jdbi());

            assertThat(users.update(w.north(), w.northAdmin(), "Renamed", Set.of(Role.CLINICIAN), false)).isTrue();

            User changed = users.find(w.north(), w.northAdmin()).orElseThrow();
            assertThat(changed.displayName()).isEqualTo("Renamed");
            assertThat(changed.roles()).containsExactly(Role.CLINICIAN);
            assertThat(changed.active()).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void an_email_address_is_taken_everywhere_whatever_its_case_and_spaces(DatabaseKind kind) {
        try (World w = world(kind)) {
            JdbiUsers users = new JdbiUsers(w.jdbi());

            assertThatThrownBy(() -> users.create(w.south(),
                    new NewUser("  Admin@NORTH.example ", "Copycat", Set.of(Role.ADMIN)), NOW))
                    .isInstanceOf(Users.EmailTakenException.class);
            assertThat(users.list(w.south())).hasSize(1);
            assertThat(users.findByEmail(" ADMIN@north.EXAMPLE")).map(User::id).hasValue(w.northAdmin());
            assertThat(users.credentials("admin@north.example ")).isPresent();
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void the_database_itself_refuses_a_second_row_with_the_same_address(DatabaseKind kind) {
        try (World w = world(kind)) {
            // the check in create() can race with another instance; the unique constraint must not
            assertThatThrownBy(() -> w.jdbi().useHandle(h -> h.execute("INSERT INTO app_user (clinic_id, email, "
                    + "display_name, created_at) VALUES (?, 'admin@north.example', 'Twin', ?)", w.south(),
                    java.time.OffsetDateTime.parse("2026-11-22T09:00:00Z"))))
                    .isInstanceOf(RuntimeException.class);
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void a_user_without_a_password_cannot_sign_in_until_one_is_set(DatabaseKind kind) {
        try (World w = world(kind)) {
            JdbiUsers users = new JdbiUsers(w.jdbi());

            assertThat(users.credentials("admin@north.example").orElseThrow().passwordHash()).isNull();
            assertThat(users.findForSession(w.northAdmin()).orElseThrow().canSignIn()).isFalse();

            users.setPasswordHash(w.northAdmin(), "$2a$04$hash");

            assertThat(users.credentials("admin@north.example").orElseThrow().passwordHash()).isEqualTo("$2a$04$hash");
            assertThat(users.findForSession(w.northAdmin()).orElseThrow().canSignIn()).isTrue();
        }
    }

    // --- one-time tokens ------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void a_one_time_token_is_consumed_once(DatabaseKind kind) {
        try (World w = world(kind)) {
            JdbiOneTimeTokens tokens = new JdbiOneTimeTokens(w.jdbi());
            tokens.create("hash-1", w.northAdmin(), NOW.plus(Duration.ofDays(7)), NOW);

            assertThat(tokens.peek("hash-1", NOW)).isEqualTo(OptionalLong.of(w.northAdmin()));
            assertThat(tokens.peek("hash-1", NOW)).as("peeking does not use it up").isPresent();
            assertThat(tokens.consume("hash-1", NOW)).isEqualTo(OptionalLong.of(w.northAdmin()));
            assertThat(tokens.consume("hash-1", NOW)).isEmpty();
            assertThat(tokens.peek("hash-1", NOW)).isEmpty();
            assertThat(tokens.consume("no-such-hash", NOW)).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void an_expired_token_can_be_neither_shown_nor_used(DatabaseKind kind) {
        try (World w = world(kind)) {
            JdbiOneTimeTokens tokens = new JdbiOneTimeTokens(w.jdbi());
            Instant expires = NOW.plus(Duration.ofDays(7));
            tokens.create("hash-1", w.northAdmin(), expires, NOW);

            assertThat(tokens.peek("hash-1", expires.minusSeconds(1))).isPresent();
            assertThat(tokens.peek("hash-1", expires)).isEmpty();
            assertThat(tokens.consume("hash-1", expires)).isEmpty();
            assertThat(tokens.consume("hash-1", expires.plusSeconds(1))).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void revoking_a_users_tokens_leaves_other_users_tokens_alone(DatabaseKind kind) {
        try (World w = world(kind)) {
            JdbiOneTimeTokens tokens = new JdbiOneTimeTokens(w.jdbi());
            tokens.create("north-1", w.northAdmin(), NOW.plus(Duration.ofDays(7)), NOW);
            tokens.create("north-2", w.northAdmin(), NOW.plus(Duration.ofDays(7)), NOW);
            tokens.create("south-1", w.southAdmin(), NOW.plus(Duration.ofDays(7)), NOW);

            tokens.revokeForUser(w.northAdmin());

            assertThat(tokens.consume("north-1", NOW)).isEmpty();
            assertThat(tokens.consume("north-2", NOW)).isEmpty();
            assertThat(tokens.consume("south-1", NOW)).hasValue(w.southAdmin());
        }
    }

    // --- API keys -------------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void a_revoked_key_is_no_longer_found_and_only_its_own_clinic_can_revoke_it(DatabaseKind kind) {
        try (World w = world(kind)) {
            JdbiApiKeys keys = new JdbiApiKeys(w.jdbi());
            long id = keys.create(w.north(), "Booking system", "key-hash", "sw_abc", w.northAdmin(), NOW);

            assertThat(keys.clinicOfActiveKey("key-hash", NOW)).hasValue(w.north());
            assertThat(keys.revoke(w.south(), id, NOW)).as("revoked by the other clinic").isFalse();
            assertThat(keys.clinicOfActiveKey("key-hash", NOW)).hasValue(w.north());

            assertThat(keys.revoke(w.north(), id, NOW.plusSeconds(5))).isTrue();

            assertThat(keys.clinicOfActiveKey("key-hash", NOW.plusSeconds(6))).isEmpty();
            assertThat(keys.revoke(w.north(), id, NOW.plusSeconds(7))).as("revoked twice").isFalse();
            ApiKey listed = keys.list(w.north()).get(0);
            assertThat(listed.active()).isFalse();
            assertThat(listed.revokedAt()).hasValue(NOW.plusSeconds(5));
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void keys_are_listed_per_clinic_and_remember_when_they_were_last_used(DatabaseKind kind) {
        try (World w = world(kind)) {
            JdbiApiKeys keys = new JdbiApiKeys(w.jdbi());
            keys.create(w.north(), "North key", "north-hash", "sw_nor", w.northAdmin(), NOW);
            keys.create(w.south(), "South key", "south-hash", "sw_sou", w.southAdmin(), NOW);

            keys.clinicOfActiveKey("north-hash", NOW.plusSeconds(30));

            assertThat(keys.list(w.north())).extracting(ApiKey::name).containsExactly("North key");
            assertThat(keys.list(w.south())).extracting(ApiKey::name).containsExactly("South key");
            assertThat(keys.list(w.north()).get(0).lastUsedAt()).hasValue(NOW.plusSeconds(30));
            assertThat(keys.list(w.south()).get(0).lastUsedAt()).isEmpty();
            assertThat(keys.clinicOfActiveKey("unknown-hash", NOW)).isEmpty();
        }
    }

    // --- audit trail ----------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void the_audit_trail_pages_newest_first_and_says_whether_more_follow(DatabaseKind kind) {
        try (World w = world(kind)) {
            JdbiAuditTrail trail = new JdbiAuditTrail(w.jdbi());
            for (int i = 1; i <= 5; i++) {
                trail.record(w.north(), NOW.plus(Duration.ofMinutes(i)), w.northAdmin(), "North Admin", "EVENT_" + i,
                        "user", String.valueOf(i), "");
            }
            trail.record(w.south(), NOW.plus(Duration.ofMinutes(9)), w.southAdmin(), "South Admin", "EVENT_S", "user",
                    "s", "");

            Page<AuditEvent> first = trail.page(w.north(), AuditFilter.everything(), 1, 2);
            Page<AuditEvent> last = trail.page(w.north(), AuditFilter.everything(), 3, 2);
            Page<AuditEvent> exact = trail.page(w.north(), AuditFilter.everything(), 1, 5);
            Page<AuditEvent> beyond = trail.page(w.north(), AuditFilter.everything(), 4, 2);

            assertThat(first.items()).extracting(AuditEvent::action).containsExactly("EVENT_5", "EVENT_4");
            assertThat(first.hasNext()).isTrue();
            assertThat(last.items()).extracting(AuditEvent::action).containsExactly("EVENT_1");
            assertThat(last.hasNext()).isFalse();
            assertThat(exact.items()).hasSize(5);
            assertThat(exact.hasNext()).isFalse();
            assertThat(beyond.items()).isEmpty();
            assertThat(trail.page(w.south(), AuditFilter.everything(), 1, 50).items())
                    .extracting(AuditEvent::action).containsExactly("EVENT_S");
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void the_audit_trail_filters_by_actor_action_type_and_dates(DatabaseKind kind) {
        try (World w = world(kind)) {
            JdbiAuditTrail trail = new JdbiAuditTrail(w.jdbi());
            JdbiUsers users = new JdbiUsers(w.jdbi());
            long other = users.create(w.north(), new NewUser("physio@north.example", "Physio", Set.of(Role.CLINICIAN)), NOW);
            Instant day1 = Instant.parse("2026-11-20T23:59:59Z");
            Instant day2 = Instant.parse("2026-11-21T00:00:00Z");
            Instant day3 = Instant.parse("2026-11-22T12:00:00Z");
            trail.record(w.north(), day1, w.northAdmin(), "North Admin", "USER_INVITED", "user", "7", "a");
            trail.record(w.north(), day2, other, "Physio", "SIGNED_IN", "user", String.valueOf(other), "");
            trail.record(w.north(), day3, w.northAdmin(), "North Admin", "API_KEY_CREATED", "api_key", "3", "");
            trail.record(w.north(), day3.plusSeconds(1), null, "command line", "CLINIC_UPDATED", "clinic", "1", "");
            // the other clinic's events never show, whatever the filter
            trail.record(w.south(), day2, w.northAdmin(), "North Admin", "USER_INVITED", "user", "8", "");

            assertThat(actions(trail, w.north(), filter(Optional.of(w.northAdmin()), null, null, null, null)))
                    .containsExactly("API_KEY_CREATED", "USER_INVITED");
            assertThat(actions(trail, w.north(), filter(Optional.empty(), "USER_INVITED", null, null, null)))
                    .containsExactly("USER_INVITED");
            assertThat(actions(trail, w.north(), filter(Optional.empty(), null, "user", null, null)))
                    .containsExactly("SIGNED_IN", "USER_INVITED");
            assertThat(actions(trail, w.north(), filter(Optional.empty(), null, null, "2026-11-21", "2026-11-21")))
                    .as("one whole day, both ends included").containsExactly("SIGNED_IN");
            assertThat(actions(trail, w.north(), filter(Optional.empty(), null, null, "2026-11-21", null)))
                    .containsExactly("CLINIC_UPDATED", "API_KEY_CREATED", "SIGNED_IN");
            assertThat(actions(trail, w.north(), filter(Optional.empty(), null, null, null, "2026-11-20")))
                    .containsExactly("USER_INVITED");
            assertThat(actions(trail, w.north(), filter(Optional.of(w.northAdmin()), "USER_INVITED", "user",
                    "2026-11-20", "2026-11-22"))).containsExactly("USER_INVITED");
            assertThat(actions(trail, w.north(), filter(Optional.of(w.southAdmin()), null, null, null, null))).isEmpty();
            assertThat(trail.actions(w.north()))
                    .containsExactly("API_KEY_CREATED", "CLINIC_UPDATED", "SIGNED_IN", "USER_INVITED");
            assertThat(trail.recordTypes(w.south())).containsExactly("user");
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void an_audit_event_keeps_who_what_and_when_and_a_long_detail_is_cut_not_refused(DatabaseKind kind) {
        try (World w = world(kind)) {
            JdbiAuditTrail trail = new JdbiAuditTrail(w.jdbi());
            trail.record(w.north(), NOW, null, "command line", "CLINIC_CREATED", "clinic", null, "x".repeat(5000));

            AuditEvent event = trail.page(w.north(), AuditFilter.everything(), 1, 10).items().get(0);

            assertThat(event.at()).isEqualTo(NOW);
            assertThat(event.actorUserId()).isNull();
            assertThat(event.actor()).isEqualTo("command line");
            assertThat(event.recordId()).isEmpty();
            assertThat(event.detail()).hasSize(1000);
        }
    }

    // --- sign-in failures -----------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void login_failures_are_counted_per_subject_within_the_window(DatabaseKind kind) {
        try (World w = world(kind)) {
            JdbiLoginAttempts attempts = new JdbiLoginAttempts(w.jdbi());
            attempts.recordFailure("account:a@example.org", NOW.minus(Duration.ofMinutes(20)));
            attempts.recordFailure("account:a@example.org", NOW.minus(Duration.ofMinutes(10)));
            attempts.recordFailure("account:a@example.org", NOW.minus(Duration.ofMinutes(1)));
            attempts.recordFailure("account:b@example.org", NOW);

            Instant windowStart = NOW.minus(Duration.ofMinutes(15));
            assertThat(attempts.failuresSince("account:a@example.org", windowStart)).isEqualTo(2);
            assertThat(attempts.failuresSince("account:a@example.org", NOW.minus(Duration.ofMinutes(10))))
                    .as("the window's first instant counts").isEqualTo(2);
            assertThat(attempts.failuresSince("account:b@example.org", windowStart)).isEqualTo(1);
            assertThat(attempts.failuresSince("account:c@example.org", windowStart)).isZero();

            attempts.clear("account:a@example.org");

            assertThat(attempts.failuresSince("account:a@example.org", NOW.minus(Duration.ofDays(1)))).isZero();
            assertThat(attempts.failuresSince("account:b@example.org", windowStart)).isEqualTo(1);
        }
    }

    // --- sessions -------------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void sessions_are_found_by_hash_touched_and_deleted_one_user_at_a_time(DatabaseKind kind) {
        try (World w = world(kind)) {
            JdbiSessions sessions = new JdbiSessions(w.jdbi());
            sessions.create("s-north-1", w.northAdmin(), "csrf-1", NOW);
            sessions.create("s-north-2", w.northAdmin(), "csrf-2", NOW);
            sessions.create("s-south", w.southAdmin(), "csrf-3", NOW);
            sessions.create("s-anonymous", null, "csrf-4", NOW);

            sessions.touch("s-north-1", NOW.plusSeconds(90));

            assertThat(sessions.find("s-north-1")).hasValue(
                    new Session("s-north-1", w.northAdmin(), "csrf-1", NOW, NOW.plusSeconds(90)));
            assertThat(sessions.find("s-anonymous").orElseThrow().signedIn()).isFalse();
            assertThat(sessions.find("no-such-session")).isEmpty();

            sessions.deleteForUser(w.northAdmin());

            assertThat(sessions.find("s-north-1")).isEmpty();
            assertThat(sessions.find("s-north-2")).isEmpty();
            assertThat(sessions.find("s-south")).isPresent();
            assertThat(sessions.find("s-anonymous")).isPresent();

            sessions.delete("s-south");
            assertThat(sessions.find("s-south")).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void idle_sessions_are_deleted_and_active_ones_kept(DatabaseKind kind) {
        try (World w = world(kind)) {
            JdbiSessions sessions = new JdbiSessions(w.jdbi());
            Instant cutoff = NOW.minus(Duration.ofMinutes(60));
            sessions.create("idle", w.northAdmin(), "c1", cutoff.minusSeconds(1));
            sessions.create("at-cutoff", w.northAdmin(), "c2", cutoff);
            sessions.create("active", w.southAdmin(), "c3", NOW);
            sessions.create("touched", null, "c4", cutoff.minusSeconds(600));
            sessions.touch("touched", NOW);

            int deleted = sessions.deleteIdleSince(cutoff);

            assertThat(deleted).isEqualTo(1);
            assertThat(sessions.find("idle")).isEmpty();
            assertThat(sessions.find("at-cutoff")).isPresent();
            assertThat(sessions.find("active")).isPresent();
            assertThat(sessions.find("touched")).isPresent();
        }
    }

    // --- helpers --------------------------------------------------------------------------------

    private static AuditFilter filter(Optional<Long> actor, String action, String type, String from, String to) {
        return new AuditFilter(actor, Optional.ofNullable(action), Optional.ofNullable(type),
                Optional.ofNullable(from).map(LocalDate::parse), Optional.ofNullable(to).map(LocalDate::parse));
    }

    private static java.util.List<String> actions(JdbiAuditTrail trail, long clinicId, AuditFilter filter) {
        return trail.page(clinicId, filter, 1, 50).items().stream().map(AuditEvent::action).toList();
    }
}
