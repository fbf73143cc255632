package com.stagewise.web.patients;

import com.stagewise.domain.Page;
import com.stagewise.domain.account.User;
import com.stagewise.domain.programme.Patient;
import com.stagewise.domain.programme.PatientDetails;
import com.stagewise.domain.programme.Patients;
import com.stagewise.domain.programme.ProgrammeTemplates;
import com.stagewise.domain.programme.Programmes;
import com.stagewise.domain.programme.Sharing;
import com.stagewise.web.programmes.ProgrammeRefresh;
import com.stagewise.domain.stage.AbdominalSeparation;
import com.stagewise.domain.stage.Contraindication;
import com.stagewise.domain.stage.DeliveryMode;
import com.stagewise.domain.stage.GestationalAge;
import com.stagewise.domain.stage.PatientState;
import com.stagewise.domain.stage.PerinealTrauma;
import com.stagewise.domain.stage.RedFlag;
import com.stagewise.domain.stage.Stage;
import com.stagewise.domain.rules.Referral;
import com.stagewise.domain.rules.StageCheck;
import com.stagewise.web.access.Visitor;
import com.stagewise.web.catalogue.LibraryHandler;
import com.stagewise.web.charts.AdherenceHeatMap;
import com.stagewise.web.charts.ChartText;
import com.stagewise.web.charts.PainChart;
import com.stagewise.web.charts.StageTimeline;
import com.stagewise.web.system.Audit;
import com.stagewise.web.system.Form;
import com.stagewise.web.system.Messages;
import com.stagewise.web.system.PageModel;
import com.stagewise.web.system.PathIds;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Patients: the list, a new patient, her page with the stage and facts, and recording the birth. */
public final class PatientsHandler {

    static final int PAGE_SIZE = 25;

    private final Patients patients;
    private final Programmes programmes;
    private final ProgrammeTemplates templates;
    private final Sharing sharing;
    private final ProgrammeRefresh refresh;
    private final StageCheck stageCheck;
    private final StageText stageText;
    private final Audit audit;
    private final Messages messages;
    private final Clock clock;

