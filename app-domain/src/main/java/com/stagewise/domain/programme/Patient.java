package com.stagewise.domain.programme;

import com.stagewise.domain.stage.PatientState;
import java.time.Instant;
import java.util.Objects;

/** A patient of one clinic with the facts the stage rules read, as last recorded. */
public record Patient(long id, long clinicId, PatientDetails details, PatientState facts, Instant factsRecordedAt,
        int version) {

    public Patient {
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(facts, "facts");
    }

    public String displayName() {
        return details.displayName();
    }
}
