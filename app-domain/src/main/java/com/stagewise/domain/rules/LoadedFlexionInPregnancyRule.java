package com.stagewise.domain.rules;

import com.stagewise.domain.catalogue.Demand;

import java.util.List;
import java.util.Optional;

import static com.stagewise.domain.stage.StageRuleNumbers.LOADED_FLEXION_BLOCKED_FROM;

/** R8: from 16+0, loaded trunk flexion (curl-ups, hollow holds) is blocked. */
public final class LoadedFlexionInPregnancyRule implements ItemRule {

    public static final String ID = "R8";
    static final String REASON = "rule.R8.reason";
    static final String ALTERNATIVE = "rule.R8.alternative";

    @Override
    public Optional<Finding> check(Situation situation, ItemUnderCheck item) {
        if (situation.pregnantFrom(LOADED_FLEXION_BLOCKED_FROM) && item.has(Demand.LOADED_TRUNK_FLEXION)) {
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
        return "Mota 2015 (abdominal separation in pregnancy); week: convention";
    }

    @Override
    public List<StageBoundary> boundaries() {
        return List.of(StageBoundary.gestational(LOADED_FLEXION_BLOCKED_FROM));
    }

    @Override
    public List<String> messageKeys() {
        return List.of(REASON, ALTERNATIVE);
    }
}
