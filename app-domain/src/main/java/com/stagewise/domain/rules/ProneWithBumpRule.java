package com.stagewise.domain.rules;

import com.stagewise.domain.catalogue.Position;

import java.util.List;
import java.util.Optional;

import static com.stagewise.domain.stage.StageRuleNumbers.PRONE_BLOCKED_FROM;

/** R6: from 14+0, lying on the front is blocked. */
public final class ProneWithBumpRule implements ItemRule {

    public static final String ID = "R6";
    static final String REASON = "rule.R6.reason";
    static final String ALTERNATIVE = "rule.R6.alternative";

    @Override
    public Optional<Finding> check(Situation situation, ItemUnderCheck item) {
        if (situation.pregnantFrom(PRONE_BLOCKED_FROM) && item.startsIn(Position.PRONE)) {
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
        return "Convention (no guideline gives a week)";
    }

    @Override
    public List<StageBoundary> boundaries() {
        return List.of(StageBoundary.gestational(PRONE_BLOCKED_FROM));
    }

    @Override
    public List<String> messageKeys() {
        return List.of(REASON, ALTERNATIVE);
    }
}
