package com.stagewise.domain.rules;

import com.stagewise.domain.stage.Contraindication;
import com.stagewise.domain.stage.GestationalAge;
import com.stagewise.domain.stage.RedFlag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import static com.stagewise.domain.testing.Cases.evaluate;
import static com.stagewise.domain.testing.Cases.ruleVerdict;
import static org.assertj.core.api.Assertions.assertThat;

/** R1, R2 and R24: the rules about the patient as a whole, checked with a harmless cat–cow. */
class ProgrammeRulesTest {

    private static final String ROW = "{0} | {1} -> {2}";

    private static void assertProgrammeRule(String ruleId, String stage, String facts, String expected) {
        ProgrammeEvaluation evaluation = evaluate(stage, facts, "cat-cow", "default");
        assertThat(ruleVerdict(evaluation, ruleId)).as("%s at %s with %s", ruleId, stage, facts).isEqualTo(expected);
        assertThat(evaluation.items().get(0).findings()).extracting(Finding::ruleId).doesNotContain(ruleId);
    }

    @ParameterizedTest(name = ROW)
    @CsvSource(delimiter = '|', textBlock = """
            P 25+6 | ci=PLACENTA_PRAEVIA                 | -
            P 26+0 | ci=PLACENTA_PRAEVIA                 | BLOCKED
            P 26+0 | ci=PLACENTA_PRAEVIA approved        | CAUTION
            P 39+0 | ci=PLACENTA_PRAEVIA                 | BLOCKED
            P 13+6 | ci=HEART_DISEASE                    | BLOCKED
            P 14+0 | ci=PREECLAMPSIA                     | BLOCKED
            P 15+6 | ci=RUPTURED_MEMBRANES               | BLOCKED
            P 16+0 | ci=RUPTURED_MEMBRANES approved      | CAUTION
            P 27+6 | ci=TWINS                            | -
            P 28+0 | ci=TWINS                            | -
            P 28+0 | ci=TRIPLETS_OR_MORE                 | BLOCKED
            P 10+0 | ci=ANAEMIA                          | -
            P 10+0 | ci=PERSISTENT_BLEEDING              | BLOCKED
            P 20+0 | -                                   | -
            P 20+0 | ci=ANAEMIA ci=HEART_DISEASE         | BLOCKED
            P 20+0 | ci=HEART_DISEASE signedOff          | BLOCKED
            V 3+0  | ci=HEART_DISEASE                    | -
            A 5+6  | ci=PREECLAMPSIA                     | -
            C 6+0  | ci=HEART_DISEASE                    | -
            """)
    void r1_an_absolute_contraindication_blocks_the_programme_until_obstetric_approval(String stage, String facts, String expected) {
        assertProgrammeRule("R1", stage, facts, expected);
    }

    @ParameterizedTest
    @EnumSource(Contraindication.class)
    void r1_or_r2_fires_for_every_contraindication_by_its_weight_at_30_weeks(Contraindication contraindication) {
        String facts = "ci=" + contraindication.name();
        var kind = contraindication.kindAt(GestationalAge.of(30, 0)).orElseThrow();

        ProgrammeEvaluation evaluation = evaluate("P 30+0", facts, "cat-cow", "default");

        if (kind == Contraindication.Kind.ABSOLUTE) {
            assertThat(ruleVerdict(evaluation, "R1")).isEqualTo("BLOCKED");
            assertThat(ruleVerdict(evaluation, "R2")).isEqualTo("-");
        } else {
            assertThat(ruleVerdict(evaluation, "R1")).isEqualTo("-");
            assertThat(ruleVerdict(evaluation, "R2")).isEqualTo("CAUTION");
        }
    }

    @ParameterizedTest(name = ROW)
    @CsvSource(delimiter = '|', textBlock = """
            P 25+6 | ci=PLACENTA_PRAEVIA          | CAUTION
            P 26+0 | ci=PLACENTA_PRAEVIA          | -
            P 27+6 | ci=TWINS                     | -
            P 28+0 | ci=TWINS                     | CAUTION
            P 28+0 | ci=TWINS signedOff           | -
            P 13+6 | ci=ANAEMIA                   | CAUTION
            P 14+0 | ci=HEAVY_SMOKER              | CAUTION
            P 15+6 | ci=EATING_DISORDER           | CAUTION
            P 16+0 | ci=EATING_DISORDER signedOff | -
            P 20+0 | ci=HEART_DISEASE             | -
            P 20+0 | ci=HEART_DISEASE ci=ANAEMIA  | CAUTION
            V 2+0  | ci=ANAEMIA                   | -
            A 5+6  | ci=ANAEMIA                   | -
            C 6+0  | ci=TWINS                     | -
            """)
    void r2_a_relative_contraindication_needs_sign_off(String stage, String facts, String expected) {
        assertProgrammeRule("R2", stage, facts, expected);
    }

    @ParameterizedTest(name = ROW)
    @CsvSource(delimiter = '|', textBlock = """
            P 20+0 | flag=FEVER                  | BLOCKED
            P 13+6 | flag=REDUCED_FETAL_MOVEMENT | BLOCKED
            P 14+0 | flag=VAGINAL_BLEEDING       | BLOCKED
            P 28+0 | -                           | -
            V 3+0  | flag=CHEST_PAIN             | BLOCKED
            V 5+6  | flag=HEAVY_BLEEDING         | BLOCKED
            A 6+0  | flag=SADDLE_NUMBNESS        | BLOCKED
            C 11+6 | flag=THOUGHTS_OF_HARM       | BLOCKED
            C 12+0 | flag=DIZZINESS              | BLOCKED
            V 12+0 | -                           | -
            """)
    void r24_any_red_flag_blocks_the_programme(String stage, String facts, String expected) {
        assertProgrammeRule("R24", stage, facts, expected);
    }

    @ParameterizedTest
    @EnumSource(RedFlag.class)
    void r24_every_red_flag_blocks_in_pregnancy_and_after_birth(RedFlag flag) {
        for (String stage : new String[] {"P 20+0", "V 4+0", "A 4+0", "C 4+0"}) {
            ProgrammeEvaluation evaluation = evaluate(stage, "flag=" + flag.name(), "cat-cow", "default");
            assertThat(evaluation.verdict()).as(stage).isEqualTo(Verdict.BLOCKED);
            assertThat(evaluation.programmeFindings()).extracting(Finding::ruleId).containsExactly("R24");
        }
    }
}
