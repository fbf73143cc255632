package com.stagewise.domain.rules;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static com.stagewise.domain.rules.PregnancyRulesTest.assertRule;

/** R12 and R19 to R23, the rules driven by what the clinician has found: pain, wounds, separation, symptoms. */
class SymptomRulesTest {

    private static final String ROW = "{0} | {1} | {2} | {3} -> {4}";

    @ParameterizedTest(name = ROW)
    @CsvSource(delimiter = '|', textBlock = """
            P 13+6 | pgp | seated-straddle-reach       | default | BLOCKED
            P 14+0 | pgp | standing-hip-flexor-stretch | default | BLOCKED
            P 15+6 | pgp | deep-squat-hold             | default | BLOCKED
            P 16+0 | pgp | deep-squat-hold             | default | BLOCKED
            P 25+6 | pgp | seated-straddle-reach       | default | BLOCKED
            P 26+0 | pgp | seated-straddle-reach       | default | BLOCKED
            P 27+6 | pgp | standing-hip-flexor-stretch | default | BLOCKED
            P 28+0 | pgp | standing-hip-flexor-stretch | default | BLOCKED
            P 20+0 | -   | deep-squat-hold             | default | -
            P 20+0 | pgp | cat-cow                     | default | -
            P 20+0 | pgp | kegel-squat                 | default | -
            V 5+6  | pgp | seated-straddle-reach       | default | BLOCKED
            V 6+0  | pgp | seated-straddle-reach       | default | BLOCKED
            A 11+6 | pgp | standing-hip-flexor-stretch | default | BLOCKED
            A 12+0 | pgp | standing-hip-flexor-stretch | default | BLOCKED
            C 5+6  | pgp | deep-squat-hold             | default | BLOCKED
            C 12+0 | pgp | deep-squat-hold             | default | BLOCKED
            C 12+0 | -   | deep-squat-hold             | default | -
            """)
    void r12_pelvic_girdle_pain_blocks_wide_single_leg_and_deep_squat_work(String stage, String facts, String exercise, String dose, String expected) {
        assertRule("R12", stage, facts, exercise, dose, expected);
    }

    @ParameterizedTest(name = ROW)
    @CsvSource(delimiter = '|', textBlock = """
            V 0+0  | tear=MINOR         | seated-straddle-reach | default | CAUTION
            V 5+6  | tear=MINOR         | seated-straddle-reach | default | CAUTION
            V 6+0  | tear=MINOR         | deep-squat-hold       | default | CAUTION
            V 11+6 | tear=MINOR         | ball-rock-roll        | default | CAUTION
            V 12+0 | tear=SEVERE        | ball-rock-roll        | default | CAUTION
            V 12+0 | tear=MINOR healed  | ball-rock-roll        | default | -
            A 3+0  | tear=SEVERE        | deep-squat-hold       | default | CAUTION
            A 3+0  | tear=SEVERE healed | deep-squat-hold       | default | -
            C 3+0  | tear=MINOR         | seated-straddle-reach | default | CAUTION
            V 3+0  | -                  | seated-straddle-reach | default | -
            V 3+0  | tear=MINOR         | cat-cow               | default | -
            V 3+0  | tear=MINOR         | kegel-squat           | default | -
            P 20+0 | tear=MINOR         | seated-straddle-reach | default | -
            """)
    void r19_an_unhealed_perineal_wound_makes_perineal_load_a_caution(String stage, String facts, String exercise, String dose, String expected) {
        assertRule("R19", stage, facts, exercise, dose, expected);
    }

    @ParameterizedTest(name = ROW)
    @CsvSource(delimiter = '|', textBlock = """
            V 5+6  | tear=SEVERE               | bird-dog           | default | CAUTION
            V 6+0  | tear=SEVERE               | bird-dog           | default | CAUTION
            V 12+0 | tear=SEVERE healed        | kegel-squat        | default | CAUTION
            V 12+0 | tear=SEVERE review        | bird-dog           | default | -
            V 12+0 | tear=SEVERE screen        | test-hop           | default | BLOCKED
            V 12+0 | tear=SEVERE screen review | test-hop           | default | -
            A 11+6 | tear=SEVERE               | test-side-plank    | default | CAUTION
            A 12+0 | tear=SEVERE               | test-skipping      | default | BLOCKED
            C 3+0  | tear=SEVERE               | reverse-table-hold | default | CAUTION
            V 3+0  | tear=SEVERE               | cat-cow            | default | -
            V 3+0  | tear=MINOR                | bird-dog           | default | -
            P 20+0 | tear=SEVERE               | bird-dog           | default | -
            """)
    void r20_a_severe_tear_without_specialist_review_cautions_harder_work_and_blocks_impact(String stage, String facts, String exercise, String dose, String expected) {
        assertRule("R20", stage, facts, exercise, dose, expected);
    }

