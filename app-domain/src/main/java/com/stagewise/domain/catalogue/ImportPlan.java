package com.stagewise.domain.catalogue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What an import will do to a library, decided before anything is written: a new slug creates an
 * entry; an existing slug gets a new version only when its content differs (line endings aside),
 * and its retired flag set to the file's. The plan names the version it was made against, so a
 * writer can refuse it when someone saved in between.
 */
public record ImportPlan(List<Step> steps) {

    public ImportPlan {
        steps = List.copyOf(steps);
    }

    /** One row of the file against the library's current entry with its slug, if any. */
    public record Step(ImportedExercise row, Optional<Exercise> existing) {

        public Step {
            Objects.requireNonNull(row, "row");
            Objects.requireNonNull(existing, "existing");
        }

        public boolean creates() {
            return existing.isEmpty();
        }

        public boolean changesContent() {
            return existing.isPresent() && !sameContent(existing.get().content(), row.content());
        }

        public boolean changesRetired() {
            return existing.map(e -> e.retired() != row.retired()).orElse(row.retired());
        }
    }

    /** {@code current} is the clinic's library (current versions); the rows have distinct slugs. */
    public static ImportPlan of(List<Exercise> current, List<ImportedExercise> rows) {
        Map<String, Exercise> bySlug = new HashMap<>();
        for (Exercise exercise : current) {
            bySlug.put(exercise.slug(), exercise);
        }
        List<Step> steps = new ArrayList<>();
        for (ImportedExercise row : rows) {
            steps.add(new Step(row, Optional.ofNullable(bySlug.get(row.slug()))));
        }
        return new ImportPlan(steps);
    }

    /** The counts this plan will give when written. */
    public ImportCounts counts() {
        int created = 0;
        int newVersions = 0;
        int unchanged = 0;
        int retired = 0;
        for (Step step : steps) {
            if (step.creates()) {
                created++;
            } else if (step.changesContent()) {
                newVersions++;
            } else {
                unchanged++;
            }
            if (step.changesRetired()) {
                retired++;
            }
        }
        return new ImportCounts(created, newVersions, unchanged, retired);
    }

    public int size() {
        return steps.size();
    }

    /**
     * Equal content, counting a text typed in a browser ({@code \r\n}) the same as one read from a
     * file ({@code \n}), so that an export imported again changes nothing.
     */
    public static boolean sameContent(ExerciseContent a, ExerciseContent b) {
        return normalised(a).equals(normalised(b));
    }

    private static ExerciseContent normalised(ExerciseContent c) {
        return new ExerciseContent(c.slug(), lines(c.name()), c.attributes(), c.equipment(), c.defaultDose(),
                c.doseIsClinicDefault(), lines(c.doseNote()), lines(c.steps()), lines(c.cues()),
                lines(c.pregnancyNote()), c.sources(), c.figure());
    }

    private static Texts lines(Texts texts) {
        return new Texts(texts.en().replace("\r\n", "\n").replace('\r', '\n'),
                texts.de().replace("\r\n", "\n").replace('\r', '\n'));
    }
}
