package com.stagewise.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.stagewise.domain.account.NewUser;
import com.stagewise.domain.account.Role;
import com.stagewise.domain.programme.PatientDetails;
import com.stagewise.domain.programme.ProgrammeChange;
import com.stagewise.domain.programme.ProgrammeStatus;
import com.stagewise.domain.rules.Verdict;
import com.stagewise.domain.stage.PatientState;
import com.stagewise.persistence.testing.TestDatabases;
import com.stagewise.web.access.Access;
import com.stagewise.web.testing.TestApp;
import com.stagewise.web.testing.TestClinic;
import com.stagewise.web.testing.WebClient;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The protective headers on every kind of response, and the stricter ones where a secret is in the address or page. */
class SecurityHeadersIT {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static TestApp app;
    private static TestClinic clinic;
    private static String shareToken;

    @BeforeAll
    static void start() {
        app = TestApp.start(TestDatabases.h2Settings(), extra -> {
            extra.routes.get("/test/boom", ctx -> {
                throw new IllegalStateException("failing on purpose");
            }, Access.PUBLIC);
            extra.routes.get("/api/v1/test/probe", ctx -> ctx.result("ok"), Access.API_KEY);
        });
        clinic = app.createClinic("Headers");
        shareToken = shareAProgramme();
    }

    private static String shareAProgramme() {
        var services = app.services();
        java.time.Instant now = app.clock().instant();
        long patient = services.patients.create(clinic.id(), new PatientDetails("Hanna Headers", false, "", "en"),
                PatientState.pregnant(java.time.LocalDate.parse("2027-04-01")), clinic.clinicianId(), "Physio", now);
        long programme = services.programmes.create(clinic.id(), patient, new ProgrammeChange("Shared", ProgrammeStatus.ACTIVE,
                List.of(), Verdict.ALLOWED, java.util.Optional.empty(), clinic.clinicianId(), "Physio", now));
        String token = com.stagewise.web.access.Tokens.random();
        services.sharing.createLink(clinic.id(), programme, com.stagewise.web.access.Tokens.hash(token),
                java.util.Optional.empty(), "Physio", now);
        return token;
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    static Stream<Arguments> responses() {
        return Stream.of(
                response("a page", 200, c -> c.get("/")),
                response("a signed-in admin page", 200, c -> signedIn(clinic.adminEmail()).get("/admin/users")),
                response("a 404", 404, c -> c.get("/no/such/page")),
                response("a 403", 403, c -> signedIn(clinic.clinicianEmail()).get("/admin/users")),
                response("a refused form (CSRF)", 403, c -> c.postRaw("/login", Map.of())),
                response("a redirect to sign in", 303, c -> c.get("/admin/audit")),
                response("a 500", 500, c -> c.get("/test/boom")),
                response("a static file", 200, c -> c.get("/static/css/app.css")),
                response("the health check", 200, c -> c.get("/health")),
                response("a drawn figure", 200, c -> c.get("/figures/glute-bridge/start.svg")),
                response("the patient's shared page", 200, c -> c.get("/p/" + shareToken)),
                response("an unknown share link", 404, c -> c.get("/p/not-a-real-link")),
                response("an API call without a key", 401, c -> c.get("/api/v1/test/probe")),
                response("an API 404", 404, c -> c.get("/api/v1/no-such-thing")));
    }

    private static Arguments response(String name, int status, Function<WebClient, HttpResponse<String>> call) {
        return Arguments.of(Named.of(name, call), status);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("responses")
    void every_kind_of_response_carries_the_protective_headers(Function<WebClient, HttpResponse<String>> call,
            int status) {
        HttpResponse<String> response = call.apply(new WebClient(app));

        assertThat(response.statusCode()).isEqualTo(status);
        Map<String, String> csp = directives(single(response, "Content-Security-Policy"));
        assertThat(csp).containsEntry("default-src", "'self'").containsEntry("script-src", "'self'")
                .containsEntry("style-src", "'self'").containsEntry("object-src", "'none'")
                .containsEntry("base-uri", "'none'").containsEntry("frame-ancestors", "'none'")
                .containsEntry("form-action", "'self'");
        assertThat(csp.values()).noneMatch(v -> v.contains("'unsafe-inline'") || v.contains("'unsafe-eval'")
                || v.contains("*"));
        assertThat(single(response, "X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(single(response, "X-Frame-Options")).isEqualTo("DENY");
        assertThat(single(response, "Referrer-Policy")).isIn("same-origin", "no-referrer", "strict-origin");
    }

    @Test
    void the_set_password_page_sends_no_referrer_and_is_never_stored() {
        String path = newLinkPath();
        WebClient client = new WebClient(app);

        HttpResponse<String> form = client.get(path);
        HttpResponse<String> weak = client.post(path, Map.of("password", "short", "confirm", "short"));
        HttpResponse<String> set = client.post(path, Map.of("password", "a long and unusual passphrase",
                "confirm", "a long and unusual passphrase"));
        HttpResponse<String> used = client.get(path);

        assertThat(List.of(form, weak, set, used)).extracting(HttpResponse::statusCode).containsExactly(200, 400, 303, 410);
        for (HttpResponse<String> response : List.of(form, weak, set, used)) {
            assertThat(single(response, "Referrer-Policy")).as("status %d", response.statusCode()).isEqualTo("no-referrer");
            assertThat(single(response, "Cache-Control")).as("status %d", response.statusCode()).isEqualTo("no-store");
        }
    }

    @Test
    void pages_that_show_a_secret_once_are_never_stored() {
        WebClient admin = signedIn(clinic.adminEmail());

        HttpResponse<String> invited = admin.post("/admin/users",
                Map.of("email", "new" + SEQUENCE.incrementAndGet() + "@example.org", "displayName", "New",
                        "roleClinician", "on"));
        HttpResponse<String> newLink = admin.post("/admin/users/" + clinic.clinicianId() + "/link", Map.of());
        HttpResponse<String> newKey = admin.post("/admin/api-keys", Map.of("name", "Booking system"));

        for (HttpResponse<String> response : List.of(invited, newLink, newKey)) {
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Cache-Control")).as(response.uri().getPath()).hasValue("no-store");
        }
        assertThat(invited.body()).contains("/set-password/");
        assertThat(newKey.body()).contains("value=\"sw_");
    }

    // --- helpers --------------------------------------------------------------------------------

    private static String single(HttpResponse<String> response, String header) {
        List<String> values = response.headers().allValues(header);
        assertThat(values).as("%s on %s", header, response.uri().getPath()).hasSize(1);
        return values.get(0);
    }

    private static Map<String, String> directives(String policy) {
        return Arrays.stream(policy.split(";")).map(String::strip).filter(d -> !d.isEmpty())
                .map(d -> d.split("\\s+", 2))
                .collect(Collectors.toMap(parts -> parts[0], parts -> parts.length > 1 ? parts[1] : ""));
    }

    private static WebClient signedIn(String email) {
        WebClient client = new WebClient(app);
        assertThat(client.signIn(email, TestClinic.PASSWORD).statusCode()).isEqualTo(303);
        client.get("/");
        return client;
    }

    private static String newLinkPath() {
        String link = app.services().accounts.invite(clinic.id(), new NewUser(
                "invitee" + SEQUENCE.incrementAndGet() + "@example.org", "Invitee", Set.of(Role.CLINICIAN)))
                .setPasswordLink();
        return link.substring(link.indexOf("/set-password/"));
    }
}
