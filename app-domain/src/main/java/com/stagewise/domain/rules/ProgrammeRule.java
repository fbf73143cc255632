package com.stagewise.domain.rules;

import java.util.Optional;

/** A rule about the patient as a whole (R1, R2, R24): it applies to every programme she has. */
public non-sealed interface ProgrammeRule extends StageRule {

    Optional<Finding> check(Situation situation);
}
