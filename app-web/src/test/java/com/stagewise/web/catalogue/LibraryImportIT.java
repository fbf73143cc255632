package com.stagewise.web.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.stagewise.domain.account.AuditEvent;
import com.stagewise.domain.account.AuditFilter;
import com.stagewise.domain.catalogue.Exercise;
import com.stagewise.domain.catalogue.ExerciseContent;
import com.stagewise.domain.catalogue.ImportJobs;
import com.stagewise.domain.catalogue.Texts;
import com.stagewise.persistence.testing.DatabaseKind;
import com.stagewise.web.testing.HtmlChecker;
import com.stagewise.web.testing.TestApp;
import com.stagewise.web.testing.TestClinic;
import com.stagewise.web.testing.WebClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Export and import over real HTTP: the round trip, all-or-nothing checking, roles and clinic scope. */
class LibraryImportIT {

    private static final Map<DatabaseKind, TestApp> APPS = new EnumMap<>(DatabaseKind.class);
    private static final Pattern JOB = Pattern.compile("/library/import/(\\d+)");
    private static int clinics;

    private static synchronized TestApp app(DatabaseKind kind) {
        return APPS.computeIfAbsent(kind, TestApp::start);
    }

    @AfterAll
    static void stop() {
        APPS.values().forEach(TestApp::close);
    }

    private static TestClinic newClinic(TestApp app) {
        return app.createClinic("Import Clinic " + (++clinics));
    }

    private static WebClient signedIn(TestApp app, String email) {
        WebClient client = new WebClient(app);
        client.signIn(email, TestClinic.PASSWORD);
        client.get("/library/import");
        return client;
    }

    private static HttpResponse<String> upload(TestApp app, WebClient client, String fileName, byte[] content) {
        Multipart form = new Multipart().field("_csrf", client.csrf() == null ? "" : client.csrf())
                .file("file", fileName, fileName.endsWith(".json") ? "application/json" : "text/csv", content);
        return app.send(form.post(app.url("/library/import"),
                Map.of("Cookie", "stagewise_session=" + client.sessionCookie().orElse(""))));
    }

