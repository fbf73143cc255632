package com.stagewise.domain.rules;

import com.stagewise.domain.FieldProblem;
import com.stagewise.domain.stage.RedFlag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.HashSet;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class RuleMessagesTest {

    private static final Locale GERMAN = Locale.GERMAN;

    @ParameterizedTest
    @ValueSource(strings = {"en", "de"})
    void every_key_referenced_by_rules_referrals_and_red_flags_exists(String language) {
        Set<String> own = ownKeys(Locale.forLanguageTag(language));

        assertThat(own).containsAll(RuleMessages.referencedKeys());
        for (String key : RuleMessages.referencedKeys()) {
            assertThat(RuleMessages.text(key, Locale.forLanguageTag(language))).as(key).isNotBlank();
        }
    }

    @Test
    void english_and_german_have_the_same_keys_and_no_unused_ones() {
        assertThat(ownKeys(GERMAN)).isEqualTo(ownKeys(Locale.ROOT));
        assertThat(ownKeys(Locale.ROOT)).isEqualTo(RuleMessages.referencedKeys());
    }

    @Test
    void german_texts_are_translated_not_copied() {
        long same = RuleMessages.referencedKeys().stream()
                .filter(key -> RuleMessages.text(key, GERMAN).equals(RuleMessages.text(key, Locale.ENGLISH)))
                .toList().size();

        // Only a name like "Placenta praevia" may read the same in both.
        assertThat(same).isLessThanOrEqualTo(1);
    }

    @Test
    void an_unknown_locale_falls_back_to_english_not_to_the_jvm_default() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(GERMAN);
            assertThat(RuleMessages.text("verdict.BLOCKED", Locale.FRENCH)).isEqualTo("Not suitable now");
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void field_problems_are_formatted_with_their_arguments() {
        FieldProblem problem = FieldProblem.of("sets", "validation.number.outOfRange", 1, 20);

        assertThat(RuleMessages.text(problem, Locale.ENGLISH)).isEqualTo("Enter a whole number from 1 to 20.");
        assertThat(RuleMessages.text(problem, GERMAN)).isEqualTo("Geben Sie eine ganze Zahl von 1 bis 20 ein.");
    }

    @Test
    void red_flag_texts_read_in_the_patients_language_with_umlauts_intact() {
        assertThat(RuleMessages.text(RedFlag.FEVER.messageKey(RedFlag.Phase.AFTER_BIRTH), GERMAN))
                .isEqualTo("Eine Temperatur von 38 °C oder mehr");
        assertThat(RuleMessages.text(RedFlag.CHEST_PAIN.urgencyIn(RedFlag.Phase.AFTER_BIRTH)
                .headingKey(RedFlag.Phase.AFTER_BIRTH), GERMAN)).contains("Notruf");
    }

    /** Keys defined in that language's own file (not inherited from the base bundle). */
    private static Set<String> ownKeys(Locale locale) {
        ResourceBundle bundle = RuleMessages.bundle(locale);
        return new HashSet<>(bundle.keySet());
    }
}
