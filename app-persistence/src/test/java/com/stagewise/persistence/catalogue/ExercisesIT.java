package com.stagewise.persistence.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.stagewise.domain.Page;
import com.stagewise.domain.account.ClinicDetails;
import com.stagewise.domain.catalogue.Demand;
import com.stagewise.domain.catalogue.Dose;
import com.stagewise.domain.catalogue.Equipment;
import com.stagewise.domain.catalogue.Exercise;
import com.stagewise.domain.catalogue.ExerciseAttributes;
import com.stagewise.domain.catalogue.ExerciseContent;
import com.stagewise.domain.catalogue.Exercises;
import com.stagewise.domain.catalogue.KindOfWork;
import com.stagewise.domain.catalogue.Level;
import com.stagewise.domain.catalogue.LibraryQuery;
import com.stagewise.domain.catalogue.Position;
import com.stagewise.domain.catalogue.Texts;
import com.stagewise.persistence.Database;
import com.stagewise.persistence.DatabaseSettings;
import com.stagewise.persistence.account.JdbiClinics;
import com.stagewise.persistence.testing.DatabaseKind;
import com.stagewise.persistence.testing.TestDatabases;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ExercisesIT {

    private static final Instant NOW = Instant.parse("2026-11-22T09:00:00Z");

    private static long clinic(Database database, String name) {
        return new JdbiClinics(database.jdbi()).create(new ClinicDetails(name, "", "", ""), NOW);
    }

    private static ExerciseContent content(String slug, String name, Position position, Level level, Set<Demand> demands,
            Set<Equipment> equipment, String steps) {
        return new ExerciseContent(slug, new Texts(name, ""),
                new ExerciseAttributes(position, KindOfWork.STRETCH, level, demands), equipment,
                new Dose(2, 8, 5, null, true, 1, 5), true, new Texts("Slowly.", "Langsam."),
                new Texts(steps, ""), new Texts("Breathe out.", "Ausatmen."), Texts.none(), "Test source", "");
    }

    private static ExerciseContent content(String slug, String name) {
        return content(slug, name, Position.STANDING, Level.GENTLE, Set.of(), Set.of(Equipment.NONE),
                "Stand tall.\nMove slowly.");
    }

    private static List<String> slugs(Page<Exercise> page) {
        return page.items().stream().map(Exercise::slug).toList();
    }

    private static LibraryQuery query(String text, Optional<Position> position, Optional<Level> level,
            Optional<Equipment> equipment, Optional<Demand> demand, boolean retired) {
        return new LibraryQuery(text, position, Optional.empty(), level, equipment, demand, retired);
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void an_exercise_round_trips_through_create_and_find(DatabaseKind kind) {
        try (Database database = TestDatabases.fresh(kind)) {
            Exercises exercises = new JdbiExercises(database.jdbi());
            long clinic = clinic(database, "Round Trip");
            ExerciseContent written = new ExerciseContent("side-clam", new Texts("Side clam", "Muschel"),
                    new ExerciseAttributes(Position.SIDE_LYING, KindOfWork.STRENGTHEN, Level.MODERATE,
                            Set.of(Demand.SINGLE_LEG_LOAD, Demand.SUPINE_BOUT)),
                    Set.of(Equipment.MAT, Equipment.PILLOW), new Dose(3, 10, null, 45, true, 2, 6), false,
                    new Texts("A note", "Eine Notiz"), new Texts("Lie on your side.\nLift the knee.", "Seitlich liegen."),
                    new Texts("Keep the feet together.", ""), new Texts("Pillow under the bump.", "Kissen."),
                    "Source A; Source B", "clamshell");

            long id = exercises.create(clinic, written, null, NOW);
            Exercise read = exercises.find(clinic, id).orElseThrow();

            assertThat(read.id()).isEqualTo(id);
            assertThat(read.clinicId()).isEqualTo(clinic);
            assertThat(read.version()).isEqualTo(1);
            assertThat(read.retired()).isFalse();
            assertThat(read.pictureId()).isEmpty();
            assertThat(read.updatedAt()).isEqualTo(NOW);
            // SUPINE_BOUT comes from the dose and is never stored
            assertThat(read.content()).isEqualTo(new ExerciseContent(written.slug(), written.name(),
                    new ExerciseAttributes(Position.SIDE_LYING, KindOfWork.STRENGTHEN, Level.MODERATE,
                            Set.of(Demand.SINGLE_LEG_LOAD)),
                    written.equipment(), written.defaultDose(), false, written.doseNote(), written.steps(),
                    written.cues(), written.pregnancyNote(), written.sources(), written.figure()));
            assertThat(exercises.findBySlug(clinic, "side-clam")).contains(read);
            assertThat(exercises.findBySlug(clinic, "no-such")).isEmpty();
            assertThat(exercises.findVersion(clinic, id, 1)).contains(read);
            assertThat(exercises.findVersion(clinic, id, 2)).isEmpty();
            assertThat(exercises.count(clinic)).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void a_slug_is_unique_within_a_clinic_but_not_across_clinics(DatabaseKind kind) {
        try (Database database = TestDatabases.fresh(kind)) {
            Exercises exercises = new JdbiExercises(database.jdbi());
            long a = clinic(database, "A");
            long b = clinic(database, "B");
            exercises.create(a, content("bridge", "Bridge"), null, NOW);

            assertThatThrownBy(() -> exercises.create(a, content("bridge", "Another bridge"), null, NOW))
                    .isInstanceOf(Exercises.SlugTakenException.class);
            exercises.create(b, content("bridge", "Bridge in B"), null, NOW);
            assertThat(exercises.count(a)).isEqualTo(1);
            assertThat(exercises.count(b)).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void a_new_version_keeps_the_old_one_and_a_stale_version_saves_nothing(DatabaseKind kind) {
        try (Database database = TestDatabases.fresh(kind)) {
            Exercises exercises = new JdbiExercises(database.jdbi());
            long clinic = clinic(database, "Versions");
            long id = exercises.create(clinic, content("bridge", "Bridge"), null, NOW);
            Instant later = NOW.plusSeconds(60);

            Optional<Integer> saved = exercises.saveNewVersion(clinic, id, 1,
                    content("bridge", "Glute bridge", Position.SUPINE, Level.MODERATE, Set.of(),
                            Set.of(Equipment.MAT), "Lie down.\nLift the hips."), null, later);
            Optional<Integer> stale = exercises.saveNewVersion(clinic, id, 1, content("bridge", "Lost update"), null,
                    later);

            assertThat(saved).contains(2);
            assertThat(stale).isEmpty();
            Exercise current = exercises.find(clinic, id).orElseThrow();
            assertThat(current.version()).isEqualTo(2);
            assertThat(current.content().name().en()).isEqualTo("Glute bridge");
            assertThat(current.attributes().position()).isEqualTo(Position.SUPINE);
            assertThat(current.updatedAt()).isEqualTo(later);
            assertThat(exercises.findVersion(clinic, id, 1).orElseThrow().content().name().en()).isEqualTo("Bridge");
            assertThat(exercises.findVersion(clinic, id, 1).orElseThrow().attributes().position())
                    .isEqualTo(Position.STANDING);
            assertThat(exercises.findVersion(clinic, id, 3)).isEmpty();
            assertThat(exercises.findBySlug(clinic, "bridge").orElseThrow().version()).isEqualTo(2);
            // the search follows the current version: its words, its position
            LibraryQuery any = LibraryQuery.everything();
            assertThat(slugs(exercises.search(clinic, LibraryQuery.text("glute"), 1, 10))).containsExactly("bridge");
            assertThat(slugs(exercises.search(clinic, LibraryQuery.text("stand"), 1, 10))).isEmpty();
            assertThat(slugs(exercises.search(clinic, query("", Optional.of(Position.SUPINE), Optional.empty(),
                    Optional.empty(), Optional.empty(), false), 1, 10))).containsExactly("bridge");
            assertThat(exercises.search(clinic, any, 1, 10).items()).extracting(Exercise::version).containsExactly(2);
            // a version from the future is stale too
            assertThat(exercises.saveNewVersion(clinic, id, 5, content("bridge", "Future"), null, later)).isEmpty();
            assertThat(exercises.saveNewVersion(clinic, id, 2, content("bridge", "Third"), null, later)).contains(3);
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void the_attributes_of_several_versions_are_read_at_once_and_only_from_the_clinic(DatabaseKind kind) {
        try (Database database = TestDatabases.fresh(kind)) {
            Exercises exercises = new JdbiExercises(database.jdbi());
            long clinic = clinic(database, "Attributes");
            long other = clinic(database, "Elsewhere");
            long bridge = exercises.create(clinic, content("bridge", "Bridge"), null, NOW);
            exercises.saveNewVersion(clinic, bridge, 1, content("bridge", "Glute bridge", Position.SUPINE, Level.MODERATE,
                    Set.of(Demand.SUPINE_BOUT), Set.of(Equipment.MAT), "Lie down."), null, NOW);
            long clam = exercises.create(clinic, content("clam", "Clam", Position.SIDE_LYING, Level.GENTLE, Set.of(),
                    Set.of(Equipment.MAT), "Lie on your side."), null, NOW);
            long theirs = exercises.create(other, content("bridge", "Their bridge"), null, NOW);

            Map<Exercises.VersionRef, ExerciseAttributes> found = exercises.attributes(clinic, List.of(
                    new Exercises.VersionRef(bridge, 1), new Exercises.VersionRef(bridge, 2), new Exercises.VersionRef(clam, 1),
                    new Exercises.VersionRef(clam, 1), new Exercises.VersionRef(clam, 2), new Exercises.VersionRef(theirs, 1)));

            assertThat(found).containsOnlyKeys(new Exercises.VersionRef(bridge, 1), new Exercises.VersionRef(bridge, 2),
                    new Exercises.VersionRef(clam, 1));
            assertThat(found.get(new Exercises.VersionRef(bridge, 1)))
                    .isEqualTo(exercises.findVersion(clinic, bridge, 1).orElseThrow().attributes());
            assertThat(found.get(new Exercises.VersionRef(bridge, 2))).isEqualTo(new ExerciseAttributes(Position.SUPINE,
                    KindOfWork.STRETCH, Level.MODERATE, Set.of(Demand.SUPINE_BOUT)));
            assertThat(found.get(new Exercises.VersionRef(clam, 1)).position()).isEqualTo(Position.SIDE_LYING);
            assertThat(exercises.attributes(clinic, List.of())).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void text_search_matches_word_prefixes_in_names_steps_and_cues_with_accents_folded(DatabaseKind kind) {
        try (Database database = TestDatabases.fresh(kind)) {
            Exercises exercises = new JdbiExercises(database.jdbi());
            long clinic = clinic(database, "Search");
            exercises.create(clinic, content("glute-bridge", "Glute bridge"), null, NOW);
            exercises.create(clinic, new ExerciseContent("hip-stretch", new Texts("Hip stretch", "Hüftdehnung"),
                    new ExerciseAttributes(Position.STANDING, KindOfWork.STRETCH, Level.GENTLE, Set.of()),
                    Set.of(), Dose.repetitions(3), true, null, new Texts("Stand tall.", "Die Hüfte nach vorn schieben."),
                    new Texts("", "Fuß flach aufsetzen."), null, "", ""), null, NOW);
            exercises.create(clinic, content("zumba-step", "Zumba step", Position.STANDING, Level.GENTLE, Set.of(),
                    Set.of(), "Step 9 times."), null, NOW);
            exercises.create(clinic, content("cat-cow", "Cat–cow", Position.QUADRUPED, Level.GENTLE, Set.of(),
                    Set.of(), "Round the back like a cat."), null, NOW);

            // both roads through the search: walking the names, and starting from a rare word
            for (int rareWordLimit : new int[] {0, 1_000_000}) {
                Exercises road = new JdbiExercises(database.jdbi(), rareWordLimit);
                assertThat(slugs(road.search(clinic, LibraryQuery.text("brid"), 1, 10))).containsExactly("glute-bridge");
                assertThat(slugs(road.search(clinic, LibraryQuery.text("BRIDGE"), 1, 10))).containsExactly("glute-bridge");
                assertThat(slugs(road.search(clinic, LibraryQuery.text("hufte"), 1, 10))).containsExactly("hip-stretch");
                assertThat(slugs(road.search(clinic, LibraryQuery.text("Hüf"), 1, 10))).containsExactly("hip-stretch");
                assertThat(slugs(road.search(clinic, LibraryQuery.text("hüftdehnung"), 1, 10)))
                        .containsExactly("hip-stretch");
                assertThat(slugs(road.search(clinic, LibraryQuery.text("fuss"), 1, 10))).containsExactly("hip-stretch");
                // every word must match, each as the start of some word
                assertThat(slugs(road.search(clinic, LibraryQuery.text("glute brid"), 1, 10)))
                        .containsExactly("glute-bridge");
                assertThat(slugs(road.search(clinic, LibraryQuery.text("glute hip"), 1, 10))).isEmpty();
                assertThat(slugs(road.search(clinic, LibraryQuery.text("ridge"), 1, 10))).isEmpty();
                // steps and cues are searched; a cue in the German text too
                assertThat(slugs(road.search(clinic, LibraryQuery.text("round back"), 1, 10))).containsExactly("cat-cow");
                assertThat(slugs(road.search(clinic, LibraryQuery.text("breathe"), 1, 10)))
                        .containsExactly("cat-cow", "glute-bridge", "zumba-step");
                // prefixes whose last character is the last letter or digit
                assertThat(slugs(road.search(clinic, LibraryQuery.text("z"), 1, 10))).containsExactly("zumba-step");
                assertThat(slugs(road.search(clinic, LibraryQuery.text("9"), 1, 10))).containsExactly("zumba-step");
                // punctuation alone is no word: everything matches
                assertThat(slugs(road.search(clinic, LibraryQuery.text("–"), 1, 10))).hasSize(4);
                assertThat(slugs(road.search(clinic, LibraryQuery.text("%"), 1, 10))).hasSize(4);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void filters_combine_and_match_whole_codes(DatabaseKind kind) {
        try (Database database = TestDatabases.fresh(kind)) {
            Exercises exercises = new JdbiExercises(database.jdbi());
            long clinic = clinic(database, "Filters");
            exercises.create(clinic, content("cat-cow", "Cat cow", Position.QUADRUPED, Level.GENTLE, Set.of(),
                    Set.of(Equipment.MAT), "Round the back."), null, NOW);
            exercises.create(clinic, content("bird-dog", "Bird dog", Position.QUADRUPED, Level.MODERATE, Set.of(),
                    Set.of(Equipment.MAT), "Reach long."), null, NOW);
            exercises.create(clinic, content("ball-roll", "Ball roll", Position.SITTING, Level.GENTLE,
                    Set.of(Demand.UNSTABLE_SURFACE, Demand.PERINEAL_LOAD), Set.of(Equipment.GYM_BALL), "Roll."), null, NOW);
            exercises.create(clinic, content("wall-sit", "Wall sit", Position.STANDING, Level.ADVANCED,
                    Set.of(Demand.DEEP_SQUAT), Set.of(Equipment.WALL_OR_SUPPORT), "Slide down."), null, NOW);

            assertThat(slugs(exercises.search(clinic, query("", Optional.of(Position.QUADRUPED), Optional.empty(),
                    Optional.empty(), Optional.empty(), false), 1, 10))).containsExactly("bird-dog", "cat-cow");
            assertThat(slugs(exercises.search(clinic, query("", Optional.of(Position.QUADRUPED), Optional.of(Level.GENTLE),
                    Optional.empty(), Optional.empty(), false), 1, 10))).containsExactly("cat-cow");
            assertThat(slugs(exercises.search(clinic, query("", Optional.empty(), Optional.empty(),
                    Optional.of(Equipment.GYM_BALL), Optional.empty(), false), 1, 10))).containsExactly("ball-roll");
            assertThat(slugs(exercises.search(clinic, query("", Optional.empty(), Optional.empty(),
                    Optional.of(Equipment.MAT), Optional.empty(), false), 1, 10))).containsExactly("bird-dog", "cat-cow");
            assertThat(slugs(exercises.search(clinic, query("", Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.of(Demand.PERINEAL_LOAD), false), 1, 10))).containsExactly("ball-roll");
            assertThat(slugs(exercises.search(clinic, query("", Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.of(Demand.DEEP_SQUAT), false), 1, 10))).containsExactly("wall-sit");
            assertThat(slugs(exercises.search(clinic, query("roll", Optional.of(Position.QUADRUPED), Optional.empty(),
                    Optional.empty(), Optional.empty(), false), 1, 10))).isEmpty();
            // dose-derived demands are never stored, so they never filter
            assertThat(slugs(exercises.search(clinic, query("", Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.of(Demand.SUSTAINED_HOLD), false), 1, 10))).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void pages_are_in_name_order_and_say_whether_more_follow(DatabaseKind kind) {
        try (Database database = TestDatabases.fresh(kind)) {
            Exercises exercises = new JdbiExercises(database.jdbi());
            long clinic = clinic(database, "Paging");
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < 25; i++) {
                String slug = String.format("move-%02d", i);
                // created out of order: the name decides the order
                exercises.create(clinic, content(slug, String.format("Move %02d", (i * 7) % 25)), null, NOW);
            }
            for (int i = 0; i < 25; i++) {
                expected.add(String.format("Move %02d", i));
            }

            Page<Exercise> first = exercises.search(clinic, LibraryQuery.everything(), 1, 10);
            Page<Exercise> second = exercises.search(clinic, LibraryQuery.everything(), 2, 10);
            Page<Exercise> third = exercises.search(clinic, LibraryQuery.everything(), 3, 10);
            Page<Exercise> beyond = exercises.search(clinic, LibraryQuery.everything(), 4, 10);
            Page<Exercise> exact = exercises.search(clinic, LibraryQuery.everything(), 1, 25);

            assertThat(first.hasNext()).isTrue();
            assertThat(first.hasPrevious()).isFalse();
            assertThat(second.hasNext()).isTrue();
            assertThat(third.items()).hasSize(5);
            assertThat(third.hasNext()).isFalse();
            assertThat(beyond.items()).isEmpty();
            assertThat(beyond.hasNext()).isFalse();
            assertThat(exact.items()).hasSize(25);
            assertThat(exact.hasNext()).isFalse();
            List<String> names = new ArrayList<>();
            for (Page<Exercise> page : List.of(first, second, third)) {
                page.items().forEach(e -> names.add(e.content().name().en()));
            }
            assertThat(names).containsExactlyElementsOf(expected);
            for (int rareWordLimit : new int[] {0, 1_000_000}) {
                Exercises road = new JdbiExercises(database.jdbi(), rareWordLimit);
                List<String> found = new ArrayList<>();
                for (int page = 1; page <= 3; page++) {
                    road.search(clinic, LibraryQuery.text("move"), page, 10).items()
                            .forEach(e -> found.add(e.content().name().en()));
                }
                assertThat(found).containsExactlyElementsOf(expected);
            }
            assertThat(exercises.all(clinic)).extracting(e -> e.content().name().en()).containsExactlyElementsOf(expected);
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void retired_entries_are_left_out_unless_asked_for(DatabaseKind kind) {
        try (Database database = TestDatabases.fresh(kind)) {
            Exercises exercises = new JdbiExercises(database.jdbi());
            long clinic = clinic(database, "Retired");
            long other = clinic(database, "Other");
            long kept = exercises.create(clinic, content("kept", "Kept bridge"), null, NOW);
            long retired = exercises.create(clinic, content("old", "Old bridge"), null, NOW);
            LibraryQuery withRetired = query("bridge", Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), true);

            assertThat(exercises.setRetired(clinic, retired, true, NOW.plusSeconds(1))).isTrue();
            assertThat(exercises.setRetired(other, kept, true, NOW)).isFalse();

            assertThat(slugs(exercises.search(clinic, LibraryQuery.text("bridge"), 1, 10))).containsExactly("kept");
            assertThat(slugs(exercises.search(clinic, withRetired, 1, 10))).containsExactly("kept", "old");
            assertThat(slugs(exercises.search(clinic, query("", Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), true), 1, 10))).containsExactly("kept", "old");
            assertThat(exercises.find(clinic, retired).orElseThrow().retired()).isTrue();
            assertThat(exercises.find(clinic, kept).orElseThrow().retired()).isFalse();
            assertThat(exercises.all(clinic)).hasSize(2);
            // retiring keeps the version; restoring brings the entry back
            assertThat(exercises.find(clinic, retired).orElseThrow().version()).isEqualTo(1);
            assertThat(exercises.setRetired(clinic, retired, false, NOW.plusSeconds(2))).isTrue();
            assertThat(slugs(exercises.search(clinic, LibraryQuery.text("bridge"), 1, 10))).containsExactly("kept", "old");
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void pictures_round_trip_their_bytes_and_belong_to_one_clinic(DatabaseKind kind) {
        try (Database database = TestDatabases.fresh(kind)) {
            Exercises exercises = new JdbiExercises(database.jdbi());
            long clinic = clinic(database, "Pictures");
            long other = clinic(database, "Other");
            byte[] bytes = new byte[70_000];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) (i * 31);
            }

            long picture = exercises.savePicture(clinic, "image/png", bytes, NOW);
            long id = exercises.create(clinic, content("with-picture", "With picture"), picture, NOW);

            Exercises.Picture read = exercises.picture(clinic, picture).orElseThrow();
            assertThat(read.contentType()).isEqualTo("image/png");
            assertThat(read.bytes()).isEqualTo(bytes);
            assertThat(exercises.picture(other, picture)).isEmpty();
            assertThat(exercises.picture(clinic, picture + 1000)).isEmpty();
            assertThat(exercises.find(clinic, id).orElseThrow().pictureId()).contains(picture);
            // a new version without the picture; the old version keeps it
            exercises.saveNewVersion(clinic, id, 1, content("with-picture", "Without picture"), null, NOW);
            assertThat(exercises.find(clinic, id).orElseThrow().pictureId()).isEmpty();
            assertThat(exercises.findVersion(clinic, id, 1).orElseThrow().pictureId()).contains(picture);
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void every_query_is_scoped_to_its_clinic(DatabaseKind kind) {
        try (Database database = TestDatabases.fresh(kind)) {
            Exercises exercises = new JdbiExercises(database.jdbi());
            long a = clinic(database, "A");
            long b = clinic(database, "B");
            long inA = exercises.create(a, content("bridge", "Bridge of A"), null, NOW);
            long inB = exercises.create(b, content("plank", "Plank of B"), null, NOW);

            assertThat(exercises.find(b, inA)).isEmpty();
            assertThat(exercises.findVersion(b, inA, 1)).isEmpty();
            assertThat(exercises.findBySlug(b, "bridge")).isEmpty();
            assertThat(slugs(exercises.search(b, LibraryQuery.everything(), 1, 10))).containsExactly("plank");
            assertThat(slugs(exercises.search(b, LibraryQuery.text("bridge"), 1, 10))).isEmpty();
            assertThat(exercises.all(b)).extracting(Exercise::slug).containsExactly("plank");
            assertThat(exercises.saveNewVersion(b, inA, 1, content("bridge", "Stolen"), null, NOW)).isEmpty();
            assertThat(exercises.find(a, inA).orElseThrow().content().name().en()).isEqualTo("Bridge of A");
            assertThat(exercises.setRetired(a, inB, true, NOW)).isFalse();
            assertThat(exercises.find(b, inB).orElseThrow().retired()).isFalse();
            assertThat(exercises.count(a)).isEqualTo(1);
        }
    }

    /**
     * Production PostgreSQL (the postgres image) sorts text by a natural-language collation, in which
     * punctuation sorts before letters and digits; the test server sorts by code point. The word
     * search must find the same entries under both.
     */
    @Test
    void text_search_works_under_a_natural_language_collation() {
        EmbeddedPostgres server = TestDatabases.postgresServer();
        String name = "icu_search_" + System.nanoTime();
        try (Connection connection = server.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name + " TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE 'en-US'"
                    + " LOCALE 'C.UTF-8'");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create an ICU database", e);
        }
        try (Database database = Database.open(new DatabaseSettings(server.getJdbcUrl("postgres", name), "postgres",
                "", 2))) {
            Exercises exercises = new JdbiExercises(database.jdbi());
            long clinic = clinic(database, "Collation");
            exercises.create(clinic, content("legs-up-rest", "Legs-up rest (90/90)"), null, NOW);
            exercises.create(clinic, content("zumba-step", "Zumba step"), null, NOW);
            exercises.create(clinic, content("glute-bridge", "Glute bridge"), null, NOW);

            assertThat(slugs(exercises.search(clinic, LibraryQuery.text("9"), 1, 10))).containsExactly("legs-up-rest");
            assertThat(slugs(exercises.search(clinic, LibraryQuery.text("90"), 1, 10))).containsExactly("legs-up-rest");
            assertThat(slugs(exercises.search(clinic, LibraryQuery.text("z"), 1, 10))).containsExactly("zumba-step");
            assertThat(slugs(exercises.search(clinic, LibraryQuery.text("brid"), 1, 10))).containsExactly("glute-bridge");
            assertThat(slugs(exercises.search(clinic, LibraryQuery.text("glutez"), 1, 10))).isEmpty();
        }
    }
}
