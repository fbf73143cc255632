package com.stagewise.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.stagewise.domain.FieldProblem;
import com.stagewise.domain.catalogue.Dose;
import com.stagewise.domain.catalogue.Exercise;
import com.stagewise.domain.rules.CheckItem;
import com.stagewise.domain.rules.RuleMessages;
import com.stagewise.domain.stage.AbdominalSeparation;
import com.stagewise.domain.stage.Contraindication;
import com.stagewise.domain.stage.DeliveryMode;
import com.stagewise.domain.stage.PatientState;
import com.stagewise.domain.stage.PerinealTrauma;
import com.stagewise.domain.stage.RedFlag;
import com.stagewise.domain.stage.Stage;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads a stage-check request as api.md describes it, collecting every problem with the path of
 * its field, so a caller learns all that is wrong in one answer.
 */
final class StageCheckRequest {

    record Parsed(LocalDate date, PatientState patient, List<CheckItem> items, List<String> slugs) {
    }

    record FieldError(String field, String message) {
    }

    private final List<FieldError> errors = new ArrayList<>();

    List<FieldError> errors() {
        return errors;
    }

    Optional<Parsed> parse(JsonNode root, LocalDate today, Function<String, Optional<Exercise>> library) {
        if (root == null || !root.isObject()) {
            errors.add(new FieldError("", "the body must be a JSON object"));
            return Optional.empty();
        }
        LocalDate date = root.hasNonNull("date") ? date(root.get("date"), "date") : today;
        JsonNode patient = root.path("patient");
        PatientState state = null;
        if (!patient.isObject()) {
            errors.add(new FieldError("patient", "required: an object with the patient's facts"));
        } else {
            state = patient(patient, date);
        }
        List<CheckItem> items = new ArrayList<>();
        List<String> slugs = new ArrayList<>();
        JsonNode itemNodes = root.path("items");
        if (!itemNodes.isArray()) {
            errors.add(new FieldError("items", "required: a list of exercises with their doses"));
        } else {
            for (int i = 0; i < itemNodes.size(); i++) {
                item(itemNodes.get(i), "items[" + i + "]", library).ifPresent(item -> {
                    items.add(item);
                    slugs.add(item.exerciseRef());
                });
            }
        }
        if (!errors.isEmpty() || date == null || state == null) {
            return Optional.empty();
        }
        return Optional.of(new Parsed(date, state, items, slugs));
    }

    private PatientState patient(JsonNode p, LocalDate date) {
        String stageName = text(p, "stage");
        Stage stage = null;
        if ("PREGNANT".equals(stageName)) {
            LocalDate due = requiredDate(p, "patient.dueDate", "dueDate");
            if (due != null) {
                stage = Stage.pregnancy(due);
            }
        } else if ("POSTPARTUM".equals(stageName)) {
            LocalDate delivery = requiredDate(p, "patient.deliveryDate", "deliveryDate");
            DeliveryMode mode = enumValue(p, "deliveryMode", "patient.deliveryMode", DeliveryMode.class, true);
            if (delivery != null && mode != null) {
                stage = Stage.postpartum(delivery, mode);
            }
        } else {
            errors.add(new FieldError("patient.stage", "must be PREGNANT or POSTPARTUM"));
        }
        Set<Contraindication> contraindications = enumSet(p, "contraindications", "patient.contraindications", Contraindication.class);
        Set<RedFlag> redFlags = enumSet(p, "redFlags", "patient.redFlags", RedFlag.class);
        AbdominalSeparation separation = Optional.ofNullable(enumValue(p, "abdominalSeparation",
                "patient.abdominalSeparation", AbdominalSeparation.class, false)).orElse(AbdominalSeparation.NONE);
        PerinealTrauma trauma = Optional.ofNullable(enumValue(p, "perinealTrauma", "patient.perinealTrauma",
                PerinealTrauma.class, false)).orElse(PerinealTrauma.NONE);
        LocalDate clearance = p.hasNonNull("medicalClearanceDate")
                ? date(p.get("medicalClearanceDate"), "patient.medicalClearanceDate") : null;
        boolean[] flags = new boolean[12];
        String[] names = {"contraindicationsSignedOff", "obstetricApproval", "supineSymptoms", "pelvicGirdlePain",
                "perinealHealed", "pelvicHealthReview", "pelvicFloorSymptoms", "impactScreenPassed",
                "backPainNotImproving", "ongoingBleeding"};
        for (int i = 0; i < names.length; i++) {
            flags[i] = bool(p, names[i]);
        }
        if (stage == null || date == null) {
            return null;
        }
        // the patient's problems include the stage's own (due date too far, delivery in the future)
        PatientState state = PatientState.withNothingRecorded(stage)
                .withMedicalClearance(clearance)
                .withContraindications(contraindications)
                .withContraindicationsSignedOff(flags[0])
                .withObstetricApproval(flags[1])
                .withSupineSymptoms(flags[2])
                .withPelvicGirdlePain(flags[3])
                .withAbdominalSeparation(separation)
                .withPerinealTrauma(trauma)
                .withPerinealHealed(flags[4])
                .withPelvicHealthReview(flags[5])
                .withPelvicFloorSymptoms(flags[6])
                .withImpactScreenPassed(flags[7])
                .withRedFlags(redFlags)
                .withBackPainNotImproving(flags[8])
                .withOngoingBleeding(flags[9]);
        for (FieldProblem problem : state.problemsOn(date)) {
            errors.add(new FieldError("patient." + problem.field(), RuleMessages.text(problem, Locale.ENGLISH)));
        }
        return errors.isEmpty() ? state : null;
    }

