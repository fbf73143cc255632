package com.stagewise.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.stagewise.persistence.DatabaseSettings;
import com.stagewise.persistence.testing.DatabaseKind;
import com.stagewise.persistence.testing.TestDatabases;
import com.stagewise.web.testing.TestApp;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;

class AppIT {

    private static final String SECRET_IN_EXCEPTION = "connection string jdbc:secret-internal-detail";
    private static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.start(TestDatabases.h2Settings(), extra -> extra.routes.get("/test/fail", ctx -> {
            throw new IllegalStateException(SECRET_IN_EXCEPTION);
        }, com.stagewise.web.access.Access.PUBLIC));
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void the_home_page_answers_in_english_with_one_main_and_a_skip_link() {
        HttpResponse<String> response = app.get("/");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).get().asString()
                .matches("text/html; ?charset=utf-8");
        assertThat(response.body())
                .contains("<html lang=\"en\">")
                .contains("href=\"#main\"")
                .contains("Home exercise programmes that know the stage")
                .contains("/static/css/print.css")
                .doesNotContain("??");
        assertThat(response.body().split("<main", -1)).hasSize(2);
    }

    @Test
    void an_unknown_address_gets_the_404_page() {
        HttpResponse<String> response = app.get("/no/such/page");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Page not found").contains("<main");
    }

    @Test
    void an_unexpected_failure_gets_a_500_page_that_leaks_nothing() {
        HttpResponse<String> response = app.get("/test/fail");

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body())
                .contains("something went wrong on our side")
                .doesNotContain("secret-internal-detail")
                .doesNotContain("IllegalStateException")
                .doesNotContain("at com.stagewise");
    }

    @Test
    void stylesheets_are_served_to_anyone_and_cached() {
        HttpResponse<String> response = app.get("/static/css/app.css");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("text/css");
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("public, max-age=3600");
    }

    @Test
    void health_answers_200_while_the_database_answers() {
        HttpResponse<String> response = app.get("/health");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("ok");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/no/such/page", "/test/fail", "/static/css/app.css", "/health"})
    void every_response_carries_the_security_headers(String path) {
        HttpResponse<String> response = app.get(path);

        assertThat(response.headers().firstValue("Content-Security-Policy")).get().asString()
                .contains("script-src 'self'").contains("frame-ancestors 'none'").doesNotContain("unsafe-inline");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("Referrer-Policy")).isPresent();
    }

    @Test
    void the_request_log_names_the_route_pattern_never_the_path() {
        Logger requestLog = (Logger) LoggerFactory.getLogger("stagewise.request");
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        lines.start();
        requestLog.addAppender(lines);
        try {
            app.get("/no/such/token-abc123");
            app.get("/health");
        } finally {
            requestLog.detachAppender(lines);
        }

        assertThat(lines.list).extracting(ILoggingEvent::getFormattedMessage)
                .anySatisfy(line -> assertThat(line).matches("GET /health 200 \\d+\\.\\dms"))
                .anySatisfy(line -> assertThat(line).startsWith("GET (unmatched) 404 "))
                .allSatisfy(line -> assertThat(line).doesNotContain("token-abc123"));
    }

    @Test
    void health_answers_503_when_the_database_is_gone() throws Exception {
        EmbeddedPostgres server = TestDatabases.startPostgres();
        DatabaseSettings settings = new DatabaseSettings(server.getJdbcUrl("postgres", "postgres"), "postgres", "", 2);
        try (TestApp onPostgres = TestApp.start(settings, extra -> { })) {
            assertThat(onPostgres.get("/health").statusCode()).isEqualTo(200);

            server.close();

            HttpResponse<String> response = onPostgres.get("/health");
            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(response.body()).isEqualTo("database unavailable");
        }
    }

    @Test
    void the_same_pages_work_on_postgres() {
        try (TestApp onPostgres = TestApp.start(DatabaseKind.POSTGRES)) {
            assertThat(onPostgres.get("/").statusCode()).isEqualTo(200);
            assertThat(onPostgres.get("/health").statusCode()).isEqualTo(200);
        }
    }
}