    public PatientsHandler(Patients patients, Programmes programmes, ProgrammeTemplates templates, Sharing sharing,
            ProgrammeRefresh refresh, StageCheck stageCheck,
            StageText stageText, Audit audit, Messages messages, Clock clock) {
        this.patients = patients;
        this.programmes = programmes;
        this.templates = templates;
        this.sharing = sharing;
        this.refresh = refresh;
        this.stageCheck = stageCheck;
        this.stageText = stageText;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    public void list(Context ctx) {
        String q = Optional.ofNullable(ctx.queryParam("q")).orElse("").strip();
        Page<Patients.PatientSummary> page = patients.search(Visitor.of(ctx).clinicId(), q,
                LibraryHandler.pageNumber(ctx), PAGE_SIZE);
        LocalDate today = LocalDate.now(clock);
        Locale locale = PageModel.locale(ctx);
        Map<String, Object> model = new HashMap<>();
        model.put("page", page);
        model.put("q", q);
        model.put("today", today);
        model.put("stages", page.items().stream().map(s -> stageText.describe(s.patient().facts(), today, locale)).toList());
        model.put("nav", "patients");
        ctx.render("patients/list", model);
    }

    public void newForm(Context ctx) {
        Form form = new Form(messages, PageModel.locale(ctx)).with("language", "en").with("stage", "PREGNANT")
                .with("abdominalSeparation", "NONE").with("perinealTrauma", "NONE");
        renderForm(ctx, form, null);
    }

    public void create(Context ctx) {
        Form form = FactsForm.read(ctx, Form.submitted(ctx, messages, "displayName", "pseudonym", "contact", "language"));
        form.problems(PatientDetails.problems(form.value("displayName"), form.value("contact"), form.value("language")));
        Optional<PatientState> facts = FactsForm.parse(form, LocalDate.now(clock));
        if (facts.isEmpty() || form.hasErrors()) {
            ctx.status(HttpStatus.BAD_REQUEST);
            renderForm(ctx, form, null);
            return;
        }
        User me = Visitor.of(ctx).requireUser();
        long id = patients.create(me.clinicId(), details(form), facts.get(), me.id(), me.displayName(), clock.instant());
        audit.record(ctx, "PATIENT_CREATED", "patient", id, "");
        ctx.redirect("/patients/" + id, HttpStatus.SEE_OTHER);
    }

    public void show(Context ctx) {
        Patient patient = scoped(ctx);
        LocalDate today = LocalDate.now(clock);
        Locale locale = PageModel.locale(ctx);
        User me = Visitor.of(ctx).requireUser();
        Map<String, Object> model = new HashMap<>();
        model.put("patient", patient);
        model.put("stage", stageText.describe(patient.facts(), today, locale));
        List<com.stagewise.domain.programme.Programme> patientProgrammes = programmes.forPatient(patient.clinicId(), patient.id());
        model.put("programmes", patientProgrammes);
        model.put("templates", templates.visibleTo(me.clinicId(), me.id()));
        List<com.stagewise.domain.programme.FactsRecord> history = patients.history(patient.clinicId(), patient.id());
        model.put("history", history);
        model.put("historyText", history.stream().map(h -> summary(h.facts(), locale)).toList());
        model.put("referrals", referrals(patient.facts(), today));
        model.put("pregnant", patient.facts().stage() instanceof Stage.Pregnancy);
        model.put("deliveryModes", DeliveryMode.values());
        model.put("birthForm", new Form(messages, locale).with("deliveryDate", today));
        model.put("today", today);
        model.put("sessions", sharing.recentSessions(patient.clinicId(), patient.id(), 20));
        List<com.stagewise.domain.programme.RedFlagReport> reports = sharing.redFlagReports(patient.clinicId(), patient.id());
        model.put("reports", reports);
        model.put("reportTexts", reports.stream().map(r -> r.flags().stream().map(flag -> messages.text(flag.messageKey(
                flag.belongsTo(RedFlag.Phase.PREGNANCY) ? RedFlag.Phase.PREGNANCY : RedFlag.Phase.AFTER_BIRTH), locale))
                .collect(java.util.stream.Collectors.joining("; "))).toList());
        List<com.stagewise.domain.programme.ExerciseSession> chartSessions =
                sharing.recentSessions(patient.clinicId(), patient.id(), 500);
        ChartText chartText = ChartText.of(messages, locale);
        model.put("charts", List.of(
                StageTimeline.render(patient.facts().stage(), today, StageTimeline.reviewDate(patientProgrammes), chartText,
                        "timeline"),
                AdherenceHeatMap.render(chartSessions.stream().map(com.stagewise.domain.programme.ExerciseSession::loggedOn)
                        .toList(), AdherenceHeatMap.prescribedDaysPerWeek(patientProgrammes), today, chartText, "adherence"),
                PainChart.render(chartSessions, today, chartText, "pain")));
        model.put("nav", "patients");
        ctx.render("patients/show", model);
    }

    public void editForm(Context ctx) {
        Patient patient = scoped(ctx);
        Form form = FactsForm.fill(new Form(messages, PageModel.locale(ctx)), patient.facts())
                .with("displayName", patient.displayName()).with("pseudonym", patient.details().pseudonym() ? "on" : "")
                .with("contact", patient.details().contact()).with("language", patient.details().language())
                .with("version", patient.version());
        renderForm(ctx, form, patient);
    }

    public void update(Context ctx) {
        Patient patient = scoped(ctx);
        Form form = FactsForm.read(ctx, Form.submitted(ctx, messages, "displayName", "pseudonym", "contact", "language",
                "version"));
        form.problems(PatientDetails.problems(form.value("displayName"), form.value("contact"), form.value("language")));
        Optional<PatientState> facts = FactsForm.parse(form, LocalDate.now(clock));
        if (facts.isEmpty() || form.hasErrors()) {
            ctx.status(HttpStatus.BAD_REQUEST);
            renderForm(ctx, form, patient);
            return;
        }
        int expected = form.value("version").matches("\\d{1,9}") ? Integer.parseInt(form.value("version")) : -1;
        if (patients.updateDetails(patient.clinicId(), patient.id(), expected, details(form), clock.instant()).isEmpty()) {
            form.error("version", "patient.conflict");
            ctx.status(HttpStatus.CONFLICT);
            renderForm(ctx, form, patient);
            return;
        }
        User me = Visitor.of(ctx).requireUser();
        if (!facts.get().equals(patient.facts())) {
            patients.recordFacts(patient.clinicId(), patient.id(), facts.get(), me.id(), me.displayName(), clock.instant());
            refresh.afterFactsChanged(patient.clinicId(), patient.id());
        }
        audit.record(ctx, "PATIENT_UPDATED", "patient", patient.id(), "");
        ctx.redirect("/patients/" + patient.id(), HttpStatus.SEE_OTHER);
    }

    /** The birth turns the pregnancy into a postpartum stage; everything else recorded stays. */
    public void recordBirth(Context ctx) {
        Patient patient = scoped(ctx);
        Form form = Form.submitted(ctx, messages, "deliveryDate", "deliveryMode");
        LocalDate today = LocalDate.now(clock);
        LocalDate delivery = null;
        try {
            delivery = LocalDate.parse(form.value("deliveryDate"));
            if (delivery.isAfter(today)) {
                form.error("deliveryDate", "validation.deliveryDate.inFuture");
            }
        } catch (java.time.format.DateTimeParseException e) {
            form.error("deliveryDate", "date.invalid");
        }
        Optional<DeliveryMode> mode = LibraryHandler.code(DeliveryMode.class, form.value("deliveryMode"));
        if (mode.isEmpty()) {
            form.error("deliveryMode", "patient.deliveryMode.required");
        }
        if (form.hasErrors()) {
            ctx.status(HttpStatus.BAD_REQUEST);
            ctx.render("patients/birth-error", Map.of("patient", patient, "form", form, "hasErrors", true,
                    "deliveryModes", DeliveryMode.values(), "nav", "patients"));
            return;
        }
        User me = Visitor.of(ctx).requireUser();
        PatientState after = patient.facts().withStage(Stage.postpartum(delivery, mode.get()));
        patients.recordFacts(patient.clinicId(), patient.id(), after, me.id(), me.displayName(), clock.instant());
        refresh.afterFactsChanged(patient.clinicId(), patient.id());
        audit.record(ctx, "BIRTH_RECORDED", "patient", patient.id(), mode.get().name());
        ctx.redirect("/patients/" + patient.id(), HttpStatus.SEE_OTHER);
    }

    private List<Referral> referrals(PatientState facts, LocalDate today) {
        if (facts.stage() instanceof Stage.Postpartum postpartum && today.isBefore(postpartum.deliveryDate())) {
            return List.of();
        }
        return stageCheck.evaluate(facts, today, List.of()).referrals();
    }

    /** One line of the history of facts, in words. */
    private String summary(PatientState f, Locale locale) {
        List<String> parts = new java.util.ArrayList<>();
        if (f.stage() instanceof Stage.Pregnancy pregnancy) {
            parts.add(messages.text("history.pregnant", locale, pregnancy.dueDate().toString()));
        } else if (f.stage() instanceof Stage.Postpartum postpartum) {
            parts.add(messages.text("history.postpartum", locale, postpartum.deliveryDate().toString(),
                    messages.text("delivery." + postpartum.mode().name(), locale)));
        }
        f.medicalClearance().ifPresent(date -> parts.add(messages.text("history.clearance", locale, date.toString())));
        String[][] flags = {
            {String.valueOf(f.supineSymptoms()), "patients.field.supine-symptoms"},
            {String.valueOf(f.pelvicGirdlePain()), "patients.field.pgp"},
            {String.valueOf(f.pelvicFloorSymptoms()), "patients.field.pelvic-floor"},
            {String.valueOf(f.impactScreenPassed()), "patients.field.impact-screen"},
            {String.valueOf(f.backPainNotImproving()), "patients.field.back-pain"},
            {String.valueOf(f.ongoingBleeding()), "patients.field.bleeding"},
            {String.valueOf(f.contraindicationsSignedOff()), "patients.field.signed-off"},
            {String.valueOf(f.obstetricApproval()), "patients.field.obstetric-approval"},
            {String.valueOf(f.perinealHealed()), "patients.field.perineal-healed"},
            {String.valueOf(f.pelvicHealthReview()), "patients.field.pelvic-review"}};
        for (String[] flag : flags) {
            if (Boolean.parseBoolean(flag[0])) {
                parts.add(messages.text(flag[1], locale));
            }
        }
        if (f.abdominalSeparation() != AbdominalSeparation.NONE) {
            parts.add(messages.text("separation." + f.abdominalSeparation().name(), locale));
        }
        if (f.perinealTrauma() != PerinealTrauma.NONE) {
            parts.add(messages.text("perineal." + f.perinealTrauma().name(), locale));
        }
        f.contraindications().forEach(c -> parts.add(messages.text(c.labelKey(), locale)));
        f.redFlags().forEach(flag -> parts.add(messages.text("history.red-flag", locale, messages.text(flag.messageKey(
                flag.belongsTo(RedFlag.Phase.PREGNANCY) ? RedFlag.Phase.PREGNANCY : RedFlag.Phase.AFTER_BIRTH), locale))));
        return String.join("; ", parts);
    }

    public record FlagOption(String code, String labelKey) {
    }

    private Patient scoped(Context ctx) {
        return patients.find(Visitor.of(ctx).clinicId(), PathIds.id(ctx, "id")).orElseThrow(NotFoundResponse::new);
    }

    private static PatientDetails details(Form form) {
        return new PatientDetails(form.value("displayName"), form.checked("pseudonym"), form.value("contact"),
                form.value("language"));
    }

    private void renderForm(Context ctx, Form form, Patient patient) {
        LocalDate today = LocalDate.now(clock);
        Map<String, Object> model = new HashMap<>();
        model.put("form", form);
        model.put("hasErrors", form.hasErrors());
        model.put("patient", patient);
        model.put("absolute", Arrays.stream(Contraindication.values())
                .filter(c -> c.isAbsoluteAt(GestationalAge.of(30, 0)) && c != Contraindication.PLACENTA_PRAEVIA).toList());
        model.put("relative", Arrays.stream(Contraindication.values())
                .filter(c -> !c.isAbsoluteAt(GestationalAge.of(30, 0)) || c == Contraindication.PLACENTA_PRAEVIA).toList());
        model.put("flagOptions", Arrays.stream(RedFlag.values()).map(f -> new FlagOption(f.name(),
                f.messageKey(f.belongsTo(RedFlag.Phase.PREGNANCY) ? RedFlag.Phase.PREGNANCY : RedFlag.Phase.AFTER_BIRTH))).toList());
        model.put("deliveryModes", DeliveryMode.values());
        model.put("separations", AbdominalSeparation.values());
        model.put("traumas", PerinealTrauma.values());
        model.put("today", today);
        model.put("nav", "patients");
        ctx.render("patients/edit", model);
    }
}
