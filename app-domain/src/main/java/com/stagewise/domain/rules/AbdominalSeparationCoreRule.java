package com.stagewise.domain.rules;

import java.util.List;
import java.util.Optional;

/**
 * R22: with an abdominal separation (assessed fit or not), moderate or advanced core work is a
 * caution: no doming. "Core work" is read as strengthening or stabilising work; stretches and
 * mobility at those levels do not load the midline the same way.
 */
public final class AbdominalSeparationCoreRule implements ItemRule {

    public static final String ID = "R22";
    static final String REASON = "rule.R22.reason";
    static final String ALTERNATIVE = "rule.R22.alternative";

    @Override
    public Optional<Finding> check(Situation situation, ItemUnderCheck item) {
        if (situation.patient().abdominalSeparation().isPresent()
                && item.level().isModerateOrHarder()
                && item.kind().isMuscularEffort()) {
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
        return List.of();
    }

    @Override
    public List<String> messageKeys() {
        return List.of(REASON, ALTERNATIVE);
    }
}
