package com.stagewise.domain.rules;

import com.stagewise.domain.catalogue.Demand;

import java.util.List;
import java.util.Optional;

import static com.stagewise.domain.stage.StageRuleNumbers.BALANCE_CAUTION_FROM;

/** R9: from 28+0, single-leg, unstable or swinging work is a caution (fall risk). */
public final class BalanceLateInPregnancyRule implements ItemRule {

    public static final String ID = "R9";
    static final String REASON = "rule.R9.reason";
    static final String ALTERNATIVE = "rule.R9.alternative";

    @Override
    public Optional<Finding> check(Situation situation, ItemUnderCheck item) {
        if (situation.pregnantFrom(BALANCE_CAUTION_FROM)
                && item.hasAny(Demand.SINGLE_LEG_LOAD, Demand.UNSTABLE_SURFACE, Demand.SWINGING)) {
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
        return "ACOG 804 (2020); UK Chief Medical Officers 2019; HSE";
    }

    @Override
    public List<StageBoundary> boundaries() {
        return List.of(StageBoundary.gestational(BALANCE_CAUTION_FROM));
    }

    @Override
    public List<String> messageKeys() {
        return List.of(REASON, ALTERNATIVE);
    }
}
