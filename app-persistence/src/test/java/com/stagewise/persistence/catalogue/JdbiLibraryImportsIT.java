package com.stagewise.persistence.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.stagewise.domain.account.ClinicDetails;
import com.stagewise.domain.catalogue.Dose;
import com.stagewise.domain.catalogue.Equipment;
import com.stagewise.domain.catalogue.Exercise;
import com.stagewise.domain.catalogue.ExerciseAttributes;
import com.stagewise.domain.catalogue.ExerciseContent;
import com.stagewise.domain.catalogue.ImportCounts;
import com.stagewise.domain.catalogue.ImportPlan;
import com.stagewise.domain.catalogue.ImportedExercise;
import com.stagewise.domain.catalogue.KindOfWork;
import com.stagewise.domain.catalogue.Level;
import com.stagewise.domain.catalogue.LibraryImports;
import com.stagewise.domain.catalogue.Position;
import com.stagewise.domain.catalogue.Texts;
import com.stagewise.persistence.Database;
import com.stagewise.persistence.account.JdbiClinics;
import com.stagewise.persistence.testing.DatabaseKind;
import com.stagewise.persistence.testing.TestDatabases;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class JdbiLibraryImportsIT {

    private static final Instant NOW = Instant.parse("2026-11-22T09:00:00Z");

    private static ExerciseContent content(String slug, String name, int reps) {
        return new ExerciseContent(slug, new Texts(name, ""),
                ExerciseAttributes.of(Position.QUADRUPED, KindOfWork.MOBILISE, Level.GENTLE),
                Set.of(Equipment.MAT), Dose.repetitions(reps), true, Texts.none(),
                new Texts("Kneel on all fours.\nRound your back.", ""), Texts.none(), Texts.none(), "S1", "");
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void an_import_creates_new_slugs_versions_changed_ones_and_skips_the_rest(DatabaseKind kind) {
        try (Database database = TestDatabases.fresh(kind)) {
            long clinic = new JdbiClinics(database.jdbi()).create(new ClinicDetails("Riverside", "", "", ""), NOW);
            JdbiExercises exercises = new JdbiExercises(database.jdbi());
            long catCow = exercises.create(clinic, content("cat-cow", "Cat-cow", 8), null, NOW);
            exercises.create(clinic, content("bird-dog", "Bird dog", 6), null, NOW);
            List<ImportedExercise> rows = List.of(
                    new ImportedExercise(content("cat-cow", "Cat-cow", 10), false),
                    new ImportedExercise(content("bird-dog", "Bird dog", 6), true),
                    new ImportedExercise(content("side-clam", "Side-lying clam", 12), false));
            ImportPlan plan = ImportPlan.of(exercises.all(clinic), rows);
            List<Integer> progress = new ArrayList<>();

            ImportCounts counts = new JdbiLibraryImports(database.jdbi()).write(clinic, plan, NOW.plusSeconds(60),
                    progress::add);

            assertThat(counts).isEqualTo(new ImportCounts(1, 1, 1, 1));
            assertThat(progress).containsExactly(1, 2, 3);
            Exercise changed = exercises.find(clinic, catCow).orElseThrow();
            assertThat(changed.version()).isEqualTo(2);
            assertThat(changed.content().defaultDose().reps()).isEqualTo(10);
            Exercise skipped = exercises.findBySlug(clinic, "bird-dog").orElseThrow();
            assertThat(skipped.version()).isEqualTo(1);
            assertThat(skipped.retired()).isTrue();
            assertThat(exercises.findBySlug(clinic, "side-clam")).isPresent();
            assertThat(exercises.count(clinic)).isEqualTo(3);
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void an_entry_saved_after_the_check_rolls_back_the_whole_import(DatabaseKind kind) {
        try (Database database = TestDatabases.fresh(kind)) {
            long clinic = new JdbiClinics(database.jdbi()).create(new ClinicDetails("Riverside", "", "", ""), NOW);
            JdbiExercises exercises = new JdbiExercises(database.jdbi());
            long catCow = exercises.create(clinic, content("cat-cow", "Cat-cow", 8), null, NOW);
            List<ImportedExercise> rows = List.of(
                    new ImportedExercise(content("side-clam", "Side-lying clam", 12), false),
                    new ImportedExercise(content("cat-cow", "Cat-cow", 10), false));
            ImportPlan plan = ImportPlan.of(exercises.all(clinic), rows);
            exercises.saveNewVersion(clinic, catCow, 1, content("cat-cow", "Cat-cow", 9), null, NOW);

            assertThatThrownBy(() -> new JdbiLibraryImports(database.jdbi()).write(clinic, plan, NOW, done -> { }))
                    .isInstanceOf(LibraryImports.LibraryChangedException.class);
            assertThat(exercises.findBySlug(clinic, "side-clam")).isEmpty();
            assertThat(exercises.find(clinic, catCow).orElseThrow().content().defaultDose().reps()).isEqualTo(9);
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void a_slug_taken_after_the_check_rolls_back_the_whole_import(DatabaseKind kind) {
        try (Database database = TestDatabases.fresh(kind)) {
            long clinic = new JdbiClinics(database.jdbi()).create(new ClinicDetails("Riverside", "", "", ""), NOW);
            JdbiExercises exercises = new JdbiExercises(database.jdbi());
            List<ImportedExercise> rows = List.of(
                    new ImportedExercise(content("bird-dog", "Bird dog", 6), false),
                    new ImportedExercise(content("side-clam", "Side-lying clam", 12), false));
            ImportPlan plan = ImportPlan.of(exercises.all(clinic), rows);
            exercises.create(clinic, content("side-clam", "Clam", 5), null, NOW);

            assertThatThrownBy(() -> new JdbiLibraryImports(database.jdbi()).write(clinic, plan, NOW, done -> { }))
                    .isInstanceOf(LibraryImports.LibraryChangedException.class);
            assertThat(exercises.findBySlug(clinic, "bird-dog")).isEmpty();
            assertThat(exercises.count(clinic)).isEqualTo(1);
        }
    }
}
