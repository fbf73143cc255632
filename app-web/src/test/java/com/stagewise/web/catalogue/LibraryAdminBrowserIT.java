package com.stagewise.web.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.stagewise.domain.catalogue.Dose;
import com.stagewise.domain.catalogue.Equipment;
import com.stagewise.domain.catalogue.Exercise;
import com.stagewise.domain.catalogue.ExerciseAttributes;
import com.stagewise.domain.catalogue.ExerciseContent;
import com.stagewise.domain.catalogue.KindOfWork;
import com.stagewise.domain.catalogue.Level;
import com.stagewise.domain.catalogue.Position;
import com.stagewise.domain.catalogue.Texts;
import com.stagewise.persistence.testing.DatabaseKind;
import com.stagewise.web.testing.Browser;
import com.stagewise.web.testing.TestApp;
import com.stagewise.web.testing.TestClinic;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** An admin looks after the library in a real browser: create, edit, versions, retire, pictures. */
class LibraryAdminBrowserIT {

    private static TestApp app;
    private static TestClinic clinic;
    private static Browser browser;

    @TempDir
    static Path files;

    @BeforeAll
    static void start() {
        app = TestApp.start(DatabaseKind.H2);
        clinic = app.createClinic("Library Admin Clinic");
        browser = Browser.desktop();
        signIn(browser, clinic.adminEmail());
    }

    @AfterAll
    static void stop() {
        browser.close();
        app.close();
    }

    private static void signIn(Browser who, String email) {
        who.open(app.url("/login"));
        who.find(By.id("email")).sendKeys(email);
        who.find(By.id("password")).sendKeys(TestClinic.PASSWORD);
        who.find(By.cssSelector("main button[type=submit]")).click();
    }

    private static long createdDirectly(String slug, String name) {
        ExerciseContent content = new ExerciseContent(slug, Texts.english(name),
                new ExerciseAttributes(Position.STANDING, KindOfWork.STRENGTHEN, Level.GENTLE, Set.of()),
                Set.of(Equipment.WALL_OR_SUPPORT), new Dose(2, 10, null, null, false, 1, 5), true, null,
                Texts.english("Stand an arm's length from a wall.\nLean in.\nPush back."), null, null, "Clinic", "");
        return app.services().exercises.create(clinic.id(), content, null, app.clock().instant());
    }

