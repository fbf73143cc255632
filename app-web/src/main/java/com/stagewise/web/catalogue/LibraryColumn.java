package com.stagewise.web.catalogue;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The fields of one library entry in an export or import file, in the order of the CSV columns:
 * each with its CSV column name and its place in the JSON ({@code defaultDose.sets}).
 */
enum LibraryColumn {
    SLUG("slug", "slug"),
    NAME_EN("name_en", "name.en"),
    NAME_DE("name_de", "name.de"),
    POSITION("position", "position"),
    KIND("kind", "kind"),
    LEVEL("level", "level"),
    DEMANDS("demands", "demands"),
    EQUIPMENT("equipment", "equipment"),
    SETS("sets", "defaultDose.sets"),
    REPS("reps", "defaultDose.reps"),
    HOLD_SECONDS("hold_seconds", "defaultDose.holdSeconds"),
    DURATION_SECONDS("duration_seconds", "defaultDose.durationSeconds"),
    PER_SIDE("per_side", "defaultDose.perSide"),
    TIMES_PER_DAY("times_per_day", "defaultDose.timesPerDay"),
    DAYS_PER_WEEK("days_per_week", "defaultDose.daysPerWeek"),
    DOSE_IS_CLINIC_DEFAULT("dose_is_clinic_default", "doseIsClinicDefault"),
    DOSE_NOTE_EN("dose_note_en", "doseNote.en"),
    DOSE_NOTE_DE("dose_note_de", "doseNote.de"),
    STEPS_EN("steps_en", "steps.en"),
    STEPS_DE("steps_de", "steps.de"),
    CUES_EN("cues_en", "cues.en"),
    CUES_DE("cues_de", "cues.de"),
    PREGNANCY_NOTE_EN("pregnancy_note_en", "pregnancyNote.en"),
    PREGNANCY_NOTE_DE("pregnancy_note_de", "pregnancyNote.de"),
    SOURCES("sources", "sources"),
    FIGURE("figure", "figure"),
    RETIRED("retired", "retired");

    private final String csv;
    private final String json;

    LibraryColumn(String csv, String json) {
        this.csv = csv;
        this.json = json;
    }

    String csv() {
        return csv;
    }

    String json() {
        return json;
    }

    /** Columns an import file must have; the others may be left out and then count as empty. */
    boolean required() {
        return this == SLUG || this == NAME_EN || this == POSITION || this == KIND || this == LEVEL || this == STEPS_EN;
    }

    /** Free text a spreadsheet could mistake for a formula: exported with a guard, see {@link LibraryCsv}. */
    boolean freeText() {
        return this == NAME_EN || this == NAME_DE || this == DOSE_NOTE_EN || this == DOSE_NOTE_DE || this == STEPS_EN
                || this == STEPS_DE || this == CUES_EN || this == CUES_DE || this == PREGNANCY_NOTE_EN
                || this == PREGNANCY_NOTE_DE || this == SOURCES;
    }

    static Optional<LibraryColumn> ofCsv(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(c -> c.csv.equals(wanted)).findFirst();
    }

    /** The column of a field named in a domain {@code FieldProblem} ({@code nameEn}, {@code holdSeconds}). */
    static Optional<LibraryColumn> ofField(String field) {
        String snake = field.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
        return ofCsv(snake);
    }
}
