package com.stagewise.domain.programme;

import com.stagewise.domain.catalogue.Dose;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A reusable list of exercises and doses; a clinician's own (owner set) or the whole clinic's. */
public record ProgrammeTemplate(long id, long clinicId, Optional<Long> ownerUserId, String name, List<Entry> entries) {

    public static final int NAME_MAX = 200;

    public ProgrammeTemplate {
        Objects.requireNonNull(name, "name");
        entries = List.copyOf(entries);
    }

    public boolean clinicWide() {
        return ownerUserId.isEmpty();
    }

    /** Templates follow the library: an entry names the exercise, and uses its current version when applied. */
    public record Entry(long exerciseId, Dose dose, String note) {
    }
}