    private Optional<CheckItem> item(JsonNode node, String path, Function<String, Optional<Exercise>> library) {
        if (!node.isObject()) {
            errors.add(new FieldError(path, "must be an object"));
            return Optional.empty();
        }
        String slug = text(node, "exercise");
        Optional<Exercise> exercise = Optional.empty();
        if (slug == null || slug.isBlank()) {
            errors.add(new FieldError(path + ".exercise", "required: the slug of an exercise in the clinic's library"));
        } else {
            exercise = library.apply(slug);
            if (exercise.isEmpty()) {
                errors.add(new FieldError(path + ".exercise", "no exercise with this slug in the clinic's library"));
            }
        }
        Integer sets = number(node, "sets", path);
        Integer reps = number(node, "reps", path);
        Integer hold = number(node, "holdSeconds", path);
        Integer duration = number(node, "durationSeconds", path);
        Integer timesPerDay = number(node, "timesPerDay", path);
        Integer daysPerWeek = number(node, "daysPerWeek", path);
        // a Dose refuses out-of-range numbers, so check what was given before building one
        List<FieldProblem> problems = Dose.problems(sets, reps, hold, duration, timesPerDay, daysPerWeek);
        for (FieldProblem problem : problems) {
            errors.add(new FieldError(path + "." + problem.field(), RuleMessages.text(problem, Locale.ENGLISH)));
        }
        if (exercise.isEmpty() || !problems.isEmpty()) {
            return Optional.empty();
        }
        Dose defaults = exercise.get().content().defaultDose();
        boolean perSide = node.hasNonNull("perSide") ? node.get("perSide").asBoolean() : defaults.perSide();
        Dose dose = new Dose(sets, reps, hold, duration, perSide, timesPerDay, daysPerWeek).withDefaults(defaults);
        return Optional.of(CheckItem.of(slug, exercise.get().attributes(), dose));
    }

    private Integer number(JsonNode node, String field, String path) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.canConvertToInt() || !value.isIntegralNumber()) {
            errors.add(new FieldError(path + "." + field, "must be a whole number"));
            return null;
        }
        if (value.asInt() < 0) {
            errors.add(new FieldError(path + "." + field, "must not be negative"));
            return null;
        }
        return value.asInt();
    }

    private LocalDate requiredDate(JsonNode node, String path, String field) {
        if (!node.hasNonNull(field)) {
            errors.add(new FieldError(path, "required for this stage"));
            return null;
        }
        return date(node.get(field), path);
    }

    private LocalDate date(JsonNode value, String path) {
        try {
            return LocalDate.parse(value.asText());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(path, "must be a date as YYYY-MM-DD"));
            return null;
        }
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }

    private boolean bool(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return false;
        }
        if (!value.isBoolean()) {
            errors.add(new FieldError("patient." + field, "must be true or false"));
            return false;
        }
        return value.asBoolean();
    }

    private <E extends Enum<E>> E enumValue(JsonNode node, String field, String path, Class<E> type, boolean required) {
        String value = text(node, field);
        if (value == null) {
            if (required) {
                errors.add(new FieldError(path, "required for this stage"));
            }
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        errors.add(new FieldError(path, "unknown value '" + value + "'"));
        return null;
    }

    private <E extends Enum<E>> Set<E> enumSet(JsonNode node, String field, String path, Class<E> type) {
        Set<E> set = EnumSet.noneOf(type);
        JsonNode values = node.get(field);
        if (values == null || values.isNull()) {
            return set;
        }
        if (!values.isArray()) {
            errors.add(new FieldError(path, "must be a list of codes"));
            return set;
        }
        Iterator<JsonNode> it = values.elements();
        for (int i = 0; it.hasNext(); i++) {
            String code = it.next().asText();
            Optional<E> constant = java.util.Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals(code)).findFirst();
            if (constant.isPresent()) {
                set.add(constant.get());
            } else {
                errors.add(new FieldError(path + "[" + i + "]", "unknown code '" + code + "'"));
            }
        }
        return set;
    }

    static Map<String, Object> errorBody(List<FieldError> errors) {
        return Map.of("errors", errors.stream().map(e -> Map.of("field", e.field(), "message", e.message())).toList());
    }
}
