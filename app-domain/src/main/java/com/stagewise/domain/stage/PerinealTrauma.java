package com.stagewise.domain.stage;

public enum PerinealTrauma {
    NONE,
    /** First- or second-degree tear, or stitches. */
    MINOR,
    /** Third- or fourth-degree tear. */
    SEVERE
}
