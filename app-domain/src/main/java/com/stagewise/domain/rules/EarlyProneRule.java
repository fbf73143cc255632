package com.stagewise.domain.rules;

import com.stagewise.domain.catalogue.Position;

import java.util.List;
import java.util.Optional;

import static com.stagewise.domain.stage.StageRuleNumbers.PRONE_BLOCKED_FROM;

/** R7: before 14+0, lying on the front is a caution: stop if it is uncomfortable. */
public final class EarlyProneRule implements ItemRule {

    public static final String ID = "R7";
    static final String REASON = "rule.R7.reason";
    static final String ALTERNATIVE = "rule.R7.alternative";

    @Override
    public Optional<Finding> check(Situation situation, ItemUnderCheck item) {
        if (situation.pregnantBefore(PRONE_BLOCKED_FROM) && item.startsIn(Position.PRONE)) {
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
        return List.of(StageBoundary.gestational(PRONE_BLOCKED_FROM));
    }

    @Override
    public List<String> messageKeys() {
        return List.of(REASON, ALTERNATIVE);
    }
}
