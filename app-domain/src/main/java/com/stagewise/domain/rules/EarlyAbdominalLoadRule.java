package com.stagewise.domain.rules;

import com.stagewise.domain.catalogue.Demand;
import com.stagewise.domain.catalogue.Level;

import java.util.List;
import java.util.Optional;

import static com.stagewise.domain.stage.StageRuleNumbers.FULL_LOAD_FROM;

/** R14: after birth, before 12+0, loaded trunk flexion and advanced work are blocked. */
public final class EarlyAbdominalLoadRule implements ItemRule {

    public static final String ID = "R14";
    static final String REASON = "rule.R14.reason";
    static final String ALTERNATIVE = "rule.R14.alternative";

    @Override
    public Optional<Finding> check(Situation situation, ItemUnderCheck item) {
        if (situation.postpartumBefore(FULL_LOAD_FROM)
                && (item.has(Demand.LOADED_TRUNK_FLEXION) || item.level() == Level.ADVANCED)) {
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
        return "HSE; Goom, Donnelly & Brockwell 2019";
    }

    @Override
    public List<StageBoundary> boundaries() {
        return List.of(StageBoundary.afterBirth(FULL_LOAD_FROM));
    }

    @Override
    public List<String> messageKeys() {
        return List.of(REASON, ALTERNATIVE);
    }
}
