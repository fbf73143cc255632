package com.stagewise.web.programmes;

import com.stagewise.domain.FieldProblem;
import com.stagewise.domain.Page;
import com.stagewise.domain.account.User;
import com.stagewise.domain.catalogue.Dose;
import com.stagewise.domain.catalogue.Exercise;
import com.stagewise.domain.catalogue.Exercises;
import com.stagewise.domain.catalogue.KindOfWork;
import com.stagewise.domain.catalogue.Level;
import com.stagewise.domain.catalogue.LibraryQuery;
import com.stagewise.domain.catalogue.Position;
import com.stagewise.domain.programme.Patient;
import com.stagewise.domain.programme.Patients;
import com.stagewise.domain.programme.Programme;
import com.stagewise.domain.programme.ProgrammeChange;
import com.stagewise.domain.programme.ProgrammeItem;
import com.stagewise.domain.programme.ProgrammeStatus;
import com.stagewise.domain.programme.ProgrammeTemplate;
import com.stagewise.domain.programme.ProgrammeTemplates;
import com.stagewise.domain.programme.Programmes;
import com.stagewise.domain.programme.Sharing;
import com.stagewise.domain.rules.CheckItem;
import com.stagewise.domain.rules.ClinicianOverride;
import com.stagewise.domain.rules.ItemEvaluation;
import com.stagewise.domain.rules.StageCheck;
import com.stagewise.domain.rules.Verdict;
import com.stagewise.web.access.Visitor;
import com.stagewise.web.catalogue.DoseText;
import com.stagewise.web.catalogue.LibraryHandler;
import com.stagewise.web.patients.StageText;
import com.stagewise.web.system.Audit;
import com.stagewise.web.system.Form;
import com.stagewise.web.system.Messages;
import com.stagewise.web.system.PageModel;
import com.stagewise.web.system.PathIds;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The programme builder. Everything on the page is one form, and every button saves it before doing
 * its own job (move, remove, add, search), so nothing typed is ever lost and no JavaScript is needed.
 */
public final class BuilderHandler {

    static final int MAX_ITEMS = 60;
    static final int LIBRARY_RESULTS = 12;
    static final List<String> DOSE_FIELDS = List.of("sets", "reps", "hold", "duration", "timesPerDay", "daysPerWeek");

    private final Patients patients;
    private final Programmes programmes;
    private final ProgrammeTemplates templates;
    private final Exercises exercises;
    private final Sharing sharing;
    private final ProgrammeCheck programmeCheck;
    private final StageCheck stageCheck;
    private final StageText stageText;
    private final DoseText doseText;
    private final Audit audit;
    private final Messages messages;
    private final Clock clock;

