package com.stagewise.web.programmes;

import static org.assertj.core.api.Assertions.assertThat;

import com.stagewise.persistence.testing.DatabaseKind;
import com.stagewise.web.testing.Browser;
import com.stagewise.web.testing.TestApp;
import com.stagewise.web.testing.TestClinic;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The physiotherapist's main flow, as a new user walks it. */
class BuilderBrowserIT {

    private static void signIn(Browser browser, TestApp app, String email) {
        browser.open(app.url("/login"));
        browser.find(By.id("email")).sendKeys(email);
        browser.find(By.id("password")).sendKeys(TestClinic.PASSWORD);
        browser.find(By.cssSelector("main button[type=submit]")).click();
    }

    private static List<String> itemNames(Browser browser) {
        return browser.findAll(By.cssSelector("ol.items li.item h3")).stream().map(WebElement::getText).toList();
    }

    private static WebElement item(Browser browser, String name) {
        return browser.findAll(By.cssSelector("ol.items li.item")).stream()
                .filter(li -> li.findElement(By.tagName("h3")).getText().equals(name)).findFirst().orElseThrow();
    }

    private static void addFromLibrary(Browser browser, String search, String name) {
        WebElement q = browser.find(By.id("q"));
        q.clear();
        q.sendKeys(search);
        browser.find(By.cssSelector(".library-panel button[value=search]")).click();
        browser.findAll(By.cssSelector(".library-results button")).stream()
                .filter(button -> ("Add " + name).equals(button.getAttribute("aria-label"))).findFirst().orElseThrow().click();
    }

    @Test
    void a_physiotherapist_builds_a_programme_for_a_patient_at_24_weeks() {
        try (TestApp app = TestApp.start(DatabaseKind.H2); Browser browser = Browser.desktop()) {
            TestClinic clinic = app.createClinic("Builder Clinic");
            signIn(browser, app, clinic.clinicianEmail());

            browser.find(By.linkText("Patients")).click();
            browser.find(By.linkText("New patient")).click();
            browser.find(By.id("displayName")).sendKeys("Maria Example");
            browser.find(By.id("stage-pregnant")).click();
            // the test clock stands at 2026-11-22; a due date 16 weeks on makes her 24+0
            browser.find(By.id("dueDate")).sendKeys("03142027");
            browser.find(By.cssSelector("main form button[type=submit]")).click();
            assertThat(browser.find(By.cssSelector(".stage-line strong")).getText()).isEqualTo("24+0 weeks");

            browser.find(By.cssSelector("#programmes-heading ~ form button[type=submit]")).click();
            addFromLibrary(browser, "bridge", "Glute bridge");
            new Select(browser.find(By.id("suitable"))).selectByValue("0");
            addFromLibrary(browser, "legs up", "Legs-up rest (90/90)");
            WebElement legsUp = item(browser, "Legs-up rest (90/90)");
            assertThat(legsUp.findElement(By.className("verdict")).getText()).isEqualTo("Blocked");
            assertThat(legsUp.findElement(By.className("findings")).getText()).contains("R4");
            browser.screenshot(Path.of("target/screenshots/builder-blocked.png"));

            WebElement duration = legsUp.findElement(By.cssSelector("input[name^=duration]"));
            duration.clear();
            duration.sendKeys("90");
            browser.find(By.cssSelector(".toolbar button[value=save]")).click();
            legsUp = item(browser, "Legs-up rest (90/90)");
            assertThat(legsUp.findElement(By.className("verdict")).getText()).isEqualTo("Caution");
            assertThat(legsUp.findElement(By.className("findings")).getText()).contains("R3").doesNotContain("R4");

            assertThat(itemNames(browser)).containsExactly("Glute bridge", "Legs-up rest (90/90)");
            browser.findAll(By.cssSelector(".item-actions button")).stream()
                .filter(button -> "Move Legs-up rest (90/90) up".equals(button.getAttribute("aria-label"))).findFirst().orElseThrow()
                .click();
            assertThat(itemNames(browser)).containsExactly("Legs-up rest (90/90)", "Glute bridge");

            browser.find(By.cssSelector(".toolbar button[value=issue]")).click();
            assertThat(browser.find(By.cssSelector("p.notice")).getText()).isEqualTo("Issued: the programme is active.");
            browser.screenshot(Path.of("target/screenshots/builder.png"));
        }
    }

