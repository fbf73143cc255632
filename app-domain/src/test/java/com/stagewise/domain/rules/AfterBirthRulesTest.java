package com.stagewise.domain.rules;

import com.stagewise.domain.stage.DeliveryMode;
import com.stagewise.domain.testing.StarterExercises;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static com.stagewise.domain.rules.PregnancyRulesTest.assertRule;
import static com.stagewise.domain.testing.Cases.evaluate;
import static org.assertj.core.api.Assertions.assertThat;

/** R13 to R18, the rules that follow the weeks after birth and the delivery mode. */
class AfterBirthRulesTest {

    private static final String ROW = "{0} | {1} | {2} | {3} -> {4}";

    @ParameterizedTest(name = ROW)
    @CsvSource(delimiter = '|', textBlock = """
            V 0+0  | -      | test-hop      | default | BLOCKED
            V 11+6 | -      | test-hop      | default | BLOCKED
            V 11+6 | screen | test-hop      | default | BLOCKED
            V 12+0 | -      | test-hop      | default | BLOCKED
            V 12+0 | screen | test-hop      | default | -
            A 5+6  | screen | test-skipping | default | BLOCKED
            A 6+0  | -      | test-skipping | default | BLOCKED
            A 12+0 | screen | test-skipping | default | -
            C 11+6 | screen | test-hop      | default | BLOCKED
            C 12+0 | screen | test-hop      | default | -
            C 30+0 | -      | test-hop      | default | BLOCKED
            V 12+0 | -      | cat-cow       | default | -
            P 13+6 | -      | test-hop      | default | -
            P 20+0 | -      | test-hop      | default | -
            """)
    void r13_impact_is_blocked_before_12_weeks_and_then_until_the_screen_is_passed(String stage, String facts, String exercise, String dose, String expected) {
        assertRule("R13", stage, facts, exercise, dose, expected);
    }

    @ParameterizedTest
    @EnumSource(DeliveryMode.class)
    void r13_gives_the_screen_reason_from_12_weeks(DeliveryMode mode) {
        String letter = mode.name().substring(0, 1);
        Finding before = evaluate(letter + " 11+6", "-", "test-hop", "default").items().get(0).findings().get(0);
        Finding after = evaluate(letter + " 12+0", "-", "test-hop", "default").items().get(0).findings().get(0);

        assertThat(before.reasonKey()).isEqualTo("rule.R13.reason");
        assertThat(after.reasonKey()).isEqualTo("rule.R13.screen.reason");
    }

    @ParameterizedTest(name = ROW)
    @CsvSource(delimiter = '|', textBlock = """
            V 0+0  | - | hollow-body-hold | default | BLOCKED
            V 5+6  | - | hollow-body-hold | default | BLOCKED
            V 6+0  | - | hollow-body-hold | default | BLOCKED
            V 11+6 | - | hollow-body-hold | default | BLOCKED
            V 12+0 | - | hollow-body-hold | default | -
            A 11+6 | - | test-side-plank  | default | BLOCKED
            A 12+0 | - | test-side-plank  | default | -
            C 11+6 | - | hollow-body-hold | default | BLOCKED
            C 12+0 | - | hollow-body-hold | default | -
            V 3+0  | - | bird-dog         | default | -
            C 3+0  | - | glute-bridge     | default | -
            P 10+0 | - | hollow-body-hold | default | -
            P 10+0 | - | test-side-plank  | default | -
            """)
    void r14_loaded_flexion_and_advanced_work_are_blocked_before_12_weeks_after_birth(String stage, String facts, String exercise, String dose, String expected) {
        assertRule("R14", stage, facts, exercise, dose, expected);
    }

    @ParameterizedTest(name = ROW)
    @CsvSource(delimiter = '|', textBlock = """
            V 0+0  | -            | bird-dog           | default | CAUTION
            V 5+6  | -            | bird-dog           | default | CAUTION
            V 6+0  | -            | bird-dog           | default | -
            V 5+6  | cleared      | bird-dog           | default | -
            V 3+0  | clearedOn=+21 | bird-dog           | default | -
            V 3+0  | clearedOn=+22 | bird-dog           | default | CAUTION
            A 3+0  | -            | kegel-squat        | default | CAUTION
            A 3+0  | cleared      | kegel-squat        | default | -
            A 6+0  | -            | kegel-squat        | default | -
            C 5+6  | -            | reverse-table-hold | default | CAUTION
            C 6+0  | -            | reverse-table-hold | default | -
            V 3+0  | -            | cat-cow            | default | -
            V 3+0  | -            | hollow-body-hold   | default | -
            P 10+0 | -            | bird-dog           | default | -
            """)
    void r15_moderate_work_before_6_weeks_waits_for_medical_clearance(String stage, String facts, String exercise, String dose, String expected) {
        assertRule("R15", stage, facts, exercise, dose, expected);
    }

