package com.stagewise.domain.rules;

import com.stagewise.domain.catalogue.Demand;
import com.stagewise.domain.catalogue.Position;

import java.util.List;
import java.util.Optional;

import static com.stagewise.domain.stage.StageRuleNumbers.EARLY_RECOVERY_UNTIL;

/**
 * R17: before 6+0 after a caesarean, stretching the front of the trunk, lying prone, twisting and
 * any moderate or advanced work are blocked.
 */
public final class EarlyCaesareanRule implements ItemRule {

    public static final String ID = "R17";
    static final String REASON = "rule.R17.reason";
    static final String ALTERNATIVE = "rule.R17.alternative";

    @Override
    public Optional<Finding> check(Situation situation, ItemUnderCheck item) {
        if (situation.afterCaesarean()
                && situation.postpartumBefore(EARLY_RECOVERY_UNTIL)
                && (item.hasAny(Demand.ANTERIOR_TRUNK_STRETCH, Demand.TRUNK_ROTATION)
                    || item.startsIn(Position.PRONE)
                    || item.level().isModerateOrHarder())) {
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
        return "Goom, Donnelly & Brockwell 2019 citing Ceydeli; Oxford University Hospitals postnatal leaflet; HSE";
    }

    @Override
    public List<StageBoundary> boundaries() {
        return List.of(StageBoundary.afterBirth(EARLY_RECOVERY_UNTIL));
    }

    @Override
    public List<String> messageKeys() {
        return List.of(REASON, ALTERNATIVE);
    }
}
