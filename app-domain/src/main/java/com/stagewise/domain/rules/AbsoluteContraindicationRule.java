package com.stagewise.domain.rules;

import com.stagewise.domain.stage.Contraindication;

import java.util.List;
import java.util.Optional;

/**
 * R1: in pregnancy, an absolute contraindication blocks the whole programme until an obstetric
 * approval is recorded; with the approval it stays as a caution so that nobody forgets it.
 */
public final class AbsoluteContraindicationRule implements ProgrammeRule {

    public static final String ID = "R1";
    static final String REASON = "rule.R1.reason";
    static final String ALTERNATIVE = "rule.R1.alternative";
    static final String APPROVED_REASON = "rule.R1.approved.reason";

    @Override
    public Optional<Finding> check(Situation situation) {
        if (!situation.isPregnant()) {
            return Optional.empty();
        }
        boolean anyAbsolute = situation.patient().contraindications().stream()
                .anyMatch(c -> c.isAbsoluteAt(situation.gestationalAge()));
        if (!anyAbsolute) {
            return Optional.empty();
        }
        return Optional.of(situation.patient().obstetricApproval()
                ? Finding.caution(this, APPROVED_REASON, null)
                : Finding.blocked(this, REASON, ALTERNATIVE));
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String source() {
        return "ACOG Committee Opinion 804 (2020); Mottola 2018 (Canadian guideline): union of both lists, earlier week for placenta praevia";
    }

    @Override
    public List<StageBoundary> boundaries() {
        return Contraindication.boundaries().stream().map(StageBoundary::gestational).toList();
    }

    @Override
    public List<String> messageKeys() {
        return List.of(REASON, ALTERNATIVE, APPROVED_REASON);
    }
}
