package com.stagewise.web.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The starter exercise catalogue shipped as {@code /starter/catalogue.json}: complete, bilingual,
 * and in line with the exercise attributes of the clinical specification (clinical-rules.md, section 5).
 */
class StarterCatalogueFileTest {

    private static final String RESOURCE = "/starter/catalogue.json";

    /** Slug → {position, level}, in catalogue order, as clinical-rules.md section 5 gives them. */
    private static final Map<String, List<String>> SPECIFIED = new LinkedHashMap<>();

    static {
        specify("glute-bridge", "SUPINE", "GENTLE");
        specify("cat-cow", "QUADRUPED", "GENTLE");
        specify("reverse-table-hold", "HANDS_AND_FEET", "MODERATE");
        specify("bird-dog", "QUADRUPED", "MODERATE");
        specify("seated-straddle-reach", "LONG_SITTING", "GENTLE");
        specify("legs-up-rest", "SUPINE", "GENTLE");
        specify("reach-and-swing", "STANDING", "GENTLE");
        specify("childs-pose", "KNEELING", "GENTLE");
        specify("seated-pelvic-tilt", "SITTING", "GENTLE");
        specify("figure-four-glute-stretch", "SITTING", "GENTLE");
        specify("clamshell", "SIDE_LYING", "GENTLE");
        specify("kegel-squat", "STANDING", "MODERATE");
        specify("straight-leg-hold", "SUPINE", "MODERATE");
        specify("knee-to-chest", "SUPINE", "GENTLE");
        specify("supine-crossover-stretch", "SUPINE", "GENTLE");
        specify("diagonal-lengthen", "SUPINE", "GENTLE");
        specify("prone-opposite-lift", "PRONE", "MODERATE");
        specify("eagle-arms", "STANDING", "GENTLE");
        specify("downward-dog", "HANDS_AND_FEET", "MODERATE");
        specify("seated-shoulder-neck-rolls", "SITTING", "GENTLE");
        specify("childs-pose-side-reach", "KNEELING", "GENTLE");
        specify("seated-twist", "SITTING", "GENTLE");
        specify("supine-t-twist", "SUPINE", "GENTLE");
        specify("ball-rock-roll", "SITTING", "GENTLE");
        specify("posterior-pelvic-tilt", "SUPINE", "GENTLE");
        specify("hollow-body-hold", "SUPINE", "ADVANCED");
        specify("deep-squat-hold", "SQUAT", "MODERATE");
        specify("standing-hip-flexor-stretch", "STANDING", "GENTLE");
    }

    private static final Set<String> POSITIONS = Set.of("SUPINE", "PRONE", "SIDE_LYING", "QUADRUPED",
            "KNEELING", "SITTING", "LONG_SITTING", "STANDING", "SQUAT", "HANDS_AND_FEET");
    private static final Set<String> KINDS = Set.of("MOBILISE", "STRETCH", "STRENGTHEN", "STABILISE", "RELAX");
    private static final Set<String> LEVELS = Set.of("GENTLE", "MODERATE", "ADVANCED");
    private static final Set<String> STATIC_DEMANDS = Set.of("LOADED_TRUNK_FLEXION", "ANTERIOR_TRUNK_STRETCH",
            "TRUNK_ROTATION", "WIDE_ABDUCTION", "DEEP_SQUAT", "SINGLE_LEG_LOAD", "UNSTABLE_SURFACE",
            "SWINGING", "HEAD_BELOW_HIPS", "IMPACT", "PERINEAL_LOAD");
    private static final Set<String> DOSE_DERIVED_DEMANDS = Set.of("SUPINE_BOUT", "SUSTAINED_HOLD");
    private static final Set<String> EQUIPMENT =
            Set.of("MAT", "GYM_BALL", "CHAIR", "BOX", "WALL_OR_SUPPORT", "PILLOW", "NONE");
    private static final List<String> LANGUAGES = List.of("en", "de");

