package com.stagewise.domain.rules;

import java.util.List;
import java.util.Optional;

import static com.stagewise.domain.stage.StageRuleNumbers.SUPINE_BOUT_LIMIT_SECONDS;
import static com.stagewise.domain.stage.StageRuleNumbers.SUPINE_CAUTION_FROM;

/** R4: from 16+0, a long bout on the back (more than 120 s in one go) is blocked. */
public final class SupineLongBoutRule implements ItemRule {

    public static final String ID = "R4";
    static final String REASON = "rule.R4.reason";
    static final String ALTERNATIVE = "rule.R4.alternative";

    @Override
    public Optional<Finding> check(Situation situation, ItemUnderCheck item) {
        if (situation.pregnantFrom(SUPINE_CAUTION_FROM)
                && item.attributes().startsSupine()
                && item.supineBoutSeconds() > SUPINE_BOUT_LIMIT_SECONDS) {
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
        return "NHS, Exercise in pregnancy; ACOG 804 (2020); HSE. Week and bout length: convention";
    }

    @Override
    public List<StageBoundary> boundaries() {
        return List.of(StageBoundary.gestational(SUPINE_CAUTION_FROM));
    }

    @Override
    public List<String> messageKeys() {
        return List.of(REASON, ALTERNATIVE);
    }
}
