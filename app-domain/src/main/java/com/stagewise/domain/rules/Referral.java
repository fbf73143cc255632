package com.stagewise.domain.rules;

import com.stagewise.domain.stage.Stage;

import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

import static com.stagewise.domain.stage.StageRuleNumbers.REFER_BACK_PAIN_FROM;
import static com.stagewise.domain.stage.StageRuleNumbers.REFER_BLEEDING_FROM;
import static com.stagewise.domain.stage.StageRuleNumbers.REFER_PELVIC_GIRDLE_PAIN_FROM;

/** A prompt shown to the clinician (clinical-rules.md, section 3); it never changes a verdict. */
public enum Referral {
    PELVIC_GIRDLE_PAIN_PERSISTS(
            "Cambridge University Hospitals pelvic girdle pain leaflet",
            s -> s.postpartumFrom(REFER_PELVIC_GIRDLE_PAIN_FROM) && s.patient().pelvicGirdlePain()),
    BACK_PAIN_NOT_IMPROVING(
            "Seed document S4 (re-assessment at 6 to 8 weeks)",
            s -> s.postpartumFrom(REFER_BACK_PAIN_FROM) && s.patient().backPainNotImproving()),
    BLEEDING_PERSISTS(
            "Goom, Donnelly & Brockwell 2019",
            s -> s.postpartumFrom(REFER_BLEEDING_FROM) && s.patient().ongoingBleeding()),
    /** Asked for by R23: whenever she has pelvic floor symptoms after birth. */
    PELVIC_HEALTH(
            "Goom, Donnelly & Brockwell 2019; HSE",
            PelvicFloorSymptomsRule::appliesTo),
    /** The due date is behind us and no birth is recorded: the stage needs updating. */
    DUE_DATE_PASSED(
            "Record keeping: the stage rules need the delivery date and mode",
            s -> s.patient().stage() instanceof Stage.Pregnancy p && p.isOverdueOn(s.date()));

    private final String source;
    private final Predicate<Situation> when;

    Referral(String source, Predicate<Situation> when) {
        this.source = source;
        this.when = when;
    }

    public String messageKey() {
        return "referral." + name();
    }

    public String source() {
        return source;
    }

    /** The prompts that apply on the situation's date, in this enum's order. */
    public static List<Referral> promptsFor(Situation situation) {
        return Arrays.stream(values()).filter(r -> r.when.test(situation)).toList();
    }
}
