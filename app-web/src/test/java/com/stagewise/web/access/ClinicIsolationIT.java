package com.stagewise.web.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.stagewise.domain.account.ApiKey;
import com.stagewise.domain.account.AuditFilter;
import com.stagewise.domain.account.Clinic;
import com.stagewise.domain.account.User;
import com.stagewise.domain.catalogue.Exercise;
import com.stagewise.domain.programme.Patient;
import com.stagewise.domain.programme.PatientDetails;
import com.stagewise.domain.programme.Programme;
import com.stagewise.domain.programme.ProgrammeChange;
import com.stagewise.domain.programme.ProgrammeStatus;
import com.stagewise.domain.programme.ProgrammeTemplate;
import com.stagewise.domain.programme.RedFlagReport;
import com.stagewise.domain.programme.ShareLink;
import com.stagewise.domain.rules.Verdict;
import com.stagewise.domain.stage.PatientState;
import com.stagewise.domain.stage.RedFlag;
import com.stagewise.persistence.testing.TestDatabases;
import com.stagewise.web.testing.TestApp;
import com.stagewise.web.testing.TestClinic;
import com.stagewise.web.testing.WebClient;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Clinic A's records through clinic B's admin (with a valid session and CSRF token) and through
 * clinic B's API key: nothing of A can be seen or changed, and the answers do not even tell A's
 * ids from ids that do not exist.
 */
class ClinicIsolationIT {

    /** An API route added through the test hook, so the key check of {@link AccessFilter} can be probed. */
    private static final String WHO_AM_I = "/api/v1/test/clinic";

    private static TestApp app;
    private static TestClinic a;
    private static TestClinic b;
    private static long aKeyId;
    private static String bKey;
    private static long bKeyId;
    /** A's records of every other kind. */
    private static long aExercise;
    private static long aPicture;
    private static long aPatient;
    private static long aProgramme;
    private static long aTemplate;
    private static long aReport;
    /** B's own patient and programme, to smuggle A's ids into. */
    private static long bPatient;
    private static long bProgramme;

    private WebClient bAdmin;
    private Snapshot before;

    /** Everything of clinic A that an attack through B could change. */
    record Snapshot(Clinic clinic, List<User> users, List<ApiKey> keys, int auditRows, List<Exercise> exercises,
            boolean pictureThere, Optional<Patient> patient, List<Programme> programmes,
            Optional<ProgrammeTemplate> template, List<RedFlagReport> reports, Optional<ShareLink> link) {
    }

