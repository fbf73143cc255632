package com.stagewise.domain.rules;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static com.stagewise.domain.testing.Cases.evaluate;
import static com.stagewise.domain.testing.Cases.pregnantOn;
import static org.assertj.core.api.Assertions.assertThat;

/** The worked examples of clinical-rules.md, section 5. */
class WorkedExamplesTest {

    @Test
    void glute_bridge_with_a_20_second_hold_at_24_weeks_is_a_caution_for_supine_and_hold() {
        ItemEvaluation item = evaluate("P 24+0", "-", "glute-bridge", "sets=3 reps=1 hold=20").items().get(0);

        assertThat(item.verdict()).isEqualTo(Verdict.CAUTION);
        assertThat(item.findings()).extracting(Finding::ruleId).containsExactly("R3", "R11");
    }

    @Test
    void legs_up_rest_of_5_minutes_at_24_weeks_is_blocked() {
        ItemEvaluation item = evaluate("P 24+0", "-", "legs-up-rest", "dur=300").items().get(0);

        assertThat(item.verdict()).isEqualTo(Verdict.BLOCKED);
        assertThat(item.findings()).extracting(Finding::ruleId).containsExactly("R4");
    }

    @Test
    void legs_up_rest_of_90_seconds_at_24_weeks_is_a_caution() {
        ItemEvaluation item = evaluate("P 24+0", "-", "legs-up-rest", "dur=90").items().get(0);

        assertThat(item.verdict()).isEqualTo(Verdict.CAUTION);
        assertThat(item.findings()).extracting(Finding::ruleId).containsExactly("R3");
    }

    @Test
    void prone_opposite_lift_at_15_weeks_is_blocked() {
        ItemEvaluation item = evaluate("P 15+0", "-", "prone-opposite-lift", "default").items().get(0);

        assertThat(item.verdict()).isEqualTo(Verdict.BLOCKED);
        assertThat(item.findings()).extracting(Finding::ruleId).contains("R6");
    }

    @Test
    void prone_opposite_lift_at_13_weeks_6_days_is_a_caution() {
        ItemEvaluation item = evaluate("P 13+6", "-", "prone-opposite-lift", "default").items().get(0);

        assertThat(item.verdict()).isEqualTo(Verdict.CAUTION);
        assertThat(item.findings()).extracting(Finding::ruleId).contains("R7").doesNotContain("R6");
    }

    @Test
    void four_weeks_after_a_caesarean_reverse_table_hold_is_blocked_and_cat_cow_allowed() {
        ProgrammeEvaluation evaluation = evaluate("C 4+0", "-", "reverse-table-hold", "default", "cat-cow", "default");

        assertThat(evaluation.items().get(0).verdict()).isEqualTo(Verdict.BLOCKED);
        assertThat(evaluation.items().get(0).findings()).extracting(Finding::ruleId).containsExactly("R15", "R17");
        assertThat(evaluation.items().get(1).verdict()).isEqualTo(Verdict.ALLOWED);
        assertThat(evaluation.items().get(1).findings()).isEmpty();
        assertThat(evaluation.verdict()).isEqualTo(Verdict.BLOCKED);
    }

    @Test
    void a_programme_built_at_12_weeks_with_knee_to_chest_is_reviewed_on_the_day_she_reaches_16_weeks() {
        ProgrammeEvaluation evaluation = evaluate("P 12+0", "-", "knee-to-chest", "default");

        assertThat(evaluation.reviewDate()).isEqualTo(Optional.of(pregnantOn("16+0")));
    }

    // --- more of our own ---

    @Test
    void lowering_the_dose_turns_a_block_into_a_caution() {
        ItemEvaluation usual = evaluate("P 20+0", "-", "straight-leg-hold", "default").items().get(0);
        ItemEvaluation shorter = evaluate("P 20+0", "-", "straight-leg-hold", "reps=5 hold=9 side").items().get(0);

        assertThat(usual.verdict()).isEqualTo(Verdict.BLOCKED);
        assertThat(usual.findings()).extracting(Finding::ruleId).containsExactly("R4", "R11");
        assertThat(shorter.verdict()).isEqualTo(Verdict.CAUTION);
        assertThat(shorter.findings()).extracting(Finding::ruleId).containsExactly("R3");
    }

    @Test
    void every_finding_is_kept_not_only_the_worst() {
        ItemEvaluation item = evaluate("V 8+0", "separation=PRESENT pfs", "hollow-body-hold", "default").items().get(0);

        assertThat(item.findings()).extracting(Finding::ruleId).containsExactly("R14", "R21", "R22", "R23");
        assertThat(item.verdict()).isEqualTo(Verdict.BLOCKED);
    }

    @Test
    void the_programme_verdict_is_the_worst_of_its_findings_and_items() {
        ProgrammeEvaluation evaluation = evaluate("P 20+0", "ci=ANAEMIA", "cat-cow", "default", "glute-bridge", "default");

        assertThat(evaluation.items()).extracting(ItemEvaluation::verdict).containsExactly(Verdict.ALLOWED, Verdict.CAUTION);
        assertThat(evaluation.programmeFindings()).extracting(Finding::ruleId).containsExactly("R2");
        assertThat(evaluation.verdict()).isEqualTo(Verdict.CAUTION);
    }

    @Test
    void an_empty_programme_still_carries_the_programme_findings() {
        ProgrammeEvaluation evaluation = evaluate("P 30+0", "flag=HEADACHE");

        assertThat(evaluation.items()).isEmpty();
        assertThat(evaluation.verdict()).isEqualTo(Verdict.BLOCKED);
    }

    @Test
    void findings_carry_reason_alternative_and_source() {
        Finding finding = evaluate("P 24+0", "-", "legs-up-rest", "dur=300").items().get(0).findings().get(0);

        assertThat(finding.reasonKey()).isEqualTo("rule.R4.reason");
        assertThat(finding.alternativeKey()).isEqualTo("rule.R4.alternative");
        assertThat(finding.source()).contains("NHS").contains("convention");
    }

    @Test
    void the_stage_is_described_at_the_date_of_the_check() {
        ProgrammeEvaluation pregnant = evaluate("P 24+3", "-");
        ProgrammeEvaluation afterBirth = evaluate("C 4+0", "-");

        assertThat(pregnant.stage()).hasToString("24+3 weeks pregnant, trimester 2");
        assertThat(afterBirth.stage()).hasToString("4+0 weeks after a CAESAREAN birth");
    }
}
