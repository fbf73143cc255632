package com.stagewise.domain.rules;

import java.util.Collection;
import java.util.List;

/** Ordered from best to worst: ALLOWED &lt; CAUTION &lt; BLOCKED. */
public enum Verdict {
    ALLOWED,
    CAUTION,
    BLOCKED;

    /** The worst of the given verdicts; ALLOWED when there are none. */
    public static Verdict worst(Collection<Verdict> verdicts) {
        Verdict worst = ALLOWED;
        for (Verdict verdict : verdicts) {
            worst = worst.or(verdict);
        }
        return worst;
    }

    public static Verdict worst(Verdict... verdicts) {
        return worst(List.of(verdicts));
    }

    /** The worse of this and {@code other}. */
    public Verdict or(Verdict other) {
        return other.compareTo(this) > 0 ? other : this;
    }

    public boolean isWorseThan(Verdict other) {
        return compareTo(other) > 0;
    }

    /** Key of a short label in RuleMessages. */
    public String labelKey() {
        return "verdict." + name();
    }
}
