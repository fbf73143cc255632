package com.stagewise.domain.rules;

import com.stagewise.domain.catalogue.Demand;
import com.stagewise.domain.stage.AbdominalSeparation;

import java.util.List;
import java.util.Optional;

/**
 * R21: with an abdominal separation not assessed as fit, loaded trunk flexion is blocked, in
 * pregnancy or after birth. It stays overridable: a 2023 trial (Gluppe) found no widening with curl-ups.
 */
public final class AbdominalSeparationFlexionRule implements ItemRule {

    public static final String ID = "R21";
    static final String REASON = "rule.R21.reason";
    static final String ALTERNATIVE = "rule.R21.alternative";

    @Override
    public Optional<Finding> check(Situation situation, ItemUnderCheck item) {
        if (situation.patient().abdominalSeparation() == AbdominalSeparation.PRESENT
                && item.has(Demand.LOADED_TRUNK_FLEXION)) {
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
        return "Sperstad 2016; convention (Gluppe 2023 found no widening with curl-ups, so it stays overridable)";
    }

    @Override
    public List<StageBoundary> boundaries() {
        return List.of();
    }

    @Override
    public List<String> messageKeys() {
        return List.of(REASON, ALTERNATIVE);
    }
}
