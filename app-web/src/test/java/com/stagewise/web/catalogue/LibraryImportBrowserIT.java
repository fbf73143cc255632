package com.stagewise.web.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.stagewise.domain.catalogue.ImportCounts;
import com.stagewise.domain.catalogue.ImportJobs;
import com.stagewise.persistence.testing.DatabaseKind;
import com.stagewise.web.testing.Browser;
import com.stagewise.web.testing.TestApp;
import com.stagewise.web.testing.TestClinic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** An admin imports a file with a bad row (nothing written), then a good one, and follows its progress. */
class LibraryImportBrowserIT {

    private static final String HEADER = "slug,name_en,name_de,position,kind,level,demands,equipment,sets,reps,"
            + "hold_seconds,duration_seconds,per_side,times_per_day,days_per_week,dose_is_clinic_default,steps_en,"
            + "steps_de,cues_en,sources,figure,retired\r\n";
    private static final String WALL_PUSH_UP = "wall-push-up,Wall push-up,Liegestütz an der Wand,STANDING,STRENGTHEN,"
            + "GENTLE,,WALL_OR_SUPPORT,2,8,,,false,1,3,true,\"Stand an arm's length from a wall.\nPlace your hands on it."
            + "\nBend your elbows, then push back.\",,Breathe out as you push.,,,false\r\n";

    private static TestApp app;
    private static TestClinic clinic;
    private static Browser browser;

    @TempDir
    Path files;

    @BeforeAll
    static void start() {
        app = TestApp.start(DatabaseKind.H2);
        clinic = app.createClinic("Import Browser Clinic");
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

    private Path file(String name, String content) throws IOException {
        return Files.writeString(files.resolve(name), content, StandardCharsets.UTF_8);
    }

    /** Waits for the text, reading the page afresh each time: the progress page reloads itself. */
    private static void waitFor(String text) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .ignoring(StaleElementReferenceException.class)
                .until(driver -> driver.findElement(By.tagName("main")).getText().contains(text));
    }

    private static void waitForProgress(String value) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .ignoring(StaleElementReferenceException.class)
                .until(driver -> value.equals(driver.findElement(By.id("import-progress")).getAttribute("value")));
    }

    private static void upload(Path file) {
        browser.find(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        browser.find(By.cssSelector("main form button[type=submit]")).click();
    }

    @Test
    void a_bad_row_writes_nothing_and_a_good_file_arrives_in_the_library() throws IOException {
        browser.open(app.url("/library"));
        browser.find(By.linkText("Import")).click();
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Import exercises");

        upload(file("bad.csv", HEADER + WALL_PUSH_UP
                + "plank,Plank,,PRONE,STABILISE,HARD,,MAT,1,,30,,,1,5,true,,,,,,false\r\n"));

        assertThat(browser.title()).startsWith("Error: Import exercises");
        assertThat(browser.find(By.className("error-summary")).getText())
                .contains("The file has 2 problems. Nothing was imported");
        assertThat(browser.findAll(By.cssSelector("#file-problems li"))).extracting(WebElement::getText)
                .containsExactly("Row 3, column level: Unknown value 'HARD'. Use one of: GENTLE, MODERATE, ADVANCED.",
                        "Row 3, column steps_en: Write at least one step in English.");
        browser.find(By.cssSelector(".error-summary a")).click();
        assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isIn("file", "main");
        assertThat(app.services().exercises.findBySlug(clinic.id(), "wall-push-up")).isEmpty();
        assertThat(app.services().exercises.count(clinic.id())).isEqualTo(28);
        browser.screenshot(Path.of("target/screenshots/library-import-errors.png"));

        upload(file("good.csv", HEADER + WALL_PUSH_UP));

        assertThat(browser.currentUrl()).matches(".*/library/import/\\d+");
        waitFor("Import finished");
        browser.checkAccessibility();
        assertThat(browser.find(By.tagName("main")).getText())
                .contains("Done: 1 new exercise, 0 with a new version, 0 unchanged, 0 retired or restored.");
        browser.screenshot(Path.of("target/screenshots/library-import-done.png"));
        browser.find(By.linkText("Go to the library")).click();
        browser.find(By.id("q")).sendKeys("wall push");
        browser.find(By.cssSelector(".library-search button")).click();
        assertThat(browser.findAll(By.cssSelector(".exercise-card h2"))).extracting(WebElement::getText)
                .contains("Wall push-up");
        browser.find(By.linkText("Wall push-up")).click();
        assertThat(browser.findAll(By.cssSelector("ol.steps li"))).hasSize(3);
    }

    @Test
    void the_progress_page_follows_a_running_import_until_it_is_done() {
        ImportJobs jobs = app.services().libraryImport.jobs();
        long job = jobs.start(clinic.id(), clinic.adminId(), 400, app.clock().instant());
        jobs.progress(job, 100, app.clock().instant());

        browser.open(app.url("/library/import/" + job));

        waitFor("Importing exercises…");
        waitForProgress("100");
        browser.screenshot(Path.of("target/screenshots/library-import-running.png"));
        jobs.progress(job, 300, app.clock().instant());
        waitFor("300 of 400 rows written (75 %)");
        waitForProgress("300");
        jobs.finish(job, new ImportCounts(350, 20, 30, 0), app.clock().instant());
        waitFor("Import finished");
        browser.checkAccessibility();
        assertThat(browser.find(By.id("import-progress")).getAttribute("value")).isEqualTo("400");
        assertThat(browser.find(By.tagName("main")).getText())
                .contains("Done: 350 new exercises, 20 with a new version, 30 unchanged, 0 retired or restored.");
    }
}
