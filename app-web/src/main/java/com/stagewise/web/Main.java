package com.stagewise.web;

import com.stagewise.persistence.Database;
import com.stagewise.persistence.DatabaseUnavailableException;
import io.javalin.Javalin;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the app from environment variables, or runs an operator's command (see {@link Cli}).
 * A configuration or database problem ends it with one line.
 */
public final class Main {

    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

    private Main() {
    }

    public static void main(String[] args) {
        long started = System.nanoTime();
        Config config;
        try {
            config = Config.fromEnvironment(System.getenv());
        } catch (Config.ConfigException e) {
            fail("configuration error: " + e.getMessage(), 2);
            return;
        }
        boolean serve = args.length == 0 || "serve".equals(args[0]);
        if (!serve && !Cli.knows(args[0])) {
            fail(Cli.usage(), 64);
            return;
        }
        long opening = System.nanoTime();
        Database database;
        try {
            database = Database.connect(config.database());
        } catch (DatabaseUnavailableException e) {
            fail(e.getMessage(), 3);
            return;
        }
        // Flyway and the building of services and pages each keep a core busy for most of a second: side by side
        CompletableFuture<Void> migration = CompletableFuture.runAsync(database::migrate,
                task -> new Thread(task, "stagewise-migrations").start());
        long servicesFrom = System.nanoTime();
        Clock clock = Clock.systemUTC();
        Services services = new Services(config, database, clock);
        Javalin app = serve ? App.create(config, database, clock) : null;
        long migratedFrom = System.nanoTime();
        try {
            migration.join();
        } catch (CompletionException e) {
            fail(e.getCause() instanceof DatabaseUnavailableException unavailable ? unavailable.getMessage()
                    : "cannot migrate the database: " + e.getCause(), 3);
            return;
        }
        if (!serve) {
            int status = com.stagewise.web.bench.DataGenerator.COMMAND.equals(args[0])
                    ? com.stagewise.web.bench.DataGenerator.command(args, services, database, config, clock, System.out, System.err)
                    : new Cli(services, System.out, System.err).run(args);
            database.close();
            System.exit(status);
            return;
        }
        long serverFrom = System.nanoTime();
        if (config.demoData()) {
            DemoData.loadIfEmpty(services, config, clock);
        }
        app.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            com.stagewise.web.system.HealthHandler.stopping();
            app.stop();
            database.close();
        }, "stagewise-shutdown"));
        long now = System.nanoTime();
        LOG.info("Stagewise is listening on http://localhost:{}/ (started in {} ms: configuration {}, connection {}, "
                        + "services and pages {} while migrations ran, then waited {} for them; demo data and web server {})",
                app.port(), millis(started, now), millis(started, opening), millis(opening, servicesFrom),
                millis(servicesFrom, migratedFrom), millis(migratedFrom, serverFrom), millis(serverFrom, now));
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }

    private static void fail(String line, int status) {
        System.err.println("stagewise: " + line);
        System.exit(status);
    }
}
