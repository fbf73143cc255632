package com.stagewise.web.catalogue;

import com.stagewise.domain.catalogue.Dose;
import com.stagewise.domain.catalogue.Exercise;
import com.stagewise.domain.rules.CheckItem;
import com.stagewise.domain.rules.Finding;
import com.stagewise.domain.rules.ItemEvaluation;
import com.stagewise.domain.rules.StageCheck;
import com.stagewise.domain.rules.Verdict;
import com.stagewise.domain.stage.AbdominalSeparation;
import com.stagewise.domain.stage.DeliveryMode;
import com.stagewise.domain.stage.PatientState;
import com.stagewise.domain.stage.PerinealTrauma;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which stage rules an exercise meets at its default dose, found by asking the engine itself about
 * a set of typical patients rather than by restating the rules here.
 */
public final class RuleTouches {

    private static final LocalDate ON = LocalDate.of(2030, 6, 1);

    private final StageCheck stageCheck;
    private final List<Situation> situations;

    public RuleTouches(StageCheck stageCheck) {
        this.stageCheck = stageCheck;
        this.situations = List.of(
                new Situation("situation.pregnant-12", PatientState.pregnant(dueAt(12))),
                new Situation("situation.pregnant-20", PatientState.pregnant(dueAt(20))),
                new Situation("situation.pregnant-30", PatientState.pregnant(dueAt(30))),
                new Situation("situation.pregnant-supine-symptoms", PatientState.pregnant(dueAt(20)).withSupineSymptoms(true)),
                new Situation("situation.pgp", PatientState.pregnant(dueAt(20)).withPelvicGirdlePain(true)),
                new Situation("situation.vaginal-3", PatientState.postpartum(ON.minusWeeks(3), DeliveryMode.VAGINAL)),
                new Situation("situation.caesarean-4", PatientState.postpartum(ON.minusWeeks(4), DeliveryMode.CAESAREAN)),
                new Situation("situation.caesarean-8", PatientState.postpartum(ON.minusWeeks(8), DeliveryMode.CAESAREAN)),
                new Situation("situation.postpartum-14", PatientState.postpartum(ON.minusWeeks(14), DeliveryMode.VAGINAL)),
                new Situation("situation.diastasis", PatientState.postpartum(ON.minusWeeks(14), DeliveryMode.VAGINAL)
                        .withAbdominalSeparation(AbdominalSeparation.PRESENT)),
                new Situation("situation.perineal", PatientState.postpartum(ON.minusWeeks(8), DeliveryMode.VAGINAL)
                        .withPerinealTrauma(PerinealTrauma.SEVERE)),
                new Situation("situation.pelvic-floor", PatientState.postpartum(ON.minusWeeks(14), DeliveryMode.VAGINAL)
                        .withPelvicFloorSymptoms(true)));
    }

    private static LocalDate dueAt(int weeksPregnant) {
        return ON.plusWeeks(40 - weeksPregnant);
    }

    /** For each rule met, its worst finding and the situations (message keys) in which it is met. */
    public List<Touch> of(Exercise exercise, Dose dose) {
        Map<String, Touch> byRule = new LinkedHashMap<>();
        for (Situation situation : situations) {
            ItemEvaluation evaluation = stageCheck.evaluateItem(situation.state(), ON,
                    CheckItem.of(exercise.slug(), exercise.attributes(), dose));
            for (Finding finding : evaluation.findings()) {
                Touch touch = byRule.computeIfAbsent(finding.ruleId(), id -> new Touch(finding, new ArrayList<>()));
                if (finding.verdict().compareTo(touch.finding().verdict()) > 0) {
                    touch = new Touch(finding, touch.situationKeys());
                    byRule.put(finding.ruleId(), touch);
                }
                touch.situationKeys().add(situation.labelKey());
            }
        }
        List<Touch> touches = new ArrayList<>(byRule.values());
        touches.sort((a, b) -> Integer.compare(ruleNumber(a.finding().ruleId()), ruleNumber(b.finding().ruleId())));
        return touches;
    }

    private static int ruleNumber(String id) {
        return Integer.parseInt(id.replaceAll("\\D", ""));
    }

    private record Situation(String labelKey, PatientState state) {
    }

    public record Touch(Finding finding, List<String> situationKeys) {

        public boolean blocks() {
            return finding.verdict() == Verdict.BLOCKED;
        }
    }
}
