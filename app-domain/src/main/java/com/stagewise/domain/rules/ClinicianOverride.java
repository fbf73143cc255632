package com.stagewise.domain.rules;

import com.stagewise.domain.FieldProblem;

import java.util.List;

/**
 * A clinician's decision to use a blocked exercise anyway, with the written reason the audit trail
 * keeps. Who decided and when is recorded outside the domain.
 *
 * <p>It lifts only item-level blocks: an overridden BLOCKED item keeps its findings and its raw
 * verdict and gets the effective verdict CAUTION ({@link ItemEvaluation#effectiveVerdict}). On an
 * item that is not blocked it is kept but has no effect, because an item's verdict moves with the
 * patient's weeks and a stored override must not make evaluation fail later. Programme-level
 * findings (R1, R2, R24) are never lifted.
 */
public record ClinicianOverride(String reason) {

    public static final String REASON_FIELD = "overrideReason";
    public static final int MAX_REASON_LENGTH = 2000;
    public static final String REASON_REQUIRED = "validation.override.reasonRequired";
    public static final String REASON_TOO_LONG = "validation.override.reasonTooLong";

    public ClinicianOverride {
        List<FieldProblem> problems = problems(reason);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Invalid override: " + problems);
        }
        reason = reason.strip();
    }

    public static ClinicianOverride because(String reason) {
        return new ClinicianOverride(reason);
    }

    /** Empty when {@code reason} is a usable reason. */
    public static List<FieldProblem> problems(String reason) {
        if (reason == null || reason.isBlank()) {
            return List.of(FieldProblem.of(REASON_FIELD, REASON_REQUIRED));
        }
        if (reason.strip().length() > MAX_REASON_LENGTH) {
            return List.of(FieldProblem.of(REASON_FIELD, REASON_TOO_LONG, MAX_REASON_LENGTH));
        }
        return List.of();
    }
}
