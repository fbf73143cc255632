package com.stagewise.domain.stage;

import org.junit.jupiter.api.Test;

import static com.stagewise.domain.stage.Contraindication.Kind.ABSOLUTE;
import static com.stagewise.domain.stage.Contraindication.Kind.RELATIVE;
import static org.assertj.core.api.Assertions.assertThat;

class ContraindicationTest {

    @Test
    void placenta_praevia_is_relative_before_26_weeks_and_absolute_from_then() {
        assertThat(Contraindication.PLACENTA_PRAEVIA.kindAt(GestationalAge.of(25, 6))).contains(RELATIVE);
        assertThat(Contraindication.PLACENTA_PRAEVIA.kindAt(GestationalAge.of(26, 0))).contains(ABSOLUTE);
    }

    @Test
    void twins_count_as_relative_only_from_28_weeks() {
        assertThat(Contraindication.TWINS.kindAt(GestationalAge.of(27, 6))).isEmpty();
        assertThat(Contraindication.TWINS.kindAt(GestationalAge.of(28, 0))).contains(RELATIVE);
    }

    @Test
    void the_others_weigh_the_same_all_pregnancy() {
        assertThat(Contraindication.HEART_DISEASE.kindAt(GestationalAge.of(0, 0))).contains(ABSOLUTE);
        assertThat(Contraindication.HEART_DISEASE.kindAt(GestationalAge.of(40, 0))).contains(ABSOLUTE);
        assertThat(Contraindication.ANAEMIA.kindAt(GestationalAge.of(8, 0))).contains(RELATIVE);
        assertThat(Contraindication.values()).hasSize(26);
        assertThat(Contraindication.boundaries()).containsExactly(GestationalAge.of(26, 0), GestationalAge.of(28, 0));
    }
}
