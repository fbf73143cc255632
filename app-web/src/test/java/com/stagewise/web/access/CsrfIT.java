package com.stagewise.web.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.stagewise.domain.account.ApiKey;
import com.stagewise.domain.account.AuditFilter;
import com.stagewise.domain.account.Clinic;
import com.stagewise.domain.account.NewUser;
import com.stagewise.domain.account.Role;
import com.stagewise.domain.account.User;
import com.stagewise.domain.catalogue.Exercise;
import com.stagewise.domain.programme.PatientDetails;
import com.stagewise.domain.programme.Patients;
import com.stagewise.domain.programme.Programme;
import com.stagewise.domain.programme.ProgrammeChange;
import com.stagewise.domain.programme.ProgrammeItem;
import com.stagewise.domain.programme.ProgrammeStatus;
import com.stagewise.domain.programme.ProgrammeTemplate;
import com.stagewise.domain.programme.RedFlagReport;
import com.stagewise.domain.programme.ShareLink;
import com.stagewise.domain.rules.Verdict;
import com.stagewise.domain.stage.DeliveryMode;
import com.stagewise.domain.stage.PatientState;
import com.stagewise.domain.stage.RedFlag;
import com.stagewise.persistence.testing.DatabaseKind;
import com.stagewise.web.programmes.ProgrammeCheck;
import com.stagewise.web.testing.TestApp;
import com.stagewise.web.testing.TestClinic;
import com.stagewise.web.testing.WebClient;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every form that changes something refuses a request without its session's CSRF token, and
 * changes nothing: no user, clinic, key, session or audit row. Each case gets a clinic of its own.
 */
class CsrfIT {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final Map<String, Fixture> SHARED = new java.util.concurrent.ConcurrentHashMap<>();
    private static TestApp app;
    /** The slug of a starter entry the rules allow for the fixture's patient; the same in every clinic. */
    private static String issuableSlug;