    public BuilderHandler(Patients patients, Programmes programmes, ProgrammeTemplates templates, Exercises exercises,
            Sharing sharing, ProgrammeCheck programmeCheck, StageCheck stageCheck, StageText stageText, DoseText doseText, Audit audit,
            Messages messages, Clock clock) {
        this.patients = patients;
        this.programmes = programmes;
        this.templates = templates;
        this.exercises = exercises;
        this.sharing = sharing;
        this.programmeCheck = programmeCheck;
        this.stageCheck = stageCheck;
        this.stageText = stageText;
        this.doseText = doseText;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    /** A new programme for a patient, empty or from a template; the rules judge it on the builder at once. */
    public void create(Context ctx) {
        User me = Visitor.of(ctx).requireUser();
        Patient patient = patients.find(me.clinicId(), PathIds.id(ctx, "id")).orElseThrow(NotFoundResponse::new);
        String templateId = Optional.ofNullable(ctx.formParam("template")).orElse("");
        List<ProgrammeItem> items = new ArrayList<>();
        String title = messages.text("builder.default-title", PageModel.locale(ctx));
        if (!templateId.isEmpty()) {
            ProgrammeTemplate template = templateId.matches("\\d{1,18}")
                    ? templates.find(me.clinicId(), Long.parseLong(templateId))
                            .filter(t -> t.clinicWide() || t.ownerUserId().get() == me.id())
                            .orElseThrow(NotFoundResponse::new)
                    : null;
            if (template == null) {
                throw new NotFoundResponse();
            }
            Map<Long, Integer> current = exercises.currentVersions(me.clinicId(),
                    template.entries().stream().map(ProgrammeTemplate.Entry::exerciseId).toList());
            for (ProgrammeTemplate.Entry entry : template.entries()) {
                if (current.containsKey(entry.exerciseId())) {
                    items.add(new ProgrammeItem(entry.exerciseId(), current.get(entry.exerciseId()), entry.dose(), entry.note(), ""));
                }
            }
            title = template.name();
        }
        ProgrammeCheck.Checked checked = programmeCheck.check(me.clinicId(), patient.facts(), items, LocalDate.now(clock));
        long id = programmes.create(me.clinicId(), patient.id(), new ProgrammeChange(title, ProgrammeStatus.DRAFT, items,
                checked.evaluation().verdict(), checked.reviewDate(), me.id(), me.displayName(), clock.instant()));
        audit.record(ctx, "PROGRAMME_CREATED", "programme", id, templateId.isEmpty() ? "" : "from template " + templateId);
        ctx.redirect("/programmes/" + id, HttpStatus.SEE_OTHER);
    }

    public void show(Context ctx) {
        Programme programme = scoped(ctx);
        Patient patient = patients.find(programme.clinicId(), programme.patientId()).orElseThrow(NotFoundResponse::new);
        render(ctx, programme, patient, formOf(programme, new Form(messages, PageModel.locale(ctx))), programme.items(),
                Optional.empty(), notice(ctx));
    }

    public void update(Context ctx) {
        User me = Visitor.of(ctx).requireUser();
        Programme saved = scoped(ctx);
        Patient patient = patients.find(saved.clinicId(), saved.patientId()).orElseThrow(NotFoundResponse::new);
        Form form = submitted(ctx);
        List<ProgrammeItem> items = parseItems(form);
        if (!allInLibrary(me.clinicId(), items)) {
            throw new NotFoundResponse();
        }
        String action = Optional.ofNullable(ctx.formParam("action")).orElse("save");
        if (form.value("title").isEmpty()) {
            form.error("title", "builder.title.required");
        } else if (form.value("title").length() > Programme.TITLE_MAX) {
            form.error("title", "field.too-long", Programme.TITLE_MAX);
        }
        if (form.hasErrors()) {
            ctx.status(HttpStatus.BAD_REQUEST);
            render(ctx, saved, patient, form, saved.items(), Optional.empty(), null);
            return;
        }
        items = apply(action, items, me.clinicId());
        LocalDate today = LocalDate.now(clock);
        ProgrammeCheck.Checked checked = programmeCheck.check(me.clinicId(), patient.facts(), items, today);
        boolean issuing = "issue".equals(action);
        ProgrammeStatus status = saved.status();
        if (issuing && !checked.canIssue()) {
            form.error("issue", "builder.cannot-issue");
            issuing = false;
        }
        if (issuing) {
            status = ProgrammeStatus.ACTIVE;
        } else if (status == ProgrammeStatus.ACTIVE && !checked.canIssue()) {
            status = ProgrammeStatus.DRAFT;
        }
        int expected = form.value("version").matches("\\d{1,9}") ? Integer.parseInt(form.value("version")) : -1;
        ProgrammeChange change = new ProgrammeChange(form.value("title"), status, items, checked.evaluation().verdict(),
                checked.reviewDate(), me.id(), me.displayName(), clock.instant());
        Optional<Integer> result = issuing
                ? programmes.issue(me.clinicId(), saved.id(), expected, change)
                : programmes.save(me.clinicId(), saved.id(), expected, change);
        if (result.isEmpty()) {
            Programme theirs = programmes.find(me.clinicId(), saved.id()).orElseThrow(NotFoundResponse::new);
            ctx.status(HttpStatus.CONFLICT);
            render(ctx, theirs, patient, form, items, Optional.of(theirs), null);
            return;
        }
        auditOverrides(ctx, saved, checked);
        if (issuing) {
            audit.record(ctx, "PROGRAMME_ISSUED", "programme", saved.id(), checked.evaluation().verdict().name());
        }
        if (form.hasError("issue")) {
            Programme now = programmes.find(me.clinicId(), saved.id()).orElseThrow(NotFoundResponse::new);
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
            render(ctx, now, patient, formOf(now, form), now.items(), Optional.empty(), null);
            return;
        }
        String notice = issuing ? "issued" : saved.status() == ProgrammeStatus.ACTIVE && status == ProgrammeStatus.DRAFT
                ? "back-to-draft" : "saved";
        ctx.redirect("/programmes/" + saved.id() + "?notice=" + notice + libraryQuery(form) + anchor(action, items),
                HttpStatus.SEE_OTHER);
    }

    /** Saves the programme as it was last saved as a template of the clinician's own or of the whole clinic. */
    public void saveAsTemplate(Context ctx) {
        User me = Visitor.of(ctx).requireUser();
        Programme programme = scoped(ctx);
        String name = Optional.ofNullable(ctx.formParam("templateName")).orElse("").strip();
        boolean clinicWide = "clinic".equals(ctx.formParam("scope"));
        if (name.isEmpty() || name.length() > ProgrammeTemplate.NAME_MAX) {
            ctx.redirect("/programmes/" + programme.id() + "?notice=template-name#template", HttpStatus.SEE_OTHER);
            return;
        }
        List<ProgrammeTemplate.Entry> entries = programme.items().stream()
                .map(item -> new ProgrammeTemplate.Entry(item.exerciseId(), item.dose(), item.note())).toList();
        long id = templates.create(me.clinicId(), clinicWide ? null : me.id(), name, entries, clock.instant());
        audit.record(ctx, "TEMPLATE_CREATED", "template", id, name + (clinicWide ? " (clinic)" : ""));
        ctx.redirect("/programmes/" + programme.id() + "?notice=template-saved", HttpStatus.SEE_OTHER);
    }

    private void auditOverrides(Context ctx, Programme saved, ProgrammeCheck.Checked checked) {
        for (ProgrammeCheck.CheckedItem item : checked.items()) {
            if (item.blocked() && item.item().overridden()) {
                boolean isNew = saved.items().stream().noneMatch(old -> old.exerciseId() == item.item().exerciseId()
                        && old.overrideReason().equals(item.item().overrideReason()));
                if (isNew) {
                    String rules = String.join(",", item.evaluation().findings().stream()
                            .filter(f -> f.verdict() == Verdict.BLOCKED).map(f -> f.ruleId()).toList());
                    audit.record(ctx, "BLOCK_OVERRIDDEN", "programme", saved.id(),
                            item.exercise().slug() + " " + rules + ": " + item.item().overrideReason());
                }
            }
        }
    }

    private List<ProgrammeItem> apply(String action, List<ProgrammeItem> items, long clinicId) {
        List<ProgrammeItem> result = new ArrayList<>(items);
        String[] parts = action.split(":", 2);
        int index = parts.length == 2 && parts[1].matches("\\d{1,9}") ? Integer.parseInt(parts[1]) : -1;
        switch (parts[0]) {
            case "up" -> {
                if (index > 0 && index < result.size()) {
                    result.add(index - 1, result.remove(index));
                }
            }
            case "down" -> {
                if (index >= 0 && index < result.size() - 1) {
                    result.add(index + 1, result.remove(index));
                }
            }
            case "remove" -> {
                if (index >= 0 && index < result.size()) {
                    result.remove(index);
                }
            }
            case "add" -> {
                if (index > 0 && result.size() < MAX_ITEMS) {
                    exercises.find(clinicId, index).filter(e -> !e.retired()).ifPresent(e ->
                            result.add(new ProgrammeItem(e.id(), e.version(), e.content().defaultDose(), "", "")));
                }
            }
            case "order" -> {
                List<ProgrammeItem> ordered = new ArrayList<>();
                for (String position : parts.length == 2 ? parts[1].split(",") : new String[0]) {
                    if (position.matches("\\d{1,4}") && Integer.parseInt(position) < items.size()) {
                        ProgrammeItem item = items.get(Integer.parseInt(position));
                        if (!ordered.contains(item)) {
                            ordered.add(item);
                        }
                    }
                }
                if (ordered.size() == items.size()) {
                    return ordered;
                }
            }
            default -> {
                // save, search, issue: the items stay as they are
            }
        }
        return result;
    }

    private Form submitted(Context ctx) {
        Form form = Form.submitted(ctx, messages, "title", "version", "count", "q", "position", "kind", "level", "suitable");
        int count = form.value("count").matches("\\d{1,3}") ? Math.min(Integer.parseInt(form.value("count")), MAX_ITEMS) : 0;
        for (int i = 0; i < count; i++) {
            for (String field : List.of("exercise", "exerciseVersion", "sets", "reps", "hold", "duration", "perSide",
                    "timesPerDay", "daysPerWeek", "note", "override")) {
                String value = ctx.formParam(field + "." + i);
                form.with(field + "." + i, value == null ? "" : value.strip());
            }
        }
        return form;
    }

    private List<ProgrammeItem> parseItems(Form form) {
        int count = form.value("count").matches("\\d{1,3}") ? Math.min(Integer.parseInt(form.value("count")), MAX_ITEMS) : 0;
        List<ProgrammeItem> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String exercise = form.value("exercise." + i);
            String version = form.value("exerciseVersion." + i);
            if (!exercise.matches("\\d{1,18}") || !version.matches("\\d{1,6}")) {
                continue;
            }
            Integer[] numbers = new Integer[DOSE_FIELDS.size()];
            for (int f = 0; f < DOSE_FIELDS.size(); f++) {
                String field = DOSE_FIELDS.get(f) + "." + i;
                String value = form.value(field);
                if (!value.isEmpty()) {
                    if (value.matches("\\d{1,6}")) {
                        numbers[f] = Integer.parseInt(value);
                    } else {
                        form.error(field, "validation.number.whole");
                    }
                }
            }
            for (FieldProblem problem : Dose.problems(numbers[0], numbers[1], numbers[2], numbers[3], numbers[4], numbers[5])) {
                String field = switch (problem.field()) {
                    case "holdSeconds" -> "hold";
                    case "durationSeconds" -> "duration";
                    default -> problem.field();
                };
                form.error(field + "." + i, problem.messageKey(), problem.arguments().toArray());
            }
            if (form.value("note." + i).length() > ProgrammeItem.NOTE_MAX) {
                form.error("note." + i, "field.too-long", ProgrammeItem.NOTE_MAX);
            }
            String override = form.value("override." + i);
            if (!override.isEmpty()) {
                for (FieldProblem problem : ClinicianOverride.problems(override)) {
                    form.error("override." + i, problem.messageKey(), problem.arguments().toArray());
                }
            }
            if (!form.hasErrors()) {
                items.add(new ProgrammeItem(Long.parseLong(exercise), Integer.parseInt(version),
                        new Dose(numbers[0], numbers[1], numbers[2], numbers[3], form.checked("perSide." + i), numbers[4],
                                numbers[5]),
                        form.value("note." + i), override));
            }
        }
        return items;
    }

