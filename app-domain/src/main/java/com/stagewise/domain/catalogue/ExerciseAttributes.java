package com.stagewise.domain.catalogue;

import com.stagewise.domain.stage.StageRuleNumbers;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What the stage rules read about an exercise. The stored demands are the ones that hold whatever
 * the dose; {@link Demand#SUPINE_BOUT} and {@link Demand#SUSTAINED_HOLD} depend on the dose and are
 * added by {@link #effectiveDemands}. If an admin or an import lists them, they are dropped here,
 * so that the dose alone decides them.
 */
public record ExerciseAttributes(Position position, KindOfWork kind, Level level, Set<Demand> demands) {

    public ExerciseAttributes {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(demands, "demands");
        EnumSet<Demand> stored = EnumSet.noneOf(Demand.class);
        for (Demand demand : demands) {
            if (!Objects.requireNonNull(demand, "demands contains null").isDerivedFromDose()) {
                stored.add(demand);
            }
        }
        demands = Collections.unmodifiableSet(stored);
    }

    public static ExerciseAttributes of(Position position, KindOfWork kind, Level level, Demand... demands) {
        return new ExerciseAttributes(position, kind, level, Set.of(demands));
    }

    public boolean startsSupine() {
        return position == Position.SUPINE;
    }

    /** The stored demands plus those this dose adds. */
    public Set<Demand> effectiveDemands(Dose dose) {
        Objects.requireNonNull(dose, "dose");
        EnumSet<Demand> effective = demands.isEmpty() ? EnumSet.noneOf(Demand.class) : EnumSet.copyOf(demands);
        if (startsSupine()) {
            effective.add(Demand.SUPINE_BOUT);
        }
        if (kind.isMuscularEffort() && dose.holdSecondsOrZero() >= StageRuleNumbers.SUSTAINED_HOLD_SECONDS) {
            effective.add(Demand.SUSTAINED_HOLD);
        }
        return Collections.unmodifiableSet(effective);
    }

    /**
     * Seconds spent lying on the back in one set: the duration if the dose sets one, otherwise
     * reps × max(hold, 3 s) × 2 when done on each side. Zero when the exercise does not start supine.
     * A missing number of reps counts as one, a missing hold as none.
     */
    public int supineBoutSeconds(Dose dose) {
        Objects.requireNonNull(dose, "dose");
        if (!startsSupine()) {
            return 0;
        }
        if (dose.durationSeconds() != null) {
            return dose.durationSeconds();
        }
        int reps = dose.reps() == null ? 1 : dose.reps();
        int secondsPerRep = Math.max(dose.holdSecondsOrZero(), StageRuleNumbers.SUPINE_MIN_SECONDS_PER_REP);
        return reps * secondsPerRep * (dose.perSide() ? 2 : 1);
    }
}
