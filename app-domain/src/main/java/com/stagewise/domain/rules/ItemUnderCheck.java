package com.stagewise.domain.rules;

import com.stagewise.domain.catalogue.Demand;
import com.stagewise.domain.catalogue.Dose;
import com.stagewise.domain.catalogue.ExerciseAttributes;
import com.stagewise.domain.catalogue.KindOfWork;
import com.stagewise.domain.catalogue.Level;
import com.stagewise.domain.catalogue.Position;

import java.util.Objects;
import java.util.Set;

/**
 * An exercise at a dose, with the dose-derived demands and supine bout worked out once so that
 * each rule (and each date searched for the review date) reads them without recomputing.
 */
public record ItemUnderCheck(ExerciseAttributes attributes, Dose dose, Set<Demand> demands, int supineBoutSeconds) {

    public ItemUnderCheck {
        Objects.requireNonNull(attributes, "attributes");
        Objects.requireNonNull(dose, "dose");
        demands = Set.copyOf(demands);
    }

    public static ItemUnderCheck of(ExerciseAttributes attributes, Dose dose) {
        return new ItemUnderCheck(attributes, dose, attributes.effectiveDemands(dose), attributes.supineBoutSeconds(dose));
    }

    public boolean has(Demand demand) {
        return demands.contains(demand);
    }

    public boolean hasAny(Demand... wanted) {
        for (Demand demand : wanted) {
            if (demands.contains(demand)) {
                return true;
            }
        }
        return false;
    }

    public boolean startsIn(Position position) {
        return attributes.position() == position;
    }

    public Level level() {
        return attributes.level();
    }

    public KindOfWork kind() {
        return attributes.kind();
    }
}