    @BeforeAll
    static void start() {
        app = TestApp.start(DatabaseKind.H2);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    /**
     * A clinic made for one case, with one record of each kind to act on: a user, a key, a pending
     * set-password link, an exercise, a patient with a draft and an issued programme, a clinic
     * template and a red flag the patient reported.
     */
    record Fixture(TestClinic clinic, long target, long keyId, String linkPath, long exercise, long patient,
            long draft, long issued, long template, long report) {
    }

    /** One state-changing form: who sends it, where, with what. */
    record Form(String name, boolean signedIn, Function<Fixture, String> path,
            Function<Fixture, Map<String, String>> fields) {

        @Override
        public String toString() {
            return name;
        }
    }

    /** The ways a token can be wrong. */
    enum BadToken {
        MISSING, EMPTY, RANDOM, ANOTHER_SESSIONS_TOKEN, IN_THE_QUERY_STRING_ONLY
    }

    static List<Form> forms() {
        return List.of(
                form("POST /login", false, f -> "/login",
                        f -> Map.of("email", f.clinic().adminEmail(), "password", TestClinic.PASSWORD)),
                form("POST /logout", true, f -> "/logout", f -> Map.of()),
                form("POST /set-password/{token}", false, Fixture::linkPath,
                        f -> Map.of("password", "a long and unusual passphrase", "confirm", "a long and unusual passphrase")),
                form("POST /admin/users (invite)", true, f -> "/admin/users",
                        f -> Map.of("email", "invited" + f.target() + "@example.org", "displayName", "Invited",
                                "roleAdmin", "on")),
                form("POST /admin/users/{id} (update)", true, f -> "/admin/users/" + f.target(),
                        f -> Map.of("displayName", "Changed Name", "roleAdmin", "on", "active", "on")),
                form("POST /admin/users/{id}/link (new link)", true, f -> "/admin/users/" + f.target() + "/link",
                        f -> Map.of()),
                form("POST /admin/clinic (update)", true, f -> "/admin/clinic", f -> Map.of("name", "Renamed Clinic")),
                form("POST /admin/api-keys (create)", true, f -> "/admin/api-keys", f -> Map.of("name", "Planted key")),
                form("POST /admin/api-keys/{id}/revoke", true, f -> "/admin/api-keys/" + f.keyId() + "/revoke",
                        f -> Map.of()),
                form("POST /library (create)", true, f -> "/library", f -> exerciseForm("planted-move", null)),
                form("POST /library/{id} (new version)", true, f -> "/library/" + f.exercise(),
                        f -> exerciseForm("cat-cow", app.services().exercises.find(f.clinic().id(), f.exercise())
                                .orElseThrow().version())),
                form("POST /library/{id}/retire", true, f -> "/library/" + f.exercise() + "/retire", f -> Map.of()),
                form("POST /patients (create)", true, f -> "/patients", f -> patientForm(null)),
                form("POST /patients/{id} (update)", true, f -> "/patients/" + f.patient(),
                        f -> patientForm(app.services().patients.find(f.clinic().id(), f.patient()).orElseThrow().version())),
                form("POST /patients/{id}/birth", true, f -> "/patients/" + f.patient() + "/birth",
                        f -> Map.of("deliveryDate", "2026-11-20", "deliveryMode", "VAGINAL")),
                form("POST /patients/{id}/programmes", true, f -> "/patients/" + f.patient() + "/programmes",
                        f -> Map.of()),
                form("POST /programmes/{id} (save)", true, f -> "/programmes/" + f.draft(),
                        f -> Map.of("title", "Renamed programme", "count", "0", "version", String.valueOf(
                                app.services().programmes.find(f.clinic().id(), f.draft()).orElseThrow().version()))),
                form("POST /programmes/{id}/template", true, f -> "/programmes/" + f.draft() + "/template",
                        f -> Map.of("templateName", "Planted template", "scope", "clinic")),
                form("POST /programmes/{id}/share", true, f -> "/programmes/" + f.issued() + "/share",
                        f -> Map.of("expiresInDays", "7")),
                form("POST /programmes/{id}/share/revoke", true, f -> "/programmes/" + f.issued() + "/share/revoke",
                        f -> Map.of()),
                form("POST /patients/{id}/red-flags/{report}/seen", true,
                        f -> "/patients/" + f.patient() + "/red-flags/" + f.report() + "/seen", f -> Map.of()),
                form("POST /templates/{id} (update)", true, f -> "/templates/" + f.template(),
                        f -> Map.of("name", "Renamed template", "scope", "clinic")),
                form("POST /templates/{id}/delete", true, f -> "/templates/" + f.template() + "/delete", f -> Map.of()),
                form("POST /dashboard/seen", true, f -> "/dashboard/seen",
                        f -> Map.of("kind", "RED_FLAG", "key", String.valueOf(f.report()))));
    }

    private static Form form(String name, boolean signedIn, Function<Fixture, String> path,
            Function<Fixture, Map<String, String>> fields) {
        return new Form(name, signedIn, path, fields);
    }

    static Stream<Arguments> formsWithBadTokens() {
        return forms().stream().flatMap(form -> Arrays.stream(BadToken.values())
                .map(bad -> Arguments.of(Named.of(form.name(), form), bad)));
    }

    @ParameterizedTest(name = "{0} with token {1}")
    @MethodSource("formsWithBadTokens")
    void a_form_without_its_sessions_token_is_refused_and_changes_nothing(Form form, BadToken bad) {
        // a refused form changes nothing, so the cases of one form can share its fixture
        Fixture fixture = SHARED.computeIfAbsent(form.name(), name -> fixture());
        WebClient client = clientFor(form, fixture);
        String path = form.path().apply(fixture);
        Map<String, String> fields = form.fields().apply(fixture);
        State before = state(fixture);

        HttpResponse<String> response = switch (bad) {
            case MISSING -> client.postRaw(path, fields);
            case EMPTY -> client.postRaw(path, with(fields, ""));
            case RANDOM -> client.postRaw(path, with(fields, Tokens.random()));
            case ANOTHER_SESSIONS_TOKEN -> client.postRaw(path, with(fields, anotherSessionsToken()));
            case IN_THE_QUERY_STRING_ONLY -> client.postRaw(path + "?_csrf=" + client.csrf(), fields);
        };

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("This form has expired").contains("Nothing was changed");
        assertThat(state(fixture)).isEqualTo(before);
        assertThat(signedIn(client)).as("signed in after the refused form").isEqualTo(form.signedIn());
    }

    /** The control: the very same forms with the right token do change something, so the 403 above is the token's doing. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void the_same_form_with_its_sessions_token_goes_through(Form form) {
        Fixture fixture = fixture();
        WebClient client = clientFor(form, fixture);
        State before = state(fixture);

        HttpResponse<String> response = client.post(form.path().apply(fixture), form.fields().apply(fixture));

        assertThat(response.statusCode()).isIn(200, 303);
        assertThat(state(fixture)).isNotEqualTo(before);
    }

    @ParameterizedTest
    @EnumSource(value = BadToken.class, names = {"MISSING", "RANDOM"})
    void a_refused_sign_in_does_not_count_as_a_failed_password(BadToken bad) {
        Fixture fixture = fixture();
        WebClient client = new WebClient(app);
        client.get("/login");
        Map<String, String> wrongPassword = Map.of("email", fixture.clinic().adminEmail(), "password", "wrong");
        for (int i = 0; i < 6; i++) {
            client.postRaw("/login", bad == BadToken.MISSING ? wrongPassword : with(wrongPassword, Tokens.random()));
        }

        assertThat(client.signIn(fixture.clinic().adminEmail(), TestClinic.PASSWORD).statusCode()).isEqualTo(303);
    }

    // --- helpers --------------------------------------------------------------------------------

    /** Everything a form of the fixture's clinic could change. */
    record State(Clinic clinic, List<User> users, List<ApiKey> keys, int auditRows, boolean linkUsable,
            List<Exercise> exercises, List<Patients.PatientSummary> patients, List<Programme> programmes,
            List<ProgrammeTemplate> templates, List<RedFlagReport> reports, Optional<ShareLink> link) {
    }

    private static State state(Fixture fixture) {
        long clinicId = fixture.clinic().id();
        var services = app.services();
        return new State(services.clinics.find(clinicId).orElseThrow(), services.users.list(clinicId),
                services.apiKeys.list(clinicId),
                services.auditTrail.page(clinicId, AuditFilter.everything(), 1, 10_000).items().size(),
                app.get(fixture.linkPath()).statusCode() == 200,
                services.exercises.all(clinicId), services.patients.search(clinicId, "", 1, 100).items(),
                services.programmes.forPatient(clinicId, fixture.patient()),
                services.programmeTemplates.visibleTo(clinicId, fixture.clinic().adminId()),
                services.sharing.redFlagReports(clinicId, fixture.patient()),
                services.sharing.currentLink(clinicId, fixture.issued()));
    }

    private static Fixture fixture() {
        var services = app.services();
        Instant now = app.clock().instant();
        TestClinic clinic = app.createClinic("Csrf " + SEQUENCE.incrementAndGet());
        String email = "target" + SEQUENCE.incrementAndGet() + "@example.org";
        var invited = services.accounts.invite(clinic.id(), new NewUser(email, "Target", Set.of(Role.CLINICIAN)));
        long keyId = services.apiKeys.create(clinic.id(), "Booking system", Tokens.hash(Tokens.random()),
                "sw_abcdef", clinic.adminId(), now);
        String link = invited.setPasswordLink();
        long exercise = services.exercises.findBySlug(clinic.id(), "cat-cow").orElseThrow().id();
        // months after an uneventful birth, cleared for exercise: some library entry is allowed outright
        PatientState facts = PatientState.postpartum(LocalDate.parse("2026-03-01"), DeliveryMode.VAGINAL)
                .withMedicalClearance(LocalDate.parse("2026-04-15"));
        long patient = services.patients.create(clinic.id(), new PatientDetails("Paula Patient", false, "", "en"), facts,
                clinic.clinicianId(), "Physio", now);
        long draft = services.programmes.create(clinic.id(), patient, programme("Draft", ProgrammeStatus.DRAFT, List.of(),
                clinic));
        long issued = services.programmes.create(clinic.id(), patient, programme("Issued", ProgrammeStatus.ACTIVE,
                List.of(issuableItem(clinic.id(), facts)), clinic));
        services.sharing.createLink(clinic.id(), issued, Tokens.hash(Tokens.random()), Optional.empty(), "Physio", now);
        services.sharing.reportRedFlags(clinic.id(), patient, issued, Set.of(RedFlag.HEAVY_BLEEDING), now, Tokens.random());
        long report = services.sharing.redFlagReports(clinic.id(), patient).get(0).id();
        long template = services.programmeTemplates.create(clinic.id(), null, "Clinic template", List.of(), now);
        return new Fixture(clinic, invited.userId(), keyId, link.substring(link.indexOf("/set-password/")), exercise,
                patient, draft, issued, template, report);
    }

    private static ProgrammeChange programme(String title, ProgrammeStatus status, List<ProgrammeItem> items,
            TestClinic clinic) {
        return new ProgrammeChange(title, status, items, Verdict.ALLOWED, Optional.empty(), clinic.clinicianId(),
                "Physio", app.clock().instant());
    }

    /** A library entry the rules let through for these facts, so the programme can be shared. */
    private static ProgrammeItem issuableItem(long clinicId, PatientState facts) {
        if (issuableSlug == null) {
            ProgrammeCheck check = new ProgrammeCheck(app.services().exercises, app.services().stageCheck);
            LocalDate today = LocalDate.now(app.clock());
            issuableSlug = app.services().exercises.all(clinicId).stream()
                    .filter(e -> check.check(clinicId, facts, List.of(item(e)), today).canIssue())
                    .map(e -> e.content().slug())
                    .findFirst().orElseThrow(() -> new AssertionError("no library entry can be issued for these facts"));
        }
        return item(app.services().exercises.findBySlug(clinicId, issuableSlug).orElseThrow());
    }

    private static ProgrammeItem item(Exercise exercise) {
        return new ProgrammeItem(exercise.id(), exercise.version(), exercise.content().defaultDose(), "", "");
    }

    private static Map<String, String> exerciseForm(String slug, Integer version) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("slug", slug);
        fields.put("nameEn", "Planted name");
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
        if (version != null) {
            fields.put("version", String.valueOf(version));
        }
        return fields;
    }

