package com.stagewise.domain.stage;

import com.stagewise.domain.FieldProblem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Every fact the stage rules read about a patient (clinical-rules.md, section 1), as one immutable
 * value. Start from {@link #pregnant} or {@link #postpartum} and add facts with the {@code with…}
 * methods; persistence can use the canonical constructor.
 *
 * <p>Facts that only mean something in one phase (perineal trauma, medical clearance, pelvic floor
 * symptoms, the impact screen, bleeding or back pain after birth during pregnancy; contraindications
 * after birth) may be recorded in the other phase, for instance while a clinician updates a record,
 * but the rules ignore them there. Rejecting them would make a simple change of stage fail.
 *
 * @param medicalClearanceDate date of the postnatal check that cleared exercise, or {@code null};
 *                             it counts from that date on
 * @param backPainNotImproving for the referral prompt: back pain not getting better after birth
 * @param ongoingBleeding      for the referral prompt: bleeding still present after birth
 */
public record PatientState(
        Stage stage,
        LocalDate medicalClearanceDate,
        Set<Contraindication> contraindications,
        boolean contraindicationsSignedOff,
        boolean obstetricApproval,
        boolean supineSymptoms,
        boolean pelvicGirdlePain,
        AbdominalSeparation abdominalSeparation,
        PerinealTrauma perinealTrauma,
        boolean perinealHealed,
        boolean pelvicHealthReview,
        boolean pelvicFloorSymptoms,
        boolean impactScreenPassed,
        Set<RedFlag> redFlags,
        boolean backPainNotImproving,
        boolean ongoingBleeding) {

    public static final String MEDICAL_CLEARANCE_FIELD = "medicalClearanceDate";
    public static final String CLEARANCE_BEFORE_DELIVERY = "validation.medicalClearanceDate.beforeDelivery";
    public static final String CLEARANCE_IN_FUTURE = "validation.medicalClearanceDate.inFuture";

    public PatientState {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(abdominalSeparation, "abdominalSeparation");
        Objects.requireNonNull(perinealTrauma, "perinealTrauma");
        contraindications = immutableEnumSet(Contraindication.class, contraindications, "contraindications");
        redFlags = immutableEnumSet(RedFlag.class, redFlags, "redFlags");
    }

    /** A pregnant patient with no other fact recorded. */
    public static PatientState pregnant(LocalDate dueDate) {
        return withNothingRecorded(Stage.pregnancy(dueDate));
    }

    /** A patient after birth with no other fact recorded (not yet medically cleared). */
    public static PatientState postpartum(LocalDate deliveryDate, DeliveryMode mode) {
        return withNothingRecorded(Stage.postpartum(deliveryDate, mode));
    }

    public static PatientState withNothingRecorded(Stage stage) {
        return new PatientState(stage, null, Set.of(), false, false, false, false,
                AbdominalSeparation.NONE, PerinealTrauma.NONE, false, false, false, false,
                Set.of(), false, false);
    }

    public StageAt stageOn(LocalDate date) {
        return stage.at(date);
    }

    public Optional<LocalDate> medicalClearance() {
        return Optional.ofNullable(medicalClearanceDate);
    }

    /** Cleared on {@code date}: a clearance recorded for a later date does not count yet. */
    public boolean isMedicallyClearedOn(LocalDate date) {
        return medicalClearanceDate != null && !medicalClearanceDate.isAfter(date);
    }

    /**
     * What makes this record impossible on {@code date}: the stage's own problems, and a clearance
     * before the birth or after the date. Field names match the API's patient fields.
     */
    public List<FieldProblem> problemsOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        List<FieldProblem> problems = new ArrayList<>(stage.problemsOn(date));
        if (medicalClearanceDate != null && stage instanceof Stage.Postpartum birth) {
            if (medicalClearanceDate.isBefore(birth.deliveryDate())) {
                problems.add(FieldProblem.of(MEDICAL_CLEARANCE_FIELD, CLEARANCE_BEFORE_DELIVERY));
            } else if (medicalClearanceDate.isAfter(date)) {
                problems.add(FieldProblem.of(MEDICAL_CLEARANCE_FIELD, CLEARANCE_IN_FUTURE));
            }
        }
        return problems;
    }

    // --- copies with one fact changed ---

    public PatientState withStage(Stage value) {
        return edit(d -> d.stage = value);
    }

    public PatientState withMedicalClearance(LocalDate value) {
        return edit(d -> d.medicalClearanceDate = value);
    }

    public PatientState withContraindications(Contraindication... values) {
        return withContraindications(Arrays.asList(values));
    }

    public PatientState withContraindications(Collection<Contraindication> values) {
        return edit(d -> d.contraindications = Set.copyOf(values));
    }

    public PatientState withContraindicationsSignedOff(boolean value) {
        return edit(d -> d.contraindicationsSignedOff = value);
    }

    public PatientState withObstetricApproval(boolean value) {
        return edit(d -> d.obstetricApproval = value);
    }

    public PatientState withSupineSymptoms(boolean value) {
        return edit(d -> d.supineSymptoms = value);
    }

    public PatientState withPelvicGirdlePain(boolean value) {
        return edit(d -> d.pelvicGirdlePain = value);
    }

    public PatientState withAbdominalSeparation(AbdominalSeparation value) {
        return edit(d -> d.abdominalSeparation = value);
    }

    public PatientState withPerinealTrauma(PerinealTrauma value) {
        return edit(d -> d.perinealTrauma = value);
    }

    public PatientState withPerinealHealed(boolean value) {
        return edit(d -> d.perinealHealed = value);
    }

    public PatientState withPelvicHealthReview(boolean value) {
        return edit(d -> d.pelvicHealthReview = value);
    }

    public PatientState withPelvicFloorSymptoms(boolean value) {
        return edit(d -> d.pelvicFloorSymptoms = value);
    }

    public PatientState withImpactScreenPassed(boolean value) {
        return edit(d -> d.impactScreenPassed = value);
    }

    public PatientState withRedFlags(RedFlag... values) {
        return withRedFlags(Arrays.asList(values));
    }

    public PatientState withRedFlags(Collection<RedFlag> values) {
        return edit(d -> d.redFlags = Set.copyOf(values));
    }

    public PatientState withBackPainNotImproving(boolean value) {
        return edit(d -> d.backPainNotImproving = value);
    }

    public PatientState withOngoingBleeding(boolean value) {
        return edit(d -> d.ongoingBleeding = value);
    }

    private PatientState edit(Consumer<Draft> change) {
        Draft draft = new Draft(this);
        change.accept(draft);
        return draft.build();
    }

    private static <E extends Enum<E>> Set<E> immutableEnumSet(Class<E> type, Set<E> values, String name) {
        Objects.requireNonNull(values, name);
        EnumSet<E> copy = EnumSet.noneOf(type);
        for (E value : values) {
            copy.add(Objects.requireNonNull(value, name + " contains null"));
        }
        return Collections.unmodifiableSet(copy);
    }

    /** A mutable copy, private, so that each {@code with…} method is one line. */
    private static final class Draft {
        Stage stage;
        LocalDate medicalClearanceDate;
        Set<Contraindication> contraindications;
        boolean contraindicationsSignedOff;
        boolean obstetricApproval;
        boolean supineSymptoms;
        boolean pelvicGirdlePain;
        AbdominalSeparation abdominalSeparation;
        PerinealTrauma perinealTrauma;
        boolean perinealHealed;
        boolean pelvicHealthReview;
        boolean pelvicFloorSymptoms;
        boolean impactScreenPassed;
        Set<RedFlag> redFlags;
        boolean backPainNotImproving;
        boolean ongoingBleeding;

        Draft(PatientState s) {
            stage = s.stage;
            medicalClearanceDate = s.medicalClearanceDate;
            contraindications = s.contraindications;
            contraindicationsSignedOff = s.contraindicationsSignedOff;
            obstetricApproval = s.obstetricApproval;
            supineSymptoms = s.supineSymptoms;
            pelvicGirdlePain = s.pelvicGirdlePain;
            abdominalSeparation = s.abdominalSeparation;
            perinealTrauma = s.perinealTrauma;
            perinealHealed = s.perinealHealed;
            pelvicHealthReview = s.pelvicHealthReview;
            pelvicFloorSymptoms = s.pelvicFloorSymptoms;
            impactScreenPassed = s.impactScreenPassed;
            redFlags = s.redFlags;
            backPainNotImproving = s.backPainNotImproving;
            ongoingBleeding = s.ongoingBleeding;
        }

        PatientState build() {
            return new PatientState(stage, medicalClearanceDate, contraindications, contraindicationsSignedOff,
                    obstetricApproval, supineSymptoms, pelvicGirdlePain, abdominalSeparation, perinealTrauma,
                    perinealHealed, pelvicHealthReview, pelvicFloorSymptoms, impactScreenPassed, redFlags,
                    backPainNotImproving, ongoingBleeding);
        }
    }
}