    @Test
    void a_blocked_exercise_is_kept_only_with_a_written_reason() {
        try (TestApp app = TestApp.start(DatabaseKind.H2); Browser browser = Browser.desktop()) {
            TestClinic clinic = app.createClinic("Override Clinic");
            signIn(browser, app, clinic.clinicianEmail());
            browser.open(app.url("/patients/new"));
            browser.find(By.id("displayName")).sendKeys("Override Patient");
            browser.find(By.id("stage-pregnant")).click();
            browser.find(By.id("dueDate")).sendKeys("03142027");
            browser.find(By.cssSelector("main form button[type=submit]")).click();
            browser.find(By.cssSelector("#programmes-heading ~ form button[type=submit]")).click();
            new Select(browser.find(By.id("suitable"))).selectByValue("0");
            addFromLibrary(browser, "legs up", "Legs-up rest (90/90)");

            browser.find(By.cssSelector(".toolbar button[value=issue]")).click();
            assertThat(browser.find(By.id("issue")).getText()).contains("Each blocked exercise needs a written reason");

            item(browser, "Legs-up rest (90/90)").findElement(By.cssSelector("textarea[name^=override]"))
                    .sendKeys("Short rest with a wedge under the right hip; supervised in clinic");
            browser.find(By.cssSelector(".toolbar button[value=issue]")).click();
            assertThat(browser.find(By.cssSelector("p.notice")).getText()).isEqualTo("Issued: the programme is active.");
            assertThat(item(browser, "Legs-up rest (90/90)").getText()).contains("Kept with a written reason");
        }
    }

    @Test
    void a_programme_starts_from_a_clinic_template_and_is_judged_at_once() {
        try (TestApp app = TestApp.start(DatabaseKind.H2); Browser browser = Browser.desktop()) {
            TestClinic clinic = app.createClinic("Template Clinic");
            signIn(browser, app, clinic.clinicianEmail());
            browser.open(app.url("/patients/new"));
            browser.find(By.id("displayName")).sendKeys("After Birth");
            browser.find(By.id("stage-postpartum")).click();
            browser.find(By.id("deliveryDate")).sendKeys("10252026");
            new Select(browser.find(By.id("deliveryMode"))).selectByValue("CAESAREAN");
            browser.find(By.cssSelector("main form button[type=submit]")).click();
            assertThat(browser.find(By.cssSelector(".stage-line strong")).getText()).isEqualTo("4+0 weeks after a caesarean");

            Select template = new Select(browser.find(By.id("template")));
            assertThat(template.getOptions()).extracting(WebElement::getText)
                    .contains("After birth: five moves and two stretches (S4) (clinic)");
            template.selectByVisibleText("After birth: five moves and two stretches (S4) (clinic)");
            browser.find(By.cssSelector("#programmes-heading ~ form button[type=submit]")).click();

            assertThat(itemNames(browser)).containsExactly("Lying pelvic tilt", "Glute bridge", "Hollow body hold", "Cat–cow (cat's hump)",
                    "Bird dog", "Deep squat hold", "Standing hip flexor stretch");
            assertThat(item(browser, "Hollow body hold").findElement(By.className("verdict")).getText()).isEqualTo("Blocked");
            assertThat(item(browser, "Cat–cow (cat's hump)").findElement(By.className("verdict")).getText()).isEqualTo("Allowed");
        }
    }

    @Test
    void the_second_of_two_concurrent_saves_is_refused_and_keeps_what_was_typed() {
        try (TestApp app = TestApp.start(DatabaseKind.H2); Browser first = Browser.desktop(); Browser second = Browser.desktop()) {
            TestClinic clinic = app.createClinic("Conflict Clinic");
            signIn(first, app, clinic.clinicianEmail());
            first.open(app.url("/patients/new"));
            first.find(By.id("displayName")).sendKeys("Shared Patient");
            first.find(By.id("stage-pregnant")).click();
            first.find(By.id("dueDate")).sendKeys("03142027");
            first.find(By.cssSelector("main form button[type=submit]")).click();
            first.find(By.cssSelector("#programmes-heading ~ form button[type=submit]")).click();
            addFromLibrary(first, "cat", "Cat–cow (cat's hump)");
            String builderUrl = first.currentUrl().replaceAll("[?#].*", "");

            signIn(second, app, clinic.adminEmail());
            second.open(builderUrl);

            WebElement title = first.find(By.id("title"));
            title.clear();
            title.sendKeys("Evening routine");
            first.find(By.cssSelector(".toolbar button[value=save]")).click();

            WebElement theirTitle = second.find(By.id("title"));
            theirTitle.clear();
            theirTitle.sendKeys("Morning routine");
            second.find(By.cssSelector(".toolbar button[value=save]")).click();

            assertThat(second.find(By.cssSelector("[role=alert] h2")).getText()).isEqualTo("Someone else saved this programme");
            assertThat(second.find(By.id("title")).getAttribute("value")).isEqualTo("Morning routine");
            second.screenshot(Path.of("target/screenshots/builder-conflict.png"));
            first.open(builderUrl);
            assertThat(first.find(By.id("title")).getAttribute("value")).isEqualTo("Evening routine");
        }
    }
}
