package com.stagewise.domain.rules;

import com.stagewise.domain.stage.GestationalAge;
import com.stagewise.domain.stage.PatientState;
import com.stagewise.domain.stage.PostpartumAge;
import com.stagewise.domain.stage.Stage;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A point in a patient's time line at which a rule's answer can change: a week of pregnancy, a week
 * after birth, or the day her medical clearance takes effect. {@link #dateFor} turns it into a date
 * for one patient, or nothing when it does not apply to her stage.
 */
public sealed interface StageBoundary {

    Optional<LocalDate> dateFor(PatientState patient);

    static StageBoundary gestational(GestationalAge age) {
        return new Gestational(age);
    }

    static StageBoundary afterBirth(PostpartumAge age) {
        return new AfterBirth(age);
    }

    static StageBoundary medicalClearance() {
        return new MedicalClearance();
    }

    record Gestational(GestationalAge age) implements StageBoundary {
        public Gestational {
            Objects.requireNonNull(age, "age");
        }

        @Override
        public Optional<LocalDate> dateFor(PatientState patient) {
            return patient.stage() instanceof Stage.Pregnancy pregnancy
                    ? Optional.of(age.dateFor(pregnancy.dueDate()))
                    : Optional.empty();
        }
    }

    record AfterBirth(PostpartumAge age) implements StageBoundary {
        public AfterBirth {
            Objects.requireNonNull(age, "age");
        }

        @Override
        public Optional<LocalDate> dateFor(PatientState patient) {
            return patient.stage() instanceof Stage.Postpartum birth
                    ? Optional.of(age.dateFor(birth.deliveryDate()))
                    : Optional.empty();
        }
    }

    record MedicalClearance() implements StageBoundary {
        @Override
        public Optional<LocalDate> dateFor(PatientState patient) {
            return patient.stage() instanceof Stage.Postpartum ? patient.medicalClearance() : Optional.empty();
        }
    }
}
