package com.stagewise.domain;

import java.util.List;
import java.util.Objects;

/**
 * One thing wrong with one input field, so a form can show every error next to its field at once.
 * The message key is looked up in {@code RuleMessages}; the arguments fill its placeholders.
 */
public record FieldProblem(String field, String messageKey, List<Object> arguments) {

    public FieldProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(messageKey, "messageKey");
        arguments = List.copyOf(arguments);
    }

    public static FieldProblem of(String field, String messageKey, Object... arguments) {
        return new FieldProblem(field, messageKey, List.of(arguments));
    }

    @Override
    public String toString() {
        return field + ": " + messageKey + (arguments.isEmpty() ? "" : " " + arguments);
    }
}
