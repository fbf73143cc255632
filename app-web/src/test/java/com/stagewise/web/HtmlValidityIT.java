package com.stagewise.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.stagewise.persistence.testing.TestDatabases;
import com.stagewise.web.testing.HtmlChecker;
import com.stagewise.web.testing.TestApp;
import java.net.http.HttpResponse;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every page the app renders passes the Nu Html Checker without an error. */
class HtmlValidityIT {

    private static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.start(TestDatabases.h2Settings(), extra -> extra.routes.get("/test/fail", ctx -> {
            throw new IllegalStateException("fail on purpose");
        }, com.stagewise.web.access.Access.PUBLIC));
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    static Stream<String> pages() {
        return Stream.of("/", "/no/such/page", "/test/fail");
    }

    @ParameterizedTest
    @MethodSource("pages")
    void the_page_is_valid_html(String path) {
        HttpResponse<String> response = app.get(path);

        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("text/html");
        assertThat(HtmlChecker.errors(response.body())).as(path).isEmpty();
    }

    @Test
    void the_checker_does_find_errors() {
        String broken = "<!DOCTYPE html><html lang=\"en\"><head><title>x</title></head>"
                + "<body><main><p><div>block in a paragraph</p></main><main></main></body></html>";

        assertThat(HtmlChecker.errors(broken)).isNotEmpty();
    }
}
