package com.stagewise.web.programmes;

import com.stagewise.domain.account.Role;
import com.stagewise.domain.account.User;
import com.stagewise.domain.catalogue.Exercise;
import com.stagewise.domain.catalogue.Exercises;
import com.stagewise.domain.programme.ProgrammeTemplate;
import com.stagewise.domain.programme.ProgrammeTemplates;
import com.stagewise.web.access.Visitor;
import com.stagewise.web.catalogue.DoseText;
import com.stagewise.web.system.Audit;
import com.stagewise.web.system.PageModel;
import com.stagewise.web.system.PathIds;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Templates: the clinic's and one's own; rename, share with the clinic, drop or reorder entries, delete. */
public final class TemplatesHandler {

    private final ProgrammeTemplates templates;
    private final Exercises exercises;
    private final DoseText doseText;
    private final Audit audit;
    private final Clock clock;

    public TemplatesHandler(ProgrammeTemplates templates, Exercises exercises, DoseText doseText, Audit audit, Clock clock) {
        this.templates = templates;
        this.exercises = exercises;
        this.doseText = doseText;
        this.audit = audit;
        this.clock = clock;
    }

    public void list(Context ctx) {
        User me = Visitor.of(ctx).requireUser();
        ctx.render("programmes/templates", Map.of("templates", templates.visibleTo(me.clinicId(), me.id()),
                "nav", "templates"));
    }

    public void show(Context ctx) {
        ProgrammeTemplate template = editable(ctx);
        Locale locale = PageModel.locale(ctx);
        Map<Long, Exercise> byId = new HashMap<>();
        for (Exercise e : exercises.all(template.clinicId())) {
            byId.put(e.id(), e);
        }
        List<String> names = new ArrayList<>();
        List<String> doses = new ArrayList<>();
        for (ProgrammeTemplate.Entry entry : template.entries()) {
            names.add(Optional.ofNullable(byId.get(entry.exerciseId())).map(e -> e.content().name().forLocale(locale)).orElse("?"));
            doses.add(doseText.describe(entry.dose(), locale));
        }
        ctx.render("programmes/template", Map.of("template", template, "names", names, "doses", doses,
                "nav", "templates", "error", Optional.ofNullable(ctx.queryParam("error")).orElse("")));
    }

    public void update(Context ctx) {
        ProgrammeTemplate template = editable(ctx);
        User me = Visitor.of(ctx).requireUser();
        String name = Optional.ofNullable(ctx.formParam("name")).orElse("").strip();
        if (name.isEmpty() || name.length() > ProgrammeTemplate.NAME_MAX) {
            ctx.redirect("/templates/" + template.id() + "?error=name", HttpStatus.SEE_OTHER);
            return;
        }
        boolean clinicWide = "clinic".equals(ctx.formParam("scope"));
        if (clinicWide != template.clinicWide() && !me.admin() && template.clinicWide()) {
            throw new ForbiddenResponse();
        }
        List<ProgrammeTemplate.Entry> entries = new ArrayList<>(template.entries());
        String action = Optional.ofNullable(ctx.formParam("action")).orElse("save");
        String[] parts = action.split(":", 2);
        int index = parts.length == 2 && parts[1].matches("\\d{1,4}") ? Integer.parseInt(parts[1]) : -1;
        if ("remove".equals(parts[0]) && index >= 0 && index < entries.size()) {
            entries.remove(index);
        } else if ("up".equals(parts[0]) && index > 0 && index < entries.size()) {
            entries.add(index - 1, entries.remove(index));
        }
        templates.update(template.clinicId(), template.id(), name, clinicWide ? null : me.id(), entries, clock.instant());
        audit.record(ctx, "TEMPLATE_UPDATED", "template", template.id(), name);
        ctx.redirect("/templates/" + template.id(), HttpStatus.SEE_OTHER);
    }

    public void delete(Context ctx) {
        ProgrammeTemplate template = editable(ctx);
        templates.delete(template.clinicId(), template.id());
        audit.record(ctx, "TEMPLATE_DELETED", "template", template.id(), template.name());
        ctx.redirect("/templates", HttpStatus.SEE_OTHER);
    }

    /** One's own templates, and the clinic's for admins; another clinician's own template is not found. */
    private ProgrammeTemplate editable(Context ctx) {
        User me = Visitor.of(ctx).requireUser();
        ProgrammeTemplate template = templates.find(me.clinicId(), PathIds.id(ctx, "id")).orElseThrow(NotFoundResponse::new);
        if (template.ownerUserId().isPresent() && template.ownerUserId().get() != me.id()) {
            throw new NotFoundResponse();
        }
        if (template.clinicWide() && !me.is(Role.ADMIN) && !"GET".equals(ctx.method().name())) {
            throw new ForbiddenResponse();
        }
        return template;
    }
}
