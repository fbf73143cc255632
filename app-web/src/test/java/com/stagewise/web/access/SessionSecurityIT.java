package com.stagewise.web.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.stagewise.domain.account.NewUser;
import com.stagewise.domain.account.Role;
import com.stagewise.domain.account.User;
import com.stagewise.persistence.DatabaseSettings;
import com.stagewise.persistence.testing.DatabaseKind;
import com.stagewise.persistence.testing.TestDatabases;
import com.stagewise.web.testing.TestApp;
import com.stagewise.web.testing.TestClinic;
import com.stagewise.web.testing.WebClient;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Session ids, their lifetime, sign-in throttling and set-password links, over real HTTP. */
class SessionSecurityIT {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String STRONG = "a long and unusual passphrase";

    private static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.start(DatabaseKind.H2);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    // --- session ids ----------------------------------------------------------------------------

    @Test
    void signing_in_gives_a_new_session_id_and_the_old_one_identifies_nobody() {
        TestClinic clinic = newClinic();
        WebClient client = new WebClient(app);
        client.get("/login");
        String beforeSignIn = client.sessionCookie().orElseThrow();

        client.signIn(clinic.adminEmail(), TestClinic.PASSWORD);
        String afterSignIn = client.sessionCookie().orElseThrow();

        assertThat(afterSignIn).isNotEqualTo(beforeSignIn);
        assertThat(isSignedIn(client)).isTrue();
        WebClient replay = withCookie(beforeSignIn);
        assertThat(isSignedIn(replay)).as("the pre-sign-in id").isFalse();
        assertThat(replay.sessionCookie()).as("the server no longer knows the pre-sign-in id").isEmpty();
    }

    @Test
    void an_id_planted_before_sign_in_is_worthless_to_whoever_planted_it() {
        TestClinic clinic = newClinic();
        WebClient attacker = new WebClient(app);
        attacker.get("/login");
        String planted = attacker.sessionCookie().orElseThrow();
        WebClient victim = withCookie(planted);

        victim.signIn(clinic.adminEmail(), TestClinic.PASSWORD);

        assertThat(isSignedIn(victim)).isTrue();
        assertThat(isSignedIn(attacker)).isFalse();
    }

    @Test
    void signing_out_ends_the_session_on_the_server_not_just_in_the_browser() {
        TestClinic clinic = newClinic();
        WebClient client = signedIn(clinic.adminEmail());
        String cookie = client.sessionCookie().orElseThrow();

        HttpResponse<String> logout = client.post("/logout", Map.of());

        assertThat(logout.statusCode()).isEqualTo(303);
        assertThat(logout.headers().allValues("Set-Cookie")).anyMatch(c -> c.contains("Max-Age=0"));
        HttpResponse<String> replay = withCookie(cookie).get("/admin/users");
        assertThat(replay.statusCode()).isEqualTo(303);
        assertThat(replay.headers().firstValue("Location")).hasValue("/login?next=%2Fadmin%2Fusers");
    }

