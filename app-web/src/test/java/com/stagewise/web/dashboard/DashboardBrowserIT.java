package com.stagewise.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

class DashboardBrowserIT {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private static long issued(TestApp app, TestClinic clinic, String name, PatientState facts, String... slugs) {
        var services = app.services();
        long patient = services.patients.create(clinic.id(), new PatientDetails(name, false, "", "en"), facts,
                clinic.clinicianId(), "Physio", app.clock().instant());
        List<ProgrammeItem> items = java.util.Arrays.stream(slugs).map(slug -> {
            Exercise e = services.exercises.findBySlug(clinic.id(), slug).orElseThrow();
            return new ProgrammeItem(e.id(), e.version(), e.content().defaultDose(), "", "");
        }).toList();
        var check = new com.stagewise.web.programmes.ProgrammeCheck(services.exercises, services.stageCheck)
                .check(clinic.id(), facts, items, TODAY);
        ProgrammeChange change = new ProgrammeChange("Programme for " + name, ProgrammeStatus.ACTIVE, items,
                check.evaluation().verdict(), check.reviewDate(), clinic.clinicianId(), "Physio", app.clock().instant());
        long id = services.programmes.create(clinic.id(), patient, change);
        services.programmes.issue(clinic.id(), id, 1, change);
        return id;
    }

    private static void signIn(Browser browser, TestApp app, String email) {
        browser.open(app.url("/login"));
        browser.find(By.id("email")).sendKeys(email);
        browser.find(By.id("password")).sendKeys(TestClinic.PASSWORD);
        browser.find(By.cssSelector("main button[type=submit]")).click();
    }

    private static List<String> kinds(Browser browser) {
        return browser.findAll(By.cssSelector(".attention-item .tag")).stream().map(WebElement::getText).toList();
    }

    @Test
    void a_red_flag_and_high_pain_come_first_and_marking_them_seen_removes_them() {
        try (TestApp app = TestApp.start(DatabaseKind.H2); Browser browser = Browser.desktop()) {
            TestClinic clinic = app.createClinic("Dashboard Clinic");
            long programme = issued(app, clinic, "Rosa Example", PatientState.pregnant(TODAY.plusWeeks(20)), "cat-cow");
            issued(app, clinic, "Ida Example", PatientState.pregnant(TODAY.plusWeeks(20)), "clamshell");
            WebClient clinician = new WebClient(app);
            clinician.signIn(clinic.clinicianEmail(), TestClinic.PASSWORD);
            clinician.get("/programmes/" + programme);
            String created = clinician.post("/programmes/" + programme + "/share", Map.of("expiresInDays", "0")).body();
            String path = created.replaceAll("(?s).*id=\"share-link\" readonly value=\"[^\"]*(/p/[^\"]+)\".*", "$1");

            WebClient patient = new WebClient(app);
            String page = patient.get(path).body();
            String submission = page.replaceAll("(?s).*name=\"submission\" value=\"([^\"]+)\".*", "$1");
            patient.postRaw(path + "/sessions", Map.of("pain", "8", "comment", "Sharp pain in the hip", "submission", submission));
            String again = patient.get(path).body().replaceAll("(?s).*name=\"submission\" value=\"([^\"]+)\".*", "$1");
            patient.postRaw(path + "/red-flags", Map.of("flag.ABDOMINAL_PAIN", "on", "submission", again));

            signIn(browser, app, clinic.clinicianEmail());
            browser.find(By.linkText("Today")).click();
            assertThat(kinds(browser)).startsWith("Red flag", "High pain");
            assertThat(browser.find(By.className("attention")).getText()).contains("Rosa Example").contains("8/10");
            browser.screenshot(Path.of("target/screenshots/dashboard.png"));

            browser.findAll(By.cssSelector(".attention-item a")).get(1).click();
            assertThat(browser.findAll(By.cssSelector("figure.chart svg[role=img]"))).hasSize(3);
            assertThat(browser.find(By.id("charts-heading")).getText()).isEqualTo("Progress");
            browser.open(browser.currentUrl().replaceAll("#.*", "") + "#charts-heading");
            browser.screenshot(Path.of("target/screenshots/patient-charts.png"));
            browser.open(app.url("/dashboard"));

            browser.find(By.cssSelector("button[aria-label='Mark as seen: Rosa Example']")).click();
            browser.find(By.cssSelector("button[aria-label='Mark as seen: Rosa Example']")).click();
            assertThat(kinds(browser)).doesNotContain("Red flag", "High pain");
            assertThat(app.services().auditTrail.actions(clinic.id())).contains("ATTENTION_SEEN");
        }
    }

