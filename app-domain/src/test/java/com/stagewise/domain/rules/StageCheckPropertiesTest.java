package com.stagewise.domain.rules;

import com.stagewise.domain.catalogue.Dose;
import com.stagewise.domain.stage.AbdominalSeparation;
import com.stagewise.domain.stage.Contraindication;
import com.stagewise.domain.stage.DeliveryMode;
import com.stagewise.domain.stage.PatientState;
import com.stagewise.domain.stage.PerinealTrauma;
import com.stagewise.domain.stage.RedFlag;
import com.stagewise.domain.stage.Stage;
import com.stagewise.domain.testing.StarterExercises;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import static com.stagewise.domain.testing.Cases.ENGINE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties checked over many generated patients, dates and programmes (a seeded Random, so a
 * failure is reproducible: the message names the case number).
 */
class StageCheckPropertiesTest {

    private static final int CASES = 400;
    private static final LocalDate TODAY = LocalDate.of(2027, 3, 1);
    private static final List<StarterExercises.Starter> EXERCISES =
            Stream.concat(StarterExercises.ALL.stream(), StarterExercises.TEST_ONLY.stream()).toList();

    private final Random random = new Random(20270301L);

    @Test
    void adding_a_finding_never_lowers_a_verdict() {
        for (int n = 0; n < CASES; n++) {
            List<Verdict> verdicts = new ArrayList<>();
            for (int i = random.nextInt(6); i > 0; i--) {
                verdicts.add(randomOf(Verdict.values()));
            }
            Verdict before = Verdict.worst(verdicts);
            verdicts.add(randomOf(Verdict.CAUTION, Verdict.BLOCKED));

            assertThat(Verdict.worst(verdicts)).as("case %d", n).isGreaterThanOrEqualTo(before);
        }
    }

    @Test
    void adding_an_item_or_a_risk_fact_never_lowers_the_programme_verdict() {
        for (int n = 0; n < CASES; n++) {
            PatientState patient = randomPatient();
            List<CheckItem> items = randomItems();
            Verdict before = ENGINE.evaluate(patient, TODAY, items).verdict();

            List<CheckItem> more = new ArrayList<>(items);
            more.add(randomItem(items.size()));
            PatientState riskier = addRiskFact(patient);

            assertThat(ENGINE.evaluate(patient, TODAY, more).verdict()).as("case %d, more items", n).isGreaterThanOrEqualTo(before);
            assertThat(ENGINE.evaluate(riskier, TODAY, items).verdict()).as("case %d, riskier", n).isGreaterThanOrEqualTo(before);
        }
    }

    @Test
    void an_item_verdict_is_the_worst_of_its_findings() {
        for (int n = 0; n < CASES; n++) {
            ProgrammeEvaluation evaluation = ENGINE.evaluate(randomPatient(), TODAY, randomItems());
            for (ItemEvaluation item : evaluation.items()) {
                assertThat(item.verdict()).isEqualTo(Verdict.worst(item.findings().stream().map(Finding::verdict).toList()));
                assertThat(evaluation.verdict()).isGreaterThanOrEqualTo(item.verdict());
            }
        }
    }

    @Test
    void the_review_date_is_always_after_the_evaluation_date() {
        for (int n = 0; n < CASES; n++) {
            ProgrammeEvaluation evaluation = ENGINE.evaluate(randomPatient(), TODAY, randomItems());

            evaluation.reviewDate().ifPresent(review -> assertThat(review).isAfter(TODAY));
        }
    }

    @Test
    void findings_differ_on_the_review_date_and_stay_the_same_every_day_before_it() {
        int changed = 0;
        for (int n = 0; n < CASES; n++) {
            PatientState patient = randomPatient();
            List<CheckItem> items = randomItems();
            ProgrammeEvaluation now = ENGINE.evaluate(patient, TODAY, items);
            if (now.reviewDate().isEmpty()) {
                assertNoChangeBetween(patient, items, now, TODAY.plusYears(1), n);
                continue;
            }
            LocalDate review = now.reviewDate().get();
            boolean isDueDate = patient.stage() instanceof Stage.Pregnancy p && review.equals(p.dueDate());
            ProgrammeEvaluation then = ENGINE.evaluate(patient, review, items);

            if (!isDueDate || !sameFindings(now, then)) {
                assertThat(sameFindings(now, then)).as("case %d: findings change on %s", n, review).isFalse();
                changed++;
            }
            assertNoChangeBetween(patient, items, now, review, n);
        }
        assertThat(changed).as("the generator should produce real changes").isGreaterThan(CASES / 10);
    }

    @Test
    void each_rule_alone_declares_every_boundary_at_which_its_answer_changes() {
        for (StageRule rule : StageRules.standard()) {
            StageCheck alone = new StageCheck(List.of(rule));
            for (int n = 0; n < CASES / 8; n++) {
                PatientState patient = randomPatient();
                List<CheckItem> items = randomItems();
                ProgrammeEvaluation now = alone.evaluate(patient, TODAY, items);
                LocalDate end = now.reviewDate().orElse(TODAY.plusYears(1));
                assertNoChangeBetween(alone, patient, items, now, end, rule.id() + " case " + n);
            }
        }
    }

