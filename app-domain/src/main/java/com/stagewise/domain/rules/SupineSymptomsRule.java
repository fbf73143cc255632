package com.stagewise.domain.rules;

import java.util.List;
import java.util.Optional;

/** R5: in pregnancy, at any week, lying on the back is blocked once she reports symptoms there. */
public final class SupineSymptomsRule implements ItemRule {

    public static final String ID = "R5";
    static final String REASON = "rule.R5.reason";
    static final String ALTERNATIVE = "rule.R5.alternative";

    @Override
    public Optional<Finding> check(Situation situation, ItemUnderCheck item) {
        if (situation.isPregnant() && situation.patient().supineSymptoms() && item.attributes().startsSupine()) {
            return Optional.of(Finding.blocked(this, REASON, ALTERNATIVE));
        }
        return Optional.empty();
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String source() {
        return "Mottola 2018 (Canadian guideline)";
    }

    @Override
    public List<StageBoundary> boundaries() {
        return List.of();
    }

    @Override
    public List<String> messageKeys() {
        return List.of(REASON, ALTERNATIVE);
    }
}