    @Test
    void a_session_idle_for_more_than_an_hour_has_ended() {
        TestClinic clinic = newClinic();
        WebClient client = signedIn(clinic.adminEmail());

        app.clock().advance(Duration.ofMinutes(61));

        HttpResponse<String> response = client.get("/admin/users");
        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).get().asString().startsWith("/login?next=");
    }

    @Test
    void a_session_idle_for_exactly_an_hour_is_still_alive() {
        TestClinic clinic = newClinic();
        WebClient client = signedIn(clinic.adminEmail());

        app.clock().advance(Duration.ofMinutes(60));

        assertThat(client.get("/admin/users").statusCode()).isEqualTo(200);
    }

    @Test
    void activity_within_the_hour_keeps_a_session_alive_well_past_an_hour() {
        TestClinic clinic = newClinic();
        WebClient client = signedIn(clinic.adminEmail());

        for (int i = 0; i < 4; i++) {
            app.clock().advance(Duration.ofMinutes(50));
            assertThat(client.get("/admin/users").statusCode()).as("after %d minutes", 50 * (i + 1)).isEqualTo(200);
        }
        app.clock().advance(Duration.ofMinutes(61));
        assertThat(client.get("/admin/users").statusCode()).isEqualTo(303);
    }

    @Test
    void a_deactivated_users_open_session_stops_working_at_once() {
        TestClinic clinic = newClinic();
        WebClient clinician = signedIn(clinic.clinicianEmail());
        WebClient admin = signedIn(clinic.adminEmail());
        assertThat(isSignedIn(clinician)).isTrue();

        HttpResponse<String> deactivate = admin.post("/admin/users/" + clinic.clinicianId(),
                Map.of("displayName", "Gone", "roleClinician", "on"));

        assertThat(deactivate.statusCode()).isEqualTo(303);
        assertThat(isSignedIn(clinician)).isFalse();
        assertThat(clinician.signIn(clinic.clinicianEmail(), TestClinic.PASSWORD).statusCode()).isEqualTo(401);
    }

    @Test
    void a_new_set_password_link_signs_the_user_out_everywhere() {
        TestClinic clinic = newClinic();
        WebClient clinician = signedIn(clinic.clinicianEmail());
        WebClient admin = signedIn(clinic.adminEmail());

        assertThat(admin.post("/admin/users/" + clinic.clinicianId() + "/link", Map.of()).statusCode()).isEqualTo(200);

        assertThat(isSignedIn(clinician)).isFalse();
    }

    @Test
    void the_session_cookie_is_http_only_and_same_site_lax_and_holds_no_user_data() {
        TestClinic clinic = newClinic();
        WebClient client = new WebClient(app);
        client.get("/login");
        HttpResponse<String> signIn = client.post("/login",
                Map.of("email", clinic.adminEmail(), "password", TestClinic.PASSWORD));

        List<String> cookies = signIn.headers().allValues("Set-Cookie");
        assertThat(cookies).hasSize(1);
        String cookie = cookies.get(0);
        assertThat(cookie).startsWith(SessionManager.COOKIE + "=").contains("; HttpOnly").contains("; SameSite=Lax")
                .contains("; Path=/").doesNotContainIgnoringCase(clinic.adminEmail());
        String value = client.sessionCookie().orElseThrow();
        assertThat(value).matches("[A-Za-z0-9_-]{43}");
    }

    @Test
    void sessions_survive_a_restart_of_the_app() {
        DatabaseSettings shared = TestDatabases.postgresSettings();
        String cookie;
        try (TestApp first = TestApp.start(shared, extra -> { })) {
            TestClinic clinic = first.createClinic("Restart");
            WebClient client = new WebClient(first);
            assertThat(client.signIn(clinic.adminEmail(), TestClinic.PASSWORD).statusCode()).isEqualTo(303);
            cookie = client.sessionCookie().orElseThrow();
        }
        try (TestApp second = TestApp.start(shared, extra -> { })) {
            WebClient client = new WebClient(second);
            client.useSessionCookie(cookie);

            HttpResponse<String> response = client.get("/admin/users");

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("Restart Admin");
        }
    }

    // --- sign-in throttling (each test on an app of its own: the address counter is shared) ------

    @Nested
    class Throttling {

        @Test
        void five_wrong_passwords_block_the_account_even_for_the_right_one_until_the_window_passes() {
            try (TestApp own = TestApp.start(DatabaseKind.H2)) {
                TestClinic clinic = own.createClinic("Throttled");
                WebClient client = new WebClient(own);
                for (int i = 1; i <= LoginThrottle.MAX_FAILURES_PER_ACCOUNT; i++) {
                    assertThat(client.signIn(clinic.adminEmail(), "wrong password " + i).statusCode())
                            .as("wrong password %d", i).isEqualTo(401);
                }

                HttpResponse<String> blocked = client.signIn(clinic.adminEmail(), TestClinic.PASSWORD);

                assertThat(blocked.statusCode()).isEqualTo(429);
                assertThat(blocked.body()).contains("Too many failed attempts. Wait 15 minutes");
                assertThat(client.signIn(clinic.adminEmail().toUpperCase(), TestClinic.PASSWORD).statusCode())
                        .as("the same account in capitals").isEqualTo(429);
                assertThat(isSignedIn(client)).isFalse();

                own.clock().advance(Duration.ofMinutes(14));
                assertThat(client.signIn(clinic.adminEmail(), TestClinic.PASSWORD).statusCode()).isEqualTo(429);

                own.clock().advance(Duration.ofMinutes(2));
                assertThat(client.signIn(clinic.adminEmail(), TestClinic.PASSWORD).statusCode()).isEqualTo(303);
            }
        }

        @Test
        void one_blocked_account_leaves_the_other_accounts_alone() {
            try (TestApp own = TestApp.start(DatabaseKind.H2)) {
                TestClinic clinic = own.createClinic("Neighbours");
                WebClient client = new WebClient(own);
                for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_ACCOUNT; i++) {
                    client.signIn(clinic.adminEmail(), "wrong");
                }

                assertThat(new WebClient(own).signIn(clinic.clinicianEmail(), TestClinic.PASSWORD).statusCode())
                        .isEqualTo(303);
            }
        }

        @Test
        void a_successful_sign_in_forgets_the_earlier_failures_of_the_account() {
            try (TestApp own = TestApp.start(DatabaseKind.H2)) {
                TestClinic clinic = own.createClinic("Forgiven");
                WebClient client = new WebClient(own);
                for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_ACCOUNT - 1; i++) {
                    client.signIn(clinic.adminEmail(), "wrong");
                }
                assertThat(client.signIn(clinic.adminEmail(), TestClinic.PASSWORD).statusCode()).isEqualTo(303);

                WebClient again = new WebClient(own);
                for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_ACCOUNT - 1; i++) {
                    assertThat(again.signIn(clinic.adminEmail(), "wrong").statusCode()).isEqualTo(401);
                }
                assertThat(again.signIn(clinic.adminEmail(), TestClinic.PASSWORD).statusCode()).isEqualTo(303);
            }
        }

        @Test
        void twenty_failures_from_one_address_block_that_address_for_every_account() {
            try (TestApp own = TestApp.start(DatabaseKind.H2)) {
                TestClinic clinic = own.createClinic("Sprayed");
                WebClient client = new WebClient(own);
                for (int i = 1; i <= LoginThrottle.MAX_FAILURES_PER_ADDRESS; i++) {
                    assertThat(client.signIn("nobody" + i + "@example.org", "guess").statusCode())
                            .as("unknown account %d", i).isEqualTo(401);
                }

                HttpResponse<String> blocked = new WebClient(own).signIn(clinic.adminEmail(), TestClinic.PASSWORD);

                assertThat(blocked.statusCode()).isEqualTo(429);
                assertThat(blocked.body()).contains("Wait 15 minutes");
                // a forged proxy header must not buy a fresh counter
                assertThat(new WebClient(own).from("203.0.113.7").signIn(clinic.adminEmail(), TestClinic.PASSWORD)
                        .statusCode()).isEqualTo(429);
                // another address is not blocked: the counter is per address, not for everyone
                assertThat(signInFrom("127.0.0.2", own, clinic.adminEmail(), TestClinic.PASSWORD)).isEqualTo(303);

                own.clock().advance(Duration.ofMinutes(16));
                assertThat(new WebClient(own).signIn(clinic.adminEmail(), TestClinic.PASSWORD).statusCode())
                        .isEqualTo(303);
            }
        }

        @Test
        void behind_the_proxy_the_address_it_saw_is_counted_not_what_the_client_put_in_front_of_it() {
            try (TestApp own = TestApp.behindProxy(DatabaseKind.H2)) {
                TestClinic clinic = own.createClinic("Proxied");
                // a proxy that appends keeps what the client sent; only the last entry is the proxy's own
                for (int i = 1; i <= LoginThrottle.MAX_FAILURES_PER_ADDRESS; i++) {
                    assertThat(new WebClient(own).from("198.51.100." + i + ", 203.0.113.7")
                            .signIn("nobody" + i + "@example.org", "guess").statusCode()).as("attempt %d", i).isEqualTo(401);
                }

                assertThat(new WebClient(own).from("192.0.2.1, 203.0.113.7").signIn(clinic.adminEmail(), TestClinic.PASSWORD)
                        .statusCode()).isEqualTo(429);
                assertThat(new WebClient(own).from("203.0.113.7").signIn(clinic.adminEmail(), TestClinic.PASSWORD)
                        .statusCode()).isEqualTo(429);
                assertThat(new WebClient(own).from("203.0.113.7, 203.0.113.8").signIn(clinic.adminEmail(),
                        TestClinic.PASSWORD).statusCode()).as("another client of the proxy").isEqualTo(303);
            }
        }
    }

    // --- set-password links ---------------------------------------------------------------------

    @Test
    void a_set_password_link_works_once_and_then_is_gone() {
        Invitation invitation = invite();
        WebClient client = new WebClient(app);
        assertThat(client.get(invitation.path()).statusCode()).isEqualTo(200);

        HttpResponse<String> set = client.post(invitation.path(), Map.of("password", STRONG, "confirm", STRONG));

        assertThat(set.statusCode()).isEqualTo(303);
        assertThat(set.headers().firstValue("Location")).hasValue("/login?notice=password-set");
        assertThat(new WebClient(app).signIn(invitation.email(), STRONG).statusCode()).isEqualTo(303);

        WebClient second = new WebClient(app);
        assertThat(second.get(invitation.path()).statusCode()).isEqualTo(410);
        second.get("/login");
        assertThat(second.post(invitation.path(), Map.of("password", "another long passphrase",
                "confirm", "another long passphrase")).statusCode()).isEqualTo(410);
        assertThat(new WebClient(app).signIn(invitation.email(), STRONG).statusCode())
                .as("the first password still holds").isEqualTo(303);
    }

    @Test
    void a_set_password_link_expires_after_seven_days() {
        Invitation invitation = invite();

        app.clock().advance(AccountService.SET_PASSWORD_LINK_LIFETIME.plusMinutes(1));

        assertThat(app.get(invitation.path()).statusCode()).isEqualTo(410);
    }

    @Test
    void a_newer_link_replaces_the_older_one() {
        Invitation invitation = invite();
        User user = app.services().users.findByEmail(invitation.email()).orElseThrow();

        String newer = app.services().accounts.resetLink(user);

        assertThat(app.get(invitation.path()).statusCode()).isEqualTo(410);
        assertThat(app.get(newer.substring(newer.indexOf("/set-password/"))).statusCode()).isEqualTo(200);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            too short            | short1      | short1               | password | Use at least 10 characters.
            on the common list   | password123 | password123          | password | This password is too easy to guess. Try a few unrelated words.
            common in capitals   | PASSWORD123 | PASSWORD123          | password | This password is too easy to guess. Try a few unrelated words.
            two different fields | a long and unusual passphrase | a long and unusual passphrasf | confirm | The two passwords are not the same.
            """)
    void a_weak_or_mistyped_password_is_refused_next_to_its_field_and_nothing_is_set(String why, String password,
            String confirm, String field, String message) {
        Invitation invitation = invite();
        WebClient client = new WebClient(app);
        client.get(invitation.path());

        HttpResponse<String> response = client.post(invitation.path(), Map.of("password", password, "confirm", confirm));

        assertThat(response.statusCode()).isEqualTo(400);
        Matcher error = Pattern.compile("<span[^>]*class=\"field-error\"[^>]*id=\"" + field + "-error\"[^>]*>([^<]*)</span>")
                .matcher(response.body());
        assertThat(error.find()).as("an error next to the %s field", field).isTrue();
        assertThat(error.group(1)).isEqualTo(message);
        assertThat(response.body()).doesNotContain("value=\"" + password + "\"");
        User user = app.services().users.findByEmail(invitation.email()).orElseThrow();
        assertThat(user.passwordSet()).isFalse();
        assertThat(client.get(invitation.path()).statusCode()).as("the link is still good").isEqualTo(200);
    }

    // --- helpers --------------------------------------------------------------------------------

    record Invitation(String email, String path) {
    }

    private static Invitation invite() {
        TestClinic clinic = newClinic();
        String email = "invitee" + SEQUENCE.incrementAndGet() + "@example.org";
        String link = app.services().accounts.invite(clinic.id(),
                new NewUser(email, "Invitee", Set.of(Role.CLINICIAN))).setPasswordLink();
        return new Invitation(email, link.substring(link.indexOf("/set-password/")));
    }

    private static TestClinic newClinic() {
        return app.createClinic("Session " + SEQUENCE.incrementAndGet());
    }

    private static WebClient signedIn(String email) {
        WebClient client = new WebClient(app);
        assertThat(client.signIn(email, TestClinic.PASSWORD).statusCode()).isEqualTo(303);
        client.get("/");
        return client;
    }

    private static WebClient withCookie(String cookie) {
        WebClient client = new WebClient(app);
        client.useSessionCookie(cookie);
        return client;
    }

    /** Signed in as anyone: the home page then offers to sign out. */
    private static boolean isSignedIn(WebClient client) {
        return client.get("/").body().contains("action=\"/logout\"");
    }

    /**
     * Signs in over a socket bound to another loopback address, which the JDK 17 HTTP client cannot
     * do; returns the status of the sign-in POST.
     */
    private static int signInFrom(String localAddress, TestApp target, String email, String password) {
        RawResponse form = raw(localAddress, target, "GET /login HTTP/1.0\r\n", null, "");
        Matcher cookie = Pattern.compile("stagewise_session=([^;]*)").matcher(form.head());
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]*)\"").matcher(form.body());
        assertThat(cookie.find() && csrf.find()).as("a sign-in form from %s", localAddress).isTrue();
        String body = "email=" + URLEncoder.encode(email, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        return raw(localAddress, target, "POST /login HTTP/1.0\r\n", cookie.group(1), body).status();
    }

    record RawResponse(int status, String head, String body) {
    }

    private static RawResponse raw(String localAddress, TestApp target, String requestLine, String cookie, String body) {
        URI uri = URI.create(target.url("/"));
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(localAddress), 0));
            socket.connect(new InetSocketAddress("127.0.0.1", uri.getPort()), 5000);
            socket.setSoTimeout(5000);
            StringBuilder request = new StringBuilder(requestLine)
                    .append("Host: localhost:").append(uri.getPort()).append("\r\n")
                    .append("Connection: close\r\n");
            if (cookie != null) {
                request.append("Cookie: stagewise_session=").append(cookie).append("\r\n");
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            if (!body.isEmpty()) {
                request.append("Content-Type: application/x-www-form-urlencoded\r\n");
            }
            request.append("Content-Length: ").append(bytes.length).append("\r\n\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.US_ASCII));
            out.write(bytes);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            String response = all.toString(StandardCharsets.UTF_8);
            int split = response.indexOf("\r\n\r\n");
            String head = response.substring(0, split);
            return new RawResponse(Integer.parseInt(head.substring(9, 12)), head, response.substring(split + 4));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
