package com.stagewise.web.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.stagewise.persistence.testing.DatabaseKind;
import com.stagewise.web.testing.Browser;
import com.stagewise.web.testing.TestApp;
import com.stagewise.web.testing.TestClinic;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

class LibraryBrowserIT {

    private static TestApp app;
    private static TestClinic clinic;
    private static Browser browser;

    @BeforeAll
    static void start() {
        app = TestApp.start(DatabaseKind.H2);
        clinic = app.createClinic("Library Clinic");
        browser = Browser.desktop();
        browser.open(app.url("/login"));
        browser.find(By.id("email")).sendKeys(clinic.adminEmail());
        browser.find(By.id("password")).sendKeys(TestClinic.PASSWORD);
        browser.find(By.cssSelector("main button[type=submit]")).click();
    }

    @AfterAll
    static void stop() {
        browser.close();
        app.close();
    }

    private static List<String> resultNames() {
        return browser.findAll(By.cssSelector(".exercise-card h2")).stream().map(WebElement::getText).toList();
    }

    @Test
    void a_new_clinic_sees_the_starter_exercises_with_pictures() {
        browser.open(app.url("/library"));

        assertThat(resultNames()).hasSize(20).contains("Bird dog", "Cat–cow (cat's hump)");
        assertThat(browser.findAll(By.cssSelector(".exercise-card img.thumb"))).hasSize(20);
        browser.screenshot(Path.of("target/screenshots/library.png"));
        browser.find(By.linkText("Next page")).click();
        assertThat(resultNames()).hasSize(8);
    }

    @Test
    void the_library_marks_or_hides_what_the_rules_block_for_a_chosen_patient_today() {
        long patient = app.services().patients.create(clinic.id(),
                new com.stagewise.domain.programme.PatientDetails("Suitable Example", false, "", "en"),
                com.stagewise.domain.stage.PatientState.pregnant(java.time.LocalDate.of(2027, 3, 14)), clinic.adminId(),
                "Admin", app.clock().instant());

        browser.open(app.url("/library?q=legs&patient=" + patient));
        assertThat(browser.find(By.cssSelector(".notice strong")).getText()).isEqualTo("Suitable for Suitable Example today (24+0 weeks)");
        WebElement legsUp = browser.findAll(By.cssSelector(".exercise-card")).stream()
                .filter(card -> card.getText().contains("Legs-up rest")).findFirst().orElseThrow();
        assertThat(legsUp.findElement(By.className("verdict")).getText()).isEqualTo("Blocked");
        assertThat(legsUp.getText()).contains("R4");

        browser.find(By.id("hide")).click();
        browser.find(By.cssSelector(".library-search button")).click();
        assertThat(resultNames()).doesNotContain("Legs-up rest (90/90)");
    }

    @Test
    void every_starter_exercise_page_shows_its_start_and_end_figures() {
        for (String slug : List.of("cat-cow", "clamshell", "standing-hip-flexor-stretch")) {
            long id = app.services().exercises.findBySlug(clinic.id(), slug).orElseThrow().id();
            browser.open(app.url("/library/" + id));
            assertThat(browser.findAll(By.cssSelector(".figures img"))).hasSize(2);
            browser.screenshot(Path.of("target/screenshots/exercise-" + slug + ".png"));
        }
        for (var exercise : app.services().exercises.all(clinic.id())) {
            String page = app.get("/figures/" + exercise.content().figure() + "/start.svg").body();
            assertThat(page).as(exercise.slug()).startsWith("<svg");
        }
    }

    @Test
    void searching_bridge_finds_the_glute_bridge() {
        browser.open(app.url("/library"));
        browser.find(By.id("q")).sendKeys("bridge");
        browser.find(By.cssSelector(".library-search button")).click();

        assertThat(resultNames()).contains("Glute bridge");
    }

    @Test
    void filtering_on_hands_and_knees_gives_the_exercises_that_start_there() {
        browser.open(app.url("/library"));
        new Select(browser.find(By.id("position"))).selectByValue("QUADRUPED");
        browser.find(By.cssSelector(".library-search button")).click();

        assertThat(resultNames()).containsExactlyInAnyOrder("Bird dog", "Cat–cow (cat's hump)");
    }

    @Test
    void the_exercise_page_shows_pictures_steps_dose_and_the_rules_that_touch_it() {
        browser.open(app.url("/library?q=glute+bridge"));
        browser.find(By.linkText("Glute bridge")).click();

        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Glute bridge");
        assertThat(browser.findAll(By.cssSelector(".figures img"))).hasSize(2);
        assertThat(browser.findAll(By.cssSelector("ol.steps li"))).hasSizeGreaterThanOrEqualTo(3);
        assertThat(browser.find(By.className("dose-large")).getText()).contains("3 reps").contains("hold 20 s");
        assertThat(browser.find(By.className("findings")).getText()).contains("R3").contains("R11");
        browser.screenshot(Path.of("target/screenshots/exercise-glute-bridge.png"));
    }
}
