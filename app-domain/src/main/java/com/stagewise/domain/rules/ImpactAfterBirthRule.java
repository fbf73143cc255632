package com.stagewise.domain.rules;

import com.stagewise.domain.catalogue.Demand;

import java.util.List;
import java.util.Optional;

import static com.stagewise.domain.stage.StageRuleNumbers.FULL_LOAD_FROM;

/**
 * R13: after birth, impact is blocked before 12+0, and after it until the return-to-impact screen
 * is passed. The two cases have their own reasons, so at 12+0 the finding changes and the review
 * date lands there: the day the screen can be done.
 */
public final class ImpactAfterBirthRule implements ItemRule {

    public static final String ID = "R13";
    static final String REASON = "rule.R13.reason";
    static final String SCREEN_REASON = "rule.R13.screen.reason";
    static final String ALTERNATIVE = "rule.R13.alternative";

    @Override
    public Optional<Finding> check(Situation situation, ItemUnderCheck item) {
        if (!situation.isPostpartum() || !item.has(Demand.IMPACT)) {
            return Optional.empty();
        }
        if (situation.postpartumBefore(FULL_LOAD_FROM)) {
            return Optional.of(Finding.blocked(this, REASON, ALTERNATIVE));
        }
        if (!situation.patient().impactScreenPassed()) {
            return Optional.of(Finding.blocked(this, SCREEN_REASON, ALTERNATIVE));
        }
        return Optional.empty();
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String source() {
        return "Goom, Donnelly & Brockwell 2019 (expert opinion); HSE";
    }

    @Override
    public List<StageBoundary> boundaries() {
        return List.of(StageBoundary.afterBirth(FULL_LOAD_FROM));
    }

    @Override
    public List<String> messageKeys() {
        return List.of(REASON, SCREEN_REASON, ALTERNATIVE);
    }
}
