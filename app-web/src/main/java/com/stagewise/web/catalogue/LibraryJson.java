package com.stagewise.web.catalogue;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.stagewise.domain.catalogue.Dose;
import com.stagewise.domain.catalogue.Exercise;
import com.stagewise.domain.catalogue.ExerciseContent;
import com.stagewise.domain.catalogue.Texts;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * The library as JSON, in the shape of the starter catalogue's {@code exercises} (names and notes as
 * {@code {"en", "de"}}, steps and cues as lists of lines, sources as a list) plus {@code figure} and
 * {@code retired}. Reading accepts {@code {"exercises": [...]}} or a bare list, and turns each entry
 * into the same rows of text a CSV file gives, so both are checked by one set of rules.
 */
final class LibraryJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    /** Sources are written as a list and joined with this, which is how the starter catalogue joins them. */
    static final String SOURCE_SEPARATOR = ", ";

    private LibraryJson() {
    }

    static String write(List<Exercise> exercises) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode list = root.putArray("exercises");
        for (Exercise exercise : exercises) {
            list.add(entry(exercise));
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the library as JSON", e);
        }
    }

    private static ObjectNode entry(Exercise exercise) {
        ExerciseContent c = exercise.content();
        Dose d = c.defaultDose();
        ObjectNode e = MAPPER.createObjectNode();
        e.put("slug", c.slug());
        texts(e.putObject("name"), c.name());
        e.put("position", c.attributes().position().name());
        e.put("kind", c.attributes().kind().name());
        e.put("level", c.attributes().level().name());
        codes(e.putArray("demands"), c.attributes().demands());
        codes(e.putArray("equipment"), c.equipment());
        ObjectNode dose = e.putObject("defaultDose");
        dose.put("sets", d.sets());
        dose.put("reps", d.reps());
        dose.put("holdSeconds", d.holdSeconds());
        dose.put("durationSeconds", d.durationSeconds());
        dose.put("perSide", d.perSide());
        dose.put("timesPerDay", d.timesPerDay());
        dose.put("daysPerWeek", d.daysPerWeek());
        e.put("doseIsClinicDefault", c.doseIsClinicDefault());
        texts(e.putObject("doseNote"), c.doseNote());
        lines(e.putObject("steps"), c.steps());
        lines(e.putObject("cues"), c.cues());
        texts(e.putObject("pregnancyNote"), c.pregnancyNote());
        ArrayNode sources = e.putArray("sources");
        if (!c.sources().isEmpty()) {
            for (String source : c.sources().split(SOURCE_SEPARATOR, -1)) {
                sources.add(source);
            }
        }
        e.put("figure", c.figure());
        e.put("retired", exercise.retired());
        return e;
    }

    private static void texts(ObjectNode node, Texts texts) {
        node.put("en", texts.en());
        node.put("de", texts.de());
    }

    private static void lines(ObjectNode node, Texts texts) {
        ArrayNode en = node.putArray("en");
        texts.en().lines().forEach(en::add);
        ArrayNode de = node.putArray("de");
        texts.de().lines().forEach(de::add);
    }

    private static void codes(ArrayNode node, Collection<? extends Enum<?>> codes) {
        codes.stream().sorted().forEach(code -> node.add(code.name()));
    }

    static ParsedFile read(String text) {
        List<ImportRow> rows = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            problems.add(ImportProblem.ofFile("import.json.invalid", String.valueOf(at == null ? 0 : at.getLineNr()),
                    String.valueOf(at == null ? 0 : at.getColumnNr())));
            return new ParsedFile(LibraryFormat.JSON, rows, problems);
        }
        JsonNode list = root != null && root.isObject() ? root.path("exercises") : root;
        if (list == null || !list.isArray()) {
            problems.add(ImportProblem.ofFile("import.json.shape"));
            return new ParsedFile(LibraryFormat.JSON, rows, problems);
        }
        int number = 0;
        for (JsonNode entry : list) {
            number++;
            if (!entry.isObject()) {
                problems.add(ImportProblem.of(number, "", "import.json.object"));
                continue;
            }
            rows.add(new ImportRow(number, cells(entry, number, problems)));
        }
        return new ParsedFile(LibraryFormat.JSON, rows, problems);
    }

    private static Map<LibraryColumn, String> cells(JsonNode e, int number, List<ImportProblem> problems) {
        Cells cells = new Cells(number, problems);
        cells.scalar(LibraryColumn.SLUG, e.get("slug"), "import.json.text");
        cells.texts(LibraryColumn.NAME_EN, LibraryColumn.NAME_DE, e.get("name"), false);
        cells.scalar(LibraryColumn.POSITION, e.get("position"), "import.json.text");
        cells.scalar(LibraryColumn.KIND, e.get("kind"), "import.json.text");
        cells.scalar(LibraryColumn.LEVEL, e.get("level"), "import.json.text");
        cells.list(LibraryColumn.DEMANDS, e.get("demands"), LibraryCsv.CODE_SEPARATOR);
        cells.list(LibraryColumn.EQUIPMENT, e.get("equipment"), LibraryCsv.CODE_SEPARATOR);
        JsonNode dose = e.get("defaultDose");
        if (dose != null && !dose.isNull() && !dose.isObject()) {
            problems.add(ImportProblem.of(number, "defaultDose", "import.json.dose"));
        } else if (dose != null && dose.isObject()) {
            cells.scalar(LibraryColumn.SETS, dose.get("sets"), "import.json.number");
            cells.scalar(LibraryColumn.REPS, dose.get("reps"), "import.json.number");
            cells.scalar(LibraryColumn.HOLD_SECONDS, dose.get("holdSeconds"), "import.json.number");
            cells.scalar(LibraryColumn.DURATION_SECONDS, dose.get("durationSeconds"), "import.json.number");
            cells.scalar(LibraryColumn.PER_SIDE, dose.get("perSide"), "import.json.boolean");
            cells.scalar(LibraryColumn.TIMES_PER_DAY, dose.get("timesPerDay"), "import.json.number");
            cells.scalar(LibraryColumn.DAYS_PER_WEEK, dose.get("daysPerWeek"), "import.json.number");
        }
        cells.scalar(LibraryColumn.DOSE_IS_CLINIC_DEFAULT, e.get("doseIsClinicDefault"), "import.json.boolean");
        cells.texts(LibraryColumn.DOSE_NOTE_EN, LibraryColumn.DOSE_NOTE_DE, e.get("doseNote"), false);
        cells.texts(LibraryColumn.STEPS_EN, LibraryColumn.STEPS_DE, e.get("steps"), true);
        cells.texts(LibraryColumn.CUES_EN, LibraryColumn.CUES_DE, e.get("cues"), true);
        cells.texts(LibraryColumn.PREGNANCY_NOTE_EN, LibraryColumn.PREGNANCY_NOTE_DE, e.get("pregnancyNote"), false);
        cells.list(LibraryColumn.SOURCES, e.get("sources"), SOURCE_SEPARATOR);
        cells.scalar(LibraryColumn.FIGURE, e.get("figure"), "import.json.text");
        cells.scalar(LibraryColumn.RETIRED, e.get("retired"), "import.json.boolean");
        return cells.values;
    }

    /** Collects one entry's fields as text, and a problem for each field of the wrong JSON type. */
    private static final class Cells {
        private final int number;
        private final List<ImportProblem> problems;
        private final Map<LibraryColumn, String> values = new EnumMap<>(LibraryColumn.class);

        Cells(int number, List<ImportProblem> problems) {
            this.number = number;
            this.problems = problems;
        }

        /** A string, number or true/false; absent or null is empty. */
        void scalar(LibraryColumn column, JsonNode node, String typeKey) {
            if (node == null || node.isNull()) {
                return;
            }
            if (node.isContainerNode()) {
                problems.add(ImportProblem.of(number, column.json(), typeKey));
                return;
            }
            values.put(column, node.asText());
        }

        /** A list of strings (or one string) joined with {@code separator}. */
        void list(LibraryColumn column, JsonNode node, String separator) {
            if (node == null || node.isNull()) {
                return;
            }
            if (node.isArray()) {
                if (StreamSupport.stream(node.spliterator(), false).anyMatch(JsonNode::isContainerNode)) {
                    problems.add(ImportProblem.of(number, column.json(), "import.json.list"));
                    return;
                }
                values.put(column, StreamSupport.stream(node.spliterator(), false).map(JsonNode::asText)
                        .collect(Collectors.joining(separator)));
                return;
            }
            scalar(column, node, "import.json.list");
        }

        /** {@code {"en": …, "de": …}}; with {@code lines} each language may be a list of lines. */
        void texts(LibraryColumn en, LibraryColumn de, JsonNode node, boolean lines) {
            if (node == null || node.isNull()) {
                return;
            }
            if (!node.isObject()) {
                String field = en.json().substring(0, en.json().indexOf('.'));
                problems.add(ImportProblem.of(number, field, lines ? "import.json.lines" : "import.json.texts"));
                return;
            }
            if (lines) {
                list(en, node.get("en"), "\n");
                list(de, node.get("de"), "\n");
            } else {
                scalar(en, node.get("en"), "import.json.text");
                scalar(de, node.get("de"), "import.json.text");
            }
        }
    }
}
