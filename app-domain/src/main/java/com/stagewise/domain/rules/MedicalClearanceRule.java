package com.stagewise.domain.rules;

import com.stagewise.domain.catalogue.Level;

import java.util.List;
import java.util.Optional;

import static com.stagewise.domain.stage.StageRuleNumbers.EARLY_RECOVERY_UNTIL;

/**
 * R15: after birth, before 6+0 and without medical clearance, moderate work is a caution. Advanced
 * work is not named here because R14 blocks it anyway.
 */
public final class MedicalClearanceRule implements ItemRule {

    public static final String ID = "R15";
    static final String REASON = "rule.R15.reason";
    static final String ALTERNATIVE = "rule.R15.alternative";

    @Override
    public Optional<Finding> check(Situation situation, ItemUnderCheck item) {
        if (situation.postpartumBefore(EARLY_RECOVERY_UNTIL)
                && !situation.medicallyCleared()
                && item.level() == Level.MODERATE) {
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
        return "Seed documents S3 and S4; Davenport 2025 (Canadian postpartum guideline)";
    }

    @Override
    public List<StageBoundary> boundaries() {
        return List.of(StageBoundary.afterBirth(EARLY_RECOVERY_UNTIL), StageBoundary.medicalClearance());
    }

    @Override
    public List<String> messageKeys() {
        return List.of(REASON, ALTERNATIVE);
    }
}
