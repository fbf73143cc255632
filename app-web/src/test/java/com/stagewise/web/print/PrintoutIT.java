package com.stagewise.web.print;

import static com.stagewise.web.print.PrintFixtures.TWELVE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.stagewise.domain.catalogue.Exercise;
import com.stagewise.domain.programme.Patient;
import com.stagewise.domain.programme.ProgrammeItem;
import com.stagewise.domain.stage.PatientState;
import com.stagewise.domain.stage.RedFlag;
import com.stagewise.persistence.testing.DatabaseKind;
import com.stagewise.web.catalogue.DoseText;
import com.stagewise.web.patients.StageText;
import com.stagewise.web.programmes.ProgrammeCheck;
import com.stagewise.web.system.Messages;
import com.stagewise.web.testing.HtmlChecker;
import com.stagewise.web.testing.TestApp;
import com.stagewise.web.testing.TestClinic;
import com.stagewise.web.testing.WebClient;
import io.javalin.http.ServiceUnavailableResponse;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The printout over real HTTP: the PDF of a twelve-exercise programme in English and in German, read back
 * with PDFBox; the print page through the HTML checker; clinic scoping; and the "not for use" banner.
 * The PDFs are left in target/printouts for a look with pdftoppm.
 */
class PrintoutIT {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static TestApp app;
    private static TestClinic clinic;
    private static WebClient physio;
    private static long englishProgramme;
    private static long germanProgramme;

