package com.stagewise.web.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.stagewise.domain.catalogue.Exercise;
import com.stagewise.domain.catalogue.LibraryQuery;
import com.stagewise.domain.programme.Programme;
import com.stagewise.domain.programme.ProgrammeStatus;
import com.stagewise.persistence.testing.TestDatabases;
import com.stagewise.web.DemoData;
import com.stagewise.web.Services;
import com.stagewise.web.access.Tokens;
import com.stagewise.web.programmes.ProgrammeCheck;
import com.stagewise.web.testing.TestApp;
import com.stagewise.web.testing.WebClient;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/** The generator with small counts on a fresh H2 database, and the pages the benchmark opens on its data. */
class DataGeneratorIT {

    private static final GeneratorOptions TINY = new GeneratorOptions("Tiny Bench Clinic", 60, 12, 40, 700, 100, 7, false);

    @Test
    void fills_a_new_clinic_with_the_counts_asked_for_in_batches_and_the_pages_open_on_it() {
        try (TestApp app = TestApp.start(TestDatabases.h2Settings(), extra -> { })) {
            ByteArrayOutputStream printed = new ByteArrayOutputStream();
            DataGenerator.Result result = generator(app, printed).run(TINY);
            long clinic = result.clinicId();
            Jdbi jdbi = app.database().jdbi();

            assertThat(count(jdbi, "SELECT COUNT(*) FROM exercise WHERE clinic_id = ?", clinic)).isEqualTo(60);
            assertThat(count(jdbi, "SELECT COUNT(*) FROM exercise_version WHERE clinic_id = ?", clinic)).isEqualTo(60);
            assertThat(count(jdbi, "SELECT COUNT(DISTINCT exercise_id) FROM exercise_term WHERE clinic_id = ?", clinic))
                    .isEqualTo(60);
            assertThat(count(jdbi, "SELECT COUNT(*) FROM patient WHERE clinic_id = ?", clinic)).isEqualTo(12);
            assertThat(count(jdbi, "SELECT COUNT(*) FROM patient p JOIN patient_facts f ON f.id = p.current_facts_id "
                    + "AND f.patient_id = p.id WHERE p.clinic_id = ?", clinic)).isEqualTo(12);
            assertThat(count(jdbi, "SELECT COUNT(*) FROM patient_facts WHERE clinic_id = ?", clinic)).isGreaterThan(12);
            // only the row each patient points at is flagged current, as the app keeps it
            assertThat(count(jdbi, "SELECT COUNT(*) FROM patient_facts f JOIN patient p ON p.id = f.patient_id "
                    + "WHERE f.clinic_id = ? AND f.is_current <> (p.current_facts_id = f.id)", clinic)).isZero();
            assertThat(count(jdbi, "SELECT COUNT(*) FROM programme WHERE clinic_id = ?", clinic)).isEqualTo(40);
            assertThat(count(jdbi, "SELECT COUNT(*) FROM programme WHERE clinic_id = ? AND status = 'ACTIVE'", clinic))
                    .isBetween(8L, 32L);
            assertThat(count(jdbi, "SELECT COUNT(*) FROM programme WHERE clinic_id = ? AND (status = 'DRAFT') <> "
                    + "(issued_at IS NULL OR issued_verdict IS NULL)", clinic)).isZero();
            assertThat(count(jdbi, "SELECT COUNT(*) FROM (SELECT programme_id FROM programme_item i JOIN programme g "
                    + "ON g.id = i.programme_id WHERE g.clinic_id = ? GROUP BY programme_id HAVING COUNT(*) < 5 "
                    + "OR COUNT(*) > 20) x", clinic)).isZero();
            // an issued programme holds nothing blocked without a written reason (checked below with the rules)
            assertThat(count(jdbi, "SELECT COUNT(*) FROM exercise_session WHERE clinic_id = ?", clinic)).isEqualTo(700);
            assertThat(count(jdbi, "SELECT COUNT(*) FROM exercise_session WHERE clinic_id = ? AND (pain < 0 OR pain > 10)",
                    clinic)).isZero();
            assertThat(count(jdbi, "SELECT COUNT(*) FROM share_link WHERE clinic_id = ?", clinic)).isGreaterThan(1);
            assertThat(count(jdbi, "SELECT COUNT(*) FROM share_open o JOIN share_link l ON l.id = o.share_link_id "
                    + "WHERE l.clinic_id = ?", clinic)).isPositive();
            // each link carries its own count and last open, as the app keeps them
            assertThat(count(jdbi, "SELECT COUNT(*) FROM share_link l WHERE l.clinic_id = ? AND (l.open_count <> "
                    + "(SELECT COUNT(*) FROM share_open o WHERE o.share_link_id = l.id) OR l.last_opened_at IS DISTINCT FROM "
                    + "(SELECT MAX(o.opened_at) FROM share_open o WHERE o.share_link_id = l.id))", clinic)).isZero();

            String out = printed.toString(StandardCharsets.UTF_8);
            assertThat(out).contains("exercises 32/32 (100%)", "programmes 38/38 (100%)", "sessions 700/700 (100%)");
            ByteArrayOutputStream lines = new ByteArrayOutputStream();
            result.print(new PrintStream(lines, true, StandardCharsets.UTF_8));
            assertThat(lines.toString(StandardCharsets.UTF_8)).contains("BENCH_SHARE_TOKEN=" + result.shareToken() + "\n",
                    "BENCH_BUILDER_PROGRAMME_ID=" + result.builderProgrammeId() + "\n");
            assertThat(result.adminEmail()).isEqualTo("admin@tiny-bench-clinic.bench.example");

            Services services = app.services();
            LocalDate today = LocalDate.now(app.clock());
            ProgrammeCheck check = new ProgrammeCheck(services.exercises, services.stageCheck);
            for (var summary : services.patients.search(clinic, "", 1, 50).items()) {
                for (Programme programme : services.programmes.forPatient(clinic, summary.patient().id())) {
                    var checked = check.check(clinic, summary.patient().facts(), programme.items(), today);
                    assertThat(checked.items()).hasSize(programme.items().size());
                }
            }

            var link = services.sharing.findByTokenHash(Tokens.hash(result.shareToken())).orElseThrow();
            assertThat(link.programmeId()).isEqualTo(result.sharedProgrammeId());
            Programme shared = services.programmes.find(clinic, result.sharedProgrammeId()).orElseThrow();
            assertThat(shared.status()).isEqualTo(ProgrammeStatus.ACTIVE);
            assertThat(shared.items()).hasSize(12);
            var patient = services.patients.find(clinic, shared.patientId()).orElseThrow();
            assertThat(check.check(clinic, patient.facts(), shared.items(), today).canIssue()).isTrue();
            assertThat(services.programmes.find(clinic, result.builderProgrammeId()).orElseThrow().items()).hasSize(20);

            // the generated words are found by the library search, as the app indexes them
            var bridges = services.exercises.search(clinic, LibraryQuery.text("bridge"), 1, 100).items();
            assertThat(bridges).extracting(Exercise::slug).anyMatch(slug -> slug.startsWith("g"));
            Exercise generated = bridges.stream().filter(e -> e.slug().startsWith("g")).findFirst().orElseThrow();
            Set<String> ours = terms(jdbi, generated.id());
            services.exercises.saveNewVersion(clinic, generated.id(), generated.version(), generated.content(), null,
                    app.clock().instant());
            assertThat(terms(jdbi, generated.id())).isEqualTo(ours);

            // the pages the benchmark measures answer on this data; each view of the patient's page counts
            int opensBefore = link.opens();
            app.clock().advance(Duration.ofMinutes(2));
            assertThat(app.get("/p/" + result.shareToken()).statusCode()).isEqualTo(200);
            app.clock().advance(Duration.ofSeconds(59));
            assertThat(app.get("/p/" + result.shareToken()).statusCode()).as("the same visit").isEqualTo(200);
            app.clock().advance(Duration.ofSeconds(2));
            assertThat(app.get("/p/" + result.shareToken()).statusCode()).as("a new visit").isEqualTo(200);
            var opened = services.sharing.findByTokenHash(Tokens.hash(result.shareToken())).orElseThrow();
            assertThat(opened.opens()).isEqualTo(opensBefore + 2);
            assertThat(opened.lastOpenedAt()).contains(app.clock().instant());
            assertThat(count(jdbi, "SELECT COUNT(*) FROM share_open WHERE share_link_id = ?", link.id()))
                    .isEqualTo((long) opened.opens());
            WebClient admin = new WebClient(app);
            assertThat(admin.signIn(result.adminEmail(), result.adminPassword()).statusCode()).isEqualTo(303);
            assertThat(admin.get("/programmes/" + result.builderProgrammeId()).statusCode()).isEqualTo(200);
            assertThat(admin.get("/dashboard?scope=clinic").statusCode()).isEqualTo(200);
            var library = admin.get("/library?q=bridge");
            assertThat(library.statusCode()).isEqualTo(200);
            assertThat(library.body()).containsIgnoringCase("bridge");
            WebClient physio = new WebClient(app);
            assertThat(physio.signIn(result.clinicianEmail(), DataGenerator.PASSWORD).statusCode()).isEqualTo(303);

            // a second run with the same name is refused, and writes nothing
            assertThatThrownBy(() -> generator(app, new ByteArrayOutputStream()).run(TINY))
                    .isInstanceOf(DataGenerator.Refused.class).hasMessageContaining("already exists");
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int status = DataGenerator.command(new String[] {"generate-data", "--clinic", "tiny bench clinic"},
                    services, app.database(), TestApp.testConfig(TestDatabases.h2Settings()), app.clock(),
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            assertThat(status).isEqualTo(65);
            assertThat(count(jdbi, "SELECT COUNT(*) FROM clinic", null)).isEqualTo(1);
        }
    }

    @Test
    void demo_mode_loads_the_demo_clinic_and_adds_the_benchmark_programmes_to_it() {
        try (TestApp app = TestApp.start(TestDatabases.h2Settings(), extra -> { })) {
            DataGenerator.Result result = generator(app, new ByteArrayOutputStream())
                    .run(GeneratorOptions.parse(List.of("--demo")));
            assertThat(app.services().clinics.find(result.clinicId()).orElseThrow().name()).isEqualTo(DemoData.CLINIC_NAME);
            assertThat(result.adminEmail()).isEqualTo(DemoData.ADMIN_EMAIL);
            Programme shared = app.services().programmes.find(result.clinicId(), result.sharedProgrammeId()).orElseThrow();
            assertThat(shared.items()).hasSize(12);
            assertThat(shared.status()).isEqualTo(ProgrammeStatus.ACTIVE);
            assertThat(app.services().programmes.find(result.clinicId(), result.builderProgrammeId()).orElseThrow().items())
                    .hasSize(20);
            assertThat(app.get("/p/" + result.shareToken()).statusCode()).isEqualTo(200);
            assertThat(app.get("/p/" + result.shareToken()).body()).contains("Maya Benchmark");
        }
    }

    private static DataGenerator generator(TestApp app, ByteArrayOutputStream printed) {
        return new DataGenerator(app.services(), app.database(), TestApp.testConfig(TestDatabases.h2Settings()), app.clock(),
                new PrintStream(printed, true, StandardCharsets.UTF_8));
    }

    private static long count(Jdbi jdbi, String sql, Long clinic) {
        return jdbi.withHandle(h -> {
            var query = h.createQuery(sql);
            if (clinic != null) {
                query.bind(0, clinic);
            }
            return query.mapTo(Long.class).one();
        });
    }

    private static Set<String> terms(Jdbi jdbi, long exerciseId) {
        return new HashSet<>(jdbi.withHandle(h -> h.createQuery("SELECT term FROM exercise_term WHERE exercise_id = :id")
                .bind("id", exerciseId).mapTo(String.class).list()));
    }
}
