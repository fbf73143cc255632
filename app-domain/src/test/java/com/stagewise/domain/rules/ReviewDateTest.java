package com.stagewise.domain.rules;

import com.stagewise.domain.stage.DeliveryMode;
import com.stagewise.domain.stage.PatientState;
import com.stagewise.domain.testing.Cases;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static com.stagewise.domain.testing.Cases.DELIVERY_DATE;
import static com.stagewise.domain.testing.Cases.DUE_DATE;
import static com.stagewise.domain.testing.Cases.ENGINE;
import static com.stagewise.domain.testing.Cases.evaluate;
import static com.stagewise.domain.testing.Cases.item;
import static com.stagewise.domain.testing.Cases.postpartumOn;
import static com.stagewise.domain.testing.Cases.pregnantOn;
import static org.assertj.core.api.Assertions.assertThat;

class ReviewDateTest {

    @Test
    void is_the_first_boundary_at_which_a_finding_changes_skipping_those_that_change_nothing() {
        // At 12+0 a knee-to-chest changes nothing at 14+0, and gains R3 at 16+0.
        assertThat(evaluate("P 12+0", "-", "knee-to-chest", "default").reviewDate()).contains(pregnantOn("16+0"));
    }

    @Test
    void is_the_day_a_prone_caution_becomes_a_block() {
        assertThat(evaluate("P 10+2", "-", "prone-opposite-lift", "default").reviewDate()).contains(pregnantOn("14+0"));
    }

    @Test
    void is_the_earliest_change_among_all_items() {
        ProgrammeEvaluation evaluation = evaluate("P 10+0", "-",
                "reach-and-swing", "default", "glute-bridge", "default", "prone-opposite-lift", "default");

        assertThat(evaluation.reviewDate()).contains(pregnantOn("14+0"));
    }

    @Test
    void counts_a_contraindication_changing_weight_as_a_change() {
        assertThat(evaluate("P 20+0", "ci=PLACENTA_PRAEVIA", "cat-cow", "default").reviewDate()).contains(pregnantOn("26+0"));
        assertThat(evaluate("P 26+0", "ci=TWINS", "cat-cow", "default").reviewDate()).contains(pregnantOn("28+0"));
    }

    @Test
    void in_pregnancy_is_the_due_date_when_nothing_changes_before_it() {
        assertThat(evaluate("P 29+0", "-", "cat-cow", "default", "knee-to-chest", "default").reviewDate()).contains(DUE_DATE);
        assertThat(evaluate("P 8+0", "-").reviewDate()).contains(DUE_DATE);
    }

    @Test
    void is_never_the_evaluation_date_itself() {
        // On the boundary day the change has already happened: look for the next one.
        assertThat(evaluate("P 16+0", "-", "knee-to-chest", "default", "reach-and-swing", "default").reviewDate())
                .contains(pregnantOn("28+0"));
    }

    @Test
    void is_empty_on_and_after_the_due_date_when_no_birth_is_recorded_and_the_prompt_asks_for_it() {
        ProgrammeEvaluation onDueDate = evaluate("P 40+0", "-", "cat-cow", "default");
        ProgrammeEvaluation overdue = evaluate("P 41+2", "-", "cat-cow", "default");

        assertThat(onDueDate.reviewDate()).isEmpty();
        assertThat(onDueDate.referrals()).doesNotContain(Referral.DUE_DATE_PASSED);
        assertThat(overdue.reviewDate()).isEmpty();
        assertThat(overdue.referrals()).containsExactly(Referral.DUE_DATE_PASSED);
    }

    @Test
    void after_a_caesarean_falls_on_6_and_then_12_weeks() {
        assertThat(evaluate("C 4+0", "-", "reverse-table-hold", "default").reviewDate()).contains(postpartumOn("6+0"));
        assertThat(evaluate("C 6+0", "-", "reverse-table-hold", "default").reviewDate()).contains(postpartumOn("12+0"));
        assertThat(evaluate("C 12+0", "-", "reverse-table-hold", "default").reviewDate()).isEmpty();
    }

    @Test
    void after_birth_is_empty_when_nothing_will_change() {
        assertThat(evaluate("V 1+0", "-", "cat-cow", "default", "glute-bridge", "default").reviewDate()).isEmpty();
        assertThat(evaluate("V 20+0", "-", "bird-dog", "default").reviewDate()).isEmpty();
    }

    @Test
    void after_birth_falls_on_12_weeks_for_impact_because_the_screen_can_then_be_done() {
        assertThat(evaluate("A 8+0", "-", "test-hop", "default").reviewDate()).contains(postpartumOn("12+0"));
    }

    @Test
    void falls_on_the_day_a_recorded_clearance_takes_effect() {
        PatientState patient = PatientState.postpartum(DELIVERY_DATE, DeliveryMode.VAGINAL)
                .withMedicalClearance(postpartumOn("4+1"));

        ProgrammeEvaluation evaluation = ENGINE.evaluate(patient, postpartumOn("3+0"), List.of(item("bird-dog", "default")));

        assertThat(evaluation.items().get(0).findings()).extracting(Finding::ruleId).containsExactly("R15");
        assertThat(evaluation.reviewDate()).isEqualTo(Optional.of(postpartumOn("4+1")));
    }

    @Test
    void does_not_depend_on_facts_that_cannot_change_with_time() {
        Cases.At at = Cases.at("V 3+0", "pgp pfs tear=SEVERE separation=PRESENT flag=FEVER");

        ProgrammeEvaluation evaluation = ENGINE.evaluate(at.patient(), at.date(),
                List.of(item("seated-straddle-reach", "default"), item("clamshell", "default")));

        assertThat(evaluation.reviewDate()).isEmpty();
    }
}
