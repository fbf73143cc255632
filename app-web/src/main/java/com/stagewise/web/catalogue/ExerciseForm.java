package com.stagewise.web.catalogue;

import com.stagewise.domain.FieldProblem;
import com.stagewise.domain.catalogue.Demand;
import com.stagewise.domain.catalogue.Dose;
import com.stagewise.domain.catalogue.Equipment;
import com.stagewise.domain.catalogue.Exercise;
import com.stagewise.domain.catalogue.ExerciseAttributes;
import com.stagewise.domain.catalogue.ExerciseContent;
import com.stagewise.domain.catalogue.KindOfWork;
import com.stagewise.domain.catalogue.Level;
import com.stagewise.domain.catalogue.Position;
import com.stagewise.domain.catalogue.Texts;
import com.stagewise.web.system.Form;
import com.stagewise.web.system.Messages;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The exercise form: what the admin typed, turned into content or into errors next to each field. */
final class ExerciseForm {

    static final List<String> TEXT_FIELDS = List.of("slug", "nameEn", "nameDe", "position", "kind", "level",
            "sets", "reps", "holdSeconds", "durationSeconds", "perSide", "timesPerDay", "daysPerWeek",
            "doseIsClinicDefault", "doseNoteEn", "doseNoteDe", "stepsEn", "stepsDe", "cuesEn", "cuesDe",
            "pregnancyNoteEn", "pregnancyNoteDe", "sources", "figure", "version", "removePicture");
    static final List<String> DOSE_FIELDS = List.of("sets", "reps", "holdSeconds", "durationSeconds", "timesPerDay",
            "daysPerWeek");

    private ExerciseForm() {
    }

    static Form submitted(Context ctx, Messages messages) {
        Form form = Form.submitted(ctx, messages, TEXT_FIELDS.toArray(String[]::new));
        for (Demand demand : Demand.values()) {
            form.with("demand." + demand.name(), ctx.formParam("demand." + demand.name()));
        }
        for (Equipment equipment : Equipment.values()) {
            form.with("equipment." + equipment.name(), ctx.formParam("equipment." + equipment.name()));
        }
        return form;
    }

    static Form of(Exercise exercise, Form form) {
        ExerciseContent c = exercise.content();
        Dose d = c.defaultDose();
        form.with("slug", c.slug()).with("nameEn", c.name().en()).with("nameDe", c.name().de())
                .with("position", c.attributes().position().name()).with("kind", c.attributes().kind().name())
                .with("level", c.attributes().level().name())
                .with("sets", d.sets()).with("reps", d.reps()).with("holdSeconds", d.holdSeconds())
                .with("durationSeconds", d.durationSeconds()).with("perSide", d.perSide() ? "on" : "")
                .with("timesPerDay", d.timesPerDay()).with("daysPerWeek", d.daysPerWeek())
                .with("doseIsClinicDefault", c.doseIsClinicDefault() ? "on" : "")
                .with("doseNoteEn", c.doseNote().en()).with("doseNoteDe", c.doseNote().de())
                .with("stepsEn", c.steps().en()).with("stepsDe", c.steps().de())
                .with("cuesEn", c.cues().en()).with("cuesDe", c.cues().de())
                .with("pregnancyNoteEn", c.pregnancyNote().en()).with("pregnancyNoteDe", c.pregnancyNote().de())
                .with("sources", c.sources()).with("figure", c.figure()).with("version", exercise.version());
        c.attributes().demands().forEach(demand -> form.with("demand." + demand.name(), "on"));
        c.equipment().forEach(equipment -> form.with("equipment." + equipment.name(), "on"));
        return form;
    }

    /** The content, or empty with every problem added to the form. */
    static Optional<ExerciseContent> parse(Form form) {
        Optional<Position> position = LibraryHandler.code(Position.class, form.value("position"));
        Optional<KindOfWork> kind = LibraryHandler.code(KindOfWork.class, form.value("kind"));
        Optional<Level> level = LibraryHandler.code(Level.class, form.value("level"));
        if (position.isEmpty()) {
            form.error("position", "exercise.position.required");
        }
        if (kind.isEmpty()) {
            form.error("kind", "exercise.kind.required");
        }
        if (level.isEmpty()) {
            form.error("level", "exercise.level.required");
        }
        Integer[] numbers = new Integer[DOSE_FIELDS.size()];
        for (int i = 0; i < DOSE_FIELDS.size(); i++) {
            String field = DOSE_FIELDS.get(i);
            String value = form.value(field);
            if (!value.isEmpty()) {
                if (value.matches("\\d{1,6}")) {
                    numbers[i] = Integer.parseInt(value);
                } else {
                    form.error(field, "validation.number.whole");
                }
            }
        }
        List<FieldProblem> problems = new ArrayList<>(Dose.problems(numbers[0], numbers[1], numbers[2], numbers[3],
                numbers[4], numbers[5]));
        Texts name = new Texts(form.value("nameEn"), form.value("nameDe"));
        Texts steps = new Texts(form.value("stepsEn"), form.value("stepsDe"));
        Texts cues = new Texts(form.value("cuesEn"), form.value("cuesDe"));
        Texts doseNote = new Texts(form.value("doseNoteEn"), form.value("doseNoteDe"));
        Texts pregnancyNote = new Texts(form.value("pregnancyNoteEn"), form.value("pregnancyNoteDe"));
        problems.addAll(ExerciseContent.textProblems(form.value("slug"), name, steps, cues, doseNote, pregnancyNote,
                form.value("sources")));
        Set<Demand> demands = EnumSet.noneOf(Demand.class);
        for (Demand demand : Demand.values()) {
            if (!demand.isDerivedFromDose() && form.checked("demand." + demand.name())) {
                demands.add(demand);
            }
        }
        Set<Equipment> equipment = EnumSet.noneOf(Equipment.class);
        for (Equipment item : Equipment.values()) {
            if (form.checked("equipment." + item.name())) {
                equipment.add(item);
            }
        }
        if (equipment.contains(Equipment.NONE) && equipment.size() > 1) {
            problems.add(FieldProblem.of("equipment", "exercise.equipment.none-alone"));
        }
        form.problems(problems);
        if (form.hasErrors()) {
            return Optional.empty();
        }
        Dose dose = new Dose(numbers[0], numbers[1], numbers[2], numbers[3], form.checked("perSide"), numbers[4], numbers[5]);
        return Optional.of(new ExerciseContent(form.value("slug"), name,
                new ExerciseAttributes(position.get(), kind.get(), level.get(), demands), equipment, dose,
                form.checked("doseIsClinicDefault"), doseNote, steps, cues, pregnancyNote, form.value("sources"),
                form.value("figure")));
    }
}
