package com.stagewise.web.patients;

import com.stagewise.domain.FieldProblem;
import com.stagewise.domain.stage.AbdominalSeparation;
import com.stagewise.domain.stage.Contraindication;
import com.stagewise.domain.stage.DeliveryMode;
import com.stagewise.domain.stage.PatientState;
import com.stagewise.domain.stage.PerinealTrauma;
import com.stagewise.domain.stage.RedFlag;
import com.stagewise.domain.stage.Stage;
import com.stagewise.web.catalogue.LibraryHandler;
import com.stagewise.web.system.Form;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The facts of clinical-rules section 1 as form fields, both ways. */
final class FactsForm {

    static final List<String> FIELDS = List.of("stage", "dueDate", "deliveryDate", "deliveryMode", "medicalClearanceDate",
            "contraindicationsSignedOff", "obstetricApproval", "supineSymptoms", "pelvicGirdlePain", "abdominalSeparation",
            "perinealTrauma", "perinealHealed", "pelvicHealthReview", "pelvicFloorSymptoms", "impactScreenPassed",
            "backPainNotImproving", "ongoingBleeding");

    private FactsForm() {
    }

    static Form read(Context ctx, Form form) {
        for (String field : FIELDS) {
            String value = ctx.formParam(field);
            form.with(field, value == null ? "" : value.strip());
        }
        for (Contraindication c : Contraindication.values()) {
            form.with("ci." + c.name(), ctx.formParam("ci." + c.name()));
        }
        for (RedFlag flag : RedFlag.values()) {
            form.with("rf." + flag.name(), ctx.formParam("rf." + flag.name()));
        }
        return form;
    }

    static Form fill(Form form, PatientState f) {
        if (f.stage() instanceof Stage.Pregnancy pregnancy) {
            form.with("stage", "PREGNANT").with("dueDate", pregnancy.dueDate());
        } else if (f.stage() instanceof Stage.Postpartum postpartum) {
            form.with("stage", "POSTPARTUM").with("deliveryDate", postpartum.deliveryDate())
                    .with("deliveryMode", postpartum.mode().name());
        }
        form.with("medicalClearanceDate", f.medicalClearanceDate())
                .with("contraindicationsSignedOff", on(f.contraindicationsSignedOff()))
                .with("obstetricApproval", on(f.obstetricApproval()))
                .with("supineSymptoms", on(f.supineSymptoms()))
                .with("pelvicGirdlePain", on(f.pelvicGirdlePain()))
                .with("abdominalSeparation", f.abdominalSeparation().name())
                .with("perinealTrauma", f.perinealTrauma().name())
                .with("perinealHealed", on(f.perinealHealed()))
                .with("pelvicHealthReview", on(f.pelvicHealthReview()))
                .with("pelvicFloorSymptoms", on(f.pelvicFloorSymptoms()))
                .with("impactScreenPassed", on(f.impactScreenPassed()))
                .with("backPainNotImproving", on(f.backPainNotImproving()))
                .with("ongoingBleeding", on(f.ongoingBleeding()));
        f.contraindications().forEach(c -> form.with("ci." + c.name(), "on"));
        f.redFlags().forEach(flag -> form.with("rf." + flag.name(), "on"));
        return form;
    }

    /** The facts, or empty with every problem on the form. {@code today} bounds the dates. */
    static Optional<PatientState> parse(Form form, LocalDate today) {
        Stage stage = null;
        String kind = form.value("stage");
        if ("PREGNANT".equals(kind)) {
            LocalDate due = date(form, "dueDate", true);
            if (due != null) {
                stage = Stage.pregnancy(due);
            }
        } else if ("POSTPARTUM".equals(kind)) {
            LocalDate delivery = date(form, "deliveryDate", true);
            Optional<DeliveryMode> mode = LibraryHandler.code(DeliveryMode.class, form.value("deliveryMode"));
            if (mode.isEmpty()) {
                form.error("deliveryMode", "patient.deliveryMode.required");
            }
            if (delivery != null && mode.isPresent()) {
                stage = Stage.postpartum(delivery, mode.get());
            }
        } else {
            form.error("stage", "patient.stage.required");
        }
        LocalDate clearance = date(form, "medicalClearanceDate", false);
        Set<Contraindication> contraindications = EnumSet.noneOf(Contraindication.class);
        for (Contraindication c : Contraindication.values()) {
            if (form.checked("ci." + c.name())) {
                contraindications.add(c);
            }
        }
        Set<RedFlag> flags = EnumSet.noneOf(RedFlag.class);
        for (RedFlag flag : RedFlag.values()) {
            if (form.checked("rf." + flag.name())) {
                flags.add(flag);
            }
        }
        AbdominalSeparation separation = LibraryHandler.code(AbdominalSeparation.class, form.value("abdominalSeparation"))
                .orElse(AbdominalSeparation.NONE);
        PerinealTrauma trauma = LibraryHandler.code(PerinealTrauma.class, form.value("perinealTrauma"))
                .orElse(PerinealTrauma.NONE);
        if (stage == null || form.hasErrors()) {
            return Optional.empty();
        }
        List<FieldProblem> problems = new ArrayList<>(stage.problemsOn(today));
        PatientState state = PatientState.withNothingRecorded(stage)
                .withMedicalClearance(clearance)
                .withContraindications(contraindications)
                .withContraindicationsSignedOff(form.checked("contraindicationsSignedOff"))
                .withObstetricApproval(form.checked("obstetricApproval"))
                .withSupineSymptoms(form.checked("supineSymptoms"))
                .withPelvicGirdlePain(form.checked("pelvicGirdlePain"))
                .withAbdominalSeparation(separation)
                .withPerinealTrauma(trauma)
                .withPerinealHealed(form.checked("perinealHealed"))
                .withPelvicHealthReview(form.checked("pelvicHealthReview"))
                .withPelvicFloorSymptoms(form.checked("pelvicFloorSymptoms"))
                .withImpactScreenPassed(form.checked("impactScreenPassed"))
                .withRedFlags(flags)
                .withBackPainNotImproving(form.checked("backPainNotImproving"))
                .withOngoingBleeding(form.checked("ongoingBleeding"));
        problems.addAll(state.problemsOn(today));
        form.problems(problems);
        return form.hasErrors() ? Optional.empty() : Optional.of(state);
    }

    private static LocalDate date(Form form, String field, boolean required) {
        String value = form.value(field);
        if (value.isEmpty()) {
            if (required) {
                form.error(field, "patient." + field + ".required");
            }
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            form.error(field, "date.invalid");
            return null;
        }
    }

    private static String on(boolean value) {
        return value ? "on" : "";
    }
}
