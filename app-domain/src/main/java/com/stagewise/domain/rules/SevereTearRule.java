package com.stagewise.domain.rules;

import com.stagewise.domain.catalogue.Demand;
import com.stagewise.domain.stage.PerinealTrauma;

import java.util.List;
import java.util.Optional;

/**
 * R20: after a 3rd- or 4th-degree tear without a specialist pelvic-health review, moderate and
 * advanced work is a caution and impact stays blocked (even after a passed impact screen).
 */
public final class SevereTearRule implements ItemRule {

    public static final String ID = "R20";
    static final String REASON = "rule.R20.reason";
    static final String IMPACT_REASON = "rule.R20.impact.reason";
    static final String ALTERNATIVE = "rule.R20.alternative";

    @Override
    public Optional<Finding> check(Situation situation, ItemUnderCheck item) {
        var patient = situation.patient();
        if (!situation.isPostpartum() || patient.perinealTrauma() != PerinealTrauma.SEVERE || patient.pelvicHealthReview()) {
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

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String source() {
        return "Goom, Donnelly & Brockwell 2019; convention";
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