    @BeforeAll
    static void start() {
        app = TestApp.start(DatabaseKind.H2);
        clinic = PrintFixtures.clinicWithDetails(app, "Praxis Sonnenschein");
        long english = PrintFixtures.patient(app, clinic, "Maria Example", "en", PatientState.pregnant(PrintFixtures.DUE_AT_24_WEEKS));
        long german = PrintFixtures.patient(app, clinic, "Anna Müller", "de", PrintFixtures.FOUR_WEEKS_AFTER_BIRTH);
        englishProgramme = PrintFixtures.programme(app, clinic, english, TWELVE, PrintFixtures.ENGLISH_NOTE);
        germanProgramme = PrintFixtures.programme(app, clinic, german, TWELVE, PrintFixtures.GERMAN_NOTE);
        physio = PrintFixtures.clinician(app, clinic);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void the_pdf_of_twelve_exercises_has_the_doses_the_review_date_and_the_pregnancy_red_flags_in_english() throws IOException {
        checkPdf(englishProgramme, Locale.ENGLISH, "en", PrintFixtures.ENGLISH_NOTE, "Your exercises", "Warning signs");
    }

    @Test
    void the_pdf_of_a_german_patient_is_in_german_with_the_after_birth_red_flags() throws IOException {
        checkPdf(germanProgramme, Locale.GERMAN, "de", PrintFixtures.GERMAN_NOTE, "Ihre Übungen", "Warnzeichen");
    }

    private void checkPdf(long programmeId, Locale locale, String name, String note, String... headings) throws IOException {
        HttpResponse<byte[]> response = PrintFixtures.bytes(app, physio, "/programmes/" + programmeId + "/pdf");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValue("inline; filename=\"programme-" + programmeId + ".pdf\"");
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        Files.write(printouts().resolve("programme-" + name + ".pdf"), response.body());

        Patient patient = app.services().patients.find(clinic.id(), app.services().programmes.find(clinic.id(), programmeId)
                .orElseThrow().patientId()).orElseThrow();
        Messages messages = app.services().messages;
        DoseText doseText = new DoseText(messages);
        List<Exercise> exercises = PrintFixtures.exercises(app, clinic, TWELVE);
        ProgrammeCheck.Checked checked = new ProgrammeCheck(app.services().exercises, app.services().stageCheck)
                .check(clinic.id(), patient.facts(), app.services().programmes.find(clinic.id(), programmeId).orElseThrow().items(), TODAY);
        assertThat(checked.reviewDate()).as("the rules set a review date for this programme").isPresent();
        String reviewDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(checked.reviewDate().get());

        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            String text = normalised(new PDFTextStripper().getText(pdf));
            assertThat(text).contains(headings).contains("Praxis Sonnenschein", "Hauptstraße 5", patient.displayName(), note,
                    new StageText(messages).describe(patient.facts(), TODAY, locale),
                    DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(TODAY));
            assertThat(text).as("review date").contains(reviewDate);
            for (Exercise exercise : exercises) {
                assertThat(text).contains(exercise.content().name().forLocale(locale),
                        normalised(doseText.describe(exercise.content().defaultDose(), locale)));
            }
            RedFlag.Phase phase = RedFlag.Phase.of(patient.facts().stage());
            for (RedFlag flag : RedFlag.forStage(patient.facts().stage())) {
                assertThat(text).contains(normalised(messages.text(flag.messageKey(phase), locale)),
                        normalised(messages.text(flag.urgencyIn(phase).headingKey(phase), locale)));
            }
            assertThat(text).doesNotContain("??", "Not for use", "Nicht zur Verwendung", "#");

            List<String> pages = pages(pdf);
            assertThat(pages.size()).as("pages").isBetween(3, 8);
            for (int i = 0; i < exercises.size(); i++) {
                Exercise exercise = exercises.get(i);
                String heading = (i + 1) + ". " + exercise.content().name().forLocale(locale);
                List<String> lines = exercise.content().steps().linesIn(locale);
                String lastStep = normalised(lines.get(lines.size() - 1));
                String dose = normalised(doseText.describe(exercise.content().defaultDose(), locale));
                assertThat(pages).as("one exercise on one page: " + heading)
                        .anySatisfy(page -> assertThat(page).contains(heading, dose, lastStep));
            }

            List<String> fonts = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                for (var fontName : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(fontName);
                    fonts.add(font.getName() + (font.isEmbedded() ? "" : " (not embedded)"));
                }
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> assertThat(font).contains("DejaVuSans").doesNotContain("not embedded"));
        }
    }

    @Test
    void the_print_page_is_valid_html_in_both_languages() {
        for (long id : List.of(englishProgramme, germanProgramme)) {
            HttpResponse<String> page = physio.get("/programmes/" + id + "/print");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
            assertThat(HtmlChecker.errors(page.body())).as("print page of programme " + id).isEmpty();
            assertThat(page.body()).contains("class=\"exercise\"").contains("<svg").doesNotContain("??");
        }
        assertThat(physio.get("/programmes/" + germanProgramme + "/print").body())
                .contains("lang=\"de\"", "Ihre Übungen", "Rufen Sie sofort den Notruf");
    }

    @Test
    void another_clinics_programme_is_not_found() {
        TestClinic other = app.createClinic("Other Clinic");
        WebClient stranger = PrintFixtures.clinician(app, other);
        assertThat(stranger.get("/programmes/" + englishProgramme + "/print").statusCode()).isEqualTo(404);
        assertThat(PrintFixtures.bytes(app, stranger, "/programmes/" + englishProgramme + "/pdf").statusCode()).isEqualTo(404);
        assertThat(new WebClient(app).get("/programmes/" + englishProgramme + "/pdf").statusCode())
                .as("signed out: to the sign-in page").isEqualTo(303);
    }

    @Test
    void a_programme_stopped_by_a_red_flag_prints_the_banner_and_no_exercises() throws IOException {
        long patient = PrintFixtures.patient(app, clinic, "Flagged Patient", "en",
                PatientState.pregnant(PrintFixtures.DUE_AT_24_WEEKS).withRedFlags(RedFlag.CHEST_PAIN));
        long programme = PrintFixtures.programme(app, clinic, patient, TWELVE.subList(0, 3), "");
        String reason = app.services().messages.text("builder.blocker.R24", Locale.ENGLISH);

        HttpResponse<String> page = physio.get("/programmes/" + programme + "/print");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Not for use", reason).doesNotContain("class=\"exercise\"", "Glute bridge", "Your exercises");
        assertThat(HtmlChecker.errors(page.body())).isEmpty();

        HttpResponse<byte[]> pdf = PrintFixtures.bytes(app, physio, "/programmes/" + programme + "/pdf");
        Files.write(printouts().resolve("programme-not-for-use.pdf"), pdf.body());
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = normalised(new PDFTextStripper().getText(document));
            assertThat(text).contains("Not for use", reason, "Warning signs")
                    .doesNotContain("Glute bridge", "Your exercises", "review on");
        }
    }

    @Test
    void a_blocked_exercise_prints_only_with_the_clinicians_written_reason() {
        long patient = PrintFixtures.patient(app, clinic, "Blocked Patient", "en", PatientState.pregnant(PrintFixtures.DUE_AT_24_WEEKS));
        Exercise legsUp = PrintFixtures.exercises(app, clinic, List.of("legs-up-rest")).get(0);
        long without = PrintFixtures.programme(app, clinic, patient,
                List.of(new ProgrammeItem(legsUp.id(), legsUp.version(), legsUp.content().defaultDose(), "", "")));
        long with = PrintFixtures.programme(app, clinic, patient, List.of(new ProgrammeItem(legsUp.id(), legsUp.version(),
                legsUp.content().defaultDose(), "", "Short rest with a wedge under the right hip; supervised in clinic")));

        assertThat(physio.get("/programmes/" + without + "/print").body()).contains("Not for use")
                .doesNotContain("class=\"exercise\"");
        assertThat(physio.get("/programmes/" + with + "/print").body()).doesNotContain("Not for use")
                .contains("class=\"exercise\"", "Legs-up rest");
    }

    @Test
    void an_uploaded_picture_is_linked_on_the_page_and_embedded_in_the_pdf() throws IOException {
        BufferedImage image = new BufferedImage(120, 80, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(java.awt.Color.WHITE);
        graphics.fillRect(0, 0, 120, 80);
        graphics.setColor(java.awt.Color.BLACK);
        graphics.fillOval(30, 10, 60, 60);
        graphics.dispose();
        var png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", png);
        long pictureId = app.services().exercises.savePicture(clinic.id(), "image/png", png.toByteArray(), app.clock().instant());
        var bridge = PrintFixtures.exercises(app, clinic, List.of("glute-bridge")).get(0).content();
        var photo = new com.stagewise.domain.catalogue.ExerciseContent("glute-bridge-photo", bridge.name(), bridge.attributes(),
                bridge.equipment(), bridge.defaultDose(), bridge.doseIsClinicDefault(), bridge.doseNote(), bridge.steps(),
                bridge.cues(), bridge.pregnancyNote(), bridge.sources(), "");
        app.services().exercises.create(clinic.id(), photo, pictureId, app.clock().instant());
        long patient = PrintFixtures.patient(app, clinic, "Photo Patient", "en", PatientState.pregnant(PrintFixtures.DUE_AT_24_WEEKS));
        long programme = PrintFixtures.programme(app, clinic, patient, List.of("glute-bridge-photo"), "");

        String page = physio.get("/programmes/" + programme + "/print").body();
        assertThat(page).contains("src=\"/library/pictures/" + pictureId + "\"", "alt=\"Picture of Glute bridge\"")
                .doesNotContain("<svg");
        assertThat(HtmlChecker.errors(page)).isEmpty();

        HttpResponse<byte[]> pdf = PrintFixtures.bytes(app, physio, "/programmes/" + programme + "/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            List<String> images = new ArrayList<>();
            for (PDPage p : document.getPages()) {
                for (var name : p.getResources().getXObjectNames()) {
                    if (p.getResources().getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject x) {
                        images.add(x.getWidth() + "x" + x.getHeight());
                    }
                }
            }
            assertThat(images).containsExactly("120x80");
        }
    }

    @Test
    void a_control_character_pasted_into_a_note_does_not_break_the_pdf() throws IOException {
        long patient = PrintFixtures.patient(app, clinic, "Pasted <Note> & Co", "en", PatientState.pregnant(PrintFixtures.DUE_AT_24_WEEKS));
        long programme = PrintFixtures.programme(app, clinic, patient, List.of("cat-cow"), "Gently\u0007 <b>now</b> & then");
        HttpResponse<byte[]> pdf = PrintFixtures.bytes(app, physio, "/programmes/" + programme + "/pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(normalised(new PDFTextStripper().getText(document))).contains("Gently <b>now", "& then", "Pasted <Note> & Co");
        }
    }

    @Test
    void the_qr_code_of_a_share_link_is_printed_and_scans() throws Exception {
        Printouts printouts = printoutsOfTheApp();
        String link = "https://stagewise.example/p/q7Xv2mB9kLp4RtY8wZc3NdE6";
        PrintHandler handler = new PrintHandler(app.services().programmes, app.services().patients, printouts, new PdfRenderer(),
                app.services().templates, (programme, token) -> Optional.of(link), app.clock());
        var programme = app.services().programmes.find(clinic.id(), germanProgramme).orElseThrow();
        Patient patient = app.services().patients.find(clinic.id(), programme.patientId()).orElseThrow();

        Printout printout = printouts.build(programme, patient, TODAY, Optional.of(link), Printouts.Target.PDF);
        assertThat(printout.qrSvg()).startsWith("<svg").contains("<title>QR-Code");
        byte[] pdf = handler.pdf(printout);
        Files.write(printouts().resolve("programme-de-with-qr.pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 150);
            BufferedImage corner = page.getSubimage(page.getWidth() / 2, 0, page.getWidth() / 2, page.getHeight() / 3);
            int[] pixels = corner.getRGB(0, 0, corner.getWidth(), corner.getHeight(), null, 0, corner.getWidth());
            var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(corner.getWidth(), corner.getHeight(), pixels)));
            assertThat(new QRCodeReader().decode(bitmap).getText()).isEqualTo(link);
            assertThat(normalised(new PDFTextStripper().getText(document))).contains("Mit der Handykamera scannen");
        }
        Patient flagged = new Patient(patient.id(), patient.clinicId(), patient.details(),
                patient.facts().withRedFlags(RedFlag.CHEST_PAIN), patient.factsRecordedAt(), patient.version());
        Printout stopped = printouts.build(programme, flagged, TODAY, Optional.of(link), Printouts.Target.PAGE);
        assertThat(stopped.notForUse()).isTrue();
        assertThat(stopped.qrSvg()).isNull();
    }

    /** The patient's page judges her programme today and on its issue date from one load of the versions. */
    @Test
    void judging_again_on_another_date_gives_what_a_fresh_check_on_that_date_gives() {
        ProgrammeCheck check = new ProgrammeCheck(app.services().exercises, app.services().stageCheck);
        var items = app.services().programmes.find(clinic.id(), englishProgramme).orElseThrow().items();
        PatientState facts = PatientState.pregnant(PrintFixtures.DUE_AT_24_WEEKS);
        ProgrammeCheck.Checked today = check.check(clinic.id(), facts, items, TODAY);
        boolean someVerdictChanged = false;
        for (LocalDate date : List.of(TODAY.minusWeeks(14), TODAY.minusWeeks(9), TODAY.plusWeeks(6), TODAY.plusWeeks(15))) {
            ProgrammeCheck.Checked fresh = check.check(clinic.id(), facts, items, date);
            ProgrammeCheck.Checked again = check.recheck(today, facts, date);
            assertThat(again.evaluation()).as("on %s", date).isEqualTo(fresh.evaluation());
            assertThat(again.items()).as("on %s", date).isEqualTo(fresh.items());
            someVerdictChanged |= !fresh.evaluation().equals(today.evaluation());
        }
        assertThat(someVerdictChanged).as("the dates reach other stage rules").isTrue();
    }

    @Test
    void a_pdf_that_finds_no_free_turn_in_time_is_refused_with_a_503_and_renders_once_a_turn_is_free() throws Exception {
        Printouts printouts = printoutsOfTheApp();
        Semaphore turns = new Semaphore(1, true);
        PrintHandler handler = new PrintHandler(app.services().programmes, app.services().patients, printouts,
                new PdfRenderer(turns, Duration.ofMillis(50), false), app.services().templates, (programme, token) -> Optional.empty(),
                app.clock());
        var programme = app.services().programmes.find(clinic.id(), germanProgramme).orElseThrow();
        Patient patient = app.services().patients.find(clinic.id(), programme.patientId()).orElseThrow();
        Printout printout = printouts.build(programme, patient, TODAY, Optional.empty(), Printouts.Target.PDF);

        turns.acquire();
        assertThatThrownBy(() -> handler.pdf(printout)).isInstanceOf(ServiceUnavailableResponse.class);
        turns.release();
        try (PDDocument document = Loader.loadPDF(handler.pdf(printout))) {
            assertThat(document.getNumberOfPages()).isPositive();
        }
        assertThat(turns.availablePermits()).as("the turn is given back").isEqualTo(1);
        String busyPage = app.services().templates.render("error/503", new java.util.HashMap<>(), Locale.GERMAN);
        assertThat(busyPage).contains("Der Server ist gerade ausgelastet");
        assertThat(HtmlChecker.errors(busyPage)).isEmpty();
    }

    /** Printouts built on the app's own services, for a print handler a test puts together itself. */
    private static Printouts printoutsOfTheApp() {
        Messages messages = app.services().messages;
        ProgrammeCheck check = new ProgrammeCheck(app.services().exercises, app.services().stageCheck);
        return new Printouts(app.services().clinics, app.services().exercises, check, new StageText(messages),
                new DoseText(messages), messages);
    }

    private static Path printouts() throws IOException {
        return Files.createDirectories(Path.of("target/printouts"));
    }

    private static List<String> pages(PDDocument pdf) throws IOException {
        List<String> pages = new ArrayList<>();
        for (int i = 1; i <= pdf.getNumberOfPages(); i++) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(i);
            stripper.setEndPage(i);
            pages.add(normalised(stripper.getText(pdf)));
        }
        return pages;
    }

    private static String normalised(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