    private Form formOf(Programme programme, Form form) {
        form.with("title", programme.title()).with("version", programme.version()).with("count", programme.items().size());
        for (int i = 0; i < programme.items().size(); i++) {
            ProgrammeItem item = programme.items().get(i);
            Dose d = item.dose();
            form.with("exercise." + i, item.exerciseId()).with("exerciseVersion." + i, item.exerciseVersion())
                    .with("sets." + i, d.sets()).with("reps." + i, d.reps()).with("hold." + i, d.holdSeconds())
                    .with("duration." + i, d.durationSeconds()).with("perSide." + i, d.perSide() ? "on" : "")
                    .with("timesPerDay." + i, d.timesPerDay()).with("daysPerWeek." + i, d.daysPerWeek())
                    .with("note." + i, item.note()).with("override." + i, item.overrideReason());
        }
        return form;
    }

    private void render(Context ctx, Programme programme, Patient patient, Form form, List<ProgrammeItem> items,
            Optional<Programme> conflict, String notice) {
        User me = Visitor.of(ctx).requireUser();
        Locale locale = PageModel.locale(ctx);
        LocalDate today = LocalDate.now(clock);
        ProgrammeCheck.Checked checked = programmeCheck.check(me.clinicId(), patient.facts(), items, today);
        Map<String, Object> model = new HashMap<>();
        model.put("programme", programme);
        model.put("patient", patient);
        model.put("stage", stageText.describe(patient.facts(), today, locale));
        model.put("checked", checked);
        model.put("rows", checked.items().stream().map(item -> row(item, checked.items().size(), form, locale)).toList());
        model.put("form", form);
        model.put("hasErrors", form.hasErrors());
        model.put("conflict", conflict.orElse(null));
        model.put("notice", notice);
        model.put("library", library(ctx, me.clinicId(), patient, form, today));
        model.put("shareLink", sharing.currentLink(me.clinicId(), programme.id()).orElse(null));
        model.put("now", clock.instant());
        model.put("positions", Position.values());
        model.put("kinds", KindOfWork.values());
        model.put("levels", Level.values());
        model.put("nav", "patients");
        ctx.render("programmes/builder", model);
    }

