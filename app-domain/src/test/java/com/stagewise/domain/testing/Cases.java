package com.stagewise.domain.testing;

import com.stagewise.domain.catalogue.Dose;
import com.stagewise.domain.rules.CheckItem;
import com.stagewise.domain.rules.Finding;
import com.stagewise.domain.rules.ProgrammeEvaluation;
import com.stagewise.domain.rules.StageCheck;
import com.stagewise.domain.stage.AbdominalSeparation;
import com.stagewise.domain.stage.Contraindication;
import com.stagewise.domain.stage.DeliveryMode;
import com.stagewise.domain.stage.GestationalAge;
import com.stagewise.domain.stage.PatientState;
import com.stagewise.domain.stage.PerinealTrauma;
import com.stagewise.domain.stage.PostpartumAge;
import com.stagewise.domain.stage.RedFlag;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A small notation for rule tables, so a row reads like the clinical rule:
 * <ul>
 *   <li>stage: {@code P 16+0} (pregnant at 16+0), {@code V 5+6} / {@code A 5+6} / {@code C 5+6}
 *       (5+6 weeks after a vaginal, assisted vaginal or caesarean birth);</li>
 *   <li>facts: {@code -} for none, or tokens: pgp, supineSymptoms, pfs (pelvic floor symptoms),
 *       screen (impact screen passed), cleared (cleared on the day of birth), clearedOn=+N (N days
 *       after birth), healed, review (pelvic-health review), signedOff, approved, backPain,
 *       bleeding, separation=PRESENT|ASSESSED_FIT, tear=MINOR|SEVERE, ci=CODE, flag=CODE;</li>
 *   <li>dose: {@code default} (the exercise's default dose) or tokens sets=, reps=, hold=, dur=,
 *       side, tpd=, dpw= (anything not named is unset).</li>
 * </ul>
 */
public final class Cases {

    public static final LocalDate DUE_DATE = LocalDate.of(2027, 6, 21);
    public static final LocalDate DELIVERY_DATE = LocalDate.of(2027, 1, 4);
    public static final StageCheck ENGINE = StageCheck.standard();

    public record At(PatientState patient, LocalDate date) {
    }

    private Cases() {
    }

    public static LocalDate pregnantOn(String weeksPlusDays) {
        String[] wd = weeksPlusDays.split("\\+");
        return GestationalAge.of(Integer.parseInt(wd[0]), Integer.parseInt(wd[1])).dateFor(DUE_DATE);
    }

    public static LocalDate postpartumOn(String weeksPlusDays) {
        String[] wd = weeksPlusDays.split("\\+");
        return PostpartumAge.of(Integer.parseInt(wd[0]), Integer.parseInt(wd[1])).dateFor(DELIVERY_DATE);
    }

    public static At at(String stage, String facts) {
        String[] parts = stage.trim().split("\\s+");
        PatientState patient;
        LocalDate date;
        switch (parts[0]) {
            case "P" -> {
                patient = PatientState.pregnant(DUE_DATE);
                date = pregnantOn(parts[1]);
            }
            case "V", "A", "C" -> {
                DeliveryMode mode = switch (parts[0]) {
                    case "V" -> DeliveryMode.VAGINAL;
                    case "A" -> DeliveryMode.ASSISTED_VAGINAL;
                    default -> DeliveryMode.CAESAREAN;
                };
                patient = PatientState.postpartum(DELIVERY_DATE, mode);
                date = postpartumOn(parts[1]);
            }
            default -> throw new IllegalArgumentException("Unknown stage " + stage);
        }
        return new At(withFacts(patient, facts), date);
    }

    public static PatientState withFacts(PatientState patient, String facts) {
        if (facts == null || facts.isBlank() || facts.trim().equals("-")) {
            return patient;
        }
        Set<Contraindication> contraindications = EnumSet.noneOf(Contraindication.class);
        Set<RedFlag> flags = EnumSet.noneOf(RedFlag.class);
        for (String token : facts.trim().split("\\s+")) {
            String[] kv = token.split("=", 2);
            String value = kv.length > 1 ? kv[1] : null;
            patient = switch (kv[0]) {
                case "pgp" -> patient.withPelvicGirdlePain(true);
                case "supineSymptoms" -> patient.withSupineSymptoms(true);
                case "pfs" -> patient.withPelvicFloorSymptoms(true);
                case "screen" -> patient.withImpactScreenPassed(true);
                case "cleared" -> patient.withMedicalClearance(DELIVERY_DATE);
                case "clearedOn" -> patient.withMedicalClearance(DELIVERY_DATE.plusDays(Integer.parseInt(value.replace("+", ""))));
                case "healed" -> patient.withPerinealHealed(true);
                case "review" -> patient.withPelvicHealthReview(true);
                case "signedOff" -> patient.withContraindicationsSignedOff(true);
                case "approved" -> patient.withObstetricApproval(true);
                case "backPain" -> patient.withBackPainNotImproving(true);
                case "bleeding" -> patient.withOngoingBleeding(true);
                case "separation" -> patient.withAbdominalSeparation(AbdominalSeparation.valueOf(value));
                case "tear" -> patient.withPerinealTrauma(PerinealTrauma.valueOf(value));
                case "ci" -> {
                    contraindications.add(Contraindication.valueOf(value));
                    yield patient.withContraindications(contraindications);
                }
                case "flag" -> {
                    flags.add(RedFlag.valueOf(value));
                    yield patient.withRedFlags(flags);
                }
                default -> throw new IllegalArgumentException("Unknown fact " + token);
            };
        }
        return patient;
    }

    public static Dose dose(String exercise, String spec) {
        if (spec == null || spec.isBlank() || spec.trim().equals("default")) {
            return StarterExercises.get(exercise).defaultDose();
        }
        Dose dose = Dose.unset();
        for (String token : spec.trim().split("\\s+")) {
            String[] kv = token.split("=", 2);
            dose = switch (kv[0]) {
                case "sets" -> dose.withSets(Integer.parseInt(kv[1]));
                case "reps" -> dose.withReps(Integer.parseInt(kv[1]));
                case "hold" -> dose.withHold(Integer.parseInt(kv[1]));
                case "dur" -> dose.withDuration(Integer.parseInt(kv[1]));
                case "tpd" -> dose.withTimesPerDay(Integer.parseInt(kv[1]));
                case "dpw" -> dose.withDaysPerWeek(Integer.parseInt(kv[1]));
                case "side" -> dose.onEachSide();
                default -> throw new IllegalArgumentException("Unknown dose token " + token);
            };
        }
        return dose;
    }

    public static CheckItem item(String exercise, String doseSpec) {
        return CheckItem.of(exercise, StarterExercises.get(exercise).attributes(), dose(exercise, doseSpec));
    }

    public static ProgrammeEvaluation evaluate(String stage, String facts, String... exerciseAndDosePairs) {
        At at = at(stage, facts);
        List<CheckItem> items = new ArrayList<>();
        for (int i = 0; i < exerciseAndDosePairs.length; i += 2) {
            items.add(item(exerciseAndDosePairs[i], exerciseAndDosePairs[i + 1]));
        }
        return ENGINE.evaluate(at.patient(), at.date(), items);
    }

    /** The verdict the rule gives (programme-level, or on the first item), or "-" when it gives none. */
    public static String ruleVerdict(ProgrammeEvaluation evaluation, String ruleId) {
        List<Finding> findings = new ArrayList<>(evaluation.programmeFindings());
        if (!evaluation.items().isEmpty()) {
            findings.addAll(evaluation.items().get(0).findings());
        }
        return findings.stream().filter(f -> f.ruleId().equals(ruleId))
                .map(f -> f.verdict().name()).findFirst().orElse("-");
    }

    /** Rule ids in order, space-separated, or "-". */
    public static String ruleIds(List<Finding> findings) {
        return findings.isEmpty() ? "-" : findings.stream().map(Finding::ruleId).collect(Collectors.joining(" "));
    }
}
