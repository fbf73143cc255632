package com.stagewise.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.stagewise.persistence.testing.DatabaseKind;
import com.stagewise.persistence.testing.TestDatabases;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DatabaseIT {

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void opening_runs_every_migration_of_the_history(DatabaseKind kind) {
        try (Database database = TestDatabases.fresh(kind)) {
            int applied = database.jdbi().withHandle(h -> h.createQuery(
                    "SELECT COUNT(*) FROM flyway_schema_history WHERE success = TRUE").mapTo(Integer.class).one());
            int failed = database.jdbi().withHandle(h -> h.createQuery(
                    "SELECT COUNT(*) FROM flyway_schema_history WHERE success = FALSE").mapTo(Integer.class).one());
            assertThat(applied).isPositive();
            assertThat(failed).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void a_timestamp_with_time_zone_survives_the_round_trip(DatabaseKind kind) {
        OffsetDateTime created = OffsetDateTime.of(2026, 11, 22, 9, 30, 0, 0, ZoneOffset.UTC);
        try (Database database = TestDatabases.fresh(kind)) {
            database.jdbi().useHandle(h -> h.createUpdate(
                    "INSERT INTO clinic (name, created_at) VALUES (:name, :created)")
                    .bind("name", "Riverside Physio").bind("created", created).execute());
            OffsetDateTime read = database.jdbi().withHandle(h -> h.createQuery(
                    "SELECT created_at FROM clinic WHERE name = :name").bind("name", "Riverside Physio")
                    .mapTo(OffsetDateTime.class).one());
            assertThat(read.toInstant()).isEqualTo(created.toInstant());
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void a_closed_database_no_longer_answers(DatabaseKind kind) {
        Database database = TestDatabases.fresh(kind);
        assertThat(database.isAlive()).isTrue();
        database.close();
        assertThat(database.isAlive()).isFalse();
    }

    /** H2 keeps a statement's query timeout on the session, so a health check could shorten every later query. */
    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void the_health_check_leaves_no_query_timeout_on_the_pooled_connection(DatabaseKind kind) throws Exception {
        DatabaseSettings one = TestDatabases.settings(kind);
        int poolSize = DatabaseSettings.MINIMUM_POOL_SIZE;
        try (Database database = Database.open(new DatabaseSettings(one.url(), one.user(), one.password(), poolSize))) {
            assertThat(database.isAlive()).isTrue();
            // Holding every connection of the pool at once reaches the one the health check used.
            List<Integer> timeouts = new ArrayList<>();
            try (Handle first = database.jdbi().open(); Handle second = database.jdbi().open()) {
                for (Handle handle : List.of(first, second)) {
                    try (Statement statement = handle.getConnection().createStatement()) {
                        timeouts.add(statement.getQueryTimeout());
                    }
                }
            }
            assertThat(timeouts).containsOnly(0);
        }
    }

    @Test
    void an_h2_database_keeps_enough_parsed_statements_for_a_page() {
        try (Database database = TestDatabases.fresh(DatabaseKind.H2)) {
            String size = database.jdbi().withHandle(h -> h.createQuery(
                    "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'QUERY_CACHE_SIZE'")
                    .mapTo(String.class).one());
            assertThat(size).isEqualTo(String.valueOf(Database.H2_QUERY_CACHE_SIZE));
        }
        assertThat(Database.withQueryCache("jdbc:h2:mem:x;QUERY_CACHE_SIZE=5")).isEqualTo("jdbc:h2:mem:x;QUERY_CACHE_SIZE=5");
        assertThat(Database.withQueryCache("jdbc:postgresql://db/x")).isEqualTo("jdbc:postgresql://db/x");
    }

    @Test
    void a_database_that_cannot_be_reached_gives_one_clear_line() {
        DatabaseSettings nowhere = new DatabaseSettings(
                "jdbc:postgresql://127.0.0.1:1/stagewise?password=secret", "stagewise", "secret", 2);
        assertThatThrownBy(() -> Database.open(nowhere))
                .isInstanceOf(DatabaseUnavailableException.class)
                .hasMessageStartingWith("cannot connect to the database at jdbc:postgresql://127.0.0.1:1/stagewise")
                .hasMessageNotContaining("secret")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }
}
