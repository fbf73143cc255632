package com.stagewise.web.share;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.stagewise.domain.catalogue.Exercise;
import com.stagewise.domain.programme.PatientDetails;
import com.stagewise.domain.programme.ProgrammeChange;
import com.stagewise.domain.programme.ProgrammeItem;
import com.stagewise.domain.programme.ProgrammeStatus;
import com.stagewise.domain.rules.Verdict;
import com.stagewise.domain.stage.PatientState;
import com.stagewise.persistence.testing.DatabaseKind;
import com.stagewise.web.testing.Browser;
import com.stagewise.web.testing.TestApp;
import com.stagewise.web.testing.TestClinic;
import com.stagewise.web.testing.WebClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.slf4j.LoggerFactory;

class SharedPageBrowserIT {

    /** An issued programme with two gentle exercises for a patient at 20 weeks. */
    private static long issuedProgramme(TestApp app, TestClinic clinic, String language) {
        var services = app.services();
        long patient = services.patients.create(clinic.id(), new PatientDetails("Lena Example", false, "", language),
                PatientState.pregnant(LocalDate.of(2027, 4, 11)), null, "test", app.clock().instant());
        Exercise catCow = services.exercises.findBySlug(clinic.id(), "cat-cow").orElseThrow();
        Exercise clamshell = services.exercises.findBySlug(clinic.id(), "clamshell").orElseThrow();
        List<ProgrammeItem> items = List.of(
                new ProgrammeItem(catCow.id(), catCow.version(), catCow.content().defaultDose(), "Slowly, with the breath", ""),
                new ProgrammeItem(clamshell.id(), clamshell.version(), clamshell.content().defaultDose(), "", ""));
        long id = services.programmes.create(clinic.id(), patient, new ProgrammeChange("Back care", ProgrammeStatus.DRAFT, items,
                Verdict.ALLOWED, Optional.empty(), null, "test", app.clock().instant()));
        services.programmes.issue(clinic.id(), id, 1, new ProgrammeChange("Back care", ProgrammeStatus.ACTIVE, items,
                Verdict.ALLOWED, Optional.empty(), null, "test", app.clock().instant()));
        return id;
    }

    private static String shareLink(WebClient clinician, long programmeId) {
        clinician.get("/programmes/" + programmeId);
        HttpResponse<String> created = clinician.post("/programmes/" + programmeId + "/share", Map.of("expiresInDays", "7"));
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("id=\"share-link\" readonly value=\"([^\"]+)\"")
                .matcher(created.body());
        assertThat(link.find()).as(created.body()).isTrue();
        return link.group(1).replaceFirst("^https?://[^/]+", "");
    }

    @Test
    void a_patient_logs_a_session_and_reports_a_red_flag_and_the_clinician_sees_both() {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        root.addAppender(log);
        try (TestApp app = TestApp.start(DatabaseKind.H2); Browser phone = Browser.phone()) {
            TestClinic clinic = app.createClinic("Share Clinic");
            long programme = issuedProgramme(app, clinic, "en");
            WebClient clinician = new WebClient(app);
            clinician.signIn(clinic.clinicianEmail(), TestClinic.PASSWORD);
            String path = shareLink(clinician, programme);
            String token = path.substring("/p/".length());

            phone.open(app.url(path));
            assertThat(phone.find(By.tagName("h1")).getText()).isEqualTo("Back care");
            assertThat(phone.findAll(By.cssSelector(".p-exercise"))).hasSize(2);
            assertThat(phone.find(By.className("p-flags")).getText()).contains("Fluid leaking from your vagina");
            phone.screenshot(Path.of("target/screenshots/patient-page.png"));

            phone.find(By.cssSelector("label[for=pain-3]")).click();
            phone.find(By.id("comment")).sendKeys("A little stiff in the morning");
            phone.find(By.cssSelector("#sessions button[type=submit]")).click();
            assertThat(phone.find(By.className("p-notice")).getText()).contains("your session is recorded");
            assertThat(phone.find(By.className("p-history")).getText()).contains("pain 3/10");

            phone.find(By.id("flag.CALF_PAIN_OR_SWELLING")).click();
            phone.find(By.cssSelector(".p-flags button[type=submit]")).click();
            assertThat(phone.find(By.tagName("h1")).getText()).isEqualTo("Stop exercising and contact your provider now");
            phone.screenshot(Path.of("target/screenshots/patient-stop.png"));

            phone.open(app.url(path));
            assertThat(phone.find(By.className("p-stop")).getText()).contains("Please do not exercise now");

            HttpResponse<String> patientPage = clinician.get("/patients");
            assertThat(patientPage.body()).contains("Lena Example");
            String patientPath = java.util.regex.Pattern.compile("href=\"(/patients/\\d+)\"").matcher(patientPage.body())
                    .results().map(m -> m.group(1)).filter(p -> !p.equals("/patients/new")).findFirst().orElseThrow();
            String body = clinician.get(patientPath).body();
            assertThat(body).contains("A little stiff in the morning").contains("3 / 10")
                    .contains("Pain or swelling in a calf");

            assertThat(log.list).extracting(ILoggingEvent::getFormattedMessage).noneMatch(line -> line.contains(token));
        } finally {
            root.detachAppender(log);
        }
    }

