package com.stagewise.domain.catalogue;

import java.util.Objects;

/** One checked row of an import file: the content of a library entry and whether it is retired. */
public record ImportedExercise(ExerciseContent content, boolean retired) {

    public ImportedExercise {
        Objects.requireNonNull(content, "content");
    }

    public String slug() {
        return content.slug();
    }
}
