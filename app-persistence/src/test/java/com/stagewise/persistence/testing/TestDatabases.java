package com.stagewise.persistence.testing;

import com.stagewise.persistence.Database;
import com.stagewise.persistence.DatabaseSettings;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fresh, fully migrated databases for tests: an in-memory H2 in PostgreSQL mode, or a new database
 * on one embedded PostgreSQL server that is started once per test JVM (it takes a few seconds).
 */
public final class TestDatabases {

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static EmbeddedPostgres postgres;

    private TestDatabases() {
    }

    public static Database fresh(DatabaseKind kind) {
        return Database.open(settings(kind));
    }

    public static DatabaseSettings settings(DatabaseKind kind) {
        return switch (kind) {
            case H2 -> h2Settings();
            case POSTGRES -> postgresSettings();
        };
    }

    public static DatabaseSettings h2Settings() {
        return new DatabaseSettings(
                "jdbc:h2:mem:test" + COUNTER.incrementAndGet()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "sa", "", 5);
    }

    public static synchronized DatabaseSettings postgresSettings() {
        EmbeddedPostgres server = postgresServer();
        String name = "test" + COUNTER.incrementAndGet();
        try (Connection connection = server.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name, e);
        }
        return new DatabaseSettings(server.getJdbcUrl("postgres", name), "postgres", "", 5);
    }

    /** The shared embedded server; tests that stop a database start their own with {@link #startPostgres()}. */
    public static synchronized EmbeddedPostgres postgresServer() {
        if (postgres == null) {
            postgres = startPostgres();
            Runtime.getRuntime().addShutdownHook(new Thread(TestDatabases::closeShared));
        }
        return postgres;
    }

    public static EmbeddedPostgres startPostgres() {
        try {
            return EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
        }
    }

    private static synchronized void closeShared() {
        try {
            if (postgres != null) {
                postgres.close();
            }
        } catch (IOException ignored) {
            // the JVM is exiting; the temporary data directory is removed by the library
        }
    }
}
