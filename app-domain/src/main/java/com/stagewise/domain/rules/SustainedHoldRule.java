package com.stagewise.domain.rules;

import com.stagewise.domain.catalogue.Demand;

import java.util.List;
import java.util.Optional;

/** R11: in pregnancy, at any week, a sustained isometric hold is a caution (breath-holding). */
public final class SustainedHoldRule implements ItemRule {

    public static final String ID = "R11";
    static final String REASON = "rule.R11.reason";
    static final String ALTERNATIVE = "rule.R11.alternative";

    @Override
    public Optional<Finding> check(Situation situation, ItemUnderCheck item) {
        if (situation.isPregnant() && item.has(Demand.SUSTAINED_HOLD)) {
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
        return "HSE; hold length: convention";
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
