package com.stagewise.domain.rules;

import com.stagewise.domain.stage.AbdominalSeparation;
import com.stagewise.domain.stage.Contraindication;
import com.stagewise.domain.stage.DeliveryMode;
import com.stagewise.domain.stage.PatientState;
import com.stagewise.domain.stage.PerinealTrauma;
import com.stagewise.domain.testing.StarterExercises;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Evaluates a 20-item programme, review date included (the review-date search re-evaluates the
 * programme at each boundary ahead, so this is the full cost a page pays).
 *
 * <p>Run: {@code mvn -q -pl app-domain -Pjmh test-compile exec:exec} (JMH options in
 * {@code -Djmh.args="..."}, default {@code -wi 2 -i 3 -f 1}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class StageCheckBenchmark {

    private static final LocalDate TODAY = LocalDate.of(2027, 3, 1);

    /** Early pregnancy has the most boundaries ahead (14, 16, 26, 28 weeks); early after a caesarean has 6 and 12 weeks. */
    @Param({"PREGNANT_12_WEEKS", "CAESAREAN_4_WEEKS"})
    public String patient;

    private final StageCheck engine = StageCheck.standard();
    private PatientState state;
    private List<CheckItem> items;

    @Setup
    public void setUp() {
        state = switch (patient) {
            case "PREGNANT_12_WEEKS" -> PatientState.pregnant(TODAY.plusWeeks(28))
                    .withContraindications(Contraindication.PLACENTA_PRAEVIA, Contraindication.TWINS)
                    .withPelvicGirdlePain(true)
                    .withAbdominalSeparation(AbdominalSeparation.PRESENT);
            case "CAESAREAN_4_WEEKS" -> PatientState.postpartum(TODAY.minusWeeks(4), DeliveryMode.CAESAREAN)
                    .withPerinealTrauma(PerinealTrauma.MINOR)
                    .withPelvicFloorSymptoms(true);
            default -> throw new IllegalArgumentException(patient);
        };
        items = StarterExercises.ALL.subList(0, 20).stream()
                .map(s -> CheckItem.of(s.slug(), s.attributes(), s.defaultDose()))
                .toList();
    }

    @Benchmark
    public ProgrammeEvaluation evaluateTwentyItemsWithReviewDate() {
        return engine.evaluate(state, TODAY, items);
    }
}
