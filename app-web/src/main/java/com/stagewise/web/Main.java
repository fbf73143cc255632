package com.stagewise.web;

import com.stagewise.persistence.Database;
import com.stagewise.persistence.DatabaseUnavailableException;
import io.javalin.Javalin;
import java.time.Clock;
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
        Database database;
        try {
            database = Database.open(config.database());
        } catch (DatabaseUnavailableException e) {
            fail(e.getMessage(), 3);
            return;
        }
        Clock clock = Clock.systemUTC();
        Services services = new Services(config, database, clock);
        if (!serve) {
            int status = com.stagewise.web.bench.DataGenerator.COMMAND.equals(args[0])
                    ? com.stagewise.web.bench.DataGenerator.command(args, services, database, config, clock, System.out, System.err)
                    : new Cli(services, System.out, System.err).run(args);
            database.close();
            System.exit(status);
            return;
        }
        if (config.demoData()) {
            DemoData.loadIfEmpty(services, config, clock);
        }
        Javalin app = App.create(config, database, clock).start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            com.stagewise.web.system.HealthHandler.stopping();
            app.stop();
            database.close();
        }, "stagewise-shutdown"));
        LOG.info("Stagewise is listening on http://localhost:{}/ (started in {} ms)",
                app.port(), (System.nanoTime() - started) / 1_000_000);
    }

    private static void fail(String line, int status) {
        System.err.println("stagewise: " + line);
        System.exit(status);
    }
}