    private static void replace(String id, String text) {
        WebElement field = browser.find(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private static void submitForm() {
        browser.find(By.cssSelector("main form[enctype] button[type=submit]")).click();
    }

    private static String heading() {
        return browser.find(By.tagName("h1")).getText();
    }

    private static String version() {
        List<WebElement> terms = browser.findAll(By.cssSelector("dl.attributes dt"));
        List<WebElement> values = browser.findAll(By.cssSelector("dl.attributes dd"));
        for (int i = 0; i < terms.size(); i++) {
            if (terms.get(i).getText().equals("Version")) {
                return values.get(i).getText();
            }
        }
        throw new AssertionError("no version on the page");
    }

    private static List<String> resultNames() {
        return browser.findAll(By.cssSelector(".exercise-card h2")).stream().map(WebElement::getText).toList();
    }

    private static void search(String text, boolean retired) {
        browser.open(app.url("/library"));
        browser.find(By.id("q")).sendKeys(text);
        if (retired) {
            browser.find(By.id("retired")).click();
        }
        browser.find(By.cssSelector(".library-search button")).click();
    }

    private static Path png() {
        BufferedImage image = new BufferedImage(32, 24, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 32; x++) {
            image.setRGB(x, 12, Color.BLUE.getRGB());
        }
        try {
            Path file = files.resolve("wall-push.png");
            assertThat(ImageIO.write(image, "png", file.toFile())).isTrue();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path fakePng() {
        try {
            return Files.writeString(files.resolve("drawing.png"),
                    "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"><circle r=\"4\"/></svg>",
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void creating_with_errors_shows_them_keeps_the_input_and_then_succeeds() {
        browser.open(app.url("/library"));
        browser.find(By.linkText("Add an exercise")).click();
        assertThat(browser.currentUrl()).endsWith("/library/new");

        replace("slug", "wall-squat");
        new Select(browser.find(By.id("position"))).selectByValue("STANDING");
        new Select(browser.find(By.id("kind"))).selectByValue("STRENGTHEN");
        new Select(browser.find(By.id("level"))).selectByValue("MODERATE");
        replace("sets", "0");
        replace("reps", "12");
        replace("stepsEn", "Lean your back on a wall.\nSlide down a little.");
        submitForm();

        assertThat(browser.title()).startsWith("Error:");
        WebElement summary = browser.find(By.className("error-summary"));
        assertThat(summary.getText()).contains("There is a problem").contains("Enter the exercise's name in English.");
        assertThat(summary.findElements(By.cssSelector("li"))).hasSize(2);
        assertThat(browser.find(By.id("nameEn-error")).getText()).isEqualTo("Enter the exercise's name in English.");
        assertThat(browser.find(By.id("sets-error")).getText()).contains("1").contains("20");
        assertThat(browser.find(By.id("nameEn")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.find(By.id("slug")).getAttribute("value")).isEqualTo("wall-squat");
        assertThat(browser.find(By.id("sets")).getAttribute("value")).isEqualTo("0");
        assertThat(browser.find(By.id("reps")).getAttribute("value")).isEqualTo("12");
        assertThat(browser.find(By.id("stepsEn")).getAttribute("value"))
                .isEqualTo("Lean your back on a wall.\nSlide down a little.");
        assertThat(new Select(browser.find(By.id("level"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("MODERATE");
        assertThat(browser.find(By.id("equipment.MAT")).isSelected()).isTrue();
        // the summary's links lead to the fields
        summary.findElement(By.linkText("Enter the exercise's name in English.")).click();
        assertThat(browser.currentUrl()).endsWith("#nameEn");

        replace("nameEn", "Wall squat");
        replace("sets", "2");
        submitForm();

        assertThat(browser.title()).doesNotStartWith("Error:");
        assertThat(browser.currentUrl()).matches(".*/library/\\d+\\?saved$");
        assertThat(heading()).isEqualTo("Wall squat");
        assertThat(browser.findAll(By.cssSelector("ol.steps li"))).extracting(WebElement::getText)
                .containsExactly("Lean your back on a wall.", "Slide down a little.");
        assertThat(browser.find(By.className("dose-large")).getText()).contains("2 sets").contains("12 reps");
        assertThat(version()).isEqualTo("1");
        assertThat(app.services().exercises.findBySlug(clinic.id(), "wall-squat")).isPresent();
    }

    @Test
    void editing_makes_a_new_version_and_the_old_one_stays_readable() {
        long id = createdDirectly("wall-press", "Wall press");
        browser.open(app.url("/library/" + id));
        browser.find(By.linkText("Edit")).click();

        assertThat(heading()).isEqualTo("Edit Wall press");
        assertThat(browser.find(By.className("hint")).getText()).contains("new version");
        assertThat(browser.findAll(By.id("slug"))).isEmpty();
        replace("nameEn", "Wall press-up");
        replace("reps", "8");
        submitForm();

        assertThat(heading()).isEqualTo("Wall press-up");
        assertThat(version()).isEqualTo("2");
        assertThat(browser.find(By.className("dose-large")).getText()).contains("8 reps");
        assertThat(browser.findAll(By.cssSelector("p.notice"))).isEmpty();

        browser.open(app.url("/library/" + id + "?version=1"));
        assertThat(heading()).isEqualTo("Wall press");
        assertThat(version()).isEqualTo("1");
        assertThat(browser.find(By.cssSelector("p.notice")).getText())
                .isEqualTo("You are looking at version 1; the library's current version is 2.");
        assertThat(browser.find(By.className("dose-large")).getText()).contains("10 reps");
        // the edit button edits the current version
        browser.find(By.linkText("Edit")).click();
        assertThat(browser.find(By.id("nameEn")).getAttribute("value")).isEqualTo("Wall press-up");
    }

    @Test
    void retiring_hides_the_exercise_until_it_is_restored() {
        long id = createdDirectly("doorframe-stretch", "Doorframe stretch");
        search("doorframe", false);
        assertThat(resultNames()).containsExactly("Doorframe stretch");
        browser.find(By.linkText("Doorframe stretch")).click();

        browser.find(By.xpath("//main//button[normalize-space()='Retire']")).click();

        assertThat(browser.currentUrl()).endsWith("/library/" + id);
        assertThat(browser.find(By.cssSelector("p.notice--warning")).getText()).contains("This exercise is retired");
        search("doorframe", false);
        assertThat(resultNames()).isEmpty();
        assertThat(browser.find(By.className("result-count")).getText()).contains("No exercises match");

        search("doorframe", true);
        assertThat(resultNames()).containsExactly("Doorframe stretch");
        assertThat(browser.find(By.cssSelector(".exercise-card .tag--retired")).getText()).isEqualTo("Retired");
        assertThat(browser.find(By.id("retired")).isSelected()).isTrue();
        browser.find(By.linkText("Doorframe stretch")).click();
        browser.find(By.xpath("//main//button[normalize-space()='Restore']")).click();

        assertThat(browser.findAll(By.cssSelector("p.notice--warning"))).isEmpty();
        search("doorframe", false);
        assertThat(resultNames()).containsExactly("Doorframe stretch");
        Exercise restored = app.services().exercises.find(clinic.id(), id).orElseThrow();
        assertThat(restored.retired()).isFalse();
        assertThat(restored.version()).isEqualTo(1);
    }

    @Test
    void an_uploaded_picture_shows_on_the_exercise_page_and_in_the_library() {
        long id = createdDirectly("wall-push", "Wall push");
        browser.open(app.url("/library/" + id + "/edit"));

        browser.find(By.id("picture")).sendKeys(png().toAbsolutePath().toString());
        submitForm();

        assertThat(heading()).isEqualTo("Wall push");
        WebElement picture = browser.find(By.cssSelector(".figures img.picture"));
        assertThat(picture.getAttribute("src")).matches(".*/library/pictures/\\d+$");
        assertThat(picture.getAttribute("alt")).isEqualTo("Picture of Wall push");
        Object width = ((JavascriptExecutor) browser.driver()).executeScript(
                "return arguments[0].complete ? arguments[0].naturalWidth : -1;", picture);
        assertThat(width).isEqualTo(32L);
        assertThat(app.services().exercises.find(clinic.id(), id).orElseThrow().pictureId()).isPresent();
        browser.screenshot(Path.of("target/screenshots/exercise-with-picture.png"));
        String src = picture.getAttribute("src");

        search("wall push", false);
        assertThat(browser.find(By.cssSelector(".exercise-card img.thumb")).getAttribute("src")).isEqualTo(src);
    }

    @Test
    void a_file_named_png_that_is_really_svg_is_refused_next_to_the_picture_field() {
        long id = createdDirectly("wall-slide", "Wall slide");
        browser.open(app.url("/library/" + id + "/edit"));
        replace("nameEn", "Wall slide, renamed");

        browser.find(By.id("picture")).sendKeys(fakePng().toAbsolutePath().toString());
        submitForm();

        assertThat(browser.title()).startsWith("Error:");
        WebElement group = browser.find(By.cssSelector(".form-group--error:has(#picture)"));
        assertThat(group.findElement(By.className("field-error")).getText())
                .isEqualTo("The picture must be a PNG, JPEG or WebP image.");
        assertThat(browser.find(By.className("error-summary")).getText())
                .contains("The picture must be a PNG, JPEG or WebP image.");
        assertThat(browser.find(By.id("nameEn")).getAttribute("value")).isEqualTo("Wall slide, renamed");
        Exercise unchanged = app.services().exercises.find(clinic.id(), id).orElseThrow();
        assertThat(unchanged.version()).isEqualTo(1);
        assertThat(unchanged.pictureId()).isEmpty();
    }

    @Test
    void a_clinician_sees_no_edit_buttons_and_may_not_open_the_admin_pages() {
        long id = createdDirectly("wall-angel", "Wall angel");
        try (Browser clinician = Browser.desktop()) {
            signIn(clinician, clinic.clinicianEmail());

            clinician.open(app.url("/library"));
            assertThat(clinician.findAll(By.linkText("Add an exercise"))).isEmpty();
            assertThat(clinician.findAll(By.id("retired"))).isEmpty();
            clinician.open(app.url("/library/" + id));
            assertThat(clinician.find(By.tagName("h1")).getText()).isEqualTo("Wall angel");
            assertThat(clinician.findAll(By.linkText("Edit"))).isEmpty();
            assertThat(clinician.findAll(By.xpath("//main//button[normalize-space()='Retire']"))).isEmpty();

            clinician.open(app.url("/library/new"));
            assertThat(clinician.find(By.tagName("h1")).getText()).isEqualTo("You cannot open this page");
            clinician.open(app.url("/library/" + id + "/edit"));
            assertThat(clinician.find(By.tagName("h1")).getText()).isEqualTo("You cannot open this page");
        }
        assertThat(app.get("/library/new").statusCode()).isEqualTo(303);
    }
}
