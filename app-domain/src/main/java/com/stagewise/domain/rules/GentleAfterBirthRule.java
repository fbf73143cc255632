package com.stagewise.domain.rules;

import com.stagewise.domain.catalogue.Level;

import java.util.List;
import java.util.Optional;

/**
 * R16: after birth, gentle work with no other finding is allowed from day 1 (pelvic floor,
 * breathing, walking, gentle tilts and bridges). "Allowed" is the absence of findings, so this rule
 * never gives one; it is listed so the rule table is complete and its note can be shown, and
 * {@link #appliesTo} lets tests and screens ask whether it is the rule that speaks for an item.
 */
public final class GentleAfterBirthRule implements ItemRule {

    public static final String ID = "R16";
    static final String NOTE = "rule.R16.note";

    @Override
    public Optional<Finding> check(Situation situation, ItemUnderCheck item) {
        return Optional.empty();
    }

    /** After birth and gentle: if no other rule finds anything, this is why it is allowed. */
    public boolean appliesTo(Situation situation, ItemUnderCheck item) {
        return situation.isPostpartum() && item.level() == Level.GENTLE;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String source() {
        return "Davenport 2025 (Canadian postpartum guideline); UK Chief Medical Officers 2019; HSE";
    }

    @Override
    public List<StageBoundary> boundaries() {
        return List.of();
    }

    @Override
    public List<String> messageKeys() {
        return List.of(NOTE);
    }
}
