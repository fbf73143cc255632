package com.stagewise.domain.stage;

import com.stagewise.domain.FieldProblem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Where a patient is: pregnant with a due date, or after a birth with its date and mode. The stage
 * holds dates only; how far along she is depends on the date it is looked at ({@link #at}), which
 * the caller always passes in.
 */
public sealed interface Stage permits Stage.Pregnancy, Stage.Postpartum {

    String DUE_DATE_FIELD = "dueDate";
    String DELIVERY_DATE_FIELD = "deliveryDate";
    String DUE_DATE_TOO_FAR = "validation.dueDate.tooFarAhead";
    String DELIVERY_IN_FUTURE = "validation.deliveryDate.inFuture";

    static Pregnancy pregnancy(LocalDate dueDate) {
        return new Pregnancy(dueDate);
    }

    static Postpartum postpartum(LocalDate deliveryDate, DeliveryMode mode) {
        return new Postpartum(deliveryDate, mode);
    }

    /** How far along she is on {@code date}. */
    StageAt at(LocalDate date);

    /**
     * What makes this stage impossible on {@code date} (a due date too far ahead, a delivery in the
     * future). A value cannot check this itself because it depends on the date.
     */
    List<FieldProblem> problemsOn(LocalDate date);

    record Pregnancy(LocalDate dueDate) implements Stage {

        public Pregnancy {
            Objects.requireNonNull(dueDate, "dueDate");
        }

        @Override
        public StageAt.Pregnant at(LocalDate date) {
            return new StageAt.Pregnant(GestationalAge.on(dueDate, date));
        }

        @Override
        public List<FieldProblem> problemsOn(LocalDate date) {
            List<FieldProblem> problems = new ArrayList<>();
            if (dueDate.isAfter(date.plusWeeks(StageRuleNumbers.MAX_WEEKS_TO_DUE_DATE))) {
                problems.add(FieldProblem.of(DUE_DATE_FIELD, DUE_DATE_TOO_FAR, StageRuleNumbers.MAX_WEEKS_TO_DUE_DATE));
            }
            return problems;
        }

        /** True once the due date is behind us and no birth has been recorded. */
        public boolean isOverdueOn(LocalDate date) {
            return date.isAfter(dueDate);
        }
    }

    record Postpartum(LocalDate deliveryDate, DeliveryMode mode) implements Stage {

        public Postpartum {
            Objects.requireNonNull(deliveryDate, "deliveryDate");
            Objects.requireNonNull(mode, "mode");
        }

        /** @throws IllegalArgumentException when {@code date} is before the delivery */
        @Override
        public StageAt.AfterBirth at(LocalDate date) {
            return new StageAt.AfterBirth(PostpartumAge.on(deliveryDate, date), mode);
        }

        @Override
        public List<FieldProblem> problemsOn(LocalDate date) {
            List<FieldProblem> problems = new ArrayList<>();
            if (deliveryDate.isAfter(date)) {
                problems.add(FieldProblem.of(DELIVERY_DATE_FIELD, DELIVERY_IN_FUTURE));
            }
            return problems;
        }

        public boolean isCaesarean() {
            return mode == DeliveryMode.CAESAREAN;
        }
    }
}
