package com.stagewise.web.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.stagewise.persistence.testing.DatabaseKind;
import com.stagewise.web.DemoData;
import com.stagewise.web.testing.Browser;
import com.stagewise.web.testing.TestApp;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

class SignInBrowserIT {

    @Test
    void the_demo_clinician_signs_in_and_out() {
        try (TestApp app = TestApp.withDemoData(DatabaseKind.H2); Browser browser = Browser.desktop()) {
            browser.open(app.url("/"));
            browser.find(By.linkText("Sign in")).click();
            assertThat(browser.title()).isEqualTo("Sign in – Stagewise");

            browser.find(By.id("email")).sendKeys(DemoData.CLINICIAN_EMAIL);
            browser.find(By.id("password")).sendKeys("not the password");
            browser.find(By.cssSelector("main button[type=submit]")).click();
            assertThat(browser.title()).isEqualTo("Error: Sign in – Stagewise");
            assertThat(browser.find(By.className("error-summary")).getText()).contains("The email address or password is not right.");
            assertThat(browser.find(By.id("email")).getAttribute("value")).isEqualTo(DemoData.CLINICIAN_EMAIL);
            browser.screenshot(Path.of("target/screenshots/sign-in-error.png"));

            browser.find(By.id("password")).sendKeys(DemoData.CLINICIAN_PASSWORD);
            browser.find(By.cssSelector("main button[type=submit]")).click();
            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Hello, Pat Physio");
            assertThat(browser.findAll(By.linkText("Users"))).isEmpty();
            browser.screenshot(Path.of("target/screenshots/start-clinician.png"));
            browser.find(By.linkText("Patients")).click();
            assertThat(browser.find(By.tagName("tbody")).getText())
                    .contains("Anna Beispiel (demo)").contains("Cara Sample (demo)").contains("5+2 weeks after a caesarean");
            browser.screenshot(Path.of("target/screenshots/patients.png"));

            browser.find(By.cssSelector(".site-nav button")).click();
            assertThat(browser.find(By.cssSelector("p.notice")).getText()).isEqualTo("You are signed out.");
            browser.open(app.url("/admin/users"));
            assertThat(browser.title()).isEqualTo("Sign in – Stagewise");
        }
    }

    @Test
    void the_demo_admin_sees_the_clinic_pages() {
        try (TestApp app = TestApp.withDemoData(DatabaseKind.H2); Browser browser = Browser.desktop()) {
            browser.open(app.url("/admin/users"));
            browser.find(By.id("email")).sendKeys(DemoData.ADMIN_EMAIL);
            browser.find(By.id("password")).sendKeys(DemoData.ADMIN_PASSWORD);
            browser.find(By.cssSelector("main button[type=submit]")).click();

            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Users of this clinic");
            assertThat(browser.find(By.tagName("tbody")).getText()).contains("Alex Admin").contains("Pat Physio");
            browser.screenshot(Path.of("target/screenshots/admin-users.png"));

            browser.find(By.linkText("Clinic details")).click();
            assertThat(browser.find(By.id("name")).getAttribute("value")).isEqualTo(DemoData.CLINIC_NAME);
            browser.find(By.linkText("API keys")).click();
            assertThat(browser.find(By.tagName("tbody")).getText()).contains("Demo key");
            browser.screenshot(Path.of("target/screenshots/admin-api-keys.png"));
            browser.find(By.linkText("Audit trail")).click();
            assertThat(browser.find(By.tagName("tbody")).getText()).contains("SIGNED_IN");
            browser.screenshot(Path.of("target/screenshots/admin-audit.png"));
        }
    }
}
