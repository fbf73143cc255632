package com.stagewise.domain.stage;

/** Abdominal separation (diastasis): a gap of two finger-widths or more, or doming. */
public enum AbdominalSeparation {
    NONE,
    /** Present and not (yet) assessed as fit for loaded trunk flexion. */
    PRESENT,
    /** Present, and a clinician has assessed it as fit for loaded trunk flexion. */
    ASSESSED_FIT;

    /** The separation exists, whether or not it has been assessed fit. */
    public boolean isPresent() {
        return this != NONE;
    }
}
