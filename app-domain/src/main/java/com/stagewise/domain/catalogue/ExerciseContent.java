package com.stagewise.domain.catalogue;

import com.stagewise.domain.FieldProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Everything an admin writes about an exercise: one version of a library entry. Steps and cues are
 * one per line. {@code figure} names a drawn starter figure, or is empty.
 */
public record ExerciseContent(
        String slug,
        Texts name,
        ExerciseAttributes attributes,
        Set<Equipment> equipment,
        Dose defaultDose,
        boolean doseIsClinicDefault,
        Texts doseNote,
        Texts steps,
        Texts cues,
        Texts pregnancyNote,
        String sources,
        String figure) {

    public static final int SLUG_MAX = 80;
    public static final int NAME_MAX = 200;
    public static final int TEXT_MAX = 4000;
    public static final int SOURCES_MAX = 200;
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public ExerciseContent {
        Objects.requireNonNull(attributes, "attributes");
        Objects.requireNonNull(defaultDose, "defaultDose");
        equipment = Set.copyOf(equipment);
        doseNote = Objects.requireNonNullElse(doseNote, Texts.none());
        cues = Objects.requireNonNullElse(cues, Texts.none());
        pregnancyNote = Objects.requireNonNullElse(pregnancyNote, Texts.none());
        sources = Objects.requireNonNullElse(sources, "").strip();
        figure = Objects.requireNonNullElse(figure, "").strip();
        List<FieldProblem> problems = textProblems(slug, name, steps, cues, doseNote, pregnancyNote, sources);
        if (equipment.contains(Equipment.NONE) && equipment.size() > 1) {
            problems.add(FieldProblem.of("equipment", "exercise.equipment.none-alone"));
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid exercise: " + problems);
        }
    }

    /** The problems with the free-text fields; the enums and the dose are checked where they are parsed. */
    public static List<FieldProblem> textProblems(String slug, Texts name, Texts steps, Texts cues, Texts doseNote,
            Texts pregnancyNote, String sources) {
        List<FieldProblem> problems = new ArrayList<>();
        if (slug == null || slug.isBlank()) {
            problems.add(FieldProblem.of("slug", "exercise.slug.required"));
        } else if (slug.length() > SLUG_MAX || !SLUG.matcher(slug).matches()) {
            problems.add(FieldProblem.of("slug", "exercise.slug.invalid", SLUG_MAX));
        }
        if (name == null || name.en().isEmpty()) {
            problems.add(FieldProblem.of("nameEn", "exercise.name.required"));
        } else {
            tooLong(problems, "nameEn", name.en(), NAME_MAX);
            tooLong(problems, "nameDe", name.de(), NAME_MAX);
        }
        if (steps == null || steps.en().isEmpty()) {
            problems.add(FieldProblem.of("stepsEn", "exercise.steps.required"));
        } else {
            tooLong(problems, "stepsEn", steps.en(), TEXT_MAX);
            tooLong(problems, "stepsDe", steps.de(), TEXT_MAX);
        }
        if (cues != null) {
            tooLong(problems, "cuesEn", cues.en(), TEXT_MAX);
            tooLong(problems, "cuesDe", cues.de(), TEXT_MAX);
        }
        if (doseNote != null) {
            tooLong(problems, "doseNoteEn", doseNote.en(), TEXT_MAX);
            tooLong(problems, "doseNoteDe", doseNote.de(), TEXT_MAX);
        }
        if (pregnancyNote != null) {
            tooLong(problems, "pregnancyNoteEn", pregnancyNote.en(), TEXT_MAX);
            tooLong(problems, "pregnancyNoteDe", pregnancyNote.de(), TEXT_MAX);
        }
        if (sources != null) {
            tooLong(problems, "sources", sources, SOURCES_MAX);
        }
        return problems;
    }

    private static void tooLong(List<FieldProblem> problems, String field, String value, int max) {
        if (value != null && value.length() > max) {
            problems.add(FieldProblem.of(field, "field.too-long", max));
        }
    }
}
