package com.stagewise.domain.rules;

import com.stagewise.domain.testing.Cases;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.stagewise.domain.testing.Cases.ENGINE;
import static com.stagewise.domain.testing.Cases.item;
import static org.assertj.core.api.Assertions.assertThat;

class OverridesTest {

    private static ProgrammeEvaluation evaluate(String stage, String facts, CheckItem... items) {
        Cases.At at = Cases.at(stage, facts);
        return ENGINE.evaluate(at.patient(), at.date(), List.of(items));
    }

    @Test
    void an_overridden_block_keeps_its_findings_and_raw_verdict_and_counts_as_a_caution() {
        CheckItem overridden = item("hollow-body-hold", "default").overriddenBecause("Assessed in clinic; no doming at this load.");

        ItemEvaluation item = evaluate("V 8+0", "separation=PRESENT", overridden).items().get(0);

        assertThat(item.verdict()).isEqualTo(Verdict.BLOCKED);
        assertThat(item.findings()).extracting(Finding::ruleId).containsExactly("R14", "R21", "R22");
        assertThat(item.isOverridden()).isTrue();
        assertThat(item.effectiveVerdict()).isEqualTo(Verdict.CAUTION);
        assertThat(item.override()).map(ClinicianOverride::reason).contains("Assessed in clinic; no doming at this load.");
    }

    @Test
    void the_programme_verdict_stays_raw_and_the_effective_verdict_takes_overrides_into_account() {
        ProgrammeEvaluation evaluation = evaluate("P 20+0", "-",
                item("legs-up-rest", "dur=300").overriddenBecause("Wedge under right hip, checked for symptoms."),
                item("cat-cow", "default"));

        assertThat(evaluation.verdict()).isEqualTo(Verdict.BLOCKED);
        assertThat(evaluation.effectiveVerdict()).isEqualTo(Verdict.CAUTION);
    }

    @Test
    void an_override_on_an_item_that_is_not_blocked_is_kept_but_has_no_effect() {
        ItemEvaluation item = evaluate("P 20+0", "-", item("glute-bridge", "default").overriddenBecause("Just in case")).items().get(0);

        assertThat(item.verdict()).isEqualTo(Verdict.CAUTION);
        assertThat(item.isOverridden()).isFalse();
        assertThat(item.effectiveVerdict()).isEqualTo(Verdict.CAUTION);
        assertThat(item.override()).isPresent();
    }

    @Test
    void an_override_never_lifts_a_red_flag() {
        ProgrammeEvaluation evaluation = evaluate("V 3+0", "flag=HEAVY_BLEEDING",
                item("bird-dog", "default").overriddenBecause("Cleared by phone"));

        assertThat(evaluation.verdict()).isEqualTo(Verdict.BLOCKED);
        assertThat(evaluation.effectiveVerdict()).isEqualTo(Verdict.BLOCKED);
    }

    @Test
    void an_override_never_lifts_an_absolute_contraindication() {
        ProgrammeEvaluation evaluation = evaluate("P 30+0", "ci=PREECLAMPSIA",
                item("legs-up-rest", "dur=300").overriddenBecause("Rest position advised by the obstetrician"));

        assertThat(evaluation.items().get(0).effectiveVerdict()).isEqualTo(Verdict.CAUTION);
        assertThat(evaluation.effectiveVerdict()).isEqualTo(Verdict.BLOCKED);
    }

    @Test
    void obstetric_approval_turns_the_absolute_contraindication_block_into_a_caution() {
        ProgrammeEvaluation evaluation = evaluate("P 30+0", "ci=PREECLAMPSIA approved", item("cat-cow", "default"));

        assertThat(evaluation.programmeFindings()).singleElement()
                .satisfies(f -> assertThat(f.verdict()).isEqualTo(Verdict.CAUTION))
                .satisfies(f -> assertThat(f.reasonKey()).isEqualTo("rule.R1.approved.reason"));
        assertThat(evaluation.verdict()).isEqualTo(Verdict.CAUTION);
    }

    @Test
    void an_item_can_be_checked_on_its_own() {
        Cases.At at = Cases.at("P 15+0", "-");

        ItemEvaluation item = ENGINE.evaluateItem(at.patient(), at.date(), item("prone-opposite-lift", "default"));

        assertThat(item.verdict()).isEqualTo(Verdict.BLOCKED);
        assertThat(item.findings()).extracting(Finding::ruleId).containsExactly("R6", "R11");
    }
}
