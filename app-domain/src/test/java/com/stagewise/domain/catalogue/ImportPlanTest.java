package com.stagewise.domain.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ImportPlanTest {

    private static final Instant AT = Instant.parse("2026-11-22T09:00:00Z");

    private static ExerciseContent content(String slug, String steps, int reps) {
        return new ExerciseContent(slug, Texts.english("Name of " + slug),
                ExerciseAttributes.of(Position.SUPINE, KindOfWork.STRENGTHEN, Level.GENTLE),
                Set.of(Equipment.MAT), Dose.repetitions(reps), false, Texts.none(), Texts.english(steps),
                Texts.none(), Texts.none(), "S0", slug);
    }

    private static Exercise stored(long id, ExerciseContent content, boolean retired) {
        return new Exercise(id, 1, 3, retired, content, Optional.empty(), AT);
    }

    @Test
    void a_new_slug_creates_a_changed_one_gets_a_version_and_an_equal_one_is_skipped() {
        List<Exercise> library = List.of(
                stored(1, content("glute-bridge", "Lie down.\nLift.", 10), false),
                stored(2, content("bird-dog", "Kneel.", 6), false));
        List<ImportedExercise> rows = List.of(
                new ImportedExercise(content("glute-bridge", "Lie down.\nLift.", 12), false),
                new ImportedExercise(content("bird-dog", "Kneel.", 6), false),
                new ImportedExercise(content("side-clam", "Lie on your side.", 10), false));

        ImportPlan plan = ImportPlan.of(library, rows);

        assertThat(plan.steps()).extracting(ImportPlan.Step::creates).containsExactly(false, false, true);
        assertThat(plan.steps()).extracting(ImportPlan.Step::changesContent).containsExactly(true, false, false);
        assertThat(plan.counts()).isEqualTo(new ImportCounts(1, 1, 1, 0));
    }

    @Test
    void a_text_typed_in_a_browser_equals_the_same_text_read_from_a_file() {
        List<Exercise> library = List.of(stored(1, content("glute-bridge", "Lie down.\r\nLift.", 10), false));
        List<ImportedExercise> rows = List.of(new ImportedExercise(content("glute-bridge", "Lie down.\nLift.", 10), false));

        assertThat(ImportPlan.of(library, rows).counts()).isEqualTo(new ImportCounts(0, 0, 1, 0));
    }

    @Test
    void the_retired_flag_is_taken_from_the_file_without_a_new_version() {
        List<Exercise> library = List.of(
                stored(1, content("glute-bridge", "Lift.", 10), false),
                stored(2, content("bird-dog", "Kneel.", 6), true));
        List<ImportedExercise> rows = List.of(
                new ImportedExercise(content("glute-bridge", "Lift.", 10), true),
                new ImportedExercise(content("bird-dog", "Kneel.", 6), false),
                new ImportedExercise(content("side-clam", "Lie down.", 6), true));

        ImportPlan plan = ImportPlan.of(library, rows);

        assertThat(plan.steps()).extracting(ImportPlan.Step::changesRetired).containsExactly(true, true, true);
        assertThat(plan.counts()).isEqualTo(new ImportCounts(1, 0, 2, 3));
    }
}
