package com.stagewise.domain.catalogue;

/** How demanding an exercise is; set by an admin, it does not change with the dose. */
public enum Level {
    GENTLE,
    MODERATE,
    ADVANCED;

    /** Moderate or advanced: the level several rules treat alike. */
    public boolean isModerateOrHarder() {
        return this != GENTLE;
    }
}
