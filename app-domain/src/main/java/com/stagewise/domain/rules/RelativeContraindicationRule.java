package com.stagewise.domain.rules;

import com.stagewise.domain.stage.Contraindication;

import java.util.List;
import java.util.Optional;

/** R2: in pregnancy, a relative contraindication needs a clinician's recorded sign-off. */
public final class RelativeContraindicationRule implements ProgrammeRule {

    public static final String ID = "R2";
    static final String REASON = "rule.R2.reason";
    static final String ALTERNATIVE = "rule.R2.alternative";

    @Override
    public Optional<Finding> check(Situation situation) {
        if (!situation.isPregnant() || situation.patient().contraindicationsSignedOff()) {
            return Optional.empty();
        }
        boolean anyRelative = situation.patient().contraindications().stream()
                .anyMatch(c -> c.isRelativeAt(situation.gestationalAge()));
        return anyRelative ? Optional.of(Finding.caution(this, REASON, ALTERNATIVE)) : Optional.empty();
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String source() {
        return "ACOG Committee Opinion 804 (2020); Mottola 2018 (Canadian guideline)";
    }

    @Override
    public List<StageBoundary> boundaries() {
        return Contraindication.boundaries().stream().map(StageBoundary::gestational).toList();
    }

    @Override
    public List<String> messageKeys() {
        return List.of(REASON, ALTERNATIVE);
    }
}
