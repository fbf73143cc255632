package com.stagewise.domain.catalogue;

import com.stagewise.domain.FieldProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DoseTest {

    @ParameterizedTest(name = "{0}={1} valid={2}")
    @CsvSource({
            "sets,0,false", "sets,1,true", "sets,20,true", "sets,21,false",
            "reps,0,false", "reps,1,true", "reps,200,true", "reps,201,false",
            "holdSeconds,-1,false", "holdSeconds,0,true", "holdSeconds,600,true", "holdSeconds,601,false",
            "durationSeconds,0,false", "durationSeconds,1,true", "durationSeconds,7200,true", "durationSeconds,7201,false",
            "timesPerDay,0,false", "timesPerDay,1,true", "timesPerDay,10,true", "timesPerDay,11,false",
            "daysPerWeek,-3,false", "daysPerWeek,1,true", "daysPerWeek,7,true", "daysPerWeek,8,false"})
    void each_number_must_lie_in_its_range(String field, int value, boolean valid) {
        Integer sets = field.equals("sets") ? value : null;
        Integer reps = field.equals("reps") ? value : null;
        Integer hold = field.equals("holdSeconds") ? value : null;
        Integer duration = field.equals("durationSeconds") ? value : null;
        Integer timesPerDay = field.equals("timesPerDay") ? value : null;
        Integer daysPerWeek = field.equals("daysPerWeek") ? value : null;

        var problems = Dose.problems(sets, reps, hold, duration, timesPerDay, daysPerWeek);

        if (valid) {
            assertThat(problems).isEmpty();
        } else {
            assertThat(problems).singleElement().satisfies(p -> {
                assertThat(p.field()).isEqualTo(field);
                assertThat(p.messageKey()).isEqualTo("validation.number.outOfRange");
                assertThat(p.arguments()).hasSize(2);
            });
        }
    }

    @Test
    void every_problem_is_listed_at_once_and_the_constructor_refuses_them() {
        var problems = Dose.problems(0, -1, -5, 0, 11, 8);

        assertThat(problems).extracting(FieldProblem::field)
                .containsExactly("sets", "reps", "holdSeconds", "durationSeconds", "timesPerDay", "daysPerWeek");
        assertThatThrownBy(() -> new Dose(0, -1, null, null, false, null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sets").hasMessageContaining("reps");
    }

    @Test
    void unset_numbers_are_valid_and_filled_from_the_default_dose() {
        Dose defaults = new Dose(2, 10, 5, null, true, 1, 5);

        Dose filled = Dose.unset().withReps(6).withDefaults(defaults);

        assertThat(filled).isEqualTo(new Dose(2, 6, 5, null, false, 1, 5));
    }

    @Test
    void intent_named_factories_read_as_the_dose() {
        assertThat(Dose.repetitions(8).withHold(10).onEachSide()).isEqualTo(new Dose(1, 8, 10, null, true, null, null));
        assertThat(Dose.lasting(300)).isEqualTo(new Dose(1, null, null, 300, false, null, null));
        assertThat(Dose.unset().holdSecondsOrZero()).isZero();
    }
}
