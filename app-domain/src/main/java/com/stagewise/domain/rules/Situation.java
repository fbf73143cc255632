package com.stagewise.domain.rules;

import com.stagewise.domain.stage.DeliveryMode;
import com.stagewise.domain.stage.GestationalAge;
import com.stagewise.domain.stage.PatientState;
import com.stagewise.domain.stage.PostpartumAge;
import com.stagewise.domain.stage.StageAt;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A patient on one date, with her stage worked out once, and the questions rules ask about it.
 * Each "from"/"before" question is false in the other phase, so a pregnancy rule never fires after
 * birth and the reverse.
 */
public record Situation(PatientState patient, LocalDate date, StageAt stage) {

    public Situation {
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(stage, "stage");
    }

    public static Situation of(PatientState patient, LocalDate date) {
        return new Situation(patient, date, patient.stageOn(date));
    }

    public boolean isPregnant() {
        return stage instanceof StageAt.Pregnant;
    }

    public boolean isPostpartum() {
        return stage instanceof StageAt.AfterBirth;
    }

    /** Pregnant and at least {@code age} along. */
    public boolean pregnantFrom(GestationalAge age) {
        return stage instanceof StageAt.Pregnant p && p.gestationalAge().isAtLeast(age);
    }

    /** Pregnant and not yet {@code age} along. */
    public boolean pregnantBefore(GestationalAge age) {
        return stage instanceof StageAt.Pregnant p && p.gestationalAge().isBefore(age);
    }

    /** After birth and at least {@code age} since it. */
    public boolean postpartumFrom(PostpartumAge age) {
        return stage instanceof StageAt.AfterBirth b && b.postpartumAge().isAtLeast(age);
    }

    /** After birth and less than {@code age} since it. */
    public boolean postpartumBefore(PostpartumAge age) {
        return stage instanceof StageAt.AfterBirth b && b.postpartumAge().isBefore(age);
    }

    public boolean afterCaesarean() {
        return stage instanceof StageAt.AfterBirth b && b.deliveryMode() == DeliveryMode.CAESAREAN;
    }

    /** @throws IllegalStateException after birth */
    public GestationalAge gestationalAge() {
        if (stage instanceof StageAt.Pregnant p) {
            return p.gestationalAge();
        }
        throw new IllegalStateException("Not pregnant on " + date);
    }

    public boolean medicallyCleared() {
        return patient.isMedicallyClearedOn(date);
    }
}
