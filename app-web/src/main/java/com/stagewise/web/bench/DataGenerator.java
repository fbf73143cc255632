package com.stagewise.web.bench;

import com.stagewise.domain.account.Clinic;
import com.stagewise.domain.account.ClinicDetails;
import com.stagewise.domain.account.NewUser;
import com.stagewise.domain.account.Role;
import com.stagewise.domain.account.User;
import com.stagewise.domain.catalogue.Dose;
import com.stagewise.domain.catalogue.Exercise;
import com.stagewise.domain.catalogue.ExerciseAttributes;
import com.stagewise.domain.catalogue.ExerciseContent;
import com.stagewise.domain.catalogue.Texts;
import com.stagewise.domain.programme.PatientDetails;
import com.stagewise.domain.programme.ProgrammeChange;
import com.stagewise.domain.programme.ProgrammeItem;
import com.stagewise.domain.programme.ProgrammeStatus;
import com.stagewise.domain.rules.CheckItem;
import com.stagewise.domain.rules.Finding;
import com.stagewise.domain.rules.ProgrammeEvaluation;
import com.stagewise.domain.rules.StageCheck;
import com.stagewise.domain.rules.Verdict;
import com.stagewise.domain.stage.PatientState;
import com.stagewise.domain.stage.Stage;
import com.stagewise.persistence.Database;
import com.stagewise.persistence.Timestamps;
import com.stagewise.persistence.catalogue.SearchTerms;
import com.stagewise.persistence.programme.JdbiPatients;
import com.stagewise.web.Config;
import com.stagewise.web.DemoData;
import com.stagewise.web.Services;
import com.stagewise.web.access.AccountService;
import com.stagewise.web.access.Tokens;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * {@code generate-data}: fills the configured database with a large clinic for the benchmark —
 * exercises with their search terms, patients at every stage with their facts, programmes with
 * items, share links and their opens, and logged sessions — with JDBC batches, one transaction per
 * batch, printing its progress. It also makes what the benchmark opens: an active 12-exercise
 * programme with a share link, and a 20-exercise programme for the builder. {@code --demo} adds only
 * those two to the demo clinic. Rows go in through SQL that mirrors the Jdbi adapters; the accounts,
 * the starter catalogue and the benchmark's own programmes go through the app's services.
 */
public final class DataGenerator {

    public static final String COMMAND = "generate-data";
    /** The generated accounts' password: public, like the demo passwords. */
    public static final String PASSWORD = "bench-password-1";
    static final int SHARED_ITEMS = 12;
    static final int BUILDER_ITEMS = 20;
    static final String OVERRIDE_REASON = "Discussed in clinic: done gently, within comfort.";
    /** Terms per generated exercise, about: sizes the exercise batches. */
    private static final double TERMS_PER_EXERCISE = 15;
    private static final double ITEMS_PER_PROGRAMME = 12.5;

    private final Services services;
    private final Jdbi jdbi;
    private final Config config;
    private final Clock clock;
    private final PrintStream out;
    private final StageCheck stageCheck;

    public DataGenerator(Services services, Database database, Config config, Clock clock, PrintStream out) {
        this.services = services;
        this.jdbi = database.jdbi();
        this.config = config;
        this.clock = clock;
        this.out = out;
        this.stageCheck = services.stageCheck;
    }

    /** What the benchmark needs to know; {@link #print} writes it as {@code BENCH_…=} lines a shell can source. */
    public record Result(long clinicId, String adminEmail, String adminPassword, String clinicianEmail,
            String shareToken, long sharedProgrammeId, long builderProgrammeId, long millis) {

        public void print(PrintStream out) {
            out.println("BENCH_CLINIC_ID=" + clinicId);
            out.println("BENCH_ADMIN_EMAIL=" + adminEmail);
            out.println("BENCH_PASSWORD=" + adminPassword);
            out.println("BENCH_CLINICIAN_EMAIL=" + clinicianEmail);
            out.println("BENCH_SHARE_TOKEN=" + shareToken);
            out.println("BENCH_SHARED_PROGRAMME_ID=" + sharedProgrammeId);
            out.println("BENCH_BUILDER_PROGRAMME_ID=" + builderProgrammeId);
            out.println("BENCH_GENERATE_SECONDS=" + String.format(Locale.ROOT, "%.1f", millis / 1000.0));
        }
    }

    /** The generator refuses to write, with one line for the operator. */
    public static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    /** The command line entry: {@code args[0]} is the command name. Exit codes as the other commands. */
    public static int command(String[] args, Services services, Database database, Config config, Clock clock,
            PrintStream out, PrintStream err) {
        GeneratorOptions options;
        try {
            options = GeneratorOptions.parse(Arrays.asList(args).subList(1, args.length));
        } catch (GeneratorOptions.UsageException e) {
            err.println("stagewise: " + e.getMessage());
            return 64;
        }
        try {
            DataGenerator generator = new DataGenerator(services, database, config, clock, out);
            Result result = generator.run(options);
            if (isH2File(config.database().url())) {
                result = generator.compact(result);
            }
            result.print(out);
            return 0;
        } catch (Refused e) {
            err.println("stagewise: " + e.getMessage());
            return 65;
        }
    }

    static boolean isH2File(String url) {
        return url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:mem:");
    }