    @BeforeAll
    static void start() {
        app = TestApp.start(TestDatabases.h2Settings(), extra -> extra.routes.get(WHO_AM_I,
                ctx -> ctx.result(String.valueOf(Visitor.of(ctx).clinicId())), Access.API_KEY));
        a = app.createClinic("Alpha");
        b = app.createClinic("Beta");
        aKeyId = app.services().apiKeys.create(a.id(), "Alpha booking system", Tokens.hash("sw_alpha-secret"),
                "sw_alpha", a.adminId(), app.clock().instant());
        bKey = "sw_" + Tokens.random();
        bKeyId = app.services().apiKeys.create(b.id(), "Beta script", Tokens.hash(bKey), bKey.substring(0, 9),
                b.adminId(), app.clock().instant());

        Instant now = app.clock().instant();
        var services = app.services();
        aExercise = services.exercises.findBySlug(a.id(), "cat-cow").orElseThrow().id();
        aPicture = services.exercises.savePicture(a.id(), "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}, now);
        aPatient = patient(a, "Alice Alpha");
        aProgramme = services.programmes.create(a.id(), aPatient, draft(a));
        aTemplate = services.programmeTemplates.create(a.id(), null, "Alpha template", List.of(), now);
        services.sharing.createLink(a.id(), aProgramme, Tokens.hash(Tokens.random()), Optional.empty(), "Alpha Physio", now);
        services.sharing.reportRedFlags(a.id(), aPatient, aProgramme, Set.of(RedFlag.VAGINAL_BLEEDING), now,
                Tokens.random());
        aReport = services.sharing.redFlagReports(a.id(), aPatient).get(0).id();
        bPatient = patient(b, "Bea Beta");
        bProgramme = services.programmes.create(b.id(), bPatient, draft(b));
    }

    private static long patient(TestClinic clinic, String name) {
        return app.services().patients.create(clinic.id(), new PatientDetails(name, false, "", "en"),
                PatientState.pregnant(LocalDate.parse("2027-04-01")), clinic.clinicianId(), "Physio",
                app.clock().instant());
    }

    private static ProgrammeChange draft(TestClinic clinic) {
        return new ProgrammeChange("Home programme", ProgrammeStatus.DRAFT, List.of(), Verdict.ALLOWED, Optional.empty(),
                clinic.clinicianId(), "Physio", app.clock().instant());
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @BeforeEach
    void signInAsBetasAdmin() {
        bAdmin = new WebClient(app);
        assertThat(bAdmin.signIn(b.adminEmail(), TestClinic.PASSWORD).statusCode()).isEqualTo(303);
        bAdmin.get("/admin/users");
        before = snapshotOfA();
    }

    static Stream<Arguments> alphasRecords() {
        return Stream.of(
                call("GET", "/admin/users/{A's clinician}", () -> "/admin/users/" + a.clinicianId(), Map.of()),
                call("GET", "/admin/users/{A's admin}", () -> "/admin/users/" + a.adminId(), Map.of()),
                call("POST", "/admin/users/{A's clinician} (promote)", () -> "/admin/users/" + a.clinicianId(),
                        Map.of("displayName", "Taken Over", "roleAdmin", "on", "roleClinician", "on", "active", "on")),
                call("POST", "/admin/users/{A's admin} (demote, deactivate)", () -> "/admin/users/" + a.adminId(),
                        Map.of("displayName", "Deactivated", "roleClinician", "on")),
                call("POST", "/admin/users/{A's clinician}/link", () -> "/admin/users/" + a.clinicianId() + "/link",
                        Map.of()),
                call("POST", "/admin/users/{A's admin}/link", () -> "/admin/users/" + a.adminId() + "/link", Map.of()),
                call("POST", "/admin/api-keys/{A's key}/revoke", () -> "/admin/api-keys/" + aKeyId + "/revoke",
                        Map.of()),
                call("GET", "/library/{A's exercise}", () -> "/library/" + aExercise, Map.of()),
                call("GET", "/library/{A's exercise}?version=1", () -> "/library/" + aExercise + "?version=1", Map.of()),
                call("GET", "/library/{A's exercise}/edit", () -> "/library/" + aExercise + "/edit", Map.of()),
                call("POST", "/library/{A's exercise}", () -> "/library/" + aExercise, exerciseForm()),
                call("POST", "/library/{A's exercise}/retire", () -> "/library/" + aExercise + "/retire", Map.of()),
                call("POST", "/library/{A's exercise}/restore", () -> "/library/" + aExercise + "/restore", Map.of()),
                call("GET", "/library/pictures/{A's picture}", () -> "/library/pictures/" + aPicture, Map.of()),
                call("GET", "/patients/{A's patient}", () -> "/patients/" + aPatient, Map.of()),
                call("GET", "/patients/{A's patient}/edit", () -> "/patients/" + aPatient + "/edit", Map.of()),
                call("POST", "/patients/{A's patient}", () -> "/patients/" + aPatient, patientForm()),
                call("POST", "/patients/{A's patient}/birth", () -> "/patients/" + aPatient + "/birth",
                        Map.of("deliveryDate", "2026-11-20", "deliveryMode", "CAESAREAN")),
                call("POST", "/patients/{A's patient}/programmes", () -> "/patients/" + aPatient + "/programmes", Map.of()),
                call("POST", "/patients/{B's patient}/programmes from A's template",
                        () -> "/patients/" + bPatient + "/programmes", Map.of("template", String.valueOf(aTemplate))),
                call("GET", "/programmes/{A's programme}", () -> "/programmes/" + aProgramme, Map.of()),
                call("POST", "/programmes/{A's programme}", () -> "/programmes/" + aProgramme,
                        Map.of("title", "Taken over", "count", "0", "version", "1")),
                call("POST", "/programmes/{A's programme}/template", () -> "/programmes/" + aProgramme + "/template",
                        Map.of("templateName", "Stolen", "scope", "clinic")),
                call("POST", "/programmes/{A's programme}/share", () -> "/programmes/" + aProgramme + "/share", Map.of()),
                call("POST", "/programmes/{A's programme}/share/revoke",
                        () -> "/programmes/" + aProgramme + "/share/revoke", Map.of()),
                call("POST", "/patients/{A's patient}/red-flags/{A's report}/seen",
                        () -> "/patients/" + aPatient + "/red-flags/" + aReport + "/seen", Map.of()),
                call("POST", "/patients/{B's patient}/red-flags/{A's report}/seen",
                        () -> "/patients/" + bPatient + "/red-flags/" + aReport + "/seen", Map.of()),
                call("GET", "/templates/{A's template}", () -> "/templates/" + aTemplate, Map.of()),
                call("POST", "/templates/{A's template}", () -> "/templates/" + aTemplate,
                        Map.of("name", "Renamed", "scope", "clinic")),
                call("POST", "/templates/{A's template}/delete", () -> "/templates/" + aTemplate + "/delete", Map.of()));
    }

    private static Arguments call(String method, String label, Supplier<String> path, Map<String, String> form) {
        return Arguments.of(method, Named.of(label, path), form);
    }

    @ParameterizedTest(name = "{0} {1} as B's admin")
    @MethodSource("alphasRecords")
    void another_clinics_record_is_not_found_and_left_as_it_was(String method, Supplier<String> path,
            Map<String, String> form) {
        HttpResponse<String> response = "GET".equals(method) ? bAdmin.get(path.get()) : bAdmin.post(path.get(), form);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).doesNotContain("@alpha.example").doesNotContain("Alpha").doesNotContain("Alice");
        assertThat(snapshotOfA()).isEqualTo(before);
        assertThat(app.services().programmes.forPatient(b.id(), bPatient)).extracting(Programme::id)
                .containsExactly(bProgramme);
    }

    @Test
    void a_programme_form_naming_another_clinics_exercise_is_refused_and_saves_nothing() {
        Programme mine = app.services().programmes.find(b.id(), bProgramme).orElseThrow();
        int version = app.services().exercises.find(a.id(), aExercise).orElseThrow().version();

        HttpResponse<String> response = bAdmin.post("/programmes/" + bProgramme, Map.of("title", "Home programme",
                "count", "1", "version", String.valueOf(mine.version()), "exercise.0", String.valueOf(aExercise),
                "exerciseVersion.0", String.valueOf(version), "sets.0", "1"));

        assertThat(response.statusCode()).isBetween(400, 499);
        assertThat(response.body()).doesNotContain("Cat");
        assertThat(app.services().programmes.find(b.id(), bProgramme).orElseThrow()).isEqualTo(mine);
        assertThat(snapshotOfA()).isEqualTo(before);
    }

    @Test
    void adding_another_clinics_exercise_to_a_programme_adds_nothing() {
        Programme mine = app.services().programmes.find(b.id(), bProgramme).orElseThrow();

        bAdmin.post("/programmes/" + bProgramme, Map.of("title", "Home programme", "count", "0",
                "version", String.valueOf(mine.version()), "action", "add:" + aExercise));

        assertThat(app.services().programmes.find(b.id(), bProgramme).orElseThrow().items()).isEmpty();
    }

    @Test
    void a_record_of_another_clinic_looks_exactly_like_one_that_does_not_exist() {
        long nobody = 987_654;

        HttpResponse<String> alphas = bAdmin.get("/admin/users/" + a.clinicianId());
        HttpResponse<String> missing = bAdmin.get("/admin/users/" + nobody);
        HttpResponse<String> alphasKey = bAdmin.post("/admin/api-keys/" + aKeyId + "/revoke", Map.of());
        HttpResponse<String> missingKey = bAdmin.post("/admin/api-keys/" + nobody + "/revoke", Map.of());

        assertThat(alphas.statusCode()).isEqualTo(missing.statusCode());
        assertThat(alphas.body()).isEqualTo(missing.body());
        assertThat(alphasKey.statusCode()).isEqualTo(missingKey.statusCode());
        assertThat(alphasKey.body()).isEqualTo(missingKey.body());
    }

    @Test
    void alphas_signed_in_people_stay_signed_in_when_beta_asks_for_their_new_link() {
        // a new link signs the user out everywhere, so B reaching it would log A's people out
        WebClient aClinician = new WebClient(app);
        aClinician.signIn(a.clinicianEmail(), TestClinic.PASSWORD);

        bAdmin.post("/admin/users/" + a.clinicianId() + "/link", Map.of());

        assertThat(aClinician.get("/").body()).contains("Alpha Physio");
        assertThat(aClinician.post("/logout", Map.of()).headers().firstValue("Location"))
                .hasValue("/login?notice=signed-out");
    }

    @Test
    void betas_admin_pages_list_only_betas_people_keys_and_events() {
        // A has events of its own: a sign-in and a key that was made
        new WebClient(app).signIn(a.adminEmail(), TestClinic.PASSWORD);

        String users = bAdmin.get("/admin/users").body();
        String keys = bAdmin.get("/admin/api-keys").body();
        String audit = bAdmin.get("/admin/audit").body();
        String auditOfAlphasAdmin = bAdmin.get("/admin/audit?actor=" + a.adminId()).body();
        String clinic = bAdmin.get("/admin/clinic").body();

        assertThat(users).contains(b.clinicianEmail()).doesNotContain("@alpha.example");
        assertThat(keys).contains("Beta script").doesNotContain("Alpha booking system");
        assertThat(audit).contains("Beta Admin").doesNotContain("Alpha Admin");
        assertThat(auditOfAlphasAdmin).doesNotContain("Alpha Admin");
        assertThat(clinic).contains("Beta").doesNotContain("Alpha");
    }

    @Test
    void the_clinic_export_holds_the_admins_own_clinic_and_no_secrets() {
        HttpResponse<String> export = bAdmin.get("/admin/export.json");
        HttpResponse<String> library = bAdmin.get("/library/export.json");

        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(export.body()).contains(b.adminEmail()).contains("Bea Beta")
                .doesNotContain("@alpha.example").doesNotContain("Alice Alpha").doesNotContain("Alpha booking system")
                .doesNotContain("$2a$").doesNotContain(Tokens.hash(bKey))
                .doesNotContain(bAdmin.sessionCookie().orElseThrow()).doesNotContain(bAdmin.csrf())
                .doesNotContain("password_hash").doesNotContain("key_hash").doesNotContain("token_hash");
        assertThat(library.statusCode()).isEqualTo(200);
        assertThat(library.body()).doesNotContain("alpha-secret-move");
    }

    @Test
    void another_clinics_import_job_is_not_found() {
        long job = app.services().libraryImport.jobs().start(a.id(), a.adminId(), 0, app.clock().instant());

        assertThat(bAdmin.get("/library/import/" + job).statusCode()).isEqualTo(404);
    }

    @Test
    void updating_the_clinic_changes_only_the_admins_own_clinic_whatever_id_the_form_names() {
        HttpResponse<String> response = bAdmin.post("/admin/clinic",
                Map.of("name", "Beta Renamed", "id", String.valueOf(a.id()), "clinicId", String.valueOf(a.id())));

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(app.services().clinics.find(b.id()).orElseThrow().name()).isEqualTo("Beta Renamed");
        assertThat(snapshotOfA()).isEqualTo(before);
        app.services().clinics.update(b.id(), new com.stagewise.domain.account.ClinicDetails("Beta", "", "", ""));
    }

    @Test
    void an_invitation_from_beta_cannot_take_over_an_address_of_alpha() {
        HttpResponse<String> response = bAdmin.post("/admin/users",
                Map.of("email", "PHYSIO@alpha.example", "displayName", "Impostor", "roleAdmin", "on"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(snapshotOfA()).isEqualTo(before);
        assertThat(app.services().users.list(b.id())).extracting(User::email).doesNotContain("physio@alpha.example");
    }

    // --- API keys -------------------------------------------------------------------------------

    @Test
    void an_api_key_speaks_for_its_own_clinic_only() {
        HttpResponse<String> response = api("GET", WHO_AM_I, "Bearer " + bKey);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(String.valueOf(b.id()));
    }

    @Test
    void an_api_key_cannot_reach_the_admin_pages_of_any_clinic() {
        HttpResponse<String> list = api("GET", "/admin/api-keys", "Bearer " + bKey);
        HttpResponse<String> revoke = api("POST", "/admin/api-keys/" + aKeyId + "/revoke", "Bearer " + bKey);
        HttpResponse<String> revokeOwn = api("POST", "/admin/api-keys/" + bKeyId + "/revoke", "Bearer " + bKey);

        assertThat(list.statusCode()).isEqualTo(303);
        assertThat(list.headers().firstValue("Location")).get().asString().startsWith("/login?next=");
        assertThat(revoke.statusCode()).isEqualTo(303);
        assertThat(revokeOwn.statusCode()).isEqualTo(303);
        assertThat(snapshotOfA()).isEqualTo(before);
        assertThat(app.services().apiKeys.list(b.id())).filteredOn(key -> key.id() == bKeyId).singleElement()
                .matches(ApiKey::active);
    }

    @Test
    void a_missing_wrong_or_revoked_key_gets_401_and_no_clinic() {
        String revoked = "sw_" + Tokens.random();
        long revokedId = app.services().apiKeys.create(b.id(), "old", Tokens.hash(revoked), "sw_old", b.adminId(),
                app.clock().instant());
        app.services().apiKeys.revoke(b.id(), revokedId, app.clock().instant());

        for (String authorization : new String[] {null, "", "Bearer ", "Bearer sw_not-a-key", "Basic " + bKey,
                bKey, "Bearer " + revoked, "Bearer sw_alpha-secret-but-not-quite"}) {
            HttpResponse<String> response = api("GET", WHO_AM_I, authorization);

            assertThat(response.statusCode()).as("Authorization: %s", authorization).isEqualTo(401);
            assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
            assertThat(response.body()).contains("\"errors\"")
                    .doesNotContain(String.valueOf(a.id())).doesNotContain(String.valueOf(b.id()));
        }
    }

    @Test
    void a_key_stops_working_the_moment_its_admin_revokes_it() {
        String key = "sw_" + Tokens.random();
        long id = app.services().apiKeys.create(b.id(), "short-lived", Tokens.hash(key), "sw_short", b.adminId(),
                app.clock().instant());
        assertThat(api("GET", WHO_AM_I, "Bearer " + key).statusCode()).isEqualTo(200);

        bAdmin.post("/admin/api-keys/" + id + "/revoke", Map.of());

        assertThat(api("GET", WHO_AM_I, "Bearer " + key).statusCode()).isEqualTo(401);
    }

    @Test
    void an_api_key_sees_only_its_own_clinics_library() {
        WebClient aAdmin = new WebClient(app);
        aAdmin.signIn(a.adminEmail(), TestClinic.PASSWORD);
        aAdmin.get("/library/new");
        Map<String, String> secret = new java.util.LinkedHashMap<>(exerciseForm());
        secret.put("slug", "alpha-secret-move");
        secret.put("nameEn", "Alpha secret move");
        assertThat(aAdmin.post("/library", secret).statusCode()).isEqualTo(303);

        HttpResponse<String> list = api("GET", "/api/v1/exercises?q=secret", "Bearer " + bKey);
        HttpResponse<String> check = json("/api/v1/stage-check", "Bearer " + bKey, """
                {"date": "2026-11-22", "patient": {"stage": "PREGNANT", "dueDate": "2027-04-01"},
                 "items": [{"exercise": "alpha-secret-move"}]}""");
        HttpResponse<String> ownCheck = json("/api/v1/stage-check", "Bearer sw_alpha-secret", """
                {"date": "2026-11-22", "patient": {"stage": "PREGNANT", "dueDate": "2027-04-01"},
                 "items": [{"exercise": "alpha-secret-move"}]}""");

        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).doesNotContain("alpha-secret-move").doesNotContain("Alpha secret move");
        assertThat(check.statusCode()).isEqualTo(400);
        assertThat(check.body()).contains("items[0].exercise");
        assertThat(ownCheck.statusCode()).as("the same request with A's own key").isEqualTo(200);
    }

    @Test
    void the_api_answers_a_missing_or_revoked_key_with_401_on_every_route() {
        String revoked = "sw_" + Tokens.random();
        long revokedId = app.services().apiKeys.create(b.id(), "gone", Tokens.hash(revoked), "sw_gone", b.adminId(),
                app.clock().instant());
        app.services().apiKeys.revoke(b.id(), revokedId, app.clock().instant());

        for (String authorization : new String[] {null, "Bearer sw_not-a-key", "Bearer " + revoked}) {
            HttpResponse<String> list = api("GET", "/api/v1/exercises", authorization);
            HttpResponse<String> check = json("/api/v1/stage-check", authorization, "{}");

            for (HttpResponse<String> response : List.of(list, check)) {
                assertThat(response.statusCode()).as("%s with %s", response.uri().getPath(), authorization).isEqualTo(401);
                assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
                assertThat(response.body()).contains("\"errors\"").doesNotContain("cat-cow");
            }
        }
    }

    private static HttpResponse<String> json(String path, String authorization, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app.url(path)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return app.send(request.build());
    }

    private static Map<String, String> exerciseForm() {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("slug", "cat-cow");
        fields.put("nameEn", "Hijacked");
        fields.put("position", "STANDING");
        fields.put("kind", "STRENGTHEN");
        fields.put("level", "GENTLE");
        fields.put("sets", "2");
        fields.put("reps", "8");
        fields.put("timesPerDay", "1");
        fields.put("daysPerWeek", "5");
        fields.put("equipment.NONE", "on");
        fields.put("stepsEn", "Stand tall.");
        fields.put("sources", "Clinic");
        fields.put("version", "1");
        return fields;
    }

    private static Map<String, String> patientForm() {
        return Map.of("displayName", "Renamed", "language", "en", "stage", "PREGNANT", "dueDate", "2027-05-01",
                "abdominalSeparation", "NONE", "perinealTrauma", "NONE", "version", "1");
    }

    private static HttpResponse<String> api(String method, String path, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app.url(path)));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if ("GET".equals(method)) {
            request.GET();
        } else {
            request.header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(""));
        }
        return app.send(request.build());
    }

    private static Snapshot snapshotOfA() {
        var services = app.services();
        return new Snapshot(services.clinics.find(a.id()).orElseThrow(), services.users.list(a.id()),
                services.apiKeys.list(a.id()),
                services.auditTrail.page(a.id(), AuditFilter.everything(), 1, 10_000).items().size(),
                services.exercises.all(a.id()), services.exercises.picture(a.id(), aPicture).isPresent(),
                services.patients.find(a.id(), aPatient), services.programmes.forPatient(a.id(), aPatient),
                services.programmeTemplates.find(a.id(), aTemplate), services.sharing.redFlagReports(a.id(), aPatient),
                services.sharing.currentLink(a.id(), aProgramme));
    }
}
