package com.stagewise.persistence.programme;

import static org.assertj.core.api.Assertions.assertThat;

import com.stagewise.domain.account.ClinicDetails;
import com.stagewise.domain.account.NewUser;
import com.stagewise.domain.account.Role;
import com.stagewise.domain.catalogue.Dose;
import com.stagewise.domain.catalogue.Equipment;
import com.stagewise.domain.catalogue.ExerciseAttributes;
import com.stagewise.domain.catalogue.ExerciseContent;
import com.stagewise.domain.catalogue.KindOfWork;
import com.stagewise.domain.catalogue.Level;
import com.stagewise.domain.catalogue.Position;
import com.stagewise.domain.catalogue.Texts;
import com.stagewise.domain.programme.AttentionItem;
import com.stagewise.domain.programme.AttentionItem.Kind;
import com.stagewise.domain.programme.PatientDetails;
import com.stagewise.domain.programme.Programme;
import com.stagewise.domain.programme.ProgrammeChange;
import com.stagewise.domain.programme.ProgrammeItem;
import com.stagewise.domain.programme.ProgrammeStatus;
import com.stagewise.domain.rules.Verdict;
import com.stagewise.domain.stage.DeliveryMode;
import com.stagewise.domain.stage.PatientState;
import com.stagewise.persistence.Database;
import com.stagewise.persistence.account.JdbiClinics;
import com.stagewise.persistence.account.JdbiUsers;
import com.stagewise.persistence.catalogue.JdbiExercises;
import com.stagewise.persistence.testing.DatabaseKind;
import com.stagewise.persistence.testing.TestDatabases;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What the dashboard lists, read from both databases: each kind appears, goes once seen, and stays in scope. */
class AttentionIT {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final Instant NOW = TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC);
    private static final int LIMIT = 50;

    /** A clinic with two clinicians and one library entry for programmes to hold. */
    private record World(Database database, long clinic, long ann, long bea, long exercise, JdbiPatients patients,
            JdbiProgrammes programmes, JdbiSharing sharing, JdbiAttention attention) implements AutoCloseable {

        long patient(String name, long clinician, PatientState facts) {
            return patients.create(clinic, new PatientDetails(name, false, "", "en"), facts, clinician, "Physio",
                    NOW.minus(Duration.ofDays(300)));
        }

        long programme(long patient, ProgrammeStatus status, Optional<LocalDate> reviewDate, int items) {
            List<ProgrammeItem> content = java.util.stream.IntStream.range(0, items)
                    .mapToObj(i -> new ProgrammeItem(exercise, 1, new Dose(2, 8 + i, null, null, false, 1, 5), "", ""))
                    .toList();
            return programmes.create(clinic, patient, new ProgrammeChange("Programme", status, content, Verdict.ALLOWED,
                    reviewDate, ann, "Physio", NOW.minus(Duration.ofDays(100))));
        }

        List<AttentionItem> open(Optional<Long> clinician, int limit) {
            return attention.open(clinic, clinician, TODAY, NOW, limit);
        }

        List<AttentionItem> open(Kind kind) {
            return open(Optional.empty(), LIMIT).stream().filter(item -> item.kind() == kind).toList();
        }

        void seen(Kind kind, String key) {
            assertThat(attention.markSeen(clinic, kind, key, "Physio", NOW)).isTrue();
        }

        long factsId(long patient) {
            return patients.history(clinic, patient).get(0).id();
        }

        @Override
        public void close() {
            database.close();
        }
    }

    private static World world(DatabaseKind kind) {
        Database database = TestDatabases.fresh(kind);
        long clinic = new JdbiClinics(database.jdbi()).create(new ClinicDetails("North", "", "", ""), NOW);
        JdbiUsers users = new JdbiUsers(database.jdbi());
        long ann = users.create(clinic, new NewUser("ann@north.example", "Ann", Set.of(Role.CLINICIAN)), NOW);
        long bea = users.create(clinic, new NewUser("bea@north.example", "Bea", Set.of(Role.CLINICIAN)), NOW);
        long exercise = new JdbiExercises(database.jdbi()).create(clinic, new ExerciseContent("side-clam",
                new Texts("Side clam", ""), new ExerciseAttributes(Position.SIDE_LYING, KindOfWork.STRENGTHEN, Level.GENTLE,
                        Set.of()), Set.of(Equipment.NONE), new Dose(2, 8, null, null, false, 1, 5), true, Texts.none(),
                new Texts("Lie on your side.", ""), Texts.none(), Texts.none(), "Test source", ""), null, NOW);
        JdbiProgrammes programmes = new JdbiProgrammes(database.jdbi());
        return new World(database, clinic, ann, bea, exercise, new JdbiPatients(database.jdbi(), programmes), programmes,
                new JdbiSharing(database.jdbi()), new JdbiAttention(database.jdbi()));
    }

    private static List<String> keys(List<AttentionItem> items) {
        return items.stream().map(AttentionItem::key).toList();
    }

    private static Instant daysAgo(double days) {
        return NOW.minusSeconds(Math.round(days * 86_400));
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void high_pain_lists_the_newest_sessions_of_every_high_score_within_thirty_days(DatabaseKind kind) {
        try (World w = world(kind)) {
            long patient = w.patient("Rosa", w.ann(), PatientState.pregnant(TODAY.plusWeeks(20)));
            long programme = w.programme(patient, ProgrammeStatus.ACTIVE, Optional.empty(), 1);
            int[] pains = {7, 10, 6, 8, 9, 10};
            double[] ago = {5, 1, 0.5, 3, 3, 31};
            long[] ids = new long[pains.length];
            for (int i = 0; i < pains.length; i++) {
                Instant at = daysAgo(ago[i]);
                w.sharing().logSession(w.clinic(), patient, programme, at, at.atOffset(ZoneOffset.UTC).toLocalDate(),
                        pains[i], "", "s" + i);
                ids[i] = w.database().jdbi().withHandle(h -> h.createQuery("SELECT MAX(id) FROM exercise_session")
                        .mapTo(Long.class).one());
            }

            // pain 6 is not high and the session 31 days ago is too old; of two at the same moment the later comes first
            assertThat(keys(w.open(Kind.HIGH_PAIN))).containsExactly("" + ids[1], "" + ids[4], "" + ids[3], "" + ids[0]);
            assertThat(w.open(Kind.HIGH_PAIN)).extracting(AttentionItem::detail).containsExactly("10", "9", "8", "7");
            assertThat(keys(w.open(Optional.empty(), 2).stream().filter(item -> item.kind() == Kind.HIGH_PAIN).toList()))
                    .containsExactly("" + ids[1], "" + ids[4]);

            w.seen(Kind.HIGH_PAIN, "" + ids[4]);
            assertThat(keys(w.open(Kind.HIGH_PAIN))).containsExactly("" + ids[1], "" + ids[3], "" + ids[0]);
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void a_passed_due_date_is_read_from_the_current_facts_only(DatabaseKind kind) {
        try (World w = world(kind)) {
            long late = w.patient("Late", w.ann(), PatientState.pregnant(TODAY.minusDays(3)));
            long later = w.patient("Later", w.ann(), PatientState.pregnant(TODAY.minusDays(10)));
            w.patient("Not yet", w.ann(), PatientState.pregnant(TODAY.plusDays(3)));
            long born = w.patient("Born", w.ann(), PatientState.pregnant(TODAY.minusDays(20)));
            w.patients().recordFacts(w.clinic(), born, PatientState.postpartum(TODAY.minusDays(18), DeliveryMode.VAGINAL),
                    w.ann(), "Physio", NOW.minus(Duration.ofDays(1)));
            long moved = w.patient("Moved", w.ann(), PatientState.pregnant(TODAY.minusDays(30)));
            w.patients().recordFacts(w.clinic(), moved, PatientState.pregnant(TODAY.minusDays(1)), w.ann(), "Physio",
                    NOW.minus(Duration.ofDays(1)));

            assertThat(keys(w.open(Kind.DUE_DATE_PASSED))).containsExactly(later + ":" + TODAY.minusDays(10),
                    late + ":" + TODAY.minusDays(3), moved + ":" + TODAY.minusDays(1));

            w.seen(Kind.DUE_DATE_PASSED, late + ":" + TODAY.minusDays(3));
            assertThat(keys(w.open(Kind.DUE_DATE_PASSED))).containsExactly(later + ":" + TODAY.minusDays(10),
                    moved + ":" + TODAY.minusDays(1));
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void referral_prompts_are_read_from_the_current_facts_only(DatabaseKind kind) {
        try (World w = world(kind)) {
            LocalDate longAgo = TODAY.minusWeeks(10);
            long floor = w.patient("Floor", w.ann(), PatientState.postpartum(longAgo, DeliveryMode.VAGINAL)
                    .withPelvicFloorSymptoms(true));
            long girdle = w.patient("Girdle", w.ann(), PatientState.postpartum(longAgo, DeliveryMode.VAGINAL)
                    .withPelvicGirdlePain(true));
            long back = w.patient("Back", w.ann(), PatientState.postpartum(longAgo, DeliveryMode.CAESAREAN)
                    .withBackPainNotImproving(true));
            long bleeding = w.patient("Bleeding", w.ann(), PatientState.postpartum(longAgo, DeliveryMode.VAGINAL)
                    .withOngoingBleeding(true));
            w.patient("Too soon", w.ann(), PatientState.postpartum(TODAY.minusWeeks(1), DeliveryMode.VAGINAL)
                    .withPelvicGirdlePain(true).withBackPainNotImproving(true).withOngoingBleeding(true));
            long better = w.patient("Better", w.ann(), PatientState.postpartum(longAgo, DeliveryMode.VAGINAL)
                    .withPelvicGirdlePain(true).withPelvicFloorSymptoms(true));
            w.patients().recordFacts(w.clinic(), better, PatientState.postpartum(longAgo, DeliveryMode.VAGINAL), w.ann(),
                    "Physio", NOW.minus(Duration.ofDays(1)));

            assertThat(keys(w.open(Kind.REFERRAL))).containsExactly(
                    girdle + ":PELVIC_GIRDLE_PAIN_PERSISTS:" + w.factsId(girdle),
                    back + ":BACK_PAIN_NOT_IMPROVING:" + w.factsId(back),
                    bleeding + ":BLEEDING_PERSISTS:" + w.factsId(bleeding),
                    floor + ":PELVIC_HEALTH:" + w.factsId(floor));

            w.seen(Kind.REFERRAL, floor + ":PELVIC_HEALTH:" + w.factsId(floor));
            assertThat(w.open(Kind.REFERRAL)).extracting(AttentionItem::detail)
                    .containsExactly("PELVIC_GIRDLE_PAIN_PERSISTS", "BACK_PAIN_NOT_IMPROVING", "BLEEDING_PERSISTS");
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void an_unopened_link_shows_from_a_week_to_two_months_after_it_was_made(DatabaseKind kind) {
        try (World w = world(kind)) {
            long patient = w.patient("Rosa", w.ann(), PatientState.pregnant(TODAY.plusWeeks(20)));
            double[] ago = {3, 10, 20, 30, 59, 61};
            long[] links = new long[ago.length];
            for (int i = 0; i < ago.length; i++) {
                long programme = w.programme(patient, ProgrammeStatus.ACTIVE, Optional.empty(), 1);
                links[i] = w.sharing().createLink(w.clinic(), programme, "hash-" + i, Optional.empty(), "Physio",
                        daysAgo(ago[i]));
                if (i == 2) {
                    w.sharing().recordOpen(links[i], daysAgo(15));
                }
                if (i == 3) {
                    w.sharing().revoke(w.clinic(), programme, daysAgo(25));
                }
            }

            // 3 days is too soon, 20 was opened, 30 was revoked, 61 is too old to be news
            assertThat(keys(w.open(Kind.LINK_NOT_OPENED))).containsExactly("" + links[4], "" + links[1]);

            w.seen(Kind.LINK_NOT_OPENED, "" + links[4]);
            assertThat(keys(w.open(Kind.LINK_NOT_OPENED))).containsExactly("" + links[1]);
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void programmes_due_for_review_come_with_their_items_in_review_date_order(DatabaseKind kind) {
        try (World w = world(kind)) {
            long rosa = w.patient("Rosa", w.ann(), PatientState.pregnant(TODAY.plusWeeks(20)));
            long ida = w.patient("Ida", w.bea(), PatientState.pregnant(TODAY.plusWeeks(10)));
            long soon = w.programme(rosa, ProgrammeStatus.ACTIVE, Optional.of(TODAY.plusDays(3)), 2);
            long passed = w.programme(ida, ProgrammeStatus.ACTIVE, Optional.of(TODAY.minusDays(2)), 3);
            long sameDay = w.programme(rosa, ProgrammeStatus.ACTIVE, Optional.of(TODAY.plusDays(3)), 1);
            w.programme(rosa, ProgrammeStatus.ACTIVE, Optional.of(TODAY.plusDays(10)), 1);
            w.programme(rosa, ProgrammeStatus.DRAFT, Optional.of(TODAY.minusDays(5)), 1);
            w.programme(ida, ProgrammeStatus.ARCHIVED, Optional.of(TODAY.minusDays(5)), 1);
            w.programme(ida, ProgrammeStatus.ACTIVE, Optional.empty(), 1);

            List<Long> dueIds = w.attention().reviewDue(w.clinic(), Optional.empty(), TODAY.plusDays(7), LIMIT);
            assertThat(dueIds).containsExactly(passed, soon, sameDay);
            List<Programme> due = w.programmes().findAll(w.clinic(), dueIds);
            assertThat(due).extracting(Programme::id).containsExactly(passed, soon, sameDay);
            assertThat(due).extracting(programme -> programme.items().size()).containsExactly(3, 2, 1);
            assertThat(due).extracting(Programme::patientId).containsExactly(ida, rosa, rosa);
            assertThat(w.attention().reviewDue(w.clinic(), Optional.empty(), TODAY.plusDays(7), 2))
                    .containsExactly(passed, soon);

            w.seen(Kind.REVIEW_DUE, passed + ":" + TODAY.minusDays(2));
            assertThat(w.attention().reviewDue(w.clinic(), Optional.empty(), TODAY.plusDays(7), LIMIT))
                    .containsExactly(soon, sameDay);
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void a_clinician_sees_only_her_own_patients_and_the_clinic_view_sees_all(DatabaseKind kind) {
        try (World w = world(kind)) {
            long rosa = w.patient("Rosa", w.ann(), PatientState.pregnant(TODAY.minusDays(2)));
            long ida = w.patient("Ida", w.bea(), PatientState.pregnant(TODAY.minusDays(4)));
            for (long patient : new long[] {rosa, ida}) {
                long programme = w.programme(patient, ProgrammeStatus.ACTIVE, Optional.of(TODAY), 1);
                w.sharing().logSession(w.clinic(), patient, programme, daysAgo(1), TODAY.minusDays(1), 9, "", "s" + patient);
                w.sharing().createLink(w.clinic(), programme, "hash-" + patient, Optional.empty(), "Physio", daysAgo(9));
            }

            List<AttentionItem> anns = w.open(Optional.of(w.ann()), LIMIT);
            assertThat(anns).extracting(AttentionItem::kind)
                    .containsExactly(Kind.HIGH_PAIN, Kind.DUE_DATE_PASSED, Kind.LINK_NOT_OPENED);
            assertThat(anns).extracting(AttentionItem::patientId).containsOnly(rosa);
            assertThat(w.open(Optional.of(w.bea()), LIMIT)).extracting(AttentionItem::patientId).hasSize(3).containsOnly(ida);
            assertThat(w.open(Optional.empty(), LIMIT)).hasSize(6);

            assertThat(w.programmes().findAll(w.clinic(), w.attention().reviewDue(w.clinic(), Optional.of(w.bea()),
                    TODAY.plusDays(7), LIMIT))).extracting(Programme::patientId).containsExactly(ida);
            assertThat(w.attention().reviewDue(w.clinic(), Optional.empty(), TODAY.plusDays(7), LIMIT)).hasSize(2);
        }
    }
}
