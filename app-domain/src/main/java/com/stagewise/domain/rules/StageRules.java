package com.stagewise.domain.rules;

import java.util.List;
import java.util.Optional;

/** The rules in force: one list, R1 to R24 in order. */
public final class StageRules {

    private static final List<StageRule> STANDARD = List.of(
            new AbsoluteContraindicationRule(),
            new RelativeContraindicationRule(),
            new SupineShortBoutRule(),
            new SupineLongBoutRule(),
            new SupineSymptomsRule(),
            new ProneWithBumpRule(),
            new EarlyProneRule(),
            new LoadedFlexionInPregnancyRule(),
            new BalanceLateInPregnancyRule(),
            new HeadBelowHipsRule(),
            new SustainedHoldRule(),
            new PelvicGirdlePainRule(),
            new ImpactAfterBirthRule(),
            new EarlyAbdominalLoadRule(),
            new MedicalClearanceRule(),
            new GentleAfterBirthRule(),
            new EarlyCaesareanRule(),
            new CaesareanRecoveryRule(),
            new PerinealWoundRule(),
            new SevereTearRule(),
            new AbdominalSeparationFlexionRule(),
            new AbdominalSeparationCoreRule(),
            new PelvicFloorSymptomsRule(),
            new RedFlagRule());

    private StageRules() {
    }

    /** R1 to R24 (clinical-rules.md, section 3). */
    public static List<StageRule> standard() {
        return STANDARD;
    }

    public static Optional<StageRule> byId(String id) {
        return STANDARD.stream().filter(rule -> rule.id().equals(id)).findFirst();
    }
}
