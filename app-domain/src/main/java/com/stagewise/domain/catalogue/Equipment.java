package com.stagewise.domain.catalogue;

/** What a patient needs at home for an exercise; the library filters on it. */
public enum Equipment {
    MAT,
    GYM_BALL,
    CHAIR,
    BOX,
    WALL_OR_SUPPORT,
    PILLOW,
    NONE
}
