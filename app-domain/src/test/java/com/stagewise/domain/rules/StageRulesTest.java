package com.stagewise.domain.rules;

import org.junit.jupiter.api.Test;

import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class StageRulesTest {

    @Test
    void the_standard_list_holds_r1_to_r24_in_order() {
        assertThat(StageRules.standard()).extracting(StageRule::id)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 24).mapToObj(i -> "R" + i).toList());
    }

    @Test
    void r1_r2_and_r24_are_the_programme_level_rules() {
        assertThat(StageRules.standard()).filteredOn(rule -> rule instanceof ProgrammeRule)
                .extracting(StageRule::id).containsExactly("R1", "R2", "R24");
    }

    @Test
    void every_rule_names_its_source_and_its_message_keys() {
        for (StageRule rule : StageRules.standard()) {
            assertThat(rule.source()).as(rule.id()).isNotBlank();
            assertThat(rule.messageKeys()).as(rule.id()).isNotEmpty()
                    .allSatisfy(key -> assertThat(key).startsWith("rule." + rule.id() + "."));
        }
    }

    @Test
    void rules_that_read_the_weeks_declare_their_boundaries() {
        assertThat(StageRules.standard()).filteredOn(rule -> !rule.boundaries().isEmpty())
                .extracting(StageRule::id)
                .containsExactly("R1", "R2", "R3", "R4", "R6", "R7", "R8", "R9", "R13", "R14", "R15", "R17", "R18");
    }

    @Test
    void a_rule_can_be_found_by_id() {
        assertThat(StageRules.byId("R17")).get().isInstanceOf(EarlyCaesareanRule.class);
        assertThat(StageRules.byId("R99")).isEmpty();
    }
}