    /**
     * One item of the builder with every text and attribute made here. The builder is the heaviest page
     * (twenty items of about ninety template expressions each); the profile showed three quarters of its
     * time in the template, most of it in the expressions these values replace.
     */
    private ItemRow row(ProgrammeCheck.CheckedItem c, int count, Form form, Locale locale) {
        int i = c.index();
        String name = c.exercise().content().name().forLocale(locale);
        Verdict verdict = c.evaluation().verdict();
        List<DoseField> doseFields = new ArrayList<>();
        for (String field : DOSE_FIELDS) {
            String key = field + "." + i;
            doseFields.add(new DoseField(key, messages.text("builder.field." + field, locale), form.value(key),
                    form.hasError(key) ? form.errorText(key) : null));
        }
        List<FindingRow> findings = c.evaluation().findings().stream().map(f -> new FindingRow(f.ruleId(),
                messages.text(f.reasonKey(), locale),
                f.alternativeKey() == null ? null : messages.text(f.alternativeKey(), locale))).toList();
        String note = "note." + i;
        String override = "override." + i;
        return new ItemRow(i, c.item().exerciseId(), c.item().exerciseVersion(),
                "/library/" + c.exercise().id() + "?version=" + c.exercise().version(), name,
                "item--" + verdict.name().toLowerCase(Locale.ROOT), "verdict--" + verdict.name().toLowerCase(Locale.ROOT),
                messages.text("verdict.short." + verdict.name(), locale),
                c.item().overridden() && c.blocked(),
                c.newerVersionExists() ? messages.text("builder.newer-version", locale, c.exercise().version(), c.currentVersion())
                        : null,
                findings, doseText.describe(c.item().dose(), locale), doseFields, form.checked("perSide." + i),
                form.value(note), form.hasError(note) ? form.errorText(note) : null,
                c.blocked() || c.item().overridden(), form.value(override),
                form.hasError(override) ? form.errorText(override) : null, i == 0, i == count - 1,
                messages.text("builder.up-named", locale, name), messages.text("builder.down-named", locale, name),
                messages.text("builder.remove-named", locale, name));
    }

