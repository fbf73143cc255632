package com.stagewise.web.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.stagewise.domain.account.NewUser;
import com.stagewise.domain.account.Role;
import com.stagewise.domain.account.User;
import com.stagewise.domain.catalogue.Exercise;
import com.stagewise.domain.programme.PatientDetails;
import com.stagewise.domain.programme.ProgrammeItem;
import com.stagewise.domain.programme.ProgrammeChange;
import com.stagewise.domain.programme.ProgrammeStatus;
import com.stagewise.domain.rules.Verdict;
import com.stagewise.domain.stage.PatientState;
import com.stagewise.domain.stage.RedFlag;
import com.stagewise.persistence.testing.DatabaseKind;
import com.stagewise.persistence.testing.TestDatabases;
import com.stagewise.web.App;
import com.stagewise.web.testing.TestApp;
import com.stagewise.web.testing.TestClinic;
import com.stagewise.web.testing.WebClient;
import io.javalin.Javalin;
import io.javalin.router.Endpoint;
import io.javalin.security.Roles;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every route of {@link App} against every kind of visitor. The table below is the specification:
 * a route added to App.java without a row here fails {@link #the_table_covers_every_route_the_app_registers}.
 */
class RoleMatrixIT {

    /** ADMIN holds both roles, as a clinic's first admin does; ADMIN_ONLY holds the admin role alone. */
    enum Actor { ANONYMOUS, CLINICIAN, ADMIN, ADMIN_ONLY, OTHER_CLINICS_ADMIN }

    /** What a visitor gets back: a status and, for redirects, where to. */
    record Expect(int status, String locationPattern, boolean toSignIn) {

        static Expect ok() {
            return status(200);
        }

        static Expect status(int status) {
            return new Expect(status, null, false);
        }

        static Expect seeOther(String location) {
            return new Expect(303, Pattern.quote(location), false);
        }

        static Expect seeOtherMatching(String regex) {
            return new Expect(303, regex, false);
        }

        static Expect found(String location) {
            return new Expect(302, Pattern.quote(location), false);
        }

        static Expect signIn() {
            return new Expect(303, null, true);
        }

        static Expect forbidden() {
            return status(403);
        }

        static Expect notFound() {
            return status(404);
        }

        static Expect gone() {
            return status(410);
        }
    }

    /** One route of App.java, how to call it, and what each actor gets. */
    record Row(String method, String pattern, Set<Access> access, Supplier<String> path,
            Supplier<Map<String, String>> form, Expect anonymous, Expect clinician, Expect admin, Expect adminOnly,
            Expect otherClinicsAdmin) {

        Expect expected(Actor actor) {
            return switch (actor) {
                case ANONYMOUS -> anonymous;
                case CLINICIAN -> clinician;
                case ADMIN -> admin;
                case ADMIN_ONLY -> adminOnly;
                case OTHER_CLINICS_ADMIN -> otherClinicsAdmin;
            };
        }

        /** The same expectation for everyone. */
        static Row everyone(String method, String pattern, Set<Access> access, Supplier<String> path,
                Supplier<Map<String, String>> form, Expect expect) {
            return new Row(method, pattern, access, path, form, expect, expect, expect, expect, expect);
        }

        String accessText() {
            return access.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        }

        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    private static final String NEW_PASSWORD = "a long and unusual passphrase";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final Set<Access> PUBLIC = Set.of(Access.PUBLIC);
    private static final Set<Access> SIGNED_IN = Set.of(Access.SIGNED_IN);
    private static final Set<Access> ADMIN = Set.of(Access.ADMIN);
    private static final Set<Access> CLINICIAN = Set.of(Access.CLINICIAN);
    private static final Set<Access> CLINICIAN_OR_ADMIN = Set.of(Access.CLINICIAN, Access.ADMIN);
    private static final Set<Access> API_KEY = Set.of(Access.API_KEY);
    private static final Set<Access> SHARE_LINK = Set.of(Access.SHARE_LINK);

    private static TestApp app;
    private static TestClinic north;
    private static TestClinic south;
    /** A North user with the admin role and not the clinician role. */
    private static final String ADMIN_ONLY_EMAIL = "office@north.example";
    /** A North user the admin pages act on, so that no actor's own account is changed. */
    private static long target;
    /** A North user that signs in through the POST /login row. */
    private static final String LOGIN_EMAIL = "login@north.example";
    /** A North user whose set-password links the set-password rows use. */
    private static User invitee;
    /** North's records that the id routes name. */
    private static long exercise;
    private static long picture;
    private static long patient;
    private static long programme;
    private static long clinicTemplate;
    private static long cliniciansOwnTemplate;
    /** An issued programme shared with its patient through {@link #shareToken}, with a picture in it. */
    private static long sharedPatient;
    private static String shareToken;
    private static long sharedPicture;
    private static long redFlagReport;
    private static long importJob;

    @BeforeAll
    static void start() {
        app = TestApp.start(DatabaseKind.H2);
        north = app.createClinic("North");
        south = app.createClinic("South");
        var accounts = app.services().accounts;
        long adminOnly = accounts.invite(north.id(), new NewUser(ADMIN_ONLY_EMAIL, "Office", Set.of(Role.ADMIN))).userId();
        accounts.setDemoPassword(adminOnly, TestClinic.PASSWORD);
        target = accounts.invite(north.id(),
                new NewUser("target@north.example", "Target Person", Set.of(Role.CLINICIAN))).userId();
        long login = accounts.invite(north.id(), new NewUser(LOGIN_EMAIL, "Login Person", Set.of(Role.CLINICIAN))).userId();
        accounts.setDemoPassword(login, TestClinic.PASSWORD);
        long inviteeId = accounts.invite(north.id(),
                new NewUser("invitee@north.example", "Invitee", Set.of(Role.CLINICIAN))).userId();
        invitee = app.services().users.find(north.id(), inviteeId).orElseThrow();

        Instant now = app.clock().instant();
        exercise = app.services().exercises.findBySlug(north.id(), "cat-cow").orElseThrow().id();
        picture = app.services().exercises.savePicture(north.id(), "image/png", png(), now);
        patient = app.services().patients.create(north.id(), new PatientDetails("Nora North", false, "", "en"),
                PatientState.pregnant(LocalDate.parse("2027-04-01")), north.clinicianId(), "North Physio", now);
        programme = app.services().programmes.create(north.id(), patient, new ProgrammeChange("Home programme",
                ProgrammeStatus.DRAFT, List.of(), Verdict.ALLOWED, Optional.empty(), north.clinicianId(),
                "North Physio", now));
        clinicTemplate = newClinicTemplate();
        cliniciansOwnTemplate = app.services().programmeTemplates.create(north.id(), north.clinicianId(),
                "Physio's own", List.of(), now);
        shareAProgramme(now);
        importJob = app.services().libraryImport.jobs().start(north.id(), north.adminId(), 0, now);
    }

    /** The patient's side: an issued programme whose exercise has a picture, a link to it, a red flag she reported. */
    private static void shareAProgramme(Instant now) {
        var exercises = app.services().exercises;
        Exercise bridge = exercises.findBySlug(north.id(), "glute-bridge").orElseThrow();
        sharedPicture = exercises.savePicture(north.id(), "image/png", png(), now);
        int version = exercises.saveNewVersion(north.id(), bridge.id(), bridge.version(), bridge.content(), sharedPicture,
                now).orElseThrow();
        sharedPatient = app.services().patients.create(north.id(), new PatientDetails("Sara Shared", false, "", "en"),
                PatientState.pregnant(LocalDate.parse("2027-04-01")), north.clinicianId(), "North Physio", now);
        long shared = app.services().programmes.create(north.id(), sharedPatient, new ProgrammeChange("Shared programme",
                ProgrammeStatus.ACTIVE, List.of(new ProgrammeItem(bridge.id(), version, bridge.content().defaultDose(), "", "")),
                Verdict.ALLOWED, Optional.empty(), north.clinicianId(), "North Physio", now));
        shareToken = Tokens.random();
        app.services().sharing.createLink(north.id(), shared, Tokens.hash(shareToken), Optional.empty(), "North Physio", now);
        app.services().sharing.reportRedFlags(north.id(), sharedPatient, shared, Set.of(RedFlag.VAGINAL_BLEEDING), now,
                Tokens.random());
        redFlagReport = app.services().sharing.redFlagReports(north.id(), sharedPatient).get(0).id();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    static List<Row> table() {
        Expect ok = Expect.ok();
        Expect signIn = Expect.signIn();
        Expect forbidden = Expect.forbidden();
        Expect notFound = Expect.notFound();
        Expect unauthorised = Expect.status(401);
        Supplier<Map<String, String>> noForm = Map::of;
        Expect signedOut = Expect.seeOther("/login?notice=signed-out");
        return List.of(
                // public pages and forms
                Row.everyone("GET", "/", PUBLIC, () -> "/", noForm, ok),
                Row.everyone("GET", "/health", PUBLIC, () -> "/health", noForm, ok),
                Row.everyone("GET", "/ready", PUBLIC, () -> "/ready", noForm, ok),
                Row.everyone("GET", "/static/css/app.css", PUBLIC, () -> "/static/css/app.css", noForm, ok),
                Row.everyone("GET", "/figures/{figure}/{which}", PUBLIC, () -> "/figures/glute-bridge/start.svg",
                        noForm, ok),
                // a signed-in visitor has no use for the sign-in form and is sent on
                new Row("GET", "/login", PUBLIC, () -> "/login", noForm,
                        ok, Expect.found("/"), Expect.found("/"), Expect.found("/"), Expect.found("/")),
                Row.everyone("POST", "/login", PUBLIC, () -> "/login",
                        () -> Map.of("email", LOGIN_EMAIL, "password", TestClinic.PASSWORD), Expect.seeOther("/")),
                new Row("POST", "/logout", SIGNED_IN, () -> "/logout", noForm, signIn, signedOut, signedOut, signedOut,
                        signedOut),
                Row.everyone("GET", "/set-password/{token}", PUBLIC, RoleMatrixIT::freshLinkPath, noForm, ok),
                Row.everyone("GET", "/set-password/{token}", PUBLIC, () -> "/set-password/not-a-real-token",
                        noForm, Expect.gone()),
                Row.everyone("POST", "/set-password/{token}", PUBLIC, RoleMatrixIT::freshLinkPath,
                        () -> Map.of("password", NEW_PASSWORD, "confirm", NEW_PASSWORD),
                        Expect.seeOther("/login?notice=password-set")),

                // the clinic's administration
                new Row("GET", "/admin/users", ADMIN, () -> "/admin/users", noForm, signIn, forbidden, ok, ok, ok),
                new Row("POST", "/admin/users", ADMIN, () -> "/admin/users", RoleMatrixIT::inviteForm,
                        signIn, forbidden, ok, ok, ok),
                new Row("GET", "/admin/users/{id}", ADMIN, () -> "/admin/users/" + target, noForm,
                        signIn, forbidden, ok, ok, notFound),
                new Row("POST", "/admin/users/{id}", ADMIN, () -> "/admin/users/" + target,
                        () -> Map.of("displayName", "Target Person", "roleClinician", "on", "active", "on"),
                        signIn, forbidden, Expect.seeOther("/admin/users?updated=" + target),
                        Expect.seeOther("/admin/users?updated=" + target), notFound),
                new Row("POST", "/admin/users/{id}/link", ADMIN, () -> "/admin/users/" + target + "/link",
                        noForm, signIn, forbidden, ok, ok, notFound),
                new Row("GET", "/admin/clinic", ADMIN, () -> "/admin/clinic", noForm, signIn, forbidden, ok, ok, ok),
                new Row("POST", "/admin/clinic", ADMIN, () -> "/admin/clinic",
                        () -> Map.of("name", "Clinic " + SEQUENCE.incrementAndGet()), signIn, forbidden,
                        Expect.seeOther("/admin/clinic?saved"), Expect.seeOther("/admin/clinic?saved"),
                        Expect.seeOther("/admin/clinic?saved")),
                new Row("GET", "/admin/api-keys", ADMIN, () -> "/admin/api-keys", noForm,
                        signIn, forbidden, ok, ok, ok),
                new Row("POST", "/admin/api-keys", ADMIN, () -> "/admin/api-keys",
                        () -> Map.of("name", "Key " + SEQUENCE.incrementAndGet()), signIn, forbidden, ok, ok, ok),
                new Row("POST", "/admin/api-keys/{id}/revoke", ADMIN,
                        () -> "/admin/api-keys/" + freshNorthKey() + "/revoke", noForm, signIn, forbidden,
                        Expect.seeOther("/admin/api-keys"), Expect.seeOther("/admin/api-keys"), notFound),
                new Row("GET", "/admin/audit", ADMIN, () -> "/admin/audit", noForm, signIn, forbidden, ok, ok, ok),
                new Row("GET", "/admin/export", ADMIN, () -> "/admin/export", noForm, signIn, forbidden, ok, ok, ok),
                new Row("GET", "/admin/export.json", ADMIN, () -> "/admin/export.json", noForm,
                        signIn, forbidden, ok, ok, ok),

                // the exercise library: read by clinicians and admins, kept by admins
                new Row("GET", "/library", CLINICIAN_OR_ADMIN, () -> "/library", noForm, signIn, ok, ok, ok, ok),
                new Row("GET", "/library/new", ADMIN, () -> "/library/new", noForm, signIn, forbidden, ok, ok, ok),
                new Row("GET", "/library/export.csv", ADMIN, () -> "/library/export.csv", noForm,
                        signIn, forbidden, ok, ok, ok),
                new Row("GET", "/library/export.json", ADMIN, () -> "/library/export.json", noForm,
                        signIn, forbidden, ok, ok, ok),
                new Row("GET", "/library/import", ADMIN, () -> "/library/import", noForm, signIn, forbidden, ok, ok, ok),
                // without a file the form is refused by the handler: proof enough that the visitor got that far
                new Row("POST", "/library/import", ADMIN, () -> "/library/import", noForm, signIn, forbidden,
                        Expect.status(400), Expect.status(400), Expect.status(400)),
                new Row("GET", "/library/import/{jobId}", ADMIN, () -> "/library/import/" + importJob, noForm,
                        signIn, forbidden, ok, ok, notFound),
                new Row("POST", "/library", ADMIN, () -> "/library", () -> exerciseForm("new-" + SEQUENCE.incrementAndGet()),
                        signIn, forbidden, Expect.seeOtherMatching("/library/\\d+\\?saved"),
                        Expect.seeOtherMatching("/library/\\d+\\?saved"),
                        Expect.seeOtherMatching("/library/\\d+\\?saved")),
                new Row("GET", "/library/pictures/{id}", CLINICIAN_OR_ADMIN, () -> "/library/pictures/" + picture, noForm,
                        signIn, ok, ok, ok, notFound),
                new Row("GET", "/library/{id}", CLINICIAN_OR_ADMIN, () -> "/library/" + exercise, noForm,
                        signIn, ok, ok, ok, notFound),
                new Row("GET", "/library/{id}/edit", ADMIN, () -> "/library/" + exercise + "/edit", noForm,
                        signIn, forbidden, ok, ok, notFound),
                new Row("POST", "/library/{id}", ADMIN, () -> "/library/" + exercise, RoleMatrixIT::exerciseUpdateForm,
                        signIn, forbidden, Expect.seeOther("/library/" + exercise + "?saved"),
                        Expect.seeOther("/library/" + exercise + "?saved"), notFound),
                new Row("POST", "/library/{id}/retire", ADMIN, () -> "/library/" + exercise + "/retire", noForm,
                        signIn, forbidden, Expect.seeOther("/library/" + exercise),
                        Expect.seeOther("/library/" + exercise), notFound),
                new Row("POST", "/library/{id}/restore", ADMIN, () -> "/library/" + exercise + "/restore", noForm,
                        signIn, forbidden, Expect.seeOther("/library/" + exercise),
                        Expect.seeOther("/library/" + exercise), notFound),

                // patients and programmes: clinicians only
                new Row("GET", "/dashboard", CLINICIAN, () -> "/dashboard", noForm, signIn, ok, ok, forbidden, ok),
                new Row("POST", "/dashboard/seen", CLINICIAN, () -> "/dashboard/seen",
                        () -> Map.of("kind", "RED_FLAG", "key", "report-" + SEQUENCE.incrementAndGet()),
                        signIn, Expect.seeOther("/dashboard"), Expect.seeOther("/dashboard"), forbidden,
                        Expect.seeOther("/dashboard")),
                new Row("GET", "/patients", CLINICIAN, () -> "/patients", noForm, signIn, ok, ok, forbidden, ok),
                new Row("GET", "/patients/new", CLINICIAN, () -> "/patients/new", noForm, signIn, ok, ok, forbidden, ok),
                new Row("POST", "/patients", CLINICIAN, () -> "/patients", () -> patientForm(null),
                        signIn, Expect.seeOtherMatching("/patients/\\d+"), Expect.seeOtherMatching("/patients/\\d+"),
                        forbidden, Expect.seeOtherMatching("/patients/\\d+")),
                new Row("GET", "/patients/{id}", CLINICIAN, () -> "/patients/" + patient, noForm,
                        signIn, ok, ok, forbidden, notFound),
                new Row("GET", "/patients/{id}/edit", CLINICIAN, () -> "/patients/" + patient + "/edit", noForm,
                        signIn, ok, ok, forbidden, notFound),
                new Row("POST", "/patients/{id}", CLINICIAN, () -> "/patients/" + patient,
                        () -> patientForm(app.services().patients.find(north.id(), patient).orElseThrow().version()),
                        signIn, Expect.seeOther("/patients/" + patient), Expect.seeOther("/patients/" + patient),
                        forbidden, notFound),
                new Row("POST", "/patients/{id}/birth", CLINICIAN, () -> "/patients/" + patient + "/birth",
                        () -> Map.of("deliveryDate", "2026-11-20", "deliveryMode", "VAGINAL"),
                        signIn, Expect.seeOther("/patients/" + patient), Expect.seeOther("/patients/" + patient),
                        forbidden, notFound),
                new Row("POST", "/patients/{id}/programmes", CLINICIAN, () -> "/patients/" + patient + "/programmes",
                        noForm, signIn, Expect.seeOtherMatching("/programmes/\\d+"),
                        Expect.seeOtherMatching("/programmes/\\d+"), forbidden, notFound),
                new Row("GET", "/programmes/{id}", CLINICIAN, () -> "/programmes/" + programme, noForm,
                        signIn, ok, ok, forbidden, notFound),
                new Row("POST", "/programmes/{id}", CLINICIAN, () -> "/programmes/" + programme,
                        () -> Map.of("title", "Home programme", "count", "0", "version", String.valueOf(
                                app.services().programmes.find(north.id(), programme).orElseThrow().version())),
                        signIn, Expect.seeOtherMatching("/programmes/" + programme + "\\?notice=saved.*"),
                        Expect.seeOtherMatching("/programmes/" + programme + "\\?notice=saved.*"), forbidden, notFound),
                new Row("POST", "/programmes/{id}/template", CLINICIAN, () -> "/programmes/" + programme + "/template",
                        () -> Map.of("templateName", "Saved " + SEQUENCE.incrementAndGet()),
                        signIn, Expect.seeOther("/programmes/" + programme + "?notice=template-saved"),
                        Expect.seeOther("/programmes/" + programme + "?notice=template-saved"), forbidden, notFound),
                new Row("GET", "/templates", CLINICIAN, () -> "/templates", noForm, signIn, ok, ok, forbidden, ok),
                new Row("GET", "/templates/{id}", CLINICIAN, () -> "/templates/" + clinicTemplate, noForm,
                        signIn, ok, ok, forbidden, notFound),
                // another clinician's own template is not found, even by an admin of the clinic
                new Row("GET", "/templates/{id}", CLINICIAN, () -> "/templates/" + cliniciansOwnTemplate, noForm,
                        signIn, ok, notFound, forbidden, notFound),
                // a clinic-wide template is changed by admins only
                new Row("POST", "/templates/{id}", CLINICIAN, () -> "/templates/" + clinicTemplate,
                        () -> Map.of("name", "Clinic template", "scope", "clinic"),
                        signIn, forbidden, Expect.seeOther("/templates/" + clinicTemplate), forbidden, notFound),
                new Row("POST", "/templates/{id}/delete", CLINICIAN, () -> "/templates/" + newClinicTemplate() + "/delete",
                        noForm, signIn, forbidden, Expect.seeOther("/templates"), forbidden, notFound),

                new Row("GET", "/programmes/{id}/print", CLINICIAN, () -> "/programmes/" + programme + "/print", noForm,
                        signIn, ok, ok, forbidden, notFound),
                new Row("GET", "/programmes/{id}/pdf", CLINICIAN, () -> "/programmes/" + programme + "/pdf", noForm,
                        signIn, ok, ok, forbidden, notFound),
                new Row("POST", "/programmes/{id}/pdf", CLINICIAN, () -> "/programmes/" + programme + "/pdf",
                        () -> Map.of("token", Tokens.random()), signIn, ok, ok, forbidden, notFound),

                // sharing: the clinician's side is clinicians only, the patient's side is the link itself
                new Row("POST", "/programmes/{id}/share", CLINICIAN, () -> "/programmes/" + programme + "/share", noForm,
                        signIn, Expect.seeOther("/programmes/" + programme + "?notice=share-refused#share"),
                        Expect.seeOther("/programmes/" + programme + "?notice=share-refused#share"), forbidden, notFound),
                new Row("POST", "/programmes/{id}/share/revoke", CLINICIAN,
                        () -> "/programmes/" + programme + "/share/revoke", noForm,
                        signIn, Expect.seeOther("/programmes/" + programme + "?notice=share-revoked#share"),
                        Expect.seeOther("/programmes/" + programme + "?notice=share-revoked#share"), forbidden, notFound),
                new Row("POST", "/patients/{id}/red-flags/{report}/seen", CLINICIAN,
                        () -> "/patients/" + sharedPatient + "/red-flags/" + redFlagReport + "/seen", noForm,
                        signIn, Expect.seeOther("/patients/" + sharedPatient + "#reports"),
                        Expect.seeOther("/patients/" + sharedPatient + "#reports"), forbidden, notFound),
                Row.everyone("GET", "/p/{token}", SHARE_LINK, () -> "/p/" + shareToken, noForm, ok),
                Row.everyone("GET", "/p/{token}", SHARE_LINK, () -> "/p/" + Tokens.random(), noForm, notFound),
                Row.everyone("POST", "/p/{token}/sessions", SHARE_LINK, () -> "/p/" + shareToken + "/sessions",
                        () -> Map.of("pain", "2", "comment", "", "submission", Tokens.random()),
                        Expect.seeOther("/p/" + shareToken + "?logged#sessions")),
                Row.everyone("POST", "/p/{token}/sessions", SHARE_LINK, () -> "/p/" + Tokens.random() + "/sessions",
                        () -> Map.of("pain", "2", "comment", "", "submission", Tokens.random()), notFound),
                Row.everyone("POST", "/p/{token}/red-flags", SHARE_LINK, () -> "/p/" + shareToken + "/red-flags",
                        () -> Map.of("flag.VAGINAL_BLEEDING", "on", "submission", Tokens.random()), ok),
                Row.everyone("GET", "/p/{token}/pictures/{picture}", SHARE_LINK,
                        () -> "/p/" + shareToken + "/pictures/" + sharedPicture, noForm, ok),
                // a picture of the clinic that is not in the shared programme is not behind the link
                Row.everyone("GET", "/p/{token}/pictures/{picture}", SHARE_LINK,
                        () -> "/p/" + shareToken + "/pictures/" + picture, noForm, notFound),

                // the JSON API answers API keys only: a browser session is not enough
                Row.everyone("POST", "/api/v1/stage-check", API_KEY, () -> "/api/v1/stage-check", noForm, unauthorised),
                Row.everyone("GET", "/api/v1/exercises", API_KEY, () -> "/api/v1/exercises", noForm, unauthorised));
    }

    static Stream<Arguments> matrix() {
        return table().stream().flatMap(row -> Arrays.stream(Actor.values())
                .map(actor -> Arguments.of(Named.of(row.toString(), row), actor)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("matrix")
    void every_route_answers_every_actor_as_the_table_says(Row row, Actor actor) {
        WebClient client = clientFor(actor);
        String path = row.path().get();

        HttpResponse<String> response = "GET".equals(row.method()) ? client.get(path) : client.post(path, row.form().get());

        Expect expected = row.expected(actor);
        assertThat(response.statusCode()).as("%s %s as %s", row.method(), path, actor).isEqualTo(expected.status());
        if (expected.toSignIn()) {
            String next = "GET".equals(row.method()) ? path : "/";
            assertThat(response.headers().firstValue("Location"))
                    .hasValue("/login?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
        } else if (expected.locationPattern() != null) {
            assertThat(response.headers().firstValue("Location")).get().asString().matches(expected.locationPattern());
        }
    }

    @ParameterizedTest
    @EnumSource(value = Actor.class, names = {"CLINICIAN", "OTHER_CLINICS_ADMIN"})
    void a_refused_admin_page_shows_nothing_of_the_record(Actor actor) {
        HttpResponse<String> response = clientFor(actor).get("/admin/users/" + target);

        assertThat(response.statusCode()).isIn(403, 404);
        assertThat(response.body()).doesNotContain("target@north.example").doesNotContain("Target Person");
    }

    @Test
    void the_table_covers_every_route_the_app_registers() {
        Javalin unstarted = App.create(TestApp.testConfig(TestDatabases.h2Settings()), app.database(), app.clock());
        Set<String> registered = unstarted.unsafe.internalRouter.allHttpHandlers().stream()
                .map(parsed -> parsed.endpoint)
                .filter(endpoint -> endpoint.method.isHttpMethod())
                .map(RoleMatrixIT::describe)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> covered = table().stream()
                .map(row -> row.method() + " " + row.pattern() + " " + row.accessText())
                .collect(Collectors.toCollection(TreeSet::new));
        // static files are not routes; the rest must match one for one, role included
        covered.remove("GET /static/css/app.css PUBLIC");

        assertThat(registered).containsExactlyElementsOf(covered);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/admin/no-such-page", "/admin/users/1/delete", "/api/v1/no-such-thing", "/no/such/page"})
    void an_address_no_route_claims_is_404_for_every_actor(String path) {
        for (Actor actor : Actor.values()) {
            WebClient client = clientFor(actor);
            assertThat(client.get(path).statusCode()).as("GET %s as %s", path, actor).isEqualTo(404);
            assertThat(client.post(path, Map.of()).statusCode()).as("POST %s as %s", path, actor).isEqualTo(404);
        }
    }

    @Test
    void a_route_registered_without_an_access_role_is_refused_to_everyone() {
        try (TestApp withBareRoute = TestApp.start(TestDatabases.h2Settings(),
                extra -> extra.routes.get("/test/no-role", ctx -> ctx.result("should never be seen")))) {
            HttpResponse<String> response = withBareRoute.get("/test/no-role");

            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(response.body()).doesNotContain("should never be seen");
        }
    }

    @Test
    void an_id_that_is_not_a_positive_number_is_simply_not_found() {
        WebClient admin = clientFor(Actor.ADMIN);

        for (String id : List.of("0", "-1", "abc", "99999999999999999999", "1e3")) {
            assertThat(admin.get("/admin/users/" + id).statusCode()).as("user id %s", id).isEqualTo(404);
            assertThat(admin.post("/admin/api-keys/" + id + "/revoke", Map.of()).statusCode())
                    .as("key id %s", id).isEqualTo(404);
        }
    }

    private static String describe(Endpoint endpoint) {
        Roles roles = endpoint.metadata(Roles.class);
        String role = roles == null ? "(none)" : roles.getRoles().stream().map(String::valueOf)
                .sorted().collect(Collectors.joining(","));
        return endpoint.method.name() + " " + endpoint.path + " " + role;
    }

    private static WebClient clientFor(Actor actor) {
        WebClient client = new WebClient(app);
        String email = switch (actor) {
            case ANONYMOUS -> null;
            case CLINICIAN -> north.clinicianEmail();
            case ADMIN -> north.adminEmail();
            case ADMIN_ONLY -> ADMIN_ONLY_EMAIL;
            case OTHER_CLINICS_ADMIN -> south.adminEmail();
        };
        if (email == null) {
            client.get("/login"); // an anonymous session with a CSRF token, as a browser would have
        } else {
            assertThat(client.signIn(email, TestClinic.PASSWORD).statusCode()).as("sign-in of %s", actor).isEqualTo(303);
            client.get("/"); // a page with the signed-in session's CSRF token
        }
        return client;
    }

    private static String freshLinkPath() {
        String link = app.services().accounts.resetLink(invitee);
        return link.substring(link.indexOf("/set-password/"));
    }

    private static Map<String, String> inviteForm() {
        return Map.of("email", "new" + SEQUENCE.incrementAndGet() + "@example.org", "displayName", "New Person",
                "roleClinician", "on");
    }

    private static long freshNorthKey() {
        return app.services().apiKeys.create(north.id(), "key " + SEQUENCE.incrementAndGet(),
                Tokens.hash(Tokens.random()), "sw_abcdef", north.adminId(), app.clock().instant());
    }

    private static long newClinicTemplate() {
        return app.services().programmeTemplates.create(north.id(), null, "Clinic template", List.of(),
                app.clock().instant());
    }

    private static Map<String, String> exerciseForm(String slug) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("slug", slug);
        fields.put("nameEn", "Calf raise");
        fields.put("position", "STANDING");
        fields.put("kind", "STRENGTHEN");
        fields.put("level", "GENTLE");
        fields.put("sets", "2");
        fields.put("reps", "8");
        fields.put("timesPerDay", "1");
        fields.put("daysPerWeek", "5");
        fields.put("equipment.NONE", "on");
        fields.put("stepsEn", "Stand tall.\nRise onto your toes.\nLower slowly.");
        fields.put("sources", "Clinic");
        return fields;
    }

    private static Map<String, String> exerciseUpdateForm() {
        Map<String, String> fields = exerciseForm("cat-cow");
        fields.put("nameEn", "Cat-cow");
        fields.put("version", String.valueOf(app.services().exercises.find(north.id(), exercise).orElseThrow().version()));
        return fields;
    }

    private static Map<String, String> patientForm(Integer version) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("displayName", "Nora North");
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

    private static byte[] png() {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(2, 2, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(image, "png", out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