    private static JsonNode catalogue;

    private static void specify(String slug, String position, String level) {
        SPECIFIED.put(slug, List.of(position, level));
    }

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = StarterCatalogueFileTest.class.getResourceAsStream(RESOURCE)) {
            assertThat(in).as(RESOURCE + " on the class path").isNotNull();
            catalogue = new ObjectMapper().readTree(in);
        }
    }

    private static List<JsonNode> exercises() {
        List<JsonNode> all = new ArrayList<>();
        catalogue.path("exercises").forEach(all::add);
        return all;
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asText()));
        return values;
    }

    @Test
    void the_catalogue_holds_the_28_specified_exercises_once_each_in_catalogue_order() {
        List<String> slugs = exercises().stream().map(exercise -> exercise.path("slug").asText()).toList();

        assertThat(slugs).hasSize(28).doesNotHaveDuplicates();
        assertThat(slugs).containsExactlyElementsOf(SPECIFIED.keySet());
    }

    @Test
    void every_exercise_has_the_position_and_level_of_the_clinical_specification() {
        assertThat(exercises()).allSatisfy(exercise -> {
            String slug = exercise.path("slug").asText();
            assertThat(SPECIFIED).as(slug).containsKey(slug);
            assertThat(exercise.path("position").asText()).as(slug + " position")
                    .isEqualTo(SPECIFIED.get(slug).get(0));
            assertThat(exercise.path("level").asText()).as(slug + " level")
                    .isEqualTo(SPECIFIED.get(slug).get(1));
        });
    }

    @Test
    void every_code_in_an_exercise_is_one_of_the_allowed_values() {
        assertThat(exercises()).allSatisfy(exercise -> {
            String slug = exercise.path("slug").asText();
            assertThat(exercise.path("position").asText()).as(slug + " position").isIn(POSITIONS);
            assertThat(exercise.path("kind").asText()).as(slug + " kind").isIn(KINDS);
            assertThat(exercise.path("level").asText()).as(slug + " level").isIn(LEVELS);
            assertThat(exercise.path("demands").isArray()).as(slug + " demands is a list").isTrue();
            assertThat(texts(exercise.path("demands"))).as(slug + " demands")
                    .doesNotHaveDuplicates().allSatisfy(demand -> assertThat(demand).isIn(STATIC_DEMANDS));
            List<String> equipment = texts(exercise.path("equipment"));
            assertThat(equipment).as(slug + " equipment")
                    .isNotEmpty().doesNotHaveDuplicates().allSatisfy(item -> assertThat(item).isIn(EQUIPMENT));
            if (equipment.contains("NONE")) {
                assertThat(equipment).as(slug + ": NONE stands alone").containsExactly("NONE");
            }
        });
    }

    @Test
    void demands_derived_from_the_dose_are_never_stored_with_an_exercise() {
        assertThat(exercises()).allSatisfy(exercise ->
                assertThat(texts(exercise.path("demands"))).as(exercise.path("slug").asText())
                        .doesNotContainAnyElementsOf(DOSE_DERIVED_DEMANDS));
    }

    @Test
    void every_starter_exercise_has_a_name_in_english_and_german() {
        assertThat(exercises()).allSatisfy(exercise -> {
            for (String language : LANGUAGES) {
                assertThat(exercise.path("name").path(language).asText())
                        .as(exercise.path("slug").asText() + " name " + language).isNotBlank();
            }
        });
    }

    @Test
    void every_starter_exercise_has_steps_in_english_and_german() {
        assertThat(exercises()).allSatisfy(exercise -> {
            String slug = exercise.path("slug").asText();
            List<String> english = texts(exercise.path("steps").path("en"));
            List<String> german = texts(exercise.path("steps").path("de"));
            assertThat(english).as(slug + " steps en").hasSizeBetween(3, 6)
                    .allSatisfy(step -> assertThat(step).isNotBlank());
            assertThat(german).as(slug + " steps de").hasSameSizeAs(english)
                    .allSatisfy(step -> assertThat(step).isNotBlank());
        });
    }

    @Test
    void every_starter_exercise_has_one_or_two_cues_in_english_and_german() {
        assertThat(exercises()).allSatisfy(exercise -> {
            String slug = exercise.path("slug").asText();
            List<String> english = texts(exercise.path("cues").path("en"));
            List<String> german = texts(exercise.path("cues").path("de"));
            assertThat(english).as(slug + " cues en").hasSizeBetween(1, 2)
                    .allSatisfy(cue -> assertThat(cue).isNotBlank());
            assertThat(german).as(slug + " cues de").hasSameSizeAs(english)
                    .allSatisfy(cue -> assertThat(cue).isNotBlank());
        });
    }

    @Test
    void notes_are_given_in_both_languages_or_in_neither() {
        assertThat(exercises()).allSatisfy(exercise -> {
            String slug = exercise.path("slug").asText();
            for (String field : List.of("doseNote", "pregnancyNote")) {
                JsonNode note = exercise.path(field);
                assertThat(note.has("en") && note.has("de")).as(slug + " " + field + " has en and de").isTrue();
                assertThat(note.path("en").asText().isBlank()).as(slug + " " + field + " filled in both")
                        .isEqualTo(note.path("de").asText().isBlank());
            }
            assertThat(exercise.path("doseNote").path("en").asText()).as(slug + " doseNote").isNotBlank();
            assertThat(exercise.path("attributeNote").asText()).as(slug + " attributeNote").isNotBlank();
        });
    }

    @Test
    void every_source_an_exercise_cites_is_in_the_source_list() {
        Set<String> codes = new HashSet<>();
        catalogue.path("sources").forEach(source -> {
            assertThat(source.path("title").asText()).as(source.path("code").asText() + " title").isNotBlank();
            assertThat(source.has("publisher")).as(source.path("code").asText() + " publisher").isTrue();
            codes.add(source.path("code").asText());
        });
        assertThat(codes).containsExactlyInAnyOrder("S0", "S1", "S2", "S3", "S4");

        assertThat(exercises()).allSatisfy(exercise ->
                assertThat(texts(exercise.path("sources"))).as(exercise.path("slug").asText() + " sources")
                        .isNotEmpty().doesNotHaveDuplicates().allSatisfy(code -> assertThat(code).isIn(codes)));
    }

    @Test
    void every_default_dose_is_non_negative_with_at_least_one_set_and_one_rep() {
        assertThat(exercises()).allSatisfy(exercise -> {
            String slug = exercise.path("slug").asText();
            JsonNode dose = exercise.path("defaultDose");
            assertThat(dose.isObject()).as(slug + " defaultDose").isTrue();
            for (String field : List.of("sets", "reps", "holdSeconds", "durationSeconds", "timesPerDay", "daysPerWeek")) {
                JsonNode value = dose.path(field);
                if (!value.isMissingNode() && !value.isNull()) {
                    assertThat(value.isIntegralNumber()).as(slug + " " + field + " is a whole number").isTrue();
                    assertThat(value.asInt()).as(slug + " " + field).isNotNegative();
                }
            }
            for (String field : List.of("sets", "reps", "timesPerDay", "daysPerWeek")) {
                JsonNode value = dose.path(field);
                if (!value.isMissingNode() && !value.isNull()) {
                    assertThat(value.asInt()).as(slug + " " + field).isGreaterThanOrEqualTo(1);
                }
            }
            assertThat(dose.path("daysPerWeek").asInt(1)).as(slug + " daysPerWeek").isLessThanOrEqualTo(7);
            assertThat(dose.path("perSide").isBoolean()).as(slug + " perSide").isTrue();
            assertThat(exercise.path("doseIsClinicDefault").isBoolean()).as(slug + " doseIsClinicDefault").isTrue();
        });
    }
}
