package com.stagewise.domain.rules;

import com.stagewise.domain.catalogue.Demand;

import java.util.List;
import java.util.Optional;

/**
 * R23: after birth, with pelvic floor symptoms, impact is blocked and moderate or advanced work is a
 * caution. The pelvic-health referral it asks for is a {@link Referral}, given whenever she has
 * the symptoms, whatever the programme holds.
 */
public final class PelvicFloorSymptomsRule implements ItemRule {

    public static final String ID = "R23";
    static final String REASON = "rule.R23.reason";
    static final String IMPACT_REASON = "rule.R23.impact.reason";
    static final String ALTERNATIVE = "rule.R23.alternative";

    @Override
    public Optional<Finding> check(Situation situation, ItemUnderCheck item) {
        if (!appliesTo(situation)) {
            return Optional.empty();
        }
        if (item.has(Demand.IMPACT)) {
            return Optional.of(Finding.blocked(this, IMPACT_REASON, ALTERNATIVE));
        }
        if (item.level().isModerateOrHarder()) {
            return Optional.of(Finding.caution(this, REASON, ALTERNATIVE));
        }
        return Optional.empty();
    }

    /** After birth with pelvic floor symptoms. */
    static boolean appliesTo(Situation situation) {
        return situation.isPostpartum() && situation.patient().pelvicFloorSymptoms();
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String source() {
        return "Goom, Donnelly & Brockwell 2019; HSE";
    }

    @Override
    public List<StageBoundary> boundaries() {
        return List.of();
    }

    @Override
    public List<String> messageKeys() {
        return List.of(REASON, IMPACT_REASON, ALTERNATIVE);
    }
}
