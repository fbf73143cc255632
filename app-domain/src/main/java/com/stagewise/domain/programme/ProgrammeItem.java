package com.stagewise.domain.programme;

import com.stagewise.domain.catalogue.Dose;
import java.util.Objects;

/**
 * One exercise of a programme at the library version it was added with, its dose, the note for the
 * patient, and the clinician's written reason when a block is overridden (empty otherwise).
 */
public record ProgrammeItem(long exerciseId, int exerciseVersion, Dose dose, String note, String overrideReason) {

    public static final int NOTE_MAX = 1000;

    public ProgrammeItem {
        Objects.requireNonNull(dose, "dose");
        note = Objects.requireNonNullElse(note, "").strip();
        overrideReason = Objects.requireNonNullElse(overrideReason, "").strip();
    }

    public boolean overridden() {
        return !overrideReason.isEmpty();
    }
}