    @ParameterizedTest(name = ROW)
    @CsvSource(delimiter = '|', textBlock = """
            V 12+0 | separation=PRESENT      | hollow-body-hold | default | BLOCKED
            V 11+6 | separation=PRESENT      | hollow-body-hold | default | BLOCKED
            V 12+0 | separation=ASSESSED_FIT | hollow-body-hold | default | -
            V 12+0 | -                       | hollow-body-hold | default | -
            A 5+6  | separation=PRESENT      | hollow-body-hold | default | BLOCKED
            C 6+0  | separation=PRESENT      | hollow-body-hold | default | BLOCKED
            P 13+6 | separation=PRESENT      | hollow-body-hold | default | BLOCKED
            P 15+6 | separation=PRESENT      | hollow-body-hold | default | BLOCKED
            P 16+0 | separation=PRESENT      | hollow-body-hold | default | BLOCKED
            V 12+0 | separation=PRESENT      | glute-bridge     | default | -
            V 12+0 | separation=PRESENT      | bird-dog         | default | -
            """)
    void r21_loaded_flexion_is_blocked_with_a_separation_not_assessed_fit(String stage, String facts, String exercise, String dose, String expected) {
        assertRule("R21", stage, facts, exercise, dose, expected);
    }

    @ParameterizedTest(name = ROW)
    @CsvSource(delimiter = '|', textBlock = """
            V 12+0 | separation=PRESENT      | bird-dog           | default | CAUTION
            V 12+0 | separation=ASSESSED_FIT | bird-dog           | default | CAUTION
            V 12+0 | -                       | bird-dog           | default | -
            V 12+0 | separation=PRESENT      | hollow-body-hold   | default | CAUTION
            V 12+0 | separation=PRESENT      | straight-leg-hold  | default | CAUTION
            V 12+0 | separation=PRESENT      | downward-dog       | default | -
            V 12+0 | separation=PRESENT      | deep-squat-hold    | default | -
            V 12+0 | separation=PRESENT      | glute-bridge       | default | -
            A 5+6  | separation=PRESENT      | kegel-squat        | default | CAUTION
            C 6+0  | separation=PRESENT      | test-side-plank    | default | CAUTION
            P 13+6 | separation=PRESENT      | reverse-table-hold | default | CAUTION
            P 14+0 | separation=PRESENT      | reverse-table-hold | default | CAUTION
            P 28+0 | separation=PRESENT      | bird-dog           | default | CAUTION
            """)
    void r22_moderate_or_harder_core_work_is_a_caution_with_a_separation(String stage, String facts, String exercise, String dose, String expected) {
        assertRule("R22", stage, facts, exercise, dose, expected);
    }

    @ParameterizedTest(name = ROW)
    @CsvSource(delimiter = '|', textBlock = """
            V 12+0 | pfs screen | test-hop         | default | BLOCKED
            V 12+0 | pfs        | bird-dog         | default | CAUTION
            V 12+0 | pfs        | hollow-body-hold | default | CAUTION
            V 12+0 | pfs        | cat-cow          | default | -
            V 12+0 | -          | bird-dog         | default | -
            V 5+6  | pfs        | kegel-squat      | default | CAUTION
            A 6+0  | pfs        | kegel-squat      | default | CAUTION
            A 11+6 | pfs        | test-skipping    | default | BLOCKED
            C 12+0 | pfs screen | test-skipping    | default | BLOCKED
            C 12+0 | pfs        | glute-bridge     | default | -
            P 20+0 | pfs        | bird-dog         | default | -
            """)
    void r23_pelvic_floor_symptoms_block_impact_and_caution_harder_work(String stage, String facts, String exercise, String dose, String expected) {
        assertRule("R23", stage, facts, exercise, dose, expected);
    }
}
