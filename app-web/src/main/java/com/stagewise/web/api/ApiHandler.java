package com.stagewise.web.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.stagewise.domain.Page;
import com.stagewise.domain.catalogue.Dose;
import com.stagewise.domain.catalogue.Exercise;
import com.stagewise.domain.catalogue.Exercises;
import com.stagewise.domain.catalogue.LibraryQuery;
import com.stagewise.domain.rules.Finding;
import com.stagewise.domain.rules.ItemEvaluation;
import com.stagewise.domain.rules.ProgrammeEvaluation;
import com.stagewise.domain.rules.RuleMessages;
import com.stagewise.domain.rules.StageCheck;
import com.stagewise.domain.stage.StageAt;
import com.stagewise.web.access.Visitor;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The JSON API of api.md: the stage check and the clinic's library, for callers with an API key. */
public final class ApiHandler {

    static final int MAX_PAGE_SIZE = 100;

    private final Exercises exercises;
    private final StageCheck stageCheck;
    private final ObjectMapper json;
    private final Clock clock;

    public ApiHandler(Exercises exercises, StageCheck stageCheck, ObjectMapper json, Clock clock) {
        this.exercises = exercises;
        this.stageCheck = stageCheck;
        this.json = json;
        this.clock = clock;
    }

    public void stageCheck(Context ctx) {
        JsonNode root;
        try {
            root = json.readTree(ctx.body());
        } catch (JsonProcessingException e) {
            ctx.status(400).json(StageCheckRequest.errorBody(List.of(
                    new StageCheckRequest.FieldError("", "malformed JSON"))));
            return;
        }
        long clinicId = Visitor.of(ctx).clinicId();
        StageCheckRequest request = new StageCheckRequest();
        Optional<StageCheckRequest.Parsed> parsed = request.parse(root, LocalDate.now(clock),
                slug -> exercises.findBySlug(clinicId, slug));
        if (parsed.isEmpty()) {
            ctx.status(400).json(StageCheckRequest.errorBody(request.errors()));
            return;
        }
        ProgrammeEvaluation evaluation = stageCheck.evaluate(parsed.get().patient(), parsed.get().date(),
                parsed.get().items());
        ctx.json(response(evaluation));
    }

    static Map<String, Object> response(ProgrammeEvaluation evaluation) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("date", evaluation.date().toString());
        body.put("stage", stage(evaluation.stage()));
        body.put("verdict", evaluation.verdict().name());
        body.put("reviewDate", evaluation.reviewDate().map(LocalDate::toString).orElse(null));
        body.put("findings", evaluation.programmeFindings().stream().map(ApiHandler::finding).toList());
        body.put("referrals", evaluation.referrals().stream().map(referral -> Map.of(
                "code", referral.name(),
                "message", RuleMessages.text(referral.messageKey(), Locale.ENGLISH),
                "source", referral.source())).toList());
        body.put("items", evaluation.items().stream().map(ApiHandler::item).toList());
        return body;
    }

    private static Map<String, Object> stage(StageAt stage) {
        Map<String, Object> map = new LinkedHashMap<>();
        if (stage instanceof StageAt.Pregnant pregnant) {
            map.put("kind", "PREGNANT");
            map.put("gestationalAge", pregnant.gestationalAge().toString());
            map.put("trimester", pregnant.trimester());
        } else if (stage instanceof StageAt.AfterBirth afterBirth) {
            map.put("kind", "POSTPARTUM");
            map.put("postpartumAge", afterBirth.postpartumAge().toString());
            map.put("deliveryMode", afterBirth.deliveryMode().name());
        }
        return map;
    }

    private static Map<String, Object> item(ItemEvaluation item) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("exercise", item.exerciseRef());
        map.put("verdict", item.verdict().name());
        map.put("findings", item.findings().stream().map(ApiHandler::finding).toList());
        return map;
    }

    private static Map<String, Object> finding(Finding finding) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("rule", finding.ruleId());
        map.put("verdict", finding.verdict().name());
        map.put("reason", RuleMessages.text(finding.reasonKey(), Locale.ENGLISH));
        map.put("alternative", finding.alternativeKey() == null ? null : RuleMessages.text(finding.alternativeKey(), Locale.ENGLISH));
        map.put("source", finding.source());
        return map;
    }

    public void exercises(Context ctx) {
        Map<String, String> filters = new HashMap<>();
        for (String name : List.of("q", "position", "kind", "level", "equipment", "demand")) {
            filters.put(name, Optional.ofNullable(ctx.queryParam(name)).orElse("").strip());
        }
        LibraryQuery base = com.stagewise.web.catalogue.LibraryHandler.query(filters, true);
        boolean includeRetired = !"false".equals(ctx.queryParam("retired"));
        LibraryQuery query = new LibraryQuery(base.text(), base.position(), base.kind(), base.level(), base.equipment(),
                base.demand(), includeRetired);
        int page = intParam(ctx, "page", 1, 1, 100_000);
        int size = intParam(ctx, "pageSize", 50, 1, MAX_PAGE_SIZE);
        Page<Exercise> result = exercises.search(Visitor.of(ctx).clinicId(), query, page, size);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("page", result.pageNumber());
        body.put("pageSize", result.pageSize());
        body.put("hasNext", result.hasNext());
        body.put("exercises", result.items().stream().map(ApiHandler::exercise).toList());
        ctx.json(body);
    }

    private static Map<String, Object> exercise(Exercise e) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("slug", e.slug());
        map.put("name", e.content().name().en());
        map.put("version", e.version());
        map.put("position", e.attributes().position().name());
        map.put("kind", e.attributes().kind().name());
        map.put("level", e.attributes().level().name());
        map.put("demands", e.attributes().demands().stream().map(Enum::name).sorted().toList());
        map.put("equipment", e.content().equipment().stream().map(Enum::name).sorted().toList());
        Dose d = e.content().defaultDose();
        Map<String, Object> dose = new LinkedHashMap<>();
        dose.put("sets", d.sets());
        dose.put("reps", d.reps());
        dose.put("holdSeconds", d.holdSeconds());
        dose.put("durationSeconds", d.durationSeconds());
        dose.put("perSide", d.perSide());
        dose.put("timesPerDay", d.timesPerDay());
        dose.put("daysPerWeek", d.daysPerWeek());
        dose.put("clinicDefault", e.content().doseIsClinicDefault());
        map.put("defaultDose", dose);
        map.put("retired", e.retired());
        return map;
    }

    private static int intParam(Context ctx, String name, int fallback, int min, int max) {
        String value = ctx.queryParam(name);
        if (value == null || !value.matches("\\d{1,6}")) {
            return fallback;
        }
        return Math.max(min, Math.min(max, Integer.parseInt(value)));
    }
}