    @ParameterizedTest
    @EnumSource(DeliveryMode.class)
    void r16_gentle_work_without_other_findings_is_allowed_from_day_one(DeliveryMode mode) {
        String letter = mode.name().substring(0, 1);
        for (String slug : List.of("cat-cow", "glute-bridge", "posterior-pelvic-tilt", "clamshell", "eagle-arms", "childs-pose")) {
            ProgrammeEvaluation evaluation = evaluate(letter + " 0+0", "-", slug, "default");
            ItemEvaluation item = evaluation.items().get(0);

            assertThat(item.verdict()).as(slug).isEqualTo(Verdict.ALLOWED);
            assertThat(item.findings()).as(slug).isEmpty();
            assertThat(new GentleAfterBirthRule().appliesTo(Situation.of(
                    com.stagewise.domain.testing.Cases.at(letter + " 0+0", "-").patient(),
                    evaluation.date()), ItemUnderCheck.of(StarterExercises.get(slug).attributes(),
                    StarterExercises.get(slug).defaultDose()))).isTrue();
        }
    }

    @Test
    void r16_never_gives_a_finding_even_when_it_applies() {
        ProgrammeEvaluation evaluation = evaluate("C 0+0", "pgp tear=MINOR", "seated-straddle-reach", "default");

        assertThat(evaluation.items().get(0).findings()).extracting(Finding::ruleId)
                .containsExactly("R12", "R19")
                .doesNotContain("R16");
    }

    @ParameterizedTest(name = ROW)
    @CsvSource(delimiter = '|', textBlock = """
            C 0+0  | - | reverse-table-hold  | default | BLOCKED
            C 4+0  | - | reverse-table-hold  | default | BLOCKED
            C 5+6  | - | diagonal-lengthen   | default | BLOCKED
            C 5+6  | - | prone-opposite-lift | default | BLOCKED
            C 5+6  | - | seated-twist        | default | BLOCKED
            C 5+6  | - | supine-t-twist      | default | BLOCKED
            C 5+6  | - | bird-dog            | default | BLOCKED
            C 5+6  | - | hollow-body-hold    | default | BLOCKED
            C 5+6  | - | cat-cow             | default | -
            C 5+6  | - | glute-bridge        | default | -
            C 6+0  | - | reverse-table-hold  | default | -
            C 6+0  | - | prone-opposite-lift | default | -
            V 5+6  | - | reverse-table-hold  | default | -
            A 5+6  | - | seated-twist        | default | -
            P 10+0 | - | seated-twist        | default | -
            """)
    void r17_trunk_stretch_prone_twist_and_harder_work_are_blocked_before_6_weeks_after_a_caesarean(String stage, String facts, String exercise, String dose, String expected) {
        assertRule("R17", stage, facts, exercise, dose, expected);
    }

    @ParameterizedTest(name = ROW)
    @CsvSource(delimiter = '|', textBlock = """
            C 5+6  | - | seated-twist             | default | -
            C 6+0  | - | seated-twist             | default | CAUTION
            C 11+6 | - | seated-twist             | default | CAUTION
            C 12+0 | - | seated-twist             | default | -
            C 6+0  | - | diagonal-lengthen        | default | CAUTION
            C 8+0  | - | reverse-table-hold       | default | CAUTION
            C 8+0  | - | supine-crossover-stretch | default | CAUTION
            C 8+0  | - | bird-dog                 | default | -
            C 8+0  | - | prone-opposite-lift      | default | -
            V 6+0  | - | seated-twist             | default | -
            A 11+6 | - | seated-twist             | default | -
            P 20+0 | - | seated-twist             | default | -
            """)
    void r18_trunk_stretch_and_twist_are_a_caution_from_6_to_12_weeks_after_a_caesarean(String stage, String facts, String exercise, String dose, String expected) {
        assertRule("R18", stage, facts, exercise, dose, expected);
    }
}