    public record ItemRow(int index, long exerciseId, int exerciseVersion, String href, String name, String itemClass, String verdictClass,
            String verdictLabel, boolean overriddenTag, String newerVersion, List<FindingRow> findings, String dose,
            List<DoseField> doseFields, boolean perSide, String note, String noteError, boolean overrideShown,
            String override, String overrideError, boolean first, boolean last, String upLabel, String downLabel,
            String removeLabel) {
    }

    public record FindingRow(String ruleId, String reason, String alternative) {
    }

    public record DoseField(String name, String label, String value, String error) {
    }

    /** Library results for the panel: with "suitable now" on, what the rules block for her today is hidden. */
    private List<LibraryResult> library(Context ctx, long clinicId, Patient patient, Form form, LocalDate today) {
        Map<String, String> filters = new LinkedHashMap<>();
        for (String name : List.of("q", "position", "kind", "level", "suitable")) {
            String value = form.value(name).isEmpty() ? Optional.ofNullable(ctx.queryParam(name)).orElse("") : form.value(name);
            filters.put(name, value.strip());
        }
        if (!filters.get("suitable").equals("0")) {
            filters.put("suitable", "1");
        }
        form.with("q", filters.get("q")).with("position", filters.get("position")).with("kind", filters.get("kind"))
                .with("level", filters.get("level")).with("suitable", filters.get("suitable"));
        LibraryQuery query = LibraryHandler.query(Map.of("q", filters.get("q"), "position", filters.get("position"),
                "kind", filters.get("kind"), "level", filters.get("level"), "equipment", "", "demand", ""), false);
        boolean suitableOnly = "1".equals(filters.get("suitable"));
        Page<Exercise> page = exercises.search(clinicId, query, 1, suitableOnly ? LIBRARY_RESULTS * 3 : LIBRARY_RESULTS);
        List<LibraryResult> results = new ArrayList<>();
        Locale locale = PageModel.locale(ctx);
        boolean birthAhead = patient.facts().stage() instanceof com.stagewise.domain.stage.Stage.Postpartum p
                && today.isBefore(p.deliveryDate());
        for (Exercise exercise : page.items()) {
            ItemEvaluation evaluation = birthAhead ? null : stageCheck.evaluateItem(patient.facts(), today,
                    CheckItem.of(exercise.slug(), exercise.attributes(), exercise.content().defaultDose()));
            Verdict verdict = evaluation == null ? Verdict.ALLOWED : evaluation.verdict();
            if (suitableOnly && verdict == Verdict.BLOCKED) {
                continue;
            }
            if (results.size() < LIBRARY_RESULTS) {
                results.add(new LibraryResult(exercise, exercise.content().name().forLocale(locale),
                        doseText.describe(exercise.content().defaultDose(), locale), verdict,
                        evaluation == null ? List.of() : evaluation.findings().stream().map(f -> f.reasonKey()).toList()));
            }
        }
        return results;
    }

