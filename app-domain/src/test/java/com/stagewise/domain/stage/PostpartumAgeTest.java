package com.stagewise.domain.stage;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PostpartumAgeTest {

    private static final LocalDate BIRTH = LocalDate.of(2027, 1, 4);

    @Test
    void is_the_days_since_birth_shown_as_weeks_plus_days() {
        assertThat(PostpartumAge.on(BIRTH, BIRTH)).hasToString("0+0");
        assertThat(PostpartumAge.on(BIRTH, BIRTH.plusDays(37))).hasToString("5+2");
        assertThat(PostpartumAge.of(6, 0).dateFor(BIRTH)).isEqualTo(BIRTH.plusWeeks(6));
    }

    @Test
    void a_date_before_the_birth_has_no_postpartum_age() {
        assertThatThrownBy(() -> PostpartumAge.on(BIRTH, BIRTH.minusDays(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PostpartumAge.of(2, 7)).isInstanceOf(IllegalArgumentException.class);
    }
}
