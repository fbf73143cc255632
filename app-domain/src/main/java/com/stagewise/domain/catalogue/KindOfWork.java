package com.stagewise.domain.catalogue;

public enum KindOfWork {
    MOBILISE,
    STRETCH,
    STRENGTHEN,
    STABILISE,
    RELAX;

    /**
     * Strengthening and stabilising are muscular effort: a long hold there is an isometric effort
     * that invites breath-holding, and it counts as core work. Holding a stretch does not.
     */
    public boolean isMuscularEffort() {
        return this == STRENGTHEN || this == STABILISE;
    }
}
