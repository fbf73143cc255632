package com.stagewise.domain.catalogue;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A clinic's library entry at one version. Issued programmes keep the version they were built with. */
public record Exercise(long id, long clinicId, int version, boolean retired, ExerciseContent content,
        Optional<Long> pictureId, Instant updatedAt) {

    public Exercise {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(pictureId, "pictureId");
    }

    public String slug() {
        return content.slug();
    }

    public ExerciseAttributes attributes() {
        return content.attributes();
    }
}
