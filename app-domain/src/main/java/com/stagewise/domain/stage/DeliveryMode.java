package com.stagewise.domain.stage;

public enum DeliveryMode {
    VAGINAL,
    /** Forceps or ventouse. */
    ASSISTED_VAGINAL,
    CAESAREAN
}
