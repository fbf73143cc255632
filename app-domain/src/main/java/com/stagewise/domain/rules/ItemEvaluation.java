package com.stagewise.domain.rules;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The verdict on one exercise: the worst of all its findings (ALLOWED when there are none), every
 * finding kept. {@link #verdict} is always the rules' own verdict; {@link #effectiveVerdict} is the
 * one to act on once a clinician's override is taken into account.
 */
public record ItemEvaluation(String exerciseRef, Verdict verdict, List<Finding> findings, Optional<ClinicianOverride> override) {

    public ItemEvaluation {
        Objects.requireNonNull(exerciseRef, "exerciseRef");
        Objects.requireNonNull(verdict, "verdict");
        findings = List.copyOf(findings);
        Objects.requireNonNull(override, "override");
        if (verdict != Verdict.worst(findings.stream().map(Finding::verdict).toList())) {
            throw new IllegalArgumentException("The verdict must be the worst of the findings");
        }
    }

    static ItemEvaluation of(String exerciseRef, List<Finding> findings, ClinicianOverride override) {
        return new ItemEvaluation(exerciseRef, Verdict.worst(findings.stream().map(Finding::verdict).toList()),
                findings, Optional.ofNullable(override));
    }

    /** Blocked by the rules, and a clinician has overridden the block with a reason. */
    public boolean isOverridden() {
        return verdict == Verdict.BLOCKED && override.isPresent();
    }

    /** CAUTION for an overridden block (she may do it, with care); otherwise the rules' verdict. */
    public Verdict effectiveVerdict() {
        return isOverridden() ? Verdict.CAUTION : verdict;
    }

    public boolean hasFinding(String ruleId) {
        return findings.stream().anyMatch(f -> f.ruleId().equals(ruleId));
    }
}
