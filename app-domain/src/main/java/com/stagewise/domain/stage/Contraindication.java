package com.stagewise.domain.stage;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import static com.stagewise.domain.stage.Contraindication.Kind.ABSOLUTE;
import static com.stagewise.domain.stage.Contraindication.Kind.RELATIVE;

/**
 * A clinician-recorded contraindication to exercise in pregnancy, named by its API code (api.md).
 * Most have one weight for the whole pregnancy; two change with the week, so the weight is always
 * asked for at a gestational age ({@link #kindAt}).
 */
public enum Contraindication {
    // Absolute (R1): ACOG 804 and Mottola 2018, their union.
    HEART_DISEASE(ABSOLUTE),
    RESTRICTIVE_LUNG_DISEASE(ABSOLUTE),
    CERVICAL_INSUFFICIENCY(ABSOLUTE),
    MULTIPLE_PREGNANCY_PRETERM_RISK(ABSOLUTE),
    /**
     * The guideline names bleeding in the 2nd or 3rd trimester; a clinician who records it earlier
     * has seen something worrying, so it counts as absolute at any week (the safer reading).
     */
    PERSISTENT_BLEEDING(ABSOLUTE),
    /** Relative before 26+0, absolute from then. */
    PLACENTA_PRAEVIA(RELATIVE, StageRuleNumbers.PLACENTA_PRAEVIA_ABSOLUTE_FROM, ABSOLUTE),
    PRETERM_LABOUR(ABSOLUTE),
    RUPTURED_MEMBRANES(ABSOLUTE),
    PREECLAMPSIA(ABSOLUTE),
    SEVERE_ANAEMIA(ABSOLUTE),
    FETAL_GROWTH_RESTRICTION(ABSOLUTE),
    TRIPLETS_OR_MORE(ABSOLUTE),
    UNCONTROLLED_DISEASE(ABSOLUTE),

    // Relative (R2).
    ANAEMIA(RELATIVE),
    ARRHYTHMIA(RELATIVE),
    CHRONIC_BRONCHITIS(RELATIVE),
    POORLY_CONTROLLED_DISEASE(RELATIVE),
    EXTREME_OBESITY(RELATIVE),
    LOW_BODY_WEIGHT(RELATIVE),
    EXTREMELY_SEDENTARY(RELATIVE),
    ORTHOPAEDIC_LIMITATION(RELATIVE),
    HEAVY_SMOKER(RELATIVE),
    RECURRENT_MISCARRIAGE(RELATIVE),
    PREVIOUS_PRETERM_BIRTH(RELATIVE),
    /** Nothing before 28+0, relative from then. */
    TWINS(null, StageRuleNumbers.TWINS_RELATIVE_FROM, RELATIVE),
    EATING_DISORDER(RELATIVE);

    public enum Kind { ABSOLUTE, RELATIVE }

    private final Kind kindBefore;
    private final GestationalAge changesAt;
    private final Kind kindFrom;

    Contraindication(Kind always) {
        this(always, null, always);
    }

    Contraindication(Kind kindBefore, GestationalAge changesAt, Kind kindFrom) {
        this.kindBefore = kindBefore;
        this.changesAt = changesAt;
        this.kindFrom = kindFrom;
    }

    /** Its weight at {@code age}; empty when it does not count yet. */
    public Optional<Kind> kindAt(GestationalAge age) {
        Objects.requireNonNull(age, "age");
        boolean changed = changesAt != null && age.isAtLeast(changesAt);
        return Optional.ofNullable(changed ? kindFrom : kindBefore);
    }

    public boolean isAbsoluteAt(GestationalAge age) {
        return kindAt(age).orElse(null) == ABSOLUTE;
    }

    public boolean isRelativeAt(GestationalAge age) {
        return kindAt(age).orElse(null) == RELATIVE;
    }

    /** The week at which its weight changes, if it does. */
    public Optional<GestationalAge> changesAt() {
        return Optional.ofNullable(changesAt);
    }

    /** Every week at which some contraindication changes weight (for the review date). */
    public static Set<GestationalAge> boundaries() {
        Set<GestationalAge> ages = new TreeSet<>();
        Arrays.stream(values()).forEach(c -> c.changesAt().ifPresent(ages::add));
        return ages;
    }

    /** Key of a short clinician-facing label in RuleMessages. */
    public String labelKey() {
        return "contraindication." + name();
    }
}
