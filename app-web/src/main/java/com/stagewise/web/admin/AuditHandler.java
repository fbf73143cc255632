package com.stagewise.web.admin;

import com.stagewise.domain.Page;
import com.stagewise.domain.account.AuditEvent;
import com.stagewise.domain.account.AuditFilter;
import com.stagewise.domain.account.Users;
import com.stagewise.web.access.Visitor;
import com.stagewise.web.system.Form;
import com.stagewise.web.system.Messages;
import com.stagewise.web.system.PageModel;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The audit trail, newest first, filtered by person, action, kind of record and dates. */
public final class AuditHandler {

    static final int PAGE_SIZE = 50;

    private final com.stagewise.domain.account.AuditTrail trail;
    private final Users users;
    private final Messages messages;

    public AuditHandler(com.stagewise.domain.account.AuditTrail trail, Users users, Messages messages) {
        this.trail = trail;
        this.users = users;
        this.messages = messages;
    }

    public void list(Context ctx) {
        long clinicId = Visitor.of(ctx).clinicId();
        Form form = new Form(messages, PageModel.locale(ctx));
        for (String field : new String[] {"actor", "action", "type", "from", "to"}) {
            form.with(field, Optional.ofNullable(ctx.queryParam(field)).orElse("").strip());
        }
        AuditFilter filter = new AuditFilter(
                parseLong(form.value("actor")),
                nonEmpty(form.value("action")),
                nonEmpty(form.value("type")),
                parseDate(form, "from"),
                parseDate(form, "to"));
        int pageNumber = parseLong(Optional.ofNullable(ctx.queryParam("page")).orElse("1"))
                .map(Long::intValue).filter(n -> n >= 1 && n <= 100_000).orElse(1);
        Page<AuditEvent> page = trail.page(clinicId, filter, pageNumber, PAGE_SIZE);
        Map<String, Object> model = new HashMap<>();
        model.put("page", page);
        model.put("form", form);
        model.put("hasErrors", form.hasErrors());
        model.put("users", users.list(clinicId));
        model.put("actions", trail.actions(clinicId));
        model.put("types", trail.recordTypes(clinicId));
        model.put("query", query(form));
        model.put("nav", "audit");
        ctx.render("admin/audit", model);
    }

    private static Optional<Long> parseLong(String value) {
        try {
            return value.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(value));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> nonEmpty(String value) {
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    private static Optional<LocalDate> parseDate(Form form, String field) {
        String value = form.value(field);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            form.error(field, "date.invalid");
            return Optional.empty();
        }
    }

    /** The filter as a query string, for the paging links. */
    private static String query(Form form) {
        StringBuilder query = new StringBuilder();
        for (String field : new String[] {"actor", "action", "type", "from", "to"}) {
            if (!form.value(field).isEmpty() && !form.hasError(field)) {
                query.append('&').append(field).append('=')
                        .append(java.net.URLEncoder.encode(form.value(field), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return query.toString();
    }
}
