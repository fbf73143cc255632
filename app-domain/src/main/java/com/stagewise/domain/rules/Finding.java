package com.stagewise.domain.rules;

import java.util.Objects;

/**
 * What one rule says about one exercise or the whole programme: never ALLOWED (a rule that has
 * nothing to say gives no finding). Texts are message keys in RuleMessages; the source is a
 * citation string.
 *
 * @param alternativeKey a safer alternative, or {@code null} when there is none
 */
public record Finding(String ruleId, Verdict verdict, String reasonKey, String alternativeKey, String source) {

    public Finding {
        requireText(ruleId, "ruleId");
        Objects.requireNonNull(verdict, "verdict");
        if (verdict == Verdict.ALLOWED) {
            throw new IllegalArgumentException("A finding is a caution or a block; rule " + ruleId + " gave ALLOWED");
        }
        requireText(reasonKey, "reasonKey");
        requireText(source, "source");
    }

    static Finding caution(StageRule rule, String reasonKey, String alternativeKey) {
        return new Finding(rule.id(), Verdict.CAUTION, reasonKey, alternativeKey, rule.source());
    }

    static Finding blocked(StageRule rule, String reasonKey, String alternativeKey) {
        return new Finding(rule.id(), Verdict.BLOCKED, reasonKey, alternativeKey, rule.source());
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
