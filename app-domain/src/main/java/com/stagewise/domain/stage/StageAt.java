package com.stagewise.domain.stage;

import java.util.Objects;

/** A stage seen on one date: the weeks of pregnancy, or the weeks since birth and how she gave birth. */
public sealed interface StageAt permits StageAt.Pregnant, StageAt.AfterBirth {

    record Pregnant(GestationalAge gestationalAge) implements StageAt {

        public Pregnant {
            Objects.requireNonNull(gestationalAge, "gestationalAge");
        }

        public int trimester() {
            return gestationalAge.trimester();
        }

        @Override
        public String toString() {
            return gestationalAge + " weeks pregnant, trimester " + trimester();
        }
    }

    record AfterBirth(PostpartumAge postpartumAge, DeliveryMode deliveryMode) implements StageAt {

        public AfterBirth {
            Objects.requireNonNull(postpartumAge, "postpartumAge");
            Objects.requireNonNull(deliveryMode, "deliveryMode");
        }

        @Override
        public String toString() {
            return postpartumAge + " weeks after a " + deliveryMode + " birth";
        }
    }
}
