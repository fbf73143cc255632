package com.stagewise.web.system;

import com.stagewise.domain.FieldProblem;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What was typed into a form and what is wrong with it, so a page can show every error next to its
 * field and in a summary at the top, and never lose what the user typed.
 */
public final class Form {

    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, String> errors = new LinkedHashMap<>();
    private final Messages messages;
    private final Locale locale;

    public Form(Messages messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    /** The submitted values of the named fields, trimmed (passwords are never read through this). */
    public static Form submitted(Context ctx, Messages messages, String... fields) {
        Form form = new Form(messages, PageModel.locale(ctx));
        for (String field : fields) {
            String value = ctx.formParam(field);
            form.values.put(field, value == null ? "" : value.strip());
        }
        return form;
    }

    public Form with(String field, Object value) {
        values.put(field, value == null ? "" : String.valueOf(value));
        return this;
    }

    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    public boolean checked(String field) {
        String value = value(field);
        return "on".equals(value) || "true".equals(value);
    }

    public Form error(String field, String messageKey, Object... arguments) {
        errors.putIfAbsent(field, messages.text(messageKey, locale, arguments));
        return this;
    }

    public Form problems(List<FieldProblem> problems) {
        for (FieldProblem problem : problems) {
            error(problem.field(), problem.messageKey(), problem.arguments().toArray());
        }
        return this;
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public boolean hasError(String field) {
        return errors.containsKey(field);
    }

    public String errorText(String field) {
        return errors.getOrDefault(field, "");
    }

    public List<FieldError> errorList() {
        List<FieldError> list = new ArrayList<>();
        errors.forEach((field, message) -> list.add(new FieldError(field, message)));
        return list;
    }

    public record FieldError(String field, String message) {
    }
}
