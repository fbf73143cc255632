package com.stagewise.web.home;

import static org.assertj.core.api.Assertions.assertThat;

import com.stagewise.persistence.testing.DatabaseKind;
import com.stagewise.web.testing.Browser;
import com.stagewise.web.testing.TestApp;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

class HomePageBrowserIT {

    @Test
    void a_visitor_sees_the_home_page_and_can_skip_to_its_content() {
        try (TestApp app = TestApp.start(DatabaseKind.H2); Browser browser = Browser.desktop()) {
            browser.open(app.url("/"));

            assertThat(browser.title()).isEqualTo("Home – Stagewise");
            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Home exercise programmes that know the stage");

            browser.find(By.tagName("body")).sendKeys(Keys.TAB);
            WebElement skipLink = browser.driver().switchTo().activeElement();
            assertThat(skipLink.getText()).isEqualTo("Skip to main content");
            skipLink.click();
            assertThat(browser.currentUrl()).endsWith("#main");

            browser.screenshot(Path.of("target/screenshots/home.png"));
        }
    }
}
