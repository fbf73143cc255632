package com.stagewise.web.catalogue;

import com.stagewise.domain.Page;
import com.stagewise.domain.catalogue.Demand;
import com.stagewise.domain.catalogue.Equipment;
import com.stagewise.domain.catalogue.Exercise;
import com.stagewise.domain.catalogue.Exercises;
import com.stagewise.domain.catalogue.KindOfWork;
import com.stagewise.domain.catalogue.Level;
import com.stagewise.domain.catalogue.LibraryQuery;
import com.stagewise.domain.catalogue.Position;
import com.stagewise.domain.account.Role;
import com.stagewise.domain.programme.Patient;
import com.stagewise.domain.programme.Patients;
import com.stagewise.domain.rules.CheckItem;
import com.stagewise.domain.rules.ItemEvaluation;
import com.stagewise.domain.rules.StageCheck;
import com.stagewise.domain.rules.Verdict;
import com.stagewise.web.patients.StageText;
import java.time.Clock;
import java.time.LocalDate;
import com.stagewise.web.access.Visitor;
import com.stagewise.web.figures.StarterFigures;
import com.stagewise.web.system.Messages;
import com.stagewise.web.system.PageModel;
import com.stagewise.web.system.PathIds;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The library: search and filters, the exercise page, and the pictures. */
public final class LibraryHandler {

    static final int PAGE_SIZE = 20;

    private final Exercises exercises;
    private final Patients patients;
    private final StageCheck stageCheck;
    private final StageText stageText;
    private final Clock clock;
    private final RuleTouches ruleTouches;
    private final DoseText doseText;
    private final Messages messages;

    public LibraryHandler(Exercises exercises, Patients patients, StageCheck stageCheck, StageText stageText, Clock clock,
            RuleTouches ruleTouches, DoseText doseText, Messages messages) {
        this.exercises = exercises;
        this.patients = patients;
        this.stageCheck = stageCheck;
        this.stageText = stageText;
        this.clock = clock;
        this.ruleTouches = ruleTouches;
        this.doseText = doseText;
        this.messages = messages;
    }

    public void list(Context ctx) {
        Visitor visitor = Visitor.of(ctx);
        Map<String, String> filters = new LinkedHashMap<>();
        for (String name : List.of("q", "position", "kind", "level", "equipment", "demand", "retired", "patient", "hide")) {
            filters.put(name, Optional.ofNullable(ctx.queryParam(name)).orElse("").strip());
        }
        LibraryQuery query = query(filters, visitor.has(Role.ADMIN));
        int pageNumber = pageNumber(ctx);
        Locale locale = PageModel.locale(ctx);
        Map<String, Object> model = new HashMap<>();
        Optional<Patient> patient = filters.get("patient").matches("\\d{1,18}") && visitor.has(Role.CLINICIAN)
                ? patients.find(visitor.clinicId(), Long.parseLong(filters.get("patient"))) : Optional.empty();
        if (patient.isEmpty()) {
            filters.put("patient", "");
        }
        Page<Exercise> page = exercises.search(visitor.clinicId(), query, pageNumber, PAGE_SIZE);
        LocalDate today = LocalDate.now(clock);
        Map<Long, ItemEvaluation> verdicts = new HashMap<>();
        if (patient.isPresent() && !birthAhead(patient.get(), today)) {
            List<Exercise> shown = new java.util.ArrayList<>();
            for (Exercise exercise : page.items()) {
                ItemEvaluation evaluation = stageCheck.evaluateItem(patient.get().facts(), today,
                        CheckItem.of(exercise.slug(), exercise.attributes(), exercise.content().defaultDose()));
                verdicts.put(exercise.id(), evaluation);
                if (!("1".equals(filters.get("hide")) && evaluation.verdict() == Verdict.BLOCKED)) {
                    shown.add(exercise);
                }
            }
            page = new Page<>(shown, page.pageNumber(), page.pageSize(), page.hasNext());
            model.put("patient", patient.get());
            model.put("patientStage", stageText.describe(patient.get().facts(), today, locale));
        }
        model.put("page", page);
        model.put("cards", page.items().stream().map(e -> card(e, Optional.ofNullable(verdicts.get(e.id())), locale)).toList());
        model.put("filters", filters);
        model.put("positions", Position.values());
        model.put("kinds", KindOfWork.values());
        model.put("levels", Level.values());
        model.put("equipment", Equipment.values());
        model.put("demands", Arrays.stream(Demand.values()).filter(d -> !d.isDerivedFromDose()).toList());
        model.put("query", queryString(filters));
        model.put("nav", "library");
        ctx.render("library/list", model);
    }

    /**
     * One entry of the list with its texts made here: a page of 25 cards was mostly template
     * expressions building message keys and walking the entry's records.
     */
    record Card(long id, boolean retired, String picture, String figure, String name, List<String> tags, String dose,
            String verdictClass, String verdictLabel, List<String> situations) {
    }

