package com.stagewise.domain.rules;

import com.stagewise.domain.FieldProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClinicianOverrideTest {

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\t\n"})
    void an_override_without_a_written_reason_is_rejected(String reason) {
        assertThat(ClinicianOverride.problems(reason))
                .containsExactly(FieldProblem.of("overrideReason", "validation.override.reasonRequired"));
        assertThatThrownBy(() -> ClinicianOverride.because(reason)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_reason_longer_than_the_limit_is_rejected() {
        String tooLong = "x".repeat(ClinicianOverride.MAX_REASON_LENGTH + 1);

        assertThat(ClinicianOverride.problems(tooLong))
                .containsExactly(FieldProblem.of("overrideReason", "validation.override.reasonTooLong", 2000));
        assertThat(ClinicianOverride.problems("x".repeat(ClinicianOverride.MAX_REASON_LENGTH))).isEmpty();
    }

    @Test
    void the_reason_is_kept_without_surrounding_blanks() {
        assertThat(ClinicianOverride.because("  Checked with the obstetrician.  ").reason()).isEqualTo("Checked with the obstetrician.");
    }
}
