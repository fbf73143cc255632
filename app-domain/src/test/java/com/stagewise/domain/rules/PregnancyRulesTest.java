package com.stagewise.domain.rules;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static com.stagewise.domain.testing.Cases.evaluate;
import static com.stagewise.domain.testing.Cases.ruleVerdict;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * R3 to R11, the rules that only apply in pregnancy. Each row: stage | facts | exercise | dose |
 * the verdict of that rule ("-" = no finding). Notation: {@link com.stagewise.domain.testing.Cases}.
 */
class PregnancyRulesTest {

    private static final String ROW = "{0} | {1} | {2} | {3} -> {4}";

    static void assertRule(String ruleId, String stage, String facts, String exercise, String dose, String expected) {
        assertThat(ruleVerdict(evaluate(stage, facts, exercise, dose), ruleId))
                .as("%s at %s with %s, %s [%s]", ruleId, stage, facts, exercise, dose)
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = ROW)
    @CsvSource(delimiter = '|', textBlock = """
            P 13+6 | - | glute-bridge          | default                 | -
            P 14+0 | - | glute-bridge          | default                 | -
            P 15+6 | - | glute-bridge          | default                 | -
            P 16+0 | - | glute-bridge          | default                 | CAUTION
            P 25+6 | - | glute-bridge          | default                 | CAUTION
            P 26+0 | - | glute-bridge          | default                 | CAUTION
            P 27+6 | - | knee-to-chest         | default                 | CAUTION
            P 28+0 | - | knee-to-chest         | default                 | CAUTION
            P 40+0 | - | posterior-pelvic-tilt | default                 | CAUTION
            P 16+0 | - | legs-up-rest          | dur=120                 | CAUTION
            P 16+0 | - | legs-up-rest          | dur=121                 | -
            P 16+0 | - | straight-leg-hold     | reps=6 hold=10 side     | CAUTION
            P 16+0 | - | straight-leg-hold     | reps=7 hold=10 side     | -
            P 16+0 | - | knee-to-chest         | reps=20 side            | CAUTION
            P 16+0 | - | knee-to-chest         | reps=21 side            | -
            P 16+0 | - | posterior-pelvic-tilt | reps=40 hold=2          | CAUTION
            P 16+0 | - | posterior-pelvic-tilt | reps=41 hold=2          | -
            P 16+0 | - | glute-bridge          | sets=3 reps=6 hold=20   | CAUTION
            P 16+0 | - | glute-bridge          | reps=7 hold=20          | -
            P 16+0 | - | glute-bridge          | reps=100 hold=20 dur=60 | CAUTION
            P 16+0 | - | cat-cow               | default                 | -
            P 16+0 | - | clamshell             | default                 | -
            V 5+6  | - | glute-bridge          | default                 | -
            A 6+0  | - | glute-bridge          | default                 | -
            C 12+0 | - | glute-bridge          | default                 | -
            """)
    void r3_a_short_supine_bout_is_a_caution_from_16_weeks(String stage, String facts, String exercise, String dose, String expected) {
        assertRule("R3", stage, facts, exercise, dose, expected);
    }

    @ParameterizedTest(name = ROW)
    @CsvSource(delimiter = '|', textBlock = """
            P 13+6 | - | legs-up-rest             | dur=300                 | -
            P 14+0 | - | legs-up-rest             | dur=300                 | -
            P 15+6 | - | legs-up-rest             | dur=300                 | -
            P 16+0 | - | legs-up-rest             | dur=300                 | BLOCKED
            P 25+6 | - | legs-up-rest             | dur=121                 | BLOCKED
            P 26+0 | - | legs-up-rest             | dur=120                 | -
            P 27+6 | - | straight-leg-hold        | default                 | BLOCKED
            P 28+0 | - | supine-crossover-stretch | default                 | BLOCKED
            P 28+0 | - | supine-crossover-stretch | reps=3 hold=20 side     | -
            P 16+0 | - | straight-leg-hold        | reps=7 hold=10 side     | BLOCKED
            P 16+0 | - | straight-leg-hold        | reps=6 hold=10 side     | -
            P 16+0 | - | glute-bridge             | reps=100 hold=20 dur=60 | -
            P 16+0 | - | childs-pose              | dur=600                 | -
            V 5+6  | - | legs-up-rest             | dur=300                 | -
            A 11+6 | - | legs-up-rest             | dur=300                 | -
            C 0+0  | - | legs-up-rest             | dur=300                 | -
            """)
    void r4_a_long_supine_bout_is_blocked_from_16_weeks(String stage, String facts, String exercise, String dose, String expected) {
        assertRule("R4", stage, facts, exercise, dose, expected);
    }

