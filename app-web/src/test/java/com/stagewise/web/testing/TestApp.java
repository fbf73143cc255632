package com.stagewise.web.testing;

import com.stagewise.persistence.Database;
import com.stagewise.persistence.DatabaseSettings;
import com.stagewise.persistence.testing.DatabaseKind;
import com.stagewise.persistence.testing.TestDatabases;
import com.stagewise.web.App;
import com.stagewise.web.Config;
import com.stagewise.web.DemoData;
import com.stagewise.web.Services;
import com.stagewise.web.access.AccountService;
import com.stagewise.domain.account.ClinicDetails;
import com.stagewise.domain.account.NewUser;
import com.stagewise.domain.account.Role;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Consumer;

/** The real app on a random port, on a fresh database, for functional and browser tests. */
public final class TestApp implements AutoCloseable {

    private final Database database;
    private final Javalin javalin;
    private final TestClock clock;
    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private final Services services;

    private TestApp(Database database, Javalin javalin, TestClock clock, Services services) {
        this.database = database;
        this.javalin = javalin;
        this.clock = clock;
        this.services = services;
    }

    public static TestApp start(DatabaseKind kind) {
        return start(TestDatabases.settings(kind), extra -> { });
    }

    public static TestApp start(DatabaseSettings settings, Consumer<JavalinConfig> extra) {
        return start(testConfig(settings), extra);
    }

    /** The app as it runs behind the reverse proxy, taking the client's address from {@code X-Forwarded-For}. */
    public static TestApp behindProxy(DatabaseKind kind) {
        Config config = testConfig(TestDatabases.settings(kind));
        return start(new Config(config.port(), config.database(), config.demoData(), config.demoApiKey(),
                config.secureCookies(), config.sessionIdleMinutes(), config.publicUrl(), config.passwordHashCost(),
                config.timeZone(), true), extra -> { });
    }

    private static TestApp start(Config config, Consumer<JavalinConfig> extra) {
        DatabaseSettings settings = config.database();
        Database database = Database.open(settings);
        TestClock clock = TestClock.at("2026-11-22T09:00:00Z");
        Javalin javalin = App.create(config, database, clock, extra).start();
        return new TestApp(database, javalin, clock, new Services(config, database, clock));
    }

    /** The same app with the demo clinic of the README loaded. */
    public static TestApp withDemoData(DatabaseKind kind) {
        TestApp app = start(kind);
        Config config = testConfig(TestDatabases.h2Settings());
        DemoData.loadIfEmpty(app.services, config, app.clock);
        return app;
    }

    /** A new clinic with an admin (who is also a clinician) and a clinician, both able to sign in. */
    public TestClinic createClinic(String name) {
        String slug = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        AccountService.Created admin = services.accounts.createClinic(
                new ClinicDetails(name, "", "", ""), "admin@" + slug + ".example", name + " Admin");
        services.accounts.setDemoPassword(admin.userId(), TestClinic.PASSWORD);
        AccountService.Created clinician = services.accounts.invite(admin.clinicId(),
                new NewUser("physio@" + slug + ".example", name + " Physio", java.util.Set.of(Role.CLINICIAN)));
        services.accounts.setDemoPassword(clinician.userId(), TestClinic.PASSWORD);
        return new TestClinic(admin.clinicId(), admin.userId(), "admin@" + slug + ".example",
                clinician.userId(), "physio@" + slug + ".example");
    }

    public Services services() {
        return services;
    }

    public static Config testConfig(DatabaseSettings settings) {
        // bcrypt cost 4: the production cost would make every test sign-in take a quarter of a second
        return new Config(0, settings, false, Config.DEFAULT_DEMO_API_KEY, false, 60, "http://localhost", 4,
                java.time.ZoneOffset.UTC, false);
    }

    public String url(String path) {
        return "http://localhost:" + javalin.port() + path;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(url(path))).GET().build());
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Database database() {
        return database;
    }

    public TestClock clock() {
        return clock;
    }

    @Override
    public void close() {
        javalin.stop();
        database.close();
    }
}
