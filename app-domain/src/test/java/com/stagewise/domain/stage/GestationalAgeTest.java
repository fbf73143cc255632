package com.stagewise.domain.stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GestationalAgeTest {

    private static final LocalDate DUE = LocalDate.of(2027, 6, 21);

    @Test
    void is_shown_as_weeks_plus_days() {
        assertThat(GestationalAge.of(24, 3)).hasToString("24+3");
        assertThat(GestationalAge.of(0, 0)).hasToString("0+0");
        assertThat(new GestationalAge(173)).hasToString("24+5");
    }

    @Test
    void is_280_days_minus_the_days_to_the_due_date() {
        assertThat(GestationalAge.on(DUE, DUE)).isEqualTo(GestationalAge.of(40, 0));
        assertThat(GestationalAge.on(DUE, DUE.minusDays(1))).isEqualTo(GestationalAge.of(39, 6));
        assertThat(GestationalAge.on(DUE, DUE.minusDays(280 - 171))).isEqualTo(GestationalAge.of(24, 3));
        assertThat(GestationalAge.on(DUE, DUE.plusDays(10))).isEqualTo(GestationalAge.of(41, 3));
    }

    @Test
    void a_date_more_than_40_weeks_before_the_due_date_shows_as_0_plus_0() {
        assertThat(GestationalAge.on(DUE, DUE.minusWeeks(43))).isEqualTo(GestationalAge.of(0, 0));
    }

    @Test
    void converts_back_to_the_date_it_is_reached() {
        GestationalAge age = GestationalAge.of(16, 0);

        assertThat(GestationalAge.on(DUE, age.dateFor(DUE))).isEqualTo(age);
        assertThat(age.dateFor(DUE)).isEqualTo(DUE.minusWeeks(24));
    }

    @ParameterizedTest(name = "{0}+{1} is trimester {2}")
    @CsvSource({"0,0,1", "13,6,1", "14,0,2", "27,6,2", "28,0,3", "41,6,3"})
    void trimesters_change_at_14_and_28_weeks(int weeks, int days, int trimester) {
        assertThat(GestationalAge.of(weeks, days).trimester()).isEqualTo(trimester);
    }

    @Test
    void rejects_impossible_values() {
        assertThatThrownBy(() -> GestationalAge.of(10, 7)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GestationalAge.of(-1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GestationalAge.of(3, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GestationalAge(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GestationalAge.on(null, DUE)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void compares_by_days() {
        assertThat(GestationalAge.of(13, 6)).isLessThan(GestationalAge.of(14, 0));
        assertThat(GestationalAge.of(14, 0).isAtLeast(GestationalAge.of(14, 0))).isTrue();
        assertThat(GestationalAge.of(13, 6).isBefore(GestationalAge.of(14, 0))).isTrue();
    }
}
