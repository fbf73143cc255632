package com.stagewise.domain.stage;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static com.stagewise.domain.stage.RedFlag.Phase.AFTER_BIRTH;
import static com.stagewise.domain.stage.RedFlag.Phase.PREGNANCY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RedFlagTest {

    @Test
    void pregnancy_lists_its_twelve_signs_all_meaning_contact_the_provider() {
        List<RedFlag> flags = RedFlag.forStage(Stage.pregnancy(LocalDate.of(2027, 6, 21)));

        assertThat(flags).hasSize(12).contains(RedFlag.REDUCED_FETAL_MOVEMENT).doesNotContain(RedFlag.SEIZURE);
        assertThat(flags).allSatisfy(f -> assertThat(f.urgencyIn(PREGNANCY)).isEqualTo(RedFlag.Urgency.CONTACT_PROVIDER));
    }

    @Test
    void after_birth_the_emergency_signs_come_first() {
        List<RedFlag> flags = RedFlag.forStage(Stage.postpartum(LocalDate.of(2027, 1, 4), DeliveryMode.VAGINAL));

        assertThat(flags).hasSize(12);
        assertThat(flags.subList(0, 4)).containsExactlyInAnyOrder(
                RedFlag.CHEST_PAIN, RedFlag.BREATHLESSNESS, RedFlag.SEIZURE, RedFlag.THOUGHTS_OF_HARM);
        assertThat(flags.subList(0, 4)).allMatch(f -> f.meansCallEmergencyServices(AFTER_BIRTH));
        assertThat(flags.subList(4, 12)).noneMatch(f -> f.meansCallEmergencyServices(AFTER_BIRTH));
    }

    @Test
    void chest_pain_is_urgent_in_a_different_way_in_each_phase() {
        assertThat(RedFlag.CHEST_PAIN.urgencyIn(PREGNANCY)).isEqualTo(RedFlag.Urgency.CONTACT_PROVIDER);
        assertThat(RedFlag.CHEST_PAIN.urgencyIn(AFTER_BIRTH)).isEqualTo(RedFlag.Urgency.CALL_EMERGENCY_SERVICES);
        assertThat(RedFlag.CHEST_PAIN.messageKey(AFTER_BIRTH)).isEqualTo("redflag.afterBirth.CHEST_PAIN");
        assertThat(RedFlag.FEVER.phases()).containsExactly(PREGNANCY, AFTER_BIRTH);
    }

    @Test
    void a_sign_has_no_text_in_a_phase_it_does_not_belong_to() {
        assertThatThrownBy(() -> RedFlag.SEIZURE.messageKey(PREGNANCY)).isInstanceOf(IllegalArgumentException.class);
        assertThat(RedFlag.values()).hasSize(21);
    }
}
