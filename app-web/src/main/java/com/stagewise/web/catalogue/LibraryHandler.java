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
    private final RuleTouches ruleTouches;
    private final DoseText doseText;
    private final Messages messages;

    public LibraryHandler(Exercises exercises, RuleTouches ruleTouches, DoseText doseText, Messages messages) {
        this.exercises = exercises;
        this.ruleTouches = ruleTouches;
        this.doseText = doseText;
        this.messages = messages;
    }

    public void list(Context ctx) {
        Visitor visitor = Visitor.of(ctx);
        Map<String, String> filters = new LinkedHashMap<>();
        for (String name : List.of("q", "position", "kind", "level", "equipment", "demand", "retired")) {
            filters.put(name, Optional.ofNullable(ctx.queryParam(name)).orElse("").strip());
        }
        LibraryQuery query = query(filters, visitor.has(Role.ADMIN));
        int pageNumber = pageNumber(ctx);
        Page<Exercise> page = exercises.search(visitor.clinicId(), query, pageNumber, PAGE_SIZE);
        Locale locale = PageModel.locale(ctx);
        Map<String, Object> model = new HashMap<>();
        model.put("page", page);
        model.put("filters", filters);
        model.put("doses", page.items().stream().map(e -> doseText.describe(e.content().defaultDose(), locale)).toList());
        model.put("positions", Position.values());
        model.put("kinds", KindOfWork.values());
        model.put("levels", Level.values());
        model.put("equipment", Equipment.values());
        model.put("demands", Arrays.stream(Demand.values()).filter(d -> !d.isDerivedFromDose()).toList());
        model.put("query", queryString(filters));
        model.put("nav", "library");
        ctx.render("library/list", model);
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
