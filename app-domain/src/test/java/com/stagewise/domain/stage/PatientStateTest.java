package com.stagewise.domain.stage;

import com.stagewise.domain.FieldProblem;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PatientStateTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 3, 1);

    @Test
    void starts_with_nothing_recorded() {
        PatientState patient = PatientState.pregnant(TODAY.plusWeeks(16));

        assertThat(patient.contraindications()).isEmpty();
        assertThat(patient.redFlags()).isEmpty();
        assertThat(patient.abdominalSeparation()).isEqualTo(AbdominalSeparation.NONE);
        assertThat(patient.perinealTrauma()).isEqualTo(PerinealTrauma.NONE);
        assertThat(patient.medicalClearance()).isEmpty();
        assertThat(patient.backPainNotImproving()).isFalse();
        assertThat(patient.ongoingBleeding()).isFalse();
    }

    @Test
    void with_methods_change_one_fact_and_leave_the_original_untouched() {
        PatientState before = PatientState.postpartum(TODAY.minusWeeks(3), DeliveryMode.CAESAREAN);

        PatientState after = before.withPelvicGirdlePain(true).withPerinealTrauma(PerinealTrauma.SEVERE)
                .withRedFlags(RedFlag.FEVER).withMedicalClearance(TODAY).withOngoingBleeding(true);

        assertThat(before.pelvicGirdlePain()).isFalse();
        assertThat(after.pelvicGirdlePain()).isTrue();
        assertThat(after.perinealTrauma()).isEqualTo(PerinealTrauma.SEVERE);
        assertThat(after.redFlags()).containsExactly(RedFlag.FEVER);
        assertThat(after.ongoingBleeding()).isTrue();
        assertThat(after.stage()).isEqualTo(before.stage());
    }

    @Test
    void rejects_missing_facts() {
        assertThatThrownBy(() -> PatientState.pregnant(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> PatientState.postpartum(TODAY, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> PatientState.pregnant(TODAY).withAbdominalSeparation(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> PatientState.pregnant(TODAY).withPerinealTrauma(null)).isInstanceOf(NullPointerException.class);
        Set<RedFlag> withNull = new HashSet<>();
        withNull.add(null);
        assertThatThrownBy(() -> PatientState.pregnant(TODAY).withRedFlags(withNull)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void its_sets_cannot_be_changed_from_outside() {
        Set<Contraindication> mutable = new HashSet<>(Set.of(Contraindication.ANAEMIA));
        PatientState patient = PatientState.pregnant(TODAY).withContraindications(mutable);
        mutable.add(Contraindication.TWINS);

        assertThat(patient.contraindications()).containsExactly(Contraindication.ANAEMIA);
        assertThatThrownBy(() -> patient.contraindications().add(Contraindication.TWINS))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void an_after_birth_fact_may_be_recorded_in_pregnancy() {
        PatientState patient = PatientState.pregnant(TODAY.plusWeeks(10)).withPerinealTrauma(PerinealTrauma.MINOR)
                .withMedicalClearance(TODAY);

        assertThat(patient.perinealTrauma()).isEqualTo(PerinealTrauma.MINOR);
        assertThat(patient.problemsOn(TODAY)).isEmpty();
    }

    @Test
    void a_due_date_more_than_44_weeks_ahead_is_a_problem() {
        assertThat(PatientState.pregnant(TODAY.plusWeeks(44)).problemsOn(TODAY)).isEmpty();
        assertThat(PatientState.pregnant(TODAY.plusWeeks(44).plusDays(1)).problemsOn(TODAY))
                .containsExactly(FieldProblem.of("dueDate", "validation.dueDate.tooFarAhead", 44));
    }

    @Test
    void a_delivery_in_the_future_is_a_problem() {
        assertThat(PatientState.postpartum(TODAY, DeliveryMode.VAGINAL).problemsOn(TODAY)).isEmpty();
        assertThat(PatientState.postpartum(TODAY.plusDays(1), DeliveryMode.VAGINAL).problemsOn(TODAY))
                .containsExactly(FieldProblem.of("deliveryDate", "validation.deliveryDate.inFuture"));
    }

    @Test
    void a_clearance_before_the_birth_or_after_the_date_is_a_problem() {
        PatientState patient = PatientState.postpartum(TODAY.minusWeeks(7), DeliveryMode.ASSISTED_VAGINAL);

        assertThat(patient.withMedicalClearance(TODAY.minusWeeks(1)).problemsOn(TODAY)).isEmpty();
        assertThat(patient.withMedicalClearance(TODAY.minusWeeks(8)).problemsOn(TODAY))
                .extracting(FieldProblem::messageKey).containsExactly("validation.medicalClearanceDate.beforeDelivery");
        assertThat(patient.withMedicalClearance(TODAY.plusDays(1)).problemsOn(TODAY))
                .extracting(FieldProblem::messageKey).containsExactly("validation.medicalClearanceDate.inFuture");
    }

    @Test
    void a_clearance_counts_from_its_own_date() {
        PatientState patient = PatientState.postpartum(TODAY.minusWeeks(3), DeliveryMode.VAGINAL).withMedicalClearance(TODAY);

        assertThat(patient.isMedicallyClearedOn(TODAY.minusDays(1))).isFalse();
        assertThat(patient.isMedicallyClearedOn(TODAY)).isTrue();
    }

    @Test
    void the_stage_is_worked_out_at_the_date_given() {
        PatientState pregnant = PatientState.pregnant(LocalDate.of(2027, 6, 21));
        PatientState afterBirth = PatientState.postpartum(LocalDate.of(2027, 1, 4), DeliveryMode.CAESAREAN);

        assertThat(pregnant.stageOn(LocalDate.of(2027, 3, 1)))
                .isEqualTo(new StageAt.Pregnant(GestationalAge.of(24, 0)));
        assertThat(afterBirth.stageOn(LocalDate.of(2027, 2, 1)))
                .isEqualTo(new StageAt.AfterBirth(PostpartumAge.of(4, 0), DeliveryMode.CAESAREAN));
        assertThat(((StageAt.Pregnant) pregnant.stageOn(LocalDate.of(2027, 3, 1))).trimester()).isEqualTo(2);
    }
}
