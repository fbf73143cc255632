package com.stagewise.domain.catalogue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExerciseAttributesTest {

    private static final ExerciseAttributes BRIDGE = ExerciseAttributes.of(Position.SUPINE, KindOfWork.STRENGTHEN, Level.GENTLE);
    private static final ExerciseAttributes STRETCH_SITTING =
            ExerciseAttributes.of(Position.SITTING, KindOfWork.STRETCH, Level.GENTLE, Demand.TRUNK_ROTATION);

    @ParameterizedTest(name = "reps={0} hold={1} duration={2} perSide={3} -> {4} s")
    @CsvSource(nullValues = "null", value = {
            "10,null,null,false,30",
            "10,2,null,false,30",
            "10,3,null,false,30",
            "10,4,null,false,40",
            "10,10,null,true,200",
            "null,20,null,false,20",
            "null,null,null,false,3",
            "100,20,60,true,60"})
    void the_supine_bout_is_the_duration_or_reps_times_hold_of_at_least_3_s_times_sides(
            Integer reps, Integer hold, Integer duration, boolean perSide, int expected) {
        Dose dose = new Dose(3, reps, hold, duration, perSide, null, null);

        assertThat(BRIDGE.supineBoutSeconds(dose)).isEqualTo(expected);
    }

    @Test
    void an_exercise_not_starting_supine_has_no_supine_bout() {
        assertThat(STRETCH_SITTING.supineBoutSeconds(Dose.lasting(600))).isZero();
        assertThat(STRETCH_SITTING.effectiveDemands(Dose.lasting(600))).containsExactly(Demand.TRUNK_ROTATION);
    }

    @Test
    void a_hold_of_10_seconds_makes_strengthening_a_sustained_hold_but_not_stretching() {
        assertThat(BRIDGE.effectiveDemands(Dose.repetitions(3).withHold(9))).containsExactly(Demand.SUPINE_BOUT);
        assertThat(BRIDGE.effectiveDemands(Dose.repetitions(3).withHold(10)))
                .containsExactlyInAnyOrder(Demand.SUPINE_BOUT, Demand.SUSTAINED_HOLD);
        assertThat(STRETCH_SITTING.effectiveDemands(Dose.repetitions(1).withHold(60))).doesNotContain(Demand.SUSTAINED_HOLD);
        ExerciseAttributes stabilise = ExerciseAttributes.of(Position.QUADRUPED, KindOfWork.STABILISE, Level.MODERATE);
        assertThat(stabilise.effectiveDemands(Dose.repetitions(3).withHold(10))).containsExactly(Demand.SUSTAINED_HOLD);
    }

    @Test
    void stored_demands_never_include_the_ones_the_dose_decides() {
        ExerciseAttributes listed = ExerciseAttributes.of(Position.QUADRUPED, KindOfWork.MOBILISE, Level.GENTLE,
                Demand.SUPINE_BOUT, Demand.SUSTAINED_HOLD, Demand.SWINGING);

        assertThat(listed.demands()).containsExactly(Demand.SWINGING);
        assertThat(listed.effectiveDemands(Dose.repetitions(1).withHold(30))).containsExactly(Demand.SWINGING);
    }

    @Test
    void rejects_missing_attributes() {
        assertThatThrownBy(() -> ExerciseAttributes.of(null, KindOfWork.STRETCH, Level.GENTLE)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> BRIDGE.effectiveDemands(null)).isInstanceOf(NullPointerException.class);
    }
}
