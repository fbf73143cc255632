package com.stagewise.web.print;

import static org.assertj.core.api.Assertions.assertThat;

import com.stagewise.domain.stage.DeliveryMode;
import com.stagewise.domain.stage.Stage;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrintoutsTest {

    @Test
    void in_pregnancy_every_sign_means_contact_the_provider() {
        List<Printout.FlagGroup> groups = Printouts.redFlags(Stage.pregnancy(LocalDate.of(2027, 3, 14)));
        assertThat(groups).singleElement().satisfies(group -> {
            assertThat(group.headingKey()).isEqualTo("redflag.heading.pregnancy.CONTACT_PROVIDER");
            assertThat(group.emergency()).isFalse();
            assertThat(group.signKeys()).hasSize(12).contains("redflag.pregnancy.REDUCED_FETAL_MOVEMENT");
        });
    }

    @Test
    void after_birth_the_emergency_signs_come_first() {
        List<Printout.FlagGroup> groups = Printouts.redFlags(Stage.postpartum(LocalDate.of(2026, 10, 25), DeliveryMode.CAESAREAN));
        assertThat(groups).extracting(Printout.FlagGroup::headingKey).containsExactly(
                "redflag.heading.afterBirth.CALL_EMERGENCY_SERVICES", "redflag.heading.afterBirth.CONTACT_PROVIDER");
        assertThat(groups.get(0).emergency()).isTrue();
        assertThat(groups.get(0).signKeys()).containsExactlyInAnyOrder("redflag.afterBirth.CHEST_PAIN",
                "redflag.afterBirth.BREATHLESSNESS", "redflag.afterBirth.SEIZURE", "redflag.afterBirth.THOUGHTS_OF_HARM");
        assertThat(groups.get(1).signKeys()).hasSize(8).contains("redflag.afterBirth.FEVER", "redflag.afterBirth.SADDLE_NUMBNESS");
    }

    @Test
    void the_qr_code_is_a_small_standalone_svg_with_a_title() {
        String svg = QrCode.svg("https://stagewise.example/p/abc", "QR <code> & link");
        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"").endsWith("</svg>")
                .contains("<title>QR &lt;code&gt; &amp; link</title>", "role=\"img\"", "fill=\"#fff\"");
    }
}
