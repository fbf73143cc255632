package com.stagewise.web.production;

import static org.assertj.core.api.Assertions.assertThat;

import com.stagewise.domain.catalogue.Exercise;
import com.stagewise.persistence.DatabaseSettings;
import com.stagewise.persistence.testing.TestDatabases;
import com.stagewise.web.testing.TestApp;
import com.stagewise.web.testing.TestClinic;
import com.stagewise.web.testing.WebClient;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Two identical instances on one PostgreSQL, as behind a load balancer: nothing lives in one instance alone. */
class TwoInstancesIT {

    private static TestApp first;
    private static TestApp second;
    private static TestClinic clinic;

    @BeforeAll
    static void start() {
        DatabaseSettings shared = TestDatabases.postgresSettings();
        first = TestApp.start(shared, extra -> { });
        second = TestApp.start(shared, extra -> { });
        clinic = first.createClinic("Two Instance Clinic");
    }

    @AfterAll
    static void stop() {
        first.close();
        second.close();
    }

    /** The same browser talking to one instance and then the other. */
    private static WebClient on(TestApp app, WebClient from) {
        WebClient client = new WebClient(app);
        from.sessionCookie().ifPresent(client::useSessionCookie);
        return client;
    }

    @Test
    void a_session_started_on_one_instance_continues_on_the_other() {
        WebClient a = new WebClient(first);
        a.signIn(clinic.clinicianEmail(), TestClinic.PASSWORD);

        HttpResponse<String> onSecond = on(second, a).get("/patients");

        assertThat(onSecond.statusCode()).isEqualTo(200);
        assertThat(onSecond.body()).contains("Sign out (Two Instance Clinic Physio)");
    }

    @Test
    void a_programme_saved_on_one_instance_is_seen_on_the_other_and_its_share_link_opens_there() {
        WebClient a = new WebClient(first);
        a.signIn(clinic.clinicianEmail(), TestClinic.PASSWORD);
        a.get("/patients/new");
        HttpResponse<String> created = a.post("/patients", Map.of("displayName", "Nora Example", "language", "en",
                "stage", "PREGNANT", "dueDate", "2027-04-11", "abdominalSeparation", "NONE", "perinealTrauma", "NONE"));
        String patientPath = created.headers().firstValue("Location").orElseThrow();
        a.get(patientPath);
        HttpResponse<String> programme = a.post(patientPath + "/programmes", Map.of("template", ""));
        String builder = programme.headers().firstValue("Location").orElseThrow();
        String page = a.get(builder).body();
        Exercise catCow = first.services().exercises.findBySlug(clinic.id(), "cat-cow").orElseThrow();
        a.post(builder, Map.of("title", "Saved on the first", "version", value(page, "version"), "count", "0",
                "action", "add:" + catCow.id()));
        page = a.get(builder).body();
        a.post(builder, Map.ofEntries(Map.entry("title", "Saved on the first"), Map.entry("version", value(page, "version")),
                Map.entry("count", "1"), Map.entry("exercise.0", String.valueOf(catCow.id())),
                Map.entry("exerciseVersion.0", String.valueOf(catCow.version())), Map.entry("sets.0", "1"),
                Map.entry("reps.0", "5"), Map.entry("hold.0", "5"), Map.entry("timesPerDay.0", "1"),
                Map.entry("daysPerWeek.0", "5"), Map.entry("action", "issue")));

        WebClient b = on(second, a);
        String seen = b.get(builder).body();
        assertThat(seen).contains("value=\"Saved on the first\"").contains("Cat–cow");

        HttpResponse<String> shared = b.post(builder + "/share", Map.of("expiresInDays", "0"));
        String link = value(shared.body(), "share-link").replaceFirst("^https?://[^/]+", "");
        assertThat(first.get(link).statusCode()).isEqualTo(200);
        assertThat(first.get(link).body()).contains("Saved on the first");
    }

    @Test
    void login_throttling_counts_failures_made_on_both_instances() {
        String email = clinic.adminEmail();
        for (int i = 0; i < 3; i++) {
            new WebClient(first).signIn(email, "wrong password " + i);
        }
        for (int i = 0; i < 2; i++) {
            new WebClient(second).signIn(email, "wrong password again " + i);
        }

        HttpResponse<String> blocked = new WebClient(first).signIn(email, TestClinic.PASSWORD);

        assertThat(blocked.statusCode()).isEqualTo(429);
        assertThat(blocked.body()).contains("Too many failed attempts");
    }

    private static String value(String html, String idOrName) {
        Matcher matcher = Pattern.compile("(?:name|id)=\"" + Pattern.quote(idOrName) + "\"[^>]*value=\"([^\"]*)\"").matcher(html);
        if (!matcher.find()) {
            throw new AssertionError("no field " + idOrName);
        }
        return matcher.group(1);
    }
}
