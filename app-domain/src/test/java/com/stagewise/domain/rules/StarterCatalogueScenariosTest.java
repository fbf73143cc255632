package com.stagewise.domain.rules;

import com.stagewise.domain.testing.StarterExercises;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Set;
import java.util.stream.Collectors;

import static com.stagewise.domain.testing.Cases.evaluate;
import static com.stagewise.domain.testing.Cases.ruleIds;
import static org.assertj.core.api.Assertions.assertThat;

/** At least one full scenario per starter exercise: every finding, in rule order, and the verdict. */
class StarterCatalogueScenariosTest {

    @ParameterizedTest(name = "{0} at {1} with {2} [{3}] -> {4} {5}")
    @CsvSource(delimiter = '|', textBlock = """
            glute-bridge                | P 24+0 | -                       | sets=3 reps=1 hold=20 | CAUTION | R3 R11
            glute-bridge                | V 0+1  | -                       | default               | ALLOWED | -
            cat-cow                     | C 4+0  | -                       | default               | ALLOWED | -
            reverse-table-hold          | C 4+0  | -                       | default               | BLOCKED | R15 R17
            reverse-table-hold          | P 20+0 | -                       | default               | CAUTION | R11
            bird-dog                    | P 20+0 | separation=PRESENT      | default               | CAUTION | R11 R22
            seated-straddle-reach       | V 3+0  | pgp tear=MINOR          | default               | BLOCKED | R12 R19
            legs-up-rest                | P 24+0 | -                       | dur=300               | BLOCKED | R4
            reach-and-swing             | P 30+0 | -                       | default               | CAUTION | R9 R10
            childs-pose                 | P 36+0 | -                       | default               | ALLOWED | -
            seated-pelvic-tilt          | V 1+0  | -                       | default               | ALLOWED | -
            figure-four-glute-stretch   | P 20+0 | pgp                     | default               | ALLOWED | -
            clamshell                   | P 20+0 | supineSymptoms          | default               | ALLOWED | -
            kegel-squat                 | A 4+0  | -                       | default               | CAUTION | R15
            straight-leg-hold           | P 20+0 | -                       | default               | BLOCKED | R4 R11
            knee-to-chest               | P 12+0 | -                       | default               | ALLOWED | -
            supine-crossover-stretch    | C 8+0  | -                       | default               | CAUTION | R18
            supine-crossover-stretch    | P 20+0 | -                       | default               | BLOCKED | R4
            diagonal-lengthen           | C 3+0  | -                       | default               | BLOCKED | R17
            prone-opposite-lift         | P 15+0 | -                       | default               | BLOCKED | R6 R11
            prone-opposite-lift         | C 2+0  | -                       | default               | BLOCKED | R15 R17
            eagle-arms                  | C 0+0  | -                       | default               | ALLOWED | -
            downward-dog                | P 22+0 | -                       | default               | CAUTION | R10
            seated-shoulder-neck-rolls  | P 30+0 | pgp                     | default               | ALLOWED | -
            childs-pose-side-reach      | V 0+3  | -                       | default               | ALLOWED | -
            seated-twist                | C 5+6  | -                       | default               | BLOCKED | R17
            supine-t-twist              | P 18+0 | -                       | default               | CAUTION | R3
            ball-rock-roll              | P 28+0 | -                       | default               | CAUTION | R9
            ball-rock-roll              | A 2+0  | tear=MINOR              | default               | CAUTION | R19
            posterior-pelvic-tilt       | P 16+0 | supineSymptoms          | default               | BLOCKED | R3 R5
            hollow-body-hold            | V 8+0  | separation=PRESENT      | default               | BLOCKED | R14 R21 R22
            hollow-body-hold            | P 20+0 | -                       | default               | BLOCKED | R3 R8 R11
            hollow-body-hold            | V 12+0 | separation=ASSESSED_FIT | default               | CAUTION | R22
            deep-squat-hold             | V 12+0 | tear=MINOR              | default               | CAUTION | R19
            standing-hip-flexor-stretch | P 28+0 | pgp                     | default               | BLOCKED | R9 R12
            """)
    void a_starter_exercise_gets_exactly_these_findings(String exercise, String stage, String facts, String dose,
                                                        Verdict verdict, String rules) {
        ItemEvaluation item = evaluate(stage, facts, exercise, dose).items().get(0);

        assertThat(ruleIds(item.findings())).isEqualTo(rules);
        assertThat(item.verdict()).isEqualTo(verdict);
    }

    @Test
    void the_fixture_holds_the_28_starters_each_covered_by_a_scenario() throws Exception {
        var source = StarterCatalogueScenariosTest.class.getDeclaredMethod("a_starter_exercise_gets_exactly_these_findings",
                String.class, String.class, String.class, String.class, Verdict.class, String.class)
                .getAnnotation(CsvSource.class).textBlock();
        Set<String> covered = source.lines().map(line -> line.split("\\|")[0].trim()).collect(Collectors.toSet());

        assertThat(StarterExercises.ALL).hasSize(28);
        assertThat(covered).containsAll(StarterExercises.ALL.stream().map(StarterExercises.Starter::slug).toList());
    }
}
