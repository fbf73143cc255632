package com.stagewise.domain.rules;

import com.stagewise.domain.catalogue.Demand;

import java.util.List;
import java.util.Optional;

/** R10: in pregnancy, at any week, bringing the head below the hips is a caution (dizziness). */
public final class HeadBelowHipsRule implements ItemRule {

    public static final String ID = "R10";
    static final String REASON = "rule.R10.reason";
    static final String ALTERNATIVE = "rule.R10.alternative";

    @Override
    public Optional<Finding> check(Situation situation, ItemUnderCheck item) {
        if (situation.isPregnant() && item.has(Demand.HEAD_BELOW_HIPS)) {
            return Optional.of(Finding.caution(this, REASON, ALTERNATIVE));
        }
        return Optional.empty();
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String source() {
        return "Convention";
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