    public record LibraryResult(Exercise exercise, String name, String dose, Verdict verdict, List<String> reasonKeys) {
    }

    private static String libraryQuery(Form form) {
        StringBuilder query = new StringBuilder();
        for (String name : List.of("q", "position", "kind", "level", "suitable")) {
            if (!form.value(name).isEmpty()) {
                query.append('&').append(name).append('=').append(URLEncoder.encode(form.value(name), StandardCharsets.UTF_8));
            }
        }
        return query.toString();
    }

    private static String anchor(String action, List<ProgrammeItem> items) {
        if (action.startsWith("search") || action.startsWith("add")) {
            return "#library";
        }
        return "#items";
    }

    private static String notice(Context ctx) {
        String notice = ctx.queryParam("notice");
        return notice != null && List.of("saved", "issued", "back-to-draft", "template-saved", "template-name", "share-refused", "share-revoked")
                .contains(notice)
                ? notice : null;
    }

    /**
     * The items' exercise ids come from the form: one that is not a version in this clinic's library
     * (another clinic's, or made up) is simply not found, never a 500 from the check.
     */
    private boolean allInLibrary(long clinicId, List<ProgrammeItem> items) {
        List<Exercises.VersionRef> refs = items.stream()
                .map(item -> new Exercises.VersionRef(item.exerciseId(), item.exerciseVersion())).toList();
        java.util.Set<Exercises.VersionRef> found = exercises.versions(clinicId, refs).stream()
                .map(e -> new Exercises.VersionRef(e.id(), e.version()))
                .collect(java.util.stream.Collectors.toSet());
        return found.containsAll(refs);
    }

    private Programme scoped(Context ctx) {
        return programmes.find(Visitor.of(ctx).clinicId(), PathIds.id(ctx, "id")).orElseThrow(NotFoundResponse::new);
    }
}
