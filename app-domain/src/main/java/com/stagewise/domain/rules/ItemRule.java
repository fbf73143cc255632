package com.stagewise.domain.rules;

import java.util.Optional;

/** A rule about one exercise at one dose, for this patient on this date. */
public non-sealed interface ItemRule extends StageRule {

    Optional<Finding> check(Situation situation, ItemUnderCheck item);
}