    /** The engine never loops day by day; the test may, to check it found the first change. */
    private void assertNoChangeBetween(PatientState patient, List<CheckItem> items, ProgrammeEvaluation now, LocalDate end, int n) {
        assertNoChangeBetween(ENGINE, patient, items, now, end, "case " + n);
    }

    private static void assertNoChangeBetween(StageCheck engine, PatientState patient, List<CheckItem> items,
                                              ProgrammeEvaluation now, LocalDate end, String name) {
        for (LocalDate day = TODAY.plusDays(1); day.isBefore(end); day = day.plusDays(1)) {
            assertThat(sameFindings(now, engine.evaluate(patient, day, items))).as("%s: no change expected on %s", name, day).isTrue();
        }
    }

    private static boolean sameFindings(ProgrammeEvaluation a, ProgrammeEvaluation b) {
        return a.programmeFindings().equals(b.programmeFindings())
                && a.items().stream().map(ItemEvaluation::findings).toList()
                .equals(b.items().stream().map(ItemEvaluation::findings).toList());
    }

    // --- generators ---

    private PatientState randomPatient() {
        PatientState patient;
        if (random.nextBoolean()) {
            // From 0+0 to 41+6 on TODAY.
            patient = PatientState.pregnant(TODAY.plusDays(280 - random.nextInt(294)));
        } else {
            LocalDate delivery = TODAY.minusDays(random.nextInt(120));
            patient = PatientState.postpartum(delivery, randomOf(DeliveryMode.values()));
            if (random.nextInt(3) == 0) {
                patient = patient.withMedicalClearance(delivery.plusDays(random.nextInt(70)));
            }
        }
        Set<Contraindication> cis = EnumSet.noneOf(Contraindication.class);
        if (random.nextInt(4) == 0) {
            cis.add(randomOf(Contraindication.PLACENTA_PRAEVIA, Contraindication.TWINS, Contraindication.ANAEMIA,
                    Contraindication.HEART_DISEASE));
        }
        return patient.withContraindications(cis)
                .withContraindicationsSignedOff(random.nextInt(4) == 0)
                .withObstetricApproval(random.nextInt(4) == 0)
                .withSupineSymptoms(random.nextInt(6) == 0)
                .withPelvicGirdlePain(random.nextInt(4) == 0)
                .withAbdominalSeparation(randomOf(AbdominalSeparation.values()))
                .withPerinealTrauma(randomOf(PerinealTrauma.values()))
                .withPerinealHealed(random.nextBoolean())
                .withPelvicHealthReview(random.nextBoolean())
                .withPelvicFloorSymptoms(random.nextInt(4) == 0)
                .withImpactScreenPassed(random.nextBoolean())
                .withRedFlags(random.nextInt(10) == 0 ? Set.of(randomOf(RedFlag.values())) : Set.of());
    }

    private PatientState addRiskFact(PatientState patient) {
        return switch (random.nextInt(7)) {
            case 0 -> patient.withPelvicGirdlePain(true);
            case 1 -> patient.withSupineSymptoms(true);
            case 2 -> patient.withPelvicFloorSymptoms(true);
            case 3 -> patient.withRedFlags(RedFlag.FEVER);
            case 4 -> patient.withAbdominalSeparation(patient.abdominalSeparation() == AbdominalSeparation.NONE
                    ? AbdominalSeparation.ASSESSED_FIT : AbdominalSeparation.PRESENT);
            case 5 -> patient.withPerinealTrauma(patient.perinealTrauma() == PerinealTrauma.NONE ? PerinealTrauma.MINOR : PerinealTrauma.SEVERE);
            default -> {
                Set<Contraindication> more = EnumSet.of(randomOf(Contraindication.values()));
                more.addAll(patient.contraindications());
                yield patient.withContraindications(more);
            }
        };
    }

    private List<CheckItem> randomItems() {
        List<CheckItem> items = new ArrayList<>();
        for (int i = 1 + random.nextInt(6); i > 0; i--) {
            items.add(randomItem(items.size()));
        }
        return items;
    }

    private CheckItem randomItem(int index) {
        StarterExercises.Starter exercise = EXERCISES.get(random.nextInt(EXERCISES.size()));
        Dose dose = random.nextBoolean() ? exercise.defaultDose() : new Dose(
                1 + random.nextInt(3),
                1 + random.nextInt(30),
                random.nextBoolean() ? random.nextInt(31) : null,
                random.nextInt(4) == 0 ? 30 + random.nextInt(300) : null,
                random.nextBoolean(), null, null);
        CheckItem item = CheckItem.of(exercise.slug() + "#" + index, exercise.attributes(), dose);
        return random.nextInt(8) == 0 ? item.overriddenBecause("generated") : item;
    }

    @SafeVarargs
    private <T> T randomOf(T... values) {
        return values[random.nextInt(values.length)];
    }
}