    private static Map<String, String> patientForm(Integer version) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("displayName", "Planted Patient");
        fields.put("language", "en");
        fields.put("stage", "PREGNANT");
        fields.put("dueDate", "2027-04-01");
        fields.put("abdominalSeparation", "NONE");
        fields.put("perinealTrauma", "NONE");
        if (version != null) {
            fields.put("version", String.valueOf(version));
        }
        return fields;
    }

    private static WebClient clientFor(Form form, Fixture fixture) {
        WebClient client = new WebClient(app);
        if (form.signedIn()) {
            assertThat(client.signIn(fixture.clinic().adminEmail(), TestClinic.PASSWORD).statusCode()).isEqualTo(303);
            client.get("/admin/users");
        } else if (form.path().apply(fixture).startsWith("/set-password/")) {
            client.get(form.path().apply(fixture));
        } else {
            client.get("/login");
        }
        assertThat(client.csrf()).isNotBlank();
        return client;
    }

    private static Map<String, String> with(Map<String, String> fields, String token) {
        Map<String, String> withToken = new LinkedHashMap<>(fields);
        withToken.put("_csrf", token);
        return withToken;
    }

    private static String anotherSessionsToken() {
        WebClient other = new WebClient(app);
        other.get("/login");
        return other.csrf();
    }

    private static boolean signedIn(WebClient client) {
        return client.get("/admin/users").statusCode() == 200;
    }
}