    /** Follows the job page until it stops running; its last page. */
    private static String finished(WebClient client, HttpResponse<String> accepted) throws InterruptedException {
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(303);
        String location = accepted.headers().firstValue("Location").orElseThrow();
        assertThat(location).matches("/library/import/\\d+");
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            String page = client.get(location).body();
            if (!page.contains("data-status=\"RUNNING\"") || System.nanoTime() > deadline) {
                return page;
            }
            Thread.sleep(100);
        }
    }

    private static String text(String html) {
        return html.replace("&#39;", "'").replace("&quot;", "\"").replace("&amp;", "&");
    }

    static Stream<Arguments> formats() {
        return Stream.of(DatabaseKind.values())
                .flatMap(kind -> Stream.of(Arguments.of(kind, "csv"), Arguments.of(kind, "json")));
    }

    @ParameterizedTest(name = "{1} on {0}")
    @MethodSource("formats")
    void an_export_imported_again_gives_the_same_library(DatabaseKind kind, String format) throws Exception {
        TestApp app = app(kind);
        TestClinic source = newClinic(app);
        long clinicId = source.id();
        var exercises = app.services().exercises;
        Exercise bridge = exercises.findBySlug(clinicId, "glute-bridge").orElseThrow();
        ExerciseContent c = bridge.content();
        exercises.saveNewVersion(clinicId, bridge.id(), bridge.version(), new ExerciseContent(c.slug(),
                new Texts("Glute bridge, =slow", c.name().de()), c.attributes(), c.equipment(), c.defaultDose().withReps(8),
                c.doseIsClinicDefault(), c.doseNote(), new Texts(c.steps().en().replace("\n", "\r\n"), c.steps().de()),
                c.cues(), c.pregnancyNote(), c.sources(), c.figure()), null, app.clock().instant());
        exercises.setRetired(clinicId, exercises.findBySlug(clinicId, "bird-dog").orElseThrow().id(), true,
                app.clock().instant());
        WebClient admin = signedIn(app, source.adminEmail());

        HttpResponse<String> export = admin.get("/library/export." + format);

        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Disposition")).hasValue(
                "attachment; filename=\"stagewise-library-2026-11-22." + format + "\"");
        assertThat(export.headers().firstValue("Content-Type")).get().asString()
                .startsWith(format.equals("csv") ? "text/csv" : "application/json");
        byte[] file = export.body().getBytes(StandardCharsets.UTF_8);

        // the same clinic: nothing changes
        String same = finished(admin, upload(app, admin, "library." + format, file));
        assertThat(same).contains("data-status=\"DONE\"")
                .contains("Done: 0 new exercises, 0 with a new version, 28 unchanged, 0 retired or restored.");
        assertThat(exercises.findBySlug(clinicId, "glute-bridge").orElseThrow().version()).isEqualTo(2);

        // a clinic with the plain starter library becomes the same library
        TestClinic target = newClinic(app);
        WebClient otherAdmin = signedIn(app, target.adminEmail());
        String other = finished(otherAdmin, upload(app, otherAdmin, "library." + format, file));
        assertThat(other).contains("Done: 0 new exercises, 1 with a new version, 27 unchanged, 1 retired or restored.");
        assertThat(otherAdmin.get("/library/export." + format).body()).isEqualTo(export.body());
        assertThat(exercises.findBySlug(target.id(), "bird-dog").orElseThrow().retired()).isTrue();

        List<AuditEvent> events = app.services().auditTrail.page(target.id(),
                new AuditFilter(Optional.empty(), Optional.of("LIBRARY_IMPORTED"), Optional.empty(), Optional.empty(),
                        Optional.empty()), 1, 10).items();
        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.actorUserId()).isEqualTo(target.adminId());
            assertThat(event.detail()).isEqualTo("created 0, new versions 1, unchanged 27, retired or restored 1");
        });
    }

    @Test
    void a_file_with_bad_rows_writes_nothing_and_lists_every_problem() throws Exception {
        TestApp app = app(DatabaseKind.H2);
        TestClinic clinic = newClinic(app);
        WebClient admin = signedIn(app, clinic.adminEmail());
        String csv = admin.get("/library/export.csv").body();
        String[] lines = csv.split("\r\n", 3);
        String good = "side-plank-knees,Side plank on the knees,,SIDE_LYING,STABILISE,MODERATE,,MAT,2,5,10,,true,1,3,true,"
                + ",,Lie on your side.,,,,,,S9,,false";
        String bad = "Wall Sit,,,STANDING,STRENGTHEN,HARD,FLYING,WALL_OR_SUPPORT,1,,700,,sometimes,1,5,false,,,,,,,,,,,false";
        byte[] file = (lines[0] + "\r\n" + good + "\r\n" + bad + "\r\n" + lines[1] + "\r\n" + lines[2])
                .getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> response = upload(app, admin, "library.csv", file);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(text(response.body()))
                .contains("<title>Error: Import exercises")
                .contains("The file has 7 problems. Nothing was imported")
                .contains("Row 3, column slug: Use lower-case letters")
                .contains("Row 3, column name_en: Enter the exercise's name in English.")
                .contains("Row 3, column level: Unknown value 'HARD'.")
                .contains("Row 3, column demands: Unknown value 'FLYING'.")
                .contains("Row 3, column hold_seconds: Enter a whole number from 0 to 600.")
                .contains("Row 3, column per_side: 'sometimes' is neither true nor false.")
                .contains("Row 3, column steps_en: Write at least one step in English.");
        assertThat(HtmlChecker.errors(response.body())).isEmpty();
        assertThat(app.services().exercises.count(clinic.id())).isEqualTo(28);
        assertThat(app.services().exercises.findBySlug(clinic.id(), "side-plank-knees")).isEmpty();
        int jobs = app.database().jdbi().withHandle(h -> h.createQuery(
                "SELECT COUNT(*) FROM import_job WHERE clinic_id = :clinic").bind("clinic", clinic.id())
                .mapTo(Integer.class).one());
        assertThat(jobs).isZero();
    }

    @Test
    void an_upload_without_a_file_is_refused_next_to_the_field() {
        TestApp app = app(DatabaseKind.H2);
        TestClinic clinic = newClinic(app);
        WebClient admin = signedIn(app, clinic.adminEmail());

        HttpResponse<String> response = upload(app, admin, "empty.csv", new byte[0]);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("Choose a CSV or JSON file to import.").contains("aria-invalid=\"true\"");
    }

    @Test
    void the_job_page_shows_the_progress_of_a_running_import() {
        TestApp app = app(DatabaseKind.H2);
        TestClinic clinic = newClinic(app);
        ImportJobs jobs = app.services().libraryImport.jobs();
        long job = jobs.start(clinic.id(), clinic.adminId(), 120, app.clock().instant());
        jobs.progress(job, 50, app.clock().instant());
        WebClient admin = signedIn(app, clinic.adminEmail());

        HttpResponse<String> page = admin.get("/library/import/" + job);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("<progress id=\"import-progress\" max=\"120\" value=\"50\">41 %</progress>")
                .contains("50 of 120 rows written (41 %)")
                .contains("<script src=\"/static/js/import-progress.js\" defer></script>")
                .contains("href=\"/library/import/" + job + "\"");
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(HtmlChecker.errors(page.body())).isEmpty();
        assertThat(app.get("/static/js/import-progress.js").statusCode()).isEqualTo(200);

        jobs.fail(job, "import.failed.changed", app.clock().instant());
        assertThat(admin.get("/library/import/" + job).body())
                .contains("Someone changed the library while the import was running.")
                .doesNotContain("import-progress.js");
    }

    @Test
    void a_clinician_may_neither_export_nor_import() {
        TestApp app = app(DatabaseKind.H2);
        TestClinic clinic = newClinic(app);
        long job = app.services().libraryImport.jobs().start(clinic.id(), clinic.adminId(), 1, app.clock().instant());
        WebClient physio = new WebClient(app);
        physio.signIn(clinic.clinicianEmail(), TestClinic.PASSWORD);
        physio.get("/library");

        assertThat(physio.get("/library/export.csv").statusCode()).isEqualTo(403);
        assertThat(physio.get("/library/export.json").statusCode()).isEqualTo(403);
        assertThat(physio.get("/library/import").statusCode()).isEqualTo(403);
        assertThat(physio.get("/library/import/" + job).statusCode()).isEqualTo(403);
        assertThat(upload(app, physio, "library.csv", "slug\n".getBytes(StandardCharsets.UTF_8)).statusCode())
                .isEqualTo(403);
        assertThat(app.get("/library/export.csv").statusCode()).isEqualTo(303);
    }

    @Test
    void another_clinics_job_is_not_found() throws Exception {
        TestApp app = app(DatabaseKind.H2);
        TestClinic first = newClinic(app);
        TestClinic second = newClinic(app);
        WebClient firstAdmin = signedIn(app, first.adminEmail());
        HttpResponse<String> accepted = upload(app, firstAdmin, "library.json",
                firstAdmin.get("/library/export.json").body().getBytes(StandardCharsets.UTF_8));
        finished(firstAdmin, accepted);
        Matcher location = JOB.matcher(accepted.headers().firstValue("Location").orElseThrow());
        assertThat(location.matches()).isTrue();
        WebClient secondAdmin = signedIn(app, second.adminEmail());

        assertThat(firstAdmin.get(location.group()).statusCode()).isEqualTo(200);
        assertThat(secondAdmin.get(location.group()).statusCode()).isEqualTo(404);
        assertThat(secondAdmin.get("/library/import/not-a-number").statusCode()).isEqualTo(404);
    }

    @Test
    void the_import_page_is_valid_html_with_a_csrf_field_and_the_columns() {
        TestApp app = app(DatabaseKind.H2);
        TestClinic clinic = newClinic(app);
        WebClient admin = signedIn(app, clinic.adminEmail());

        HttpResponse<String> page = admin.get("/library/import");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("name=\"_csrf\"").contains("enctype=\"multipart/form-data\"")
                .contains("slug, name_en, name_de, position").contains("href=\"/library/export.csv\"");
        assertThat(HtmlChecker.errors(page.body())).isEmpty();
        assertThat(admin.get("/library").body()).contains("href=\"/library/import\"");
    }
}
