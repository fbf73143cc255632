package com.stagewise.domain.catalogue;

/** What an exercise asks of the body; the stage rules match on these. */
public enum Demand {
    /** Time spent lying on the back in one go; derived from the start position and the dose. */
    SUPINE_BOUT(true),
    LOADED_TRUNK_FLEXION,
    ANTERIOR_TRUNK_STRETCH,
    TRUNK_ROTATION,
    WIDE_ABDUCTION,
    DEEP_SQUAT,
    SINGLE_LEG_LOAD,
    UNSTABLE_SURFACE,
    SWINGING,
    HEAD_BELOW_HIPS,
    /** An isometric hold of 10 s or more; derived from the kind of work and the dose. */
    SUSTAINED_HOLD(true),
    IMPACT,
    PERINEAL_LOAD;

    private final boolean derivedFromDose;

    Demand() {
        this(false);
    }

    Demand(boolean derivedFromDose) {
        this.derivedFromDose = derivedFromDose;
    }

    /** Computed from the dose, never stored on the exercise. */
    public boolean isDerivedFromDose() {
        return derivedFromDose;
    }
}