    @ParameterizedTest(name = ROW)
    @CsvSource(delimiter = '|', textBlock = """
            P 0+0  | supineSymptoms | knee-to-chest             | default | BLOCKED
            P 13+6 | supineSymptoms | knee-to-chest             | default | BLOCKED
            P 14+0 | supineSymptoms | knee-to-chest             | default | BLOCKED
            P 15+6 | supineSymptoms | legs-up-rest              | dur=30  | BLOCKED
            P 16+0 | supineSymptoms | legs-up-rest              | dur=30  | BLOCKED
            P 27+6 | supineSymptoms | glute-bridge              | default | BLOCKED
            P 28+0 | supineSymptoms | glute-bridge              | default | BLOCKED
            P 20+0 | -              | glute-bridge              | default | -
            P 20+0 | supineSymptoms | clamshell                 | default | -
            P 20+0 | supineSymptoms | figure-four-glute-stretch | default | -
            V 2+0  | supineSymptoms | glute-bridge              | default | -
            A 5+6  | supineSymptoms | glute-bridge              | default | -
            C 6+0  | supineSymptoms | glute-bridge              | default | -
            """)
    void r5_supine_work_is_blocked_at_any_week_once_she_reports_supine_symptoms(String stage, String facts, String exercise, String dose, String expected) {
        assertRule("R5", stage, facts, exercise, dose, expected);
    }

    @ParameterizedTest(name = ROW)
    @CsvSource(delimiter = '|', textBlock = """
            P 13+6 | - | prone-opposite-lift | default | -
            P 14+0 | - | prone-opposite-lift | default | BLOCKED
            P 15+0 | - | prone-opposite-lift | reps=1  | BLOCKED
            P 15+6 | - | prone-opposite-lift | default | BLOCKED
            P 16+0 | - | prone-opposite-lift | default | BLOCKED
            P 27+6 | - | prone-opposite-lift | default | BLOCKED
            P 28+0 | - | prone-opposite-lift | default | BLOCKED
            P 20+0 | - | bird-dog            | default | -
            V 1+0  | - | prone-opposite-lift | default | -
            A 11+6 | - | prone-opposite-lift | default | -
            C 12+0 | - | prone-opposite-lift | default | -
            """)
    void r6_prone_is_blocked_from_14_weeks(String stage, String facts, String exercise, String dose, String expected) {
        assertRule("R6", stage, facts, exercise, dose, expected);
    }

    @ParameterizedTest(name = ROW)
    @CsvSource(delimiter = '|', textBlock = """
            P 0+0  | - | prone-opposite-lift | default | CAUTION
            P 8+3  | - | prone-opposite-lift | default | CAUTION
            P 13+6 | - | prone-opposite-lift | default | CAUTION
            P 14+0 | - | prone-opposite-lift | default | -
            P 16+0 | - | prone-opposite-lift | default | -
            P 10+0 | - | bird-dog            | default | -
            V 0+0  | - | prone-opposite-lift | default | -
            A 5+6  | - | prone-opposite-lift | default | -
            C 5+6  | - | prone-opposite-lift | default | -
            """)
    void r7_prone_is_a_caution_before_14_weeks(String stage, String facts, String exercise, String dose, String expected) {
        assertRule("R7", stage, facts, exercise, dose, expected);
    }

