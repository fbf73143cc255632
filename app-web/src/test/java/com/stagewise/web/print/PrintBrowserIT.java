package com.stagewise.web.print;

import static com.stagewise.web.print.PrintFixtures.TWELVE;
import static org.assertj.core.api.Assertions.assertThat;

import com.stagewise.domain.catalogue.Exercise;
import com.stagewise.domain.stage.PatientState;
import com.stagewise.persistence.testing.DatabaseKind;
import com.stagewise.web.catalogue.DoseText;
import com.stagewise.web.testing.Browser;
import com.stagewise.web.testing.TestApp;
import com.stagewise.web.testing.TestClinic;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.PrintsPage;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;

/**
 * The print page in Chromium: reached from the builder, checked by axe, and printed by the browser itself
 * on A4 and on Letter paper, where no exercise may be split over two pages.
 */
class PrintBrowserIT {

    @Test
    void the_print_page_prints_on_a4_and_letter_without_splitting_an_exercise() throws Exception {
        try (TestApp app = TestApp.start(DatabaseKind.H2); Browser browser = Browser.desktop()) {
            TestClinic clinic = PrintFixtures.clinicWithDetails(app, "Print Clinic");
            long patient = PrintFixtures.patient(app, clinic, "Maria Example", "en",
                    PatientState.pregnant(PrintFixtures.DUE_AT_24_WEEKS));
            long programme = PrintFixtures.programme(app, clinic, patient, TWELVE, PrintFixtures.ENGLISH_NOTE);

            browser.open(app.url("/login"));
            browser.find(By.id("email")).sendKeys(clinic.clinicianEmail());
            browser.find(By.id("password")).sendKeys(TestClinic.PASSWORD);
            browser.find(By.cssSelector("main button[type=submit]")).click();
            browser.open(app.url("/programmes/" + programme));
            browser.find(By.linkText("Print")).click();

            assertThat(browser.currentUrl()).endsWith("/programmes/" + programme + "/print");
            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Back care");
            assertThat(browser.findAll(By.cssSelector("article.exercise"))).hasSize(12);
            assertThat(browser.findAll(By.cssSelector("article.exercise svg"))).hasSize(24);
            Path dir = Files.createDirectories(Path.of("target/printouts"));
            browser.screenshot(dir.resolve("print-page-screen.png"));

            ((HasCdp) browser.driver()).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
            assertThat(browser.find(By.cssSelector("nav.screen-only")).isDisplayed()).as("links hidden in print").isFalse();
            browser.screenshot(dir.resolve("print-page-print-media.png"));
            ((HasCdp) browser.driver()).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));

            DoseText doseText = new DoseText(app.services().messages);
            List<Exercise> exercises = PrintFixtures.exercises(app, clinic, TWELVE);
            for (var paper : Map.of("a4", new PageSize(29.7, 21.0), "letter", new PageSize(27.94, 21.59)).entrySet()) {
                PrintOptions options = new PrintOptions();
                options.setPageSize(paper.getValue());
                options.setBackground(false);
                byte[] pdf = Base64.getDecoder().decode(((PrintsPage) browser.driver()).print(options).getContent());
                Files.write(dir.resolve("chrome-" + paper.getKey() + ".pdf"), pdf);
                try (PDDocument document = Loader.loadPDF(pdf)) {
                    String all = normalised(new PDFTextStripper().getText(document));
                    assertThat(all).doesNotContain("Back to the programme", "Download PDF")
                            .contains("Warning signs", "Pain in your chest");
                    List<String> pages = new java.util.ArrayList<>();
                    for (int i = 1; i <= document.getNumberOfPages(); i++) {
                        PDFTextStripper stripper = new PDFTextStripper();
                        stripper.setStartPage(i);
                        stripper.setEndPage(i);
                        pages.add(normalised(stripper.getText(document)));
                    }
                    for (int i = 0; i < exercises.size(); i++) {
                        Exercise exercise = exercises.get(i);
                        String heading = (i + 1) + ". " + exercise.content().name().forLocale(Locale.ENGLISH);
                        List<String> steps = exercise.content().steps().linesIn(Locale.ENGLISH);
                        String dose = normalised(doseText.describe(exercise.content().defaultDose(), Locale.ENGLISH));
                        assertThat(pages).as(paper.getKey() + ": " + heading + " on one page")
                                .anySatisfy(page -> assertThat(page).contains(heading, dose, normalised(steps.get(steps.size() - 1))));
                    }
                }
            }
        }
    }

    @Test
    void a_german_patients_print_page_is_in_german() {
        try (TestApp app = TestApp.start(DatabaseKind.H2); Browser browser = Browser.phone()) {
            TestClinic clinic = PrintFixtures.clinicWithDetails(app, "Praxis Print");
            long patient = PrintFixtures.patient(app, clinic, "Anna Müller", "de", PrintFixtures.FOUR_WEEKS_AFTER_BIRTH);
            long programme = PrintFixtures.programme(app, clinic, patient, TWELVE.subList(0, 4), PrintFixtures.GERMAN_NOTE);
            browser.open(app.url("/login"));
            browser.find(By.id("email")).sendKeys(clinic.clinicianEmail());
            browser.find(By.id("password")).sendKeys(TestClinic.PASSWORD);
            browser.find(By.cssSelector("main button[type=submit]")).click();
            browser.open(app.url("/programmes/" + programme + "/print"));

            assertThat(browser.find(By.tagName("html")).getAttribute("lang")).isEqualTo("de");
            assertThat(browser.find(By.id("exercises-heading")).getText()).isEqualTo("Ihre Übungen");
            assertThat(browser.find(By.cssSelector(".flag-group--emergency .flag-heading")).getText())
                    .isEqualTo("Rufen Sie sofort den Notruf, wenn Sie eines davon bemerken:");
            browser.screenshot(Path.of("target/printouts/print-page-de-phone.png"));
            assertThat(browser.find(By.cssSelector("article.exercise .pictures")).getCssValue("float"))
                    .as("on a phone the words go under the pictures").isEqualTo("none");
            ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                    .executeScript("document.querySelector('article.exercise').scrollIntoView()");
            browser.screenshot(Path.of("target/printouts/print-page-de-phone-exercise.png"));
        }
    }

    private static String normalised(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