    private Card card(Exercise e, Optional<ItemEvaluation> evaluation, Locale locale) {
        var attributes = e.attributes();
        String figure = e.content().figure();
        return new Card(e.id(), e.retired(), e.pictureId().map(id -> "/library/pictures/" + id).orElse(null),
                e.pictureId().isEmpty() && !figure.isEmpty() ? "/figures/" + figure + "/end.svg" : null,
                e.content().name().forLocale(locale),
                List.of(messages.text("position." + attributes.position().name(), locale),
                        messages.text("kind." + attributes.kind().name(), locale),
                        messages.text("level." + attributes.level().name(), locale)),
                doseText.describe(e.content().defaultDose(), locale),
                evaluation.map(v -> "verdict--" + v.verdict().name().toLowerCase(Locale.ROOT)).orElse(null),
                evaluation.map(v -> messages.text("verdict.short." + v.verdict().name(), locale)).orElse(null),
                evaluation.map(v -> v.findings().stream()
                        .map(f -> f.ruleId() + ": " + messages.text(f.reasonKey(), locale)).toList()).orElse(List.of()));
    }

    public void show(Context ctx) {
        long clinicId = Visitor.of(ctx).clinicId();
        long id = PathIds.id(ctx, "id");
        Exercise current = exercises.find(clinicId, id).orElseThrow(NotFoundResponse::new);
        Exercise shown = current;
        String version = ctx.queryParam("version");
        if (version != null && version.matches("\\d{1,6}")) {
            shown = exercises.findVersion(clinicId, id, Integer.parseInt(version)).orElseThrow(NotFoundResponse::new);
        }
        Locale locale = PageModel.locale(ctx);
        boolean pregnant = "1".equals(ctx.queryParam("pregnant"));
        Map<String, Object> model = new HashMap<>();
        model.put("exercise", shown);
        model.put("current", current);
        model.put("name", shown.content().name().forLocale(locale));
        model.put("steps", shown.content().steps().linesIn(locale));
        model.put("cues", shown.content().cues().linesIn(locale));
        model.put("dose", doseText.describe(shown.content().defaultDose(), locale));
        model.put("touches", ruleTouches.of(shown, shown.content().defaultDose()));
        model.put("pregnant", pregnant);
        model.put("hasFigure", StarterFigures.has(shown.content().figure()));
        model.put("nav", "library");
        ctx.render("library/show", model);
    }

    /** The drawn figures hold no clinic data, so any page (the patient's too) may show them. */
    public void figure(Context ctx) {
        String name = ctx.pathParam("figure");
        boolean pregnant = "1".equals(ctx.queryParam("pregnant"));
        String title = messages.text("figure.title", PageModel.locale(ctx));
        Optional<String> svg = switch (ctx.pathParam("which")) {
            case "start.svg" -> StarterFigures.startSvg(name, pregnant, title);
            case "end.svg" -> StarterFigures.endSvg(name, pregnant, title);
            case "pair.svg" -> StarterFigures.pairSvg(name, pregnant, title);
            default -> Optional.empty();
        };
        ctx.header("Cache-Control", "public, max-age=86400");
        ctx.contentType("image/svg+xml; charset=utf-8").result(svg.orElseThrow(NotFoundResponse::new));
    }

    public void picture(Context ctx) {
        Exercises.Picture picture = exercises.picture(Visitor.of(ctx).clinicId(), PathIds.id(ctx, "id"))
                .orElseThrow(NotFoundResponse::new);
        ctx.header("Cache-Control", "private, max-age=86400");
        ctx.contentType(picture.contentType()).result(picture.bytes());
    }

    private static boolean birthAhead(Patient patient, LocalDate today) {
        return patient.facts().stage() instanceof com.stagewise.domain.stage.Stage.Postpartum p && today.isBefore(p.deliveryDate());
    }

    public static LibraryQuery query(Map<String, String> filters, boolean mayIncludeRetired) {
        return new LibraryQuery(filters.get("q"),
                code(Position.class, filters.get("position")),
                code(KindOfWork.class, filters.get("kind")),
                code(Level.class, filters.get("level")),
                code(Equipment.class, filters.get("equipment")),
                code(Demand.class, filters.get("demand")),
                mayIncludeRetired && "1".equals(filters.get("retired")));
    }

    /** Unknown codes in a query string are ignored: they come from edited URLs, not from the form. */
    public static <E extends Enum<E>> Optional<E> code(Class<E> type, String value) {
        if (value == null || value.isEmpty()) {
            return Optional.empty();
        }
        return Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals(value)).findFirst();
    }

    public static int pageNumber(Context ctx) {
        String page = ctx.queryParam("page");
        if (page != null && page.matches("\\d{1,5}")) {
            return Math.max(1, Integer.parseInt(page));
        }
        return 1;
    }

    private static String queryString(Map<String, String> filters) {
        StringBuilder query = new StringBuilder();
        filters.forEach((name, value) -> {
            if (!value.isEmpty()) {
                query.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        });
        return query.toString();
    }
}
