package com.stagewise.domain.catalogue;

/** The start position of an exercise. */
public enum Position {
    SUPINE,
    PRONE,
    SIDE_LYING,
    QUADRUPED,
    KNEELING,
    SITTING,
    LONG_SITTING,
    STANDING,
    SQUAT,
    HANDS_AND_FEET
}