    @Test
    void a_programme_built_at_15_weeks_5_days_with_a_supine_exercise_is_up_for_review_two_days_later() {
        try (TestApp app = TestApp.start(DatabaseKind.H2); Browser browser = Browser.desktop()) {
            TestClinic clinic = app.createClinic("Review Clinic");
            // 15+5 on the test clock's day: the due date is 24 weeks and 2 days ahead
            issued(app, clinic, "Vera Example", PatientState.pregnant(TODAY.plusWeeks(24).plusDays(2)), "knee-to-chest");
            signIn(browser, app, clinic.clinicianEmail());
            browser.open(app.url("/dashboard"));
            assertThat(kinds(browser)).containsExactly("Review");

            app.clock().advance(Duration.ofDays(2));
            signIn(browser, app, clinic.clinicianEmail());
            browser.open(app.url("/dashboard"));
            assertThat(kinds(browser)).containsExactly("Worse now");
            assertThat(browser.find(By.className("attention")).getText()).contains("Vera Example");
        }
    }

    @Test
    void each_programme_due_for_review_shows_its_own_patient_and_whether_the_stage_made_it_worse() {
        try (TestApp app = TestApp.start(DatabaseKind.H2); Browser browser = Browser.desktop()) {
            TestClinic clinic = app.createClinic("Reviews Clinic");
            // supine work ends at 16+0, the review date of all three; two days on, Una is two days short of it
            long vera = issued(app, clinic, "Vera Example", PatientState.pregnant(TODAY.plusWeeks(24).plusDays(2)),
                    "knee-to-chest");
            long wanda = issued(app, clinic, "Wanda Example", PatientState.pregnant(TODAY.plusWeeks(24).plusDays(1)),
                    "clamshell", "knee-to-chest");
            long una = issued(app, clinic, "Una Example", PatientState.pregnant(TODAY.plusWeeks(24).plusDays(4)),
                    "knee-to-chest");
            app.clock().advance(Duration.ofDays(2));
            signIn(browser, app, clinic.clinicianEmail());
            browser.open(app.url("/dashboard"));

            List<String> rows = browser.findAll(By.cssSelector(".attention-item")).stream()
                    .map(row -> row.findElement(By.className("tag")).getText() + " " + row.findElement(By.tagName("a")).getText()
                            + " " + row.findElement(By.tagName("a")).getAttribute("href").replaceAll(".*(/programmes/)", "$1"))
                    .toList();
            assertThat(rows).containsExactly("Worse now Vera Example /programmes/" + vera,
                    "Worse now Wanda Example /programmes/" + wanda, "Review Una Example /programmes/" + una);
        }
    }

    /** Reviews are judged again only for the page that shows them; pages before and after them stay right. */
    @Test
    void pages_before_and_after_the_reviews_list_the_right_items_and_count_the_reviews() {
        try (TestApp app = TestApp.start(DatabaseKind.H2)) {
            TestClinic clinic = app.createClinic("Busy Clinic");
            long vera = issued(app, clinic, "Vera Example", PatientState.pregnant(TODAY.plusWeeks(24).plusDays(2)),
                    "knee-to-chest");
            long una = issued(app, clinic, "Una Example", PatientState.pregnant(TODAY.plusWeeks(24).plusDays(4)),
                    "knee-to-chest");
            long sore = issued(app, clinic, "Sore Example", PatientState.pregnant(TODAY.plusWeeks(20)), "cat-cow");
            long soreId = app.services().programmes.find(clinic.id(), sore).orElseThrow().patientId();
            for (int i = 0; i < 27; i++) {
                app.services().sharing.logSession(clinic.id(), soreId, sore, app.clock().instant().minusSeconds(60L * i),
                        TODAY, 8, "", "busy-clinic-session-" + i);
            }
            issued(app, clinic, "Late Example", PatientState.pregnant(TODAY.minusDays(1)), "cat-cow");
            app.clock().advance(Duration.ofDays(2));
            WebClient clinician = new WebClient(app);
            clinician.signIn(clinic.clinicianEmail(), TestClinic.PASSWORD);

            String first = clinician.get("/dashboard").body();
            String second = clinician.get("/dashboard?page=2").body();
            assertThat(tags(first)).hasSize(25).containsOnly("High pain");
            assertThat(tags(second)).containsExactly("High pain", "High pain", "Worse now", "Review", "Due date passed");
            assertThat(second).contains("/programmes/" + vera).contains("/programmes/" + una);
            assertThat(first).contains("30 things need attention").contains("?page=2");
            assertThat(second).contains("30 things need attention").doesNotContain("?page=3");

            // a page wholly after the reviews: 27 more passed due dates push the list to a third page
            for (int i = 0; i < 27; i++) {
                app.services().patients.create(clinic.id(), new PatientDetails("Overdue " + (char) ('A' + i), false, "", "en"),
                        PatientState.pregnant(TODAY.minusDays(1 + i)), clinic.clinicianId(), "Physio", app.clock().instant());
            }
            String third = clinician.get("/dashboard?page=3").body();
            assertThat(tags(clinician.get("/dashboard?page=2").body())).startsWith("High pain", "High pain", "Worse now",
                    "Review").hasSize(25);
            assertThat(tags(third)).hasSize(7).containsOnly("Due date passed");
            assertThat(third).contains("57 things need attention").contains("Late Example").doesNotContain("Vera Example");
        }
    }

    private static List<String> tags(String page) {
        return java.util.regex.Pattern.compile("<span class=\"tag\">([^<]+)</span>").matcher(page).results()
                .map(match -> match.group(1)).toList();
    }
}