    @ParameterizedTest(name = ROW)
    @CsvSource(delimiter = '|', textBlock = """
            P 13+6 | - | hollow-body-hold | default     | -
            P 14+0 | - | hollow-body-hold | default     | -
            P 15+6 | - | hollow-body-hold | default     | -
            P 16+0 | - | hollow-body-hold | default     | BLOCKED
            P 16+0 | - | hollow-body-hold | reps=1 hold=5 | BLOCKED
            P 28+0 | - | hollow-body-hold | default     | BLOCKED
            P 16+0 | - | glute-bridge     | default     | -
            V 11+6 | - | hollow-body-hold | default     | -
            A 6+0  | - | hollow-body-hold | default     | -
            C 12+0 | - | hollow-body-hold | default     | -
            """)
    void r8_loaded_trunk_flexion_is_blocked_from_16_weeks(String stage, String facts, String exercise, String dose, String expected) {
        assertRule("R8", stage, facts, exercise, dose, expected);
    }

    @ParameterizedTest(name = ROW)
    @CsvSource(delimiter = '|', textBlock = """
            P 25+6 | - | standing-hip-flexor-stretch | default | -
            P 26+0 | - | standing-hip-flexor-stretch | default | -
            P 27+6 | - | standing-hip-flexor-stretch | default | -
            P 28+0 | - | standing-hip-flexor-stretch | default | CAUTION
            P 27+6 | - | ball-rock-roll              | default | -
            P 28+0 | - | ball-rock-roll              | default | CAUTION
            P 28+0 | - | reach-and-swing             | default | CAUTION
            P 38+0 | - | standing-hip-flexor-stretch | default | CAUTION
            P 28+0 | - | seated-pelvic-tilt          | default | -
            P 28+0 | - | cat-cow                     | default | -
            V 0+1  | - | standing-hip-flexor-stretch | default | -
            A 5+6  | - | ball-rock-roll              | default | -
            C 12+0 | - | reach-and-swing             | default | -
            """)
    void r9_balance_work_is_a_caution_from_28_weeks(String stage, String facts, String exercise, String dose, String expected) {
        assertRule("R9", stage, facts, exercise, dose, expected);
    }

    @ParameterizedTest(name = ROW)
    @CsvSource(delimiter = '|', textBlock = """
            P 0+0  | - | reach-and-swing | default | CAUTION
            P 13+6 | - | reach-and-swing | default | CAUTION
            P 14+0 | - | reach-and-swing | default | CAUTION
            P 15+6 | - | downward-dog    | default | CAUTION
            P 16+0 | - | downward-dog    | default | CAUTION
            P 27+6 | - | downward-dog    | default | CAUTION
            P 28+0 | - | downward-dog    | default | CAUTION
            P 20+0 | - | cat-cow         | default | -
            P 20+0 | - | childs-pose     | default | -
            V 3+0  | - | downward-dog    | default | -
            A 3+0  | - | downward-dog    | default | -
            C 8+0  | - | reach-and-swing | default | -
            """)
    void r10_head_below_hips_is_a_caution_at_any_week_of_pregnancy(String stage, String facts, String exercise, String dose, String expected) {
        assertRule("R10", stage, facts, exercise, dose, expected);
    }

    @ParameterizedTest(name = ROW)
    @CsvSource(delimiter = '|', textBlock = """
            P 20+0 | - | bird-dog              | reps=3 hold=9 side  | -
            P 20+0 | - | bird-dog              | reps=3 hold=10 side | CAUTION
            P 13+6 | - | bird-dog              | default             | CAUTION
            P 14+0 | - | bird-dog              | default             | CAUTION
            P 15+6 | - | glute-bridge          | reps=3 hold=10      | CAUTION
            P 16+0 | - | glute-bridge          | reps=3 hold=9       | -
            P 25+6 | - | clamshell             | reps=10 hold=10     | CAUTION
            P 26+0 | - | clamshell             | reps=10             | -
            P 27+6 | - | seated-straddle-reach | reps=2 hold=30 side | -
            P 28+0 | - | downward-dog          | reps=1 hold=30      | -
            P 28+0 | - | reverse-table-hold    | default             | CAUTION
            P 30+0 | - | legs-up-rest          | dur=60 hold=60      | -
            V 2+0  | - | bird-dog              | default             | -
            A 2+0  | - | bird-dog              | default             | -
            C 8+0  | - | prone-opposite-lift   | default             | -
            """)
    void r11_a_sustained_hold_of_10_seconds_or_more_is_a_caution_in_pregnancy(String stage, String facts, String exercise, String dose, String expected) {
        assertRule("R11", stage, facts, exercise, dose, expected);
    }
}
