package com.stagewise.domain.rules;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VerdictTest {

    @Test
    void verdicts_are_ordered_allowed_caution_blocked() {
        assertThat(Verdict.BLOCKED.isWorseThan(Verdict.CAUTION)).isTrue();
        assertThat(Verdict.CAUTION.isWorseThan(Verdict.ALLOWED)).isTrue();
        assertThat(Verdict.ALLOWED.isWorseThan(Verdict.ALLOWED)).isFalse();
    }

    @Test
    void the_worst_of_nothing_is_allowed() {
        assertThat(Verdict.worst(List.of())).isEqualTo(Verdict.ALLOWED);
        assertThat(Verdict.worst(Verdict.CAUTION, Verdict.ALLOWED, Verdict.BLOCKED, Verdict.CAUTION)).isEqualTo(Verdict.BLOCKED);
    }

    @Test
    void a_finding_is_never_allowed_and_always_names_its_rule_reason_and_source() {
        assertThatThrownBy(() -> new Finding("R3", Verdict.ALLOWED, "rule.R3.reason", null, "NHS"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Finding(" ", Verdict.CAUTION, "rule.R3.reason", null, "NHS"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Finding("R3", Verdict.CAUTION, "rule.R3.reason", null, ""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new Finding("R3", Verdict.CAUTION, "rule.R3.reason", null, "NHS").alternativeKey()).isNull();
    }
}
