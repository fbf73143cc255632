package com.stagewise.domain.rules;

import com.stagewise.domain.catalogue.Demand;

import java.util.List;
import java.util.Optional;

/** R12: with pelvic girdle pain, in pregnancy or after birth, wide, single-leg and deep-squat work is blocked. */
public final class PelvicGirdlePainRule implements ItemRule {

    public static final String ID = "R12";
    static final String REASON = "rule.R12.reason";
    static final String ALTERNATIVE = "rule.R12.alternative";

    @Override
    public Optional<Finding> check(Situation situation, ItemUnderCheck item) {
        if (situation.patient().pelvicGirdlePain()
                && item.hasAny(Demand.WIDE_ABDUCTION, Demand.SINGLE_LEG_LOAD, Demand.DEEP_SQUAT)) {
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
        return "NHS pelvic girdle pain leaflets (Northern Care Alliance; Cambridge University Hospitals)";
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