    /**
     * H2 keeps the old copies of every page a batch rewrote until it compacts: after a large run the
     * file is many times its data (about 4 GB for 0.25 GB here), which slows every later start.
     * {@code SHUTDOWN COMPACT} rewrites it; the database is closed afterwards, so this is the last step.
     */
    Result compact(Result result) {
        long started = System.nanoTime();
        out.println("compacting the H2 file (SHUTDOWN COMPACT)");
        var settings = config.database();
        // on a connection of its own: the pool's connections end with the database, and Jdbi cannot tell
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(settings.url(), settings.user(),
                settings.password()); java.sql.Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN COMPACT");
        } catch (java.sql.SQLException e) {
            // 90121 "database is already closed" comes from closing the statement after the shutdown
            if (e.getErrorCode() != 90121) {
                throw new IllegalStateException("SHUTDOWN COMPACT failed: " + e.getMessage(), e);
            }
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        out.println("compacted in " + String.format(Locale.ROOT, "%.1f s", millis / 1000.0));
        return new Result(result.clinicId(), result.adminEmail(), result.adminPassword(), result.clinicianEmail(),
                result.shareToken(), result.sharedProgrammeId(), result.builderProgrammeId(), result.millis() + millis);
    }

    public Result run(GeneratorOptions options) {
        return options.demo() ? demo(options) : large(options);
    }

    /** A library entry as the generator needs it to build programmes. */
    record Entry(long id, int version, String slug, ExerciseAttributes attributes, Dose dose) {
        CheckItem checkItem() {
            return CheckItem.of(slug, attributes, dose);
        }
    }

    private record GeneratedPatient(long id, StageMix.Profile profile) {
    }

    /** The programmes patients can log sessions against: issued ones, with when they were issued. */
    private static final class Issued {
        long[] programme = new long[1024];
        long[] patient = new long[1024];
        long[] issuedAt = new long[1024];
        int size;

        void add(long programmeId, long patientId, Instant at) {
            if (size == programme.length) {
                programme = Arrays.copyOf(programme, size * 2);
                patient = Arrays.copyOf(patient, size * 2);
                issuedAt = Arrays.copyOf(issuedAt, size * 2);
            }
            programme[size] = programmeId;
            patient[size] = patientId;
            issuedAt[size] = at.getEpochSecond();
            size++;
        }
    }

    // ---------------------------------------------------------------- the large clinic

