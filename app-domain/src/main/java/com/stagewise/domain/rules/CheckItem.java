package com.stagewise.domain.rules;

import com.stagewise.domain.catalogue.Dose;
import com.stagewise.domain.catalogue.ExerciseAttributes;

import java.util.Objects;

/**
 * One exercise of a programme as the engine sees it. The dose should already be complete
 * ({@code dose.withDefaults(exercise's default dose)}); unset numbers count as described in
 * {@link ExerciseAttributes#supineBoutSeconds}.
 *
 * @param exerciseRef the caller's reference (a slug or an item id), returned as is
 * @param override    a clinician's override, or {@code null}
 */
public record CheckItem(String exerciseRef, ExerciseAttributes attributes, Dose dose, ClinicianOverride override) {

    public CheckItem {
        if (exerciseRef == null || exerciseRef.isBlank()) {
            throw new IllegalArgumentException("exerciseRef must not be blank");
        }
        Objects.requireNonNull(attributes, "attributes");
        Objects.requireNonNull(dose, "dose");
    }

    public static CheckItem of(String exerciseRef, ExerciseAttributes attributes, Dose dose) {
        return new CheckItem(exerciseRef, attributes, dose, null);
    }

    public CheckItem overriddenBecause(String reason) {
        return new CheckItem(exerciseRef, attributes, dose, ClinicianOverride.because(reason));
    }
}
