package com.stagewise.domain.rules;

import java.util.List;
import java.util.Optional;

/**
 * R24: any warning sign reported today blocks the whole programme: stop and contact the provider.
 * Programme-level, so no item override can lift it.
 */
public final class RedFlagRule implements ProgrammeRule {

    public static final String ID = "R24";
    static final String REASON = "rule.R24.reason";

    @Override
    public Optional<Finding> check(Situation situation) {
        return situation.patient().redFlags().isEmpty()
                ? Optional.empty()
                : Optional.of(Finding.blocked(this, REASON, null));
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String source() {
        return "ACOG 804 (2020); Mottola 2018; Davenport 2025; AWHONN POST-BIRTH warning signs";
    }

    @Override
    public List<StageBoundary> boundaries() {
        return List.of();
    }

    @Override
    public List<String> messageKeys() {
        return List.of(REASON);
    }
}