    @Test
    void a_revoked_link_and_an_expired_link_show_a_polite_page() {
        try (TestApp app = TestApp.start(DatabaseKind.H2)) {
            TestClinic clinic = app.createClinic("Revoke Clinic");
            long programme = issuedProgramme(app, clinic, "de");
            WebClient clinician = new WebClient(app);
            clinician.signIn(clinic.clinicianEmail(), TestClinic.PASSWORD);
            String path = shareLink(clinician, programme);

            HttpResponse<String> open = app.get(path);
            assertThat(open.statusCode()).isEqualTo(200);
            assertThat(open.body()).contains("lang=\"de\"").contains("Ihre Übungen");
            assertThat(open.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
            assertThat(open.headers().firstValue("Cache-Control")).hasValue("no-store");
            assertThat(open.headers().firstValue("X-Robots-Tag")).get().asString().contains("noindex");

            app.clock().advance(Duration.ofDays(8));
            HttpResponse<String> expired = app.get(path);
            assertThat(expired.statusCode()).isEqualTo(410);
            assertThat(expired.body()).contains("Dieser Link ist abgelaufen");

            clinician.signIn(clinic.clinicianEmail(), TestClinic.PASSWORD);
            String second = shareLink(clinician, programme);
            assertThat(app.get(second).statusCode()).isEqualTo(200);
            clinician.get("/programmes/" + programme);
            clinician.post("/programmes/" + programme + "/share/revoke", Map.of());
            HttpResponse<String> revoked = app.get(second);
            assertThat(revoked.statusCode()).isEqualTo(410);
            assertThat(revoked.body()).contains("zurückgezogen");
            assertThat(app.get("/p/not-a-real-token-at-all-xxxxxxxxxxxx").statusCode()).isEqualTo(404);
        }
    }

    @Test
    void a_double_submit_records_one_session() {
        try (TestApp app = TestApp.start(DatabaseKind.H2)) {
            TestClinic clinic = app.createClinic("Double Clinic");
            long programme = issuedProgramme(app, clinic, "en");
            WebClient clinician = new WebClient(app);
            clinician.signIn(clinic.clinicianEmail(), TestClinic.PASSWORD);
            String path = shareLink(clinician, programme);
            WebClient patient = new WebClient(app);
            String page = patient.get(path).body();
            String submission = java.util.regex.Pattern.compile("name=\"submission\" value=\"([^\"]+)\"").matcher(page)
                    .results().findFirst().orElseThrow().group(1);

            patient.postRaw(path + "/sessions", Map.of("pain", "2", "comment", "", "submission", submission));
            patient.postRaw(path + "/sessions", Map.of("pain", "2", "comment", "", "submission", submission));
            HttpResponse<String> invalid = patient.postRaw(path + "/sessions", Map.of("pain", "11", "comment", "x", "submission", submission));

            assertThat(invalid.statusCode()).isEqualTo(400);
            assertThat(invalid.body()).contains("Choose a number from 0 to 10.");
            assertThat(app.services().sharing.recentSessions(clinic.id(),
                    app.services().patients.search(clinic.id(), "", 1, 10).items().get(0).patient().id(), 10)).hasSize(1);
        }
    }
}
