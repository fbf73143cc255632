package com.stagewise.domain.rules;

import com.stagewise.domain.catalogue.Demand;
import com.stagewise.domain.stage.PerinealTrauma;

import java.util.List;
import java.util.Optional;

/** R19: after birth, with a perineal tear or stitches not yet healed, perineal load, deep squats and wide legs are a caution. */
public final class PerinealWoundRule implements ItemRule {

    public static final String ID = "R19";
    static final String REASON = "rule.R19.reason";
    static final String ALTERNATIVE = "rule.R19.alternative";

    @Override
    public Optional<Finding> check(Situation situation, ItemUnderCheck item) {
        var patient = situation.patient();
        if (situation.isPostpartum()
                && patient.perinealTrauma() != PerinealTrauma.NONE
                && !patient.perinealHealed()
                && item.hasAny(Demand.PERINEAL_LOAD, Demand.DEEP_SQUAT, Demand.WIDE_ABDUCTION)) {
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
