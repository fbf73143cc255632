package com.stagewise.domain.rules;

import java.util.List;
import java.util.Optional;

import static com.stagewise.domain.stage.StageRuleNumbers.SUPINE_BOUT_LIMIT_SECONDS;
import static com.stagewise.domain.stage.StageRuleNumbers.SUPINE_CAUTION_FROM;

/** R3: from 16+0, a short bout on the back (120 s or less in one go) is a caution. */
public final class SupineShortBoutRule implements ItemRule {

    public static final String ID = "R3";
    static final String REASON = "rule.R3.reason";
    static final String ALTERNATIVE = "rule.R3.alternative";

    @Override
    public Optional<Finding> check(Situation situation, ItemUnderCheck item) {
        if (situation.pregnantFrom(SUPINE_CAUTION_FROM)
                && item.attributes().startsSupine()
                && item.supineBoutSeconds() <= SUPINE_BOUT_LIMIT_SECONDS) {
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
        return "NHS, Exercise in pregnancy (\"particularly after 16 weeks\"); ACOG 804 (2020); HSE; "
                + "Mottola 2019 (systematic review, no clear harm). Week and bout length: convention";
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