    private Result large(GeneratorOptions o) {
        long started = System.nanoTime();
        boolean taken = services.clinics.all().stream().anyMatch(c -> c.name().equalsIgnoreCase(o.clinic()));
        if (taken) {
            throw new Refused("--clinic: a clinic named '" + o.clinic() + "' already exists; generate-data only "
                    + "writes a new clinic (use another name or a fresh database)");
        }
        for (String email : List.of(o.adminEmail(), o.clinicianEmail())) {
            if (services.users.findByEmail(email).isPresent()) {
                throw new Refused("an account " + email + " already exists; use another --clinic name");
            }
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        SplittableRandom random = new SplittableRandom(o.seed());

        out.println("clinic '" + o.clinic() + "': accounts and starter catalogue");
        AccountService.Created admin = services.accounts.createClinic(new ClinicDetails(o.clinic(),
                "1 Benchmark Road, Sampletown", "+44 1632 960999", ""), o.adminEmail(), o.clinic() + " Admin");
        long clinicId = admin.clinicId();
        services.accounts.setDemoPassword(admin.userId(), PASSWORD);
        services.audit.record(clinicId, null, "CLINIC_CREATED", "clinic", clinicId, o.clinic() + " (generate-data)");
        String physioName = o.clinic() + " Physio";
        AccountService.Created physio = services.accounts.invite(clinicId,
                new NewUser(o.clinicianEmail(), physioName, Set.of(Role.CLINICIAN)));
        services.accounts.setDemoPassword(physio.userId(), PASSWORD);
        long[] clinicians = {physio.userId(), physio.userId(), physio.userId(), physio.userId(), admin.userId()};
        String[] clinicianNames = {physioName, physioName, physioName, physioName, o.clinic() + " Admin"};

        List<Entry> library = exercises(clinicId, o, random, now);
        List<GeneratedPatient> patients = patients(clinicId, o, random, today, clinicians, clinicianNames);
        Issued issued = new Issued();
        Fixture fixture = fixture(clinicId, physio.userId(), physioName, library, random, today, now);
        issued.add(fixture.sharedProgrammeId, fixture.patientId, now.minusSeconds(14 * 86_400L));
        programmes(clinicId, o, random, today, now, library, patients, clinicians, clinicianNames, issued);
        sessions(clinicId, o, random, now, issued);

        long analyzeStarted = System.nanoTime();
        jdbi.useHandle(h -> h.execute("ANALYZE"));
        out.println("analyze " + (System.nanoTime() - analyzeStarted) / 1_000_000 + "ms");
        long millis = (System.nanoTime() - started) / 1_000_000;
        out.println(String.format(Locale.ROOT, "generated clinic %d in %.1f s: %d exercises, %d patients, %d programmes, "
                + "%d sessions", clinicId, millis / 1000.0, o.exercises(), o.patients(), o.programmes(), o.sessions()));
        out.println("sign in as " + o.adminEmail() + " (admin) or " + o.clinicianEmail() + " (physio), password " + PASSWORD);
        return new Result(clinicId, o.adminEmail(), PASSWORD, o.clinicianEmail(), fixture.token, fixture.sharedProgrammeId,
                fixture.builderProgrammeId, millis);
    }

    private List<Entry> exercises(long clinicId, GeneratorOptions o, SplittableRandom random, Instant now) {
        List<Exercise> starter = services.exercises.all(clinicId);
        Map<String, Exercise> bySlug = new HashMap<>();
        List<Entry> library = new ArrayList<>();
        for (Exercise exercise : starter) {
            bySlug.put(exercise.slug(), exercise);
            library.add(new Entry(exercise.id(), exercise.version(), exercise.slug(), exercise.attributes(),
                    exercise.content().defaultDose()));
        }
        int toMake = Math.max(0, o.exercises() - starter.size());
        Progress progress = Progress.start(out, "exercises", toMake);
        int perBatch = Chunks.parentsPerBatch(o.batchSize(), TERMS_PER_EXERCISE);
        for (Chunks.Chunk chunk : Chunks.of(toMake, perBatch)) {
            List<ExerciseContent> contents = new ArrayList<>(chunk.size());
            List<Boolean> retired = new ArrayList<>(chunk.size());
            for (int n = chunk.from(); n < chunk.to(); n++) {
                Vocabulary.Movement movement = Vocabulary.movement(n);
                Exercise base = bySlug.getOrDefault(movement.baseSlug(), starter.get(n % starter.size()));
                contents.add(content(n, movement, base.content(), random));
                retired.add(random.nextInt(50) == 0);
            }
            jdbi.useTransaction(h -> {
                PreparedBatch rows = h.prepareBatch("INSERT INTO exercise (clinic_id, slug, current_version, retired, "
                        + "name_en, name_sort, position, kind, level, equipment, demands, updated_at) VALUES (:clinic, :slug, 1, "
                        + ":retired, :nameEn, :nameSort, :position, :kind, :level, :equipment, :demands, :now)");
                for (int i = 0; i < contents.size(); i++) {
                    ExerciseContent c = contents.get(i);
                    rows.bind("clinic", clinicId).bind("slug", c.slug()).bind("retired", retired.get(i))
                            .bind("nameEn", c.name().en()).bind("nameSort", SearchTerms.fold(c.name().en()))
                            .bind("position", c.attributes().position().name()).bind("kind", c.attributes().kind().name())
                            .bind("level", c.attributes().level().name()).bind("equipment", exerciseCodes(c.equipment()))
                            .bind("demands", exerciseCodes(c.attributes().demands())).bind("now", Timestamps.bind(now)).add();
                }
                List<Long> ids = rows.executePreparedBatch("id").mapTo(Long.class).list();
                PreparedBatch versions = h.prepareBatch("INSERT INTO exercise_version (exercise_id, clinic_id, version, "
                        + "name_en, name_de, position, kind, level, demands, equipment, dose_sets, dose_reps, dose_hold_seconds, "
                        + "dose_duration_seconds, dose_per_side, dose_times_per_day, dose_days_per_week, dose_is_clinic_default, "
                        + "dose_note_en, dose_note_de, steps_en, steps_de, cues_en, cues_de, pregnancy_note_en, pregnancy_note_de, "
                        + "sources, figure, picture_id, created_at) VALUES (:exercise, :clinic, 1, :nameEn, :nameDe, :position, "
                        + ":kind, :level, :demands, :equipment, :sets, :reps, :hold, :duration, :perSide, :timesPerDay, "
                        + ":daysPerWeek, FALSE, :doseNoteEn, :doseNoteDe, :stepsEn, :stepsDe, :cuesEn, :cuesDe, :pregEn, "
                        + ":pregDe, :sources, :figure, NULL, :now)");
                List<Map.Entry<String, Long>> termRows = new ArrayList<>();
                for (int i = 0; i < contents.size(); i++) {
                    ExerciseContent c = contents.get(i);
                    long id = ids.get(i);
                    Dose d = c.defaultDose();
                    versions.bind("exercise", id).bind("clinic", clinicId)
                            .bind("nameEn", c.name().en()).bind("nameDe", c.name().de())
                            .bind("position", c.attributes().position().name()).bind("kind", c.attributes().kind().name())
                            .bind("level", c.attributes().level().name()).bind("demands", exerciseCodes(c.attributes().demands()))
                            .bind("equipment", exerciseCodes(c.equipment()))
                            .bind("sets", d.sets()).bind("reps", d.reps()).bind("hold", d.holdSeconds())
                            .bind("duration", d.durationSeconds()).bind("perSide", d.perSide())
                            .bind("timesPerDay", d.timesPerDay()).bind("daysPerWeek", d.daysPerWeek())
                            .bind("doseNoteEn", c.doseNote().en()).bind("doseNoteDe", c.doseNote().de())
                            .bind("stepsEn", c.steps().en()).bind("stepsDe", c.steps().de())
                            .bind("cuesEn", c.cues().en()).bind("cuesDe", c.cues().de())
                            .bind("pregEn", c.pregnancyNote().en()).bind("pregDe", c.pregnancyNote().de())
                            .bind("sources", c.sources()).bind("figure", c.figure()).bind("now", Timestamps.bind(now)).add();
                    for (String term : SearchTerms.of(c.slug().replace('-', ' '), c.name().en(), c.name().de(), c.steps().en(),
                            c.steps().de(), c.cues().en(), c.cues().de())) {
                        termRows.add(Map.entry(term, id));
                    }
                    if (!retired.get(i)) {
                        library.add(new Entry(id, 1, c.slug(), c.attributes(), d));
                    }
                }
                versions.execute();
                // in key order, so that consecutive rows land on the same pages of the term index
                termRows.sort(Map.Entry.<String, Long>comparingByKey().thenComparing(Map.Entry.comparingByValue()));
                PreparedBatch terms = h.prepareBatch(
                        "INSERT INTO exercise_term (clinic_id, term, exercise_id) VALUES (:clinic, :term, :id)");
                for (Map.Entry<String, Long> row : termRows) {
                    terms.bind("clinic", clinicId).bind("term", row.getKey()).bind("id", row.getValue()).add();
                    if (terms.size() >= o.batchSize()) {
                        terms.execute();
                    }
                }
                if (terms.size() > 0) {
                    terms.execute();
                }
            });
            progress.advance(chunk.size());
        }
        progress.finish();
        return library;
    }

    /** The n-th generated exercise: a named variation of a starter exercise, with its attributes and figure. */
    static ExerciseContent content(int n, Vocabulary.Movement movement, ExerciseContent base, SplittableRandom random) {
        String name = Vocabulary.name(n);
        ExerciseAttributes attributes = new ExerciseAttributes(base.attributes().position(), base.attributes().kind(),
                Vocabulary.level(n), base.attributes().demands());
        return new ExerciseContent(
                Vocabulary.slug(n, name),
                new Texts(name, Vocabulary.nameDe(n, base.name().de())),
                attributes,
                base.equipment(),
                varied(base.defaultDose(), random),
                false,
                base.doseNote(),
                new Texts(Vocabulary.steps(random, movement.en(), base.steps().en()), Vocabulary.stepsDe(base.steps().de())),
                new Texts(Vocabulary.cues(random, base.cues().en()), Vocabulary.firstLine(base.cues().de())),
                base.pregnancyNote(),
                base.sources(),
                base.figure());
    }

    /** The base dose with other numbers in the same spirit, always within the ranges a dose allows. */
    static Dose varied(Dose base, SplittableRandom random) {
        Integer reps = base.reps() == null ? null : clamp(base.reps() + StageMix.between(random, -3, 5), 1, 200);
        Integer hold = base.holdSeconds() == null ? null : clamp(base.holdSeconds() + StageMix.between(random, -5, 5), 0, 600);
        Integer duration = base.durationSeconds() == null ? null
                : clamp(base.durationSeconds() * StageMix.between(random, 80, 120) / 100, 1, 7200);
        Integer perDay = base.timesPerDay() == null ? null : StageMix.between(random, 1, 2);
        return new Dose(StageMix.between(random, 1, 3), reps, hold, duration, base.perSide(), perDay,
                StageMix.between(random, 3, 7));
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }

    /** As {@code JdbiExercises.codes}: ",A,B," so that LIKE '%,A,%' finds one code. */
    static String exerciseCodes(Set<? extends Enum<?>> values) {
        return values.isEmpty() ? "," : "," + values.stream().map(Enum::name).sorted().collect(Collectors.joining(",")) + ",";
    }

    /** As the programme adapters' {@code Columns.codes}: "A;B". */
    static String factCodes(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().collect(Collectors.joining(";"));
    }

    private List<GeneratedPatient> patients(long clinicId, GeneratorOptions o, SplittableRandom random, LocalDate today,
            long[] clinicians, String[] clinicianNames) {
        int count = o.patients() - 1;
        List<GeneratedPatient> patients = new ArrayList<>(count);
        Progress progress = Progress.start(out, "patients", count);
        for (Chunks.Chunk chunk : Chunks.of(count, o.batchSize())) {
            List<StageMix.Profile> profiles = new ArrayList<>(chunk.size());
            List<String> names = new ArrayList<>(chunk.size());
            List<Integer> owners = new ArrayList<>(chunk.size());
            for (int i = chunk.from(); i < chunk.to(); i++) {
                profiles.add(StageMix.next(random, today));
                names.add(Vocabulary.patientName(random));
                owners.add(random.nextInt(clinicians.length));
            }
            jdbi.useTransaction(h -> {
                PreparedBatch rows = h.prepareBatch("INSERT INTO patient (clinic_id, display_name, name_sort, pseudonym, "
                        + "contact, language, clinician_user_id, version, created_at, updated_at) VALUES (:clinic, :name, "
                        + ":sort, FALSE, '', :language, :clinician, 1, :created, :updated)");
                for (int i = 0; i < profiles.size(); i++) {
                    StageMix.Profile p = profiles.get(i);
                    LocalDate first = p.earlierRecordedOn() != null ? p.earlierRecordedOn() : p.factsRecordedOn();
                    rows.bind("clinic", clinicId).bind("name", names.get(i)).bind("sort", JdbiPatients.sortKey(names.get(i)))
                            .bind("language", random.nextInt(5) == 0 ? "de" : "en")
                            .bind("clinician", clinicians[owners.get(i)])
                            .bind("created", Timestamps.bind(at(first, 9)))
                            .bind("updated", Timestamps.bind(at(p.factsRecordedOn(), 10))).add();
                }
                List<Long> ids = rows.executePreparedBatch("id").mapTo(Long.class).list();
                PreparedBatch earlier = h.prepareBatch(FACTS_INSERT);
                PreparedBatch current = h.prepareBatch(FACTS_INSERT);
                for (int i = 0; i < profiles.size(); i++) {
                    StageMix.Profile p = profiles.get(i);
                    long by = clinicians[owners.get(i)];
                    String byName = clinicianNames[owners.get(i)];
                    if (p.earlierFacts() != null) {
                        bindFacts(earlier, clinicId, ids.get(i), p.earlierFacts(), by, byName, at(p.earlierRecordedOn(), 9))
                                .bind("current", false).add();
                    }
                    bindFacts(current, clinicId, ids.get(i), p.facts(), by, byName, at(p.factsRecordedOn(), 10))
                            .bind("current", true).add();
                }
                if (earlier.size() > 0) {
                    earlier.execute();
                }
                List<Long> factIds = current.executePreparedBatch("id").mapTo(Long.class).list();
                PreparedBatch link = h.prepareBatch("UPDATE patient SET current_facts_id = :facts WHERE id = :id");
                for (int i = 0; i < ids.size(); i++) {
                    link.bind("facts", factIds.get(i)).bind("id", ids.get(i)).add();
                    patients.add(new GeneratedPatient(ids.get(i), profiles.get(i)));
                }
                link.execute();
            });
            progress.advance(chunk.size());
        }
        progress.finish();
        return patients;
    }

    private static final String FACTS_INSERT = "INSERT INTO patient_facts (patient_id, clinic_id, recorded_at, "
            + "recorded_by_user_id, recorded_by, stage, due_date, delivery_date, delivery_mode, medical_clearance_date, "
            + "contraindications, contraindications_signed_off, obstetric_approval, supine_symptoms, pelvic_girdle_pain, "
            + "abdominal_separation, perineal_trauma, perineal_healed, pelvic_health_review, pelvic_floor_symptoms, "
            + "impact_screen_passed, red_flags, back_pain_not_improving, ongoing_bleeding, is_current) VALUES (:patient, "
            + ":clinic, :at, :byId, :by, :stage, :due, :delivery, :mode, :clearance, :contra, :signedOff, :approval, :supine, "
            + ":pgp, :separation, :trauma, :healed, :review, :floor, :screen, :flags, :backPain, :bleeding, :current)";

    /** The columns of one facts row, as {@code JdbiPatients} writes them. */
    private static PreparedBatch bindFacts(PreparedBatch batch, long clinicId, long patientId, PatientState f, long byUserId,
            String byName, Instant at) {
        boolean pregnant = f.stage() instanceof Stage.Pregnancy;
        LocalDate due = pregnant ? ((Stage.Pregnancy) f.stage()).dueDate() : null;
        Stage.Postpartum birth = pregnant ? null : (Stage.Postpartum) f.stage();
        return batch.bind("patient", patientId).bind("clinic", clinicId).bind("at", Timestamps.bind(at))
                .bind("byId", byUserId).bind("by", byName).bind("stage", pregnant ? "PREGNANT" : "POSTPARTUM")
                .bind("due", due).bind("delivery", birth == null ? null : birth.deliveryDate())
                .bind("mode", birth == null ? null : birth.mode().name()).bind("clearance", f.medicalClearanceDate())
                .bind("contra", factCodes(f.contraindications())).bind("signedOff", f.contraindicationsSignedOff())
                .bind("approval", f.obstetricApproval()).bind("supine", f.supineSymptoms())
                .bind("pgp", f.pelvicGirdlePain()).bind("separation", f.abdominalSeparation().name())
                .bind("trauma", f.perinealTrauma().name()).bind("healed", f.perinealHealed())
                .bind("review", f.pelvicHealthReview()).bind("floor", f.pelvicFloorSymptoms())
                .bind("screen", f.impactScreenPassed()).bind("flags", factCodes(f.redFlags()))
                .bind("backPain", f.backPainNotImproving()).bind("bleeding", f.ongoingBleeding());
    }

    private static Instant at(LocalDate day, int hour) {
        return day.atTime(hour, 0).toInstant(ZoneOffset.UTC);
    }

    /** A generated programme before it is written. */
    private record Planned(int patientIndex, String title, ProgrammeStatus status, List<ProgrammeItem> items,
            Verdict verdict, Optional<LocalDate> reviewDate, Instant created, Instant updated, int owner) {
    }

    private void programmes(long clinicId, GeneratorOptions o, SplittableRandom random, LocalDate today, Instant now,
            List<Entry> library, List<GeneratedPatient> patients, long[] clinicians, String[] clinicianNames, Issued issued) {
        int count = o.programmes() - 2;
        Progress progress = Progress.start(out, "programmes", count);
        int perBatch = Chunks.parentsPerBatch(o.batchSize(), ITEMS_PER_PROGRAMME);
        if (patients.isEmpty()) {
            progress.finish();
            return;
        }
        for (Chunks.Chunk chunk : Chunks.of(count, perBatch)) {
            List<Planned> planned = new ArrayList<>(chunk.size());
            for (int i = chunk.from(); i < chunk.to(); i++) {
                planned.add(plan(i % patients.size(), patients.get(i % patients.size()).profile(), random, today, now,
                        library, clinicians.length));
            }
            jdbi.useTransaction(h -> {
                PreparedBatch rows = h.prepareBatch("INSERT INTO programme (clinic_id, patient_id, title, status, version, "
                        + "verdict, review_date, issued_at, issued_verdict, updated_at, updated_by, created_at) VALUES (:clinic, "
                        + ":patient, :title, :status, :version, :verdict, :review, :issuedAt, :issuedVerdict, :updated, :by, "
                        + ":created)");
                for (Planned p : planned) {
                    boolean isIssued = p.status() != ProgrammeStatus.DRAFT;
                    rows.bind("clinic", clinicId).bind("patient", patients.get(p.patientIndex()).id()).bind("title", p.title())
                            .bind("status", p.status().name()).bind("version", isIssued ? 2 : 1)
                            .bind("verdict", p.verdict().name()).bind("review", p.reviewDate().orElse(null))
                            .bind("issuedAt", isIssued ? Timestamps.bind(p.updated()) : null)
                            .bind("issuedVerdict", isIssued ? p.verdict().name() : null)
                            .bind("updated", Timestamps.bind(p.updated())).bind("by", clinicianNames[p.owner()])
                            .bind("created", Timestamps.bind(p.created())).add();
                }
                List<Long> ids = rows.executePreparedBatch("id").mapTo(Long.class).list();
                PreparedBatch items = h.prepareBatch(ITEM_INSERT);
                List<Integer> linked = new ArrayList<>();
                for (int k = 0; k < planned.size(); k++) {
                    Planned p = planned.get(k);
                    bindItems(items, ids.get(k), p.items());
                    if (p.status() != ProgrammeStatus.DRAFT) {
                        issued.add(ids.get(k), patients.get(p.patientIndex()).id(), p.updated());
                        // most active programmes were shared; some archived ones were, and their links revoked
                        if (p.status() == ProgrammeStatus.ACTIVE ? random.nextInt(10) < 9 : random.nextInt(10) < 4) {
                            linked.add(k);
                        }
                    }
                }
                items.execute();
                if (!linked.isEmpty()) {
                    // the opens are drawn first, so each link is written with its own count and last time
                    List<List<Instant>> openTimes = new ArrayList<>();
                    for (int k : linked) {
                        Instant created = planned.get(k).updated();
                        int times = random.nextInt(100) < 85 ? StageMix.between(random, 1, 6) : 0;
                        long span = Math.max(1, now.getEpochSecond() - created.getEpochSecond());
                        List<Instant> at = new ArrayList<>();
                        for (int t = 0; t < times; t++) {
                            at.add(created.plusSeconds(random.nextLong(span)));
                        }
                        openTimes.add(at);
                    }
                    PreparedBatch links = h.prepareBatch("INSERT INTO share_link (clinic_id, programme_id, token_hash, "
                            + "created_at, created_by, expires_at, revoked_at, open_count, last_opened_at) VALUES (:clinic, "
                            + ":programme, :hash, :created, :by, NULL, :revoked, :opens, :lastOpened)");
                    for (int j = 0; j < linked.size(); j++) {
                        int k = linked.get(j);
                        Planned p = planned.get(k);
                        Instant revoked = p.status() == ProgrammeStatus.ARCHIVED ? min(p.updated().plusSeconds(30 * 86_400L), now)
                                : null;
                        List<Instant> at = openTimes.get(j);
                        links.bind("clinic", clinicId).bind("programme", ids.get(k))
                                .bind("hash", Tokens.hash("generated-" + clinicId + "-" + ids.get(k)))
                                .bind("created", Timestamps.bind(p.updated())).bind("by", clinicianNames[p.owner()])
                                .bind("revoked", Timestamps.bind(revoked)).bind("opens", at.size())
                                .bind("lastOpened", Timestamps.bind(at.stream().max(Instant::compareTo).orElse(null))).add();
                    }
                    List<Long> linkIds = links.executePreparedBatch("id").mapTo(Long.class).list();
                    PreparedBatch opens = h.prepareBatch("INSERT INTO share_open (share_link_id, opened_at) VALUES (:link, :at)");
                    for (int j = 0; j < linkIds.size(); j++) {
                        for (Instant at : openTimes.get(j)) {
                            opens.bind("link", linkIds.get(j)).bind("at", Timestamps.bind(at)).add();
                        }
                    }
                    if (opens.size() > 0) {
                        opens.execute();
                    }
                }
            });
            progress.advance(chunk.size());
        }
        progress.finish();
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static final String ITEM_INSERT = "INSERT INTO programme_item (programme_id, position, exercise_id, "
            + "exercise_version, sets, reps, hold_seconds, duration_seconds, per_side, times_per_day, days_per_week, note, "
            + "override_reason) VALUES (:programme, :position, :exercise, :version, :sets, :reps, :hold, :duration, :perSide, "
            + ":timesPerDay, :daysPerWeek, :note, :override)";

    private static void bindItems(PreparedBatch batch, long programmeId, List<ProgrammeItem> items) {
        for (int i = 0; i < items.size(); i++) {
            ProgrammeItem item = items.get(i);
            Dose d = item.dose();
            batch.bind("programme", programmeId).bind("position", i).bind("exercise", item.exerciseId())
                    .bind("version", item.exerciseVersion()).bind("sets", d.sets()).bind("reps", d.reps())
                    .bind("hold", d.holdSeconds()).bind("duration", d.durationSeconds()).bind("perSide", d.perSide())
                    .bind("timesPerDay", d.timesPerDay()).bind("daysPerWeek", d.daysPerWeek())
                    .bind("note", item.note()).bind("override", item.overrideReason()).add();
        }
    }

    /**
     * One programme: dated between her first visit and today, 5–20 exercises, judged by the stage
     * rules on that date. An issued one holds nothing blocked unless overridden with a reason, as the
     * builder requires; the rules' review date then falls in the past or the future.
     */
    private Planned plan(int patientIndex, StageMix.Profile profile, SplittableRandom random, LocalDate today, Instant now,
            List<Entry> library, int owners) {
        LocalDate day = StageMix.randomDate(random, profile.firstSeen(), today);
        Instant created = min(day.atTime(StageMix.between(random, 8, 17), random.nextInt(60)).toInstant(ZoneOffset.UTC), now);
        Instant updated = min(created.plusSeconds(random.nextInt(3 * 3600)), now);
        int s = random.nextInt(100);
        ProgrammeStatus status = s < 50 ? ProgrammeStatus.ACTIVE : s < 80 ? ProgrammeStatus.ARCHIVED : ProgrammeStatus.DRAFT;
        int size = StageMix.between(random, 5, 20);
        List<ProgrammeItem> items = pick(library, size, profile.facts(), day, status != ProgrammeStatus.DRAFT, random);
        ProgrammeEvaluation evaluation = stageCheck.evaluate(profile.facts(), day, checkItems(items, library));
        if (evaluation.programmeFindings().stream().anyMatch(DataGenerator::stopsIssuing)) {
            status = ProgrammeStatus.DRAFT;
        }
        return new Planned(patientIndex, Vocabulary.title(random), status, items, evaluation.verdict(),
                evaluation.reviewDate(), created, updated, random.nextInt(owners));
    }

    /** The programme-level findings that keep a programme from being issued (as {@code ProgrammeCheck}). */
    static boolean stopsIssuing(Finding finding) {
        return finding.verdict() == Verdict.BLOCKED && ("R1".equals(finding.ruleId()) || "R24".equals(finding.ruleId()));
    }

    private final Map<Long, Entry> entryById = new HashMap<>();

    private List<CheckItem> checkItems(List<ProgrammeItem> items, List<Entry> library) {
        if (entryById.size() != library.size()) {
            entryById.clear();
            library.forEach(e -> entryById.put(e.id(), e));
        }
        List<CheckItem> checks = new ArrayList<>(items.size());
        for (ProgrammeItem item : items) {
            CheckItem check = CheckItem.of(entryById.get(item.exerciseId()).slug(), entryById.get(item.exerciseId()).attributes(),
                    item.dose());
            checks.add(item.overridden() ? check.overriddenBecause(item.overrideReason()) : check);
        }
        return checks;
    }

    /**
     * {@code size} different exercises from the library; when {@code issuable}, one the rules block
     * on {@code day} is replaced by another (a few tries) or kept with an override reason.
     */
    private List<ProgrammeItem> pick(List<Entry> library, int size, PatientState facts, LocalDate day, boolean issuable,
            SplittableRandom random) {
        int wanted = Math.min(size, library.size());
        Set<Long> used = new HashSet<>();
        List<ProgrammeItem> items = new ArrayList<>(wanted);
        while (items.size() < wanted) {
            Entry entry = null;
            boolean blocked = false;
            for (int attempt = 0; attempt < 5; attempt++) {
                Entry candidate = library.get(random.nextInt(library.size()));
                if (used.contains(candidate.id())) {
                    continue;
                }
                entry = candidate;
                blocked = issuable && stageCheck.evaluateItem(facts, day, candidate.checkItem()).verdict() == Verdict.BLOCKED;
                if (!blocked) {
                    break;
                }
            }
            if (entry == null) {
                continue;
            }
            used.add(entry.id());
            items.add(new ProgrammeItem(entry.id(), entry.version(), entry.dose(), "", blocked ? OVERRIDE_REASON : ""));
        }
        return items;
    }

    private void sessions(long clinicId, GeneratorOptions o, SplittableRandom random, Instant now, Issued issued) {
        Progress progress = Progress.start(out, "sessions", o.sessions());
        long nowSeconds = now.getEpochSecond();
        for (Chunks.Chunk chunk : Chunks.of(o.sessions(), o.batchSize())) {
            jdbi.useTransaction(h -> {
                PreparedBatch rows = h.prepareBatch("INSERT INTO exercise_session (clinic_id, patient_id, programme_id, "
                        + "logged_at, logged_on, pain, comment, submission_key) VALUES (:clinic, :patient, :programme, :at, :on, "
                        + ":pain, :comment, :key)");
                for (int n = chunk.from(); n < chunk.to(); n++) {
                    int k = random.nextInt(issued.size);
                    long from = issued.issuedAt[k];
                    Instant at = Instant.ofEpochSecond(from + random.nextLong(Math.max(1, nowSeconds - from)));
                    rows.bind("clinic", clinicId).bind("patient", issued.patient[k]).bind("programme", issued.programme[k])
                            .bind("at", Timestamps.bind(at)).bind("on", at.atOffset(ZoneOffset.UTC).toLocalDate())
                            .bind("pain", Vocabulary.pain(random)).bind("comment", Vocabulary.comment(random))
                            .bind("key", "g" + clinicId + "-" + n).add();
                }
                rows.execute();
            });
            progress.advance(chunk.size());
        }
        progress.finish();
    }

    // ---------------------------------------------------------------- what the benchmark opens

    private record Fixture(long patientId, long sharedProgrammeId, long builderProgrammeId, String token) {
    }

    /**
     * A patient at 24+0 weeks with an active 12-exercise programme shared by a link, and a draft of
     * 20 exercises for the builder; written through the app's own services.
     */
    private Fixture fixture(long clinicId, long clinicianId, String clinicianName, List<Entry> library,
            SplittableRandom random, LocalDate today, Instant now) {
        if (library.size() < BUILDER_ITEMS) {
            throw new Refused("the library has " + library.size() + " exercises; the benchmark needs " + BUILDER_ITEMS);
        }
        PatientState facts = PatientState.pregnant(today.plusWeeks(16));
        long patientId = services.patients.create(clinicId, new PatientDetails("Maya Benchmark", false, "", "en"), facts,
                clinicianId, clinicianName, now.minusSeconds(30 * 86_400L));
        List<Entry> shuffled = new ArrayList<>(library);
        for (int i = shuffled.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            Entry swap = shuffled.get(i);
            shuffled.set(i, shuffled.get(j));
            shuffled.set(j, swap);
        }
        List<ProgrammeItem> shared = new ArrayList<>();
        for (Entry entry : shuffled) {
            if (shared.size() < SHARED_ITEMS
                    && stageCheck.evaluateItem(facts, today, entry.checkItem()).verdict() != Verdict.BLOCKED) {
                shared.add(new ProgrammeItem(entry.id(), entry.version(), entry.dose(), "", ""));
            }
        }
        for (Entry entry : shuffled) {
            // a small library may not hold 12 exercises the rules allow her today: override the rest
            if (shared.size() < SHARED_ITEMS && shared.stream().noneMatch(i -> i.exerciseId() == entry.id())) {
                shared.add(new ProgrammeItem(entry.id(), entry.version(), entry.dose(), "", OVERRIDE_REASON));
            }
        }
        List<ProgrammeItem> builder = shuffled.subList(shuffled.size() - BUILDER_ITEMS, shuffled.size()).stream()
                .map(e -> new ProgrammeItem(e.id(), e.version(), e.dose(), "", "")).toList();
        long sharedId = saveProgramme(clinicId, patientId, "Benchmark: shared programme (12 exercises)", shared, true,
                clinicianId, clinicianName, facts, today, now);
        long builderId = saveProgramme(clinicId, patientId, "Benchmark: builder (20 exercises)", builder, false,
                clinicianId, clinicianName, facts, today, now);
        String token = Tokens.random();
        services.sharing.createLink(clinicId, sharedId, Tokens.hash(token), Optional.empty(), clinicianName,
                now.minusSeconds(14 * 86_400L));
        out.println("benchmark patient " + patientId + ": shared programme " + sharedId + " (" + shared.size()
                + " exercises), builder programme " + builderId + " (" + builder.size() + " exercises)");
        return new Fixture(patientId, sharedId, builderId, token);
    }

    private long saveProgramme(long clinicId, long patientId, String title, List<ProgrammeItem> items, boolean issue,
            long userId, String userName, PatientState facts, LocalDate today, Instant now) {
        List<CheckItem> checks = new ArrayList<>();
        List<Exercise> exercises = services.exercises.versions(clinicId, items.stream()
                .map(i -> new com.stagewise.domain.catalogue.Exercises.VersionRef(i.exerciseId(), i.exerciseVersion())).toList());
        Map<Long, Exercise> found = exercises.stream().collect(Collectors.toMap(Exercise::id, e -> e, (a, b) -> a));
        for (int i = 0; i < items.size(); i++) {
            ProgrammeItem item = items.get(i);
            CheckItem check = CheckItem.of(String.valueOf(i), found.get(item.exerciseId()).attributes(), item.dose());
            checks.add(item.overridden() ? check.overriddenBecause(item.overrideReason()) : check);
        }
        ProgrammeEvaluation evaluation = stageCheck.evaluate(facts, today, checks);
        Instant at = now.minusSeconds(14 * 86_400L);
        long id = services.programmes.create(clinicId, patientId, new ProgrammeChange(title, ProgrammeStatus.DRAFT, items,
                evaluation.verdict(), evaluation.reviewDate(), userId, userName, at));
        if (issue) {
            services.programmes.issue(clinicId, id, 1, new ProgrammeChange(title, ProgrammeStatus.ACTIVE, items,
                    evaluation.verdict(), evaluation.reviewDate(), userId, userName, at));
        }
        return id;
    }

    // ---------------------------------------------------------------- the demo clinic

    private Result demo(GeneratorOptions o) {
        long started = System.nanoTime();
        DemoData.loadIfEmpty(services, config, clock);
        Clinic clinic = services.clinics.all().stream().filter(c -> c.name().equals(DemoData.CLINIC_NAME)).findFirst()
                .orElseThrow(() -> new Refused("--demo: this database has no clinic named '" + DemoData.CLINIC_NAME
                        + "' (demo data is loaded only into an empty database)"));
        User physio = services.users.findByEmail(DemoData.CLINICIAN_EMAIL)
                .orElseThrow(() -> new Refused("--demo: the demo physio's account is missing"));
        List<Entry> library = services.exercises.all(clinic.id()).stream().filter(e -> !e.retired())
                .map(e -> new Entry(e.id(), e.version(), e.slug(), e.attributes(), e.content().defaultDose())).toList();
        Fixture fixture = fixture(clinic.id(), physio.id(), physio.displayName(), library, new SplittableRandom(o.seed()),
                LocalDate.now(clock), clock.instant());
        return new Result(clinic.id(), DemoData.ADMIN_EMAIL, DemoData.ADMIN_PASSWORD, DemoData.CLINICIAN_EMAIL, fixture.token,
                fixture.sharedProgrammeId, fixture.builderProgrammeId, (System.nanoTime() - started) / 1_000_000);
    }
}
