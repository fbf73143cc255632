package com.stagewise.domain.rules;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.stream.Collectors;

import static com.stagewise.domain.testing.Cases.evaluate;
import static org.assertj.core.api.Assertions.assertThat;

class ReferralsTest {

    @ParameterizedTest(name = "{0} | {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            V 1+6  | pgp        | -
            V 2+0  | pgp        | PELVIC_GIRDLE_PAIN_PERSISTS
            C 20+0 | pgp        | PELVIC_GIRDLE_PAIN_PERSISTS
            P 30+0 | pgp        | -
            A 5+6  | backPain   | -
            A 6+0  | backPain   | BACK_PAIN_NOT_IMPROVING
            C 7+6  | bleeding   | -
            C 8+0  | bleeding   | BLEEDING_PERSISTS
            V 0+2  | pfs        | PELVIC_HEALTH
            P 20+0 | pfs        | -
            P 40+0 | -          | -
            P 40+1 | -          | DUE_DATE_PASSED
            V 8+0  | pgp backPain bleeding pfs | PELVIC_GIRDLE_PAIN_PERSISTS BACK_PAIN_NOT_IMPROVING BLEEDING_PERSISTS PELVIC_HEALTH
            V 8+0  | -          | -
            """)
    void referral_prompts_appear_from_their_week_and_never_change_the_verdict(String stage, String facts, String expected) {
        ProgrammeEvaluation evaluation = evaluate(stage, facts, "cat-cow", "default");
        String prompts = evaluation.referrals().isEmpty() ? "-"
                : evaluation.referrals().stream().map(Referral::name).collect(Collectors.joining(" "));

        assertThat(prompts).isEqualTo(expected);
        assertThat(evaluation.verdict()).isEqualTo(Verdict.ALLOWED);
    }

    @ParameterizedTest
    @CsvSource({"V 12+0", "A 3+0", "C 30+0"})
    void the_pelvic_health_prompt_comes_with_r23_even_when_no_item_matches_it(String stage) {
        ProgrammeEvaluation evaluation = evaluate(stage, "pfs", "clamshell", "default");

        assertThat(evaluation.items().get(0).findings()).isEmpty();
        assertThat(evaluation.referrals()).contains(Referral.PELVIC_HEALTH);
    }
}
