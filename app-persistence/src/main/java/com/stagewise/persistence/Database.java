package com.stagewise.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/**
 * The connection pool, the migrated schema and the Jdbi instance built on them. Opening it runs the
 * Flyway history from the {@code migrations} module, so a started app always has the current schema.
 */
public final class Database implements AutoCloseable {

    /** Short, so a dead database turns into a quick 503 on /health instead of a hanging request. */
    private static final long CONNECTION_TIMEOUT_MS = 3_000;
    static final int H2_QUERY_CACHE_SIZE = 100;
    private static final int HEALTH_CHECK_TIMEOUT_SECONDS = 2;

    private final HikariDataSource dataSource;
    private final DatabaseSettings settings;
    private final Jdbi jdbi;
    private final boolean postgres;

    private Database(HikariDataSource dataSource, DatabaseSettings settings) {
        this.dataSource = dataSource;
        this.settings = settings;
        this.postgres = settings.isPostgres();
        this.jdbi = Jdbi.create(dataSource).installPlugin(new SqlObjectPlugin());
    }

    /** Connected and migrated: what every caller but the server's start-up wants. */
    public static Database open(DatabaseSettings settings) {
        Database database = connect(settings);
        database.migrate();
        return database;
    }

    /**
     * The pool, with one connection made so an unreachable database fails here, but the schema not yet
     * migrated: the server builds its pages while {@link #migrate} runs, and waits for it before serving.
     */
    public static Database connect(DatabaseSettings settings) {
        HikariDataSource dataSource;
        try {
            dataSource = new HikariDataSource(poolConfig(settings));
        } catch (RuntimeException e) {
            throw new DatabaseUnavailableException(
                    "cannot connect to the database at " + settings.safeUrl() + ": " + rootMessage(e), e);
        }
        return new Database(dataSource, settings);
    }

    /** Runs the Flyway history; on failure the pool is closed and the message names the database. */
    public void migrate() {
        try {
            migrate(dataSource);
        } catch (RuntimeException e) {
            dataSource.close();
            throw new DatabaseUnavailableException(
                    "cannot migrate the database at " + settings.safeUrl() + ": " + rootMessage(e), e);
        }
    }

    private static HikariConfig poolConfig(DatabaseSettings settings) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(withQueryCache(settings.url()));
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(settings.poolSize());
        config.setConnectionTimeout(CONNECTION_TIMEOUT_MS);
        config.setPoolName("stagewise");
        return config;
    }

    /**
     * H2 keeps the last 8 parsed statements per connection; a page runs about a dozen different ones, so
     * with 8 every statement was parsed and planned again on every request. The setting applies when the
     * database is opened; a URL that names it keeps its own value.
     */
    static String withQueryCache(String url) {
        if (!url.startsWith("jdbc:h2:") || url.toUpperCase(java.util.Locale.ROOT).contains("QUERY_CACHE_SIZE")) {
            return url;
        }
        return url + ";QUERY_CACHE_SIZE=" + H2_QUERY_CACHE_SIZE;
    }

    /** Flyway takes a database lock while it migrates, so instances that start together migrate once. */
    private static void migrate(DataSource dataSource) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.lines().findFirst().orElse(message).strip();
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public boolean isPostgres() {
        return postgres;
    }

    /**
     * True when the database answers now. {@code isValid} rather than a statement with a query timeout:
     * H2 keeps a statement's timeout on the session, which would then cut short every later query on
     * that pooled connection.
     */
    public boolean isAlive() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(HEALTH_CHECK_TIMEOUT_SECONDS);
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
