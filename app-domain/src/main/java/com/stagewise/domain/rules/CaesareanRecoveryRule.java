package com.stagewise.domain.rules;

import com.stagewise.domain.catalogue.Demand;

import java.util.List;
import java.util.Optional;

import static com.stagewise.domain.stage.StageRuleNumbers.EARLY_RECOVERY_UNTIL;
import static com.stagewise.domain.stage.StageRuleNumbers.FULL_LOAD_FROM;

/** R18: from 6+0 to 11+6 after a caesarean, stretching the front of the trunk and twisting are a caution. */
public final class CaesareanRecoveryRule implements ItemRule {

    public static final String ID = "R18";
    static final String REASON = "rule.R18.reason";
    static final String ALTERNATIVE = "rule.R18.alternative";

    @Override
    public Optional<Finding> check(Situation situation, ItemUnderCheck item) {
        if (situation.afterCaesarean()
                && situation.postpartumFrom(EARLY_RECOVERY_UNTIL)
                && situation.postpartumBefore(FULL_LOAD_FROM)
                && item.hasAny(Demand.ANTERIOR_TRUNK_STRETCH, Demand.TRUNK_ROTATION)) {
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
        return List.of(StageBoundary.afterBirth(EARLY_RECOVERY_UNTIL), StageBoundary.afterBirth(FULL_LOAD_FROM));
    }

    @Override
    public List<String> messageKeys() {
        return List.of(REASON, ALTERNATIVE);
    }
}
