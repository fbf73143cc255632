package com.stagewise.domain.rules;

import com.stagewise.domain.stage.PatientState;
import com.stagewise.domain.stage.Stage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The stage rule engine: checks a programme for a patient on a date. Stateless and thread-safe; the
 * date is always passed in, never read from a clock.
 */
public final class StageCheck {

    private final List<ProgrammeRule> programmeRules = new ArrayList<>();
    private final List<ItemRule> itemRules = new ArrayList<>();
    private final List<StageBoundary> boundaries = new ArrayList<>();

    public StageCheck(List<? extends StageRule> rules) {
        for (StageRule rule : rules) {
            if (rule instanceof ProgrammeRule programmeRule) {
                programmeRules.add(programmeRule);
            } else if (rule instanceof ItemRule itemRule) {
                itemRules.add(itemRule);
            }
            boundaries.addAll(rule.boundaries());
        }
    }

    /** The engine with {@link StageRules#standard()}. */
    public static StageCheck standard() {
        return new StageCheck(StageRules.standard());
    }

    /**
     * Checks every item and the programme as a whole on {@code date}.
     *
     * <p>The review date is the first date after {@code date} on which the findings (programme-level
     * or on any item: rule, verdict and reason) would differ. It is searched only at the rules' own
     * boundaries for this patient, never day by day. In a pregnancy, when nothing changes earlier, it
     * is the due date; once the due date is reached with no birth recorded it is empty, and the
     * {@link Referral#DUE_DATE_PASSED} prompt asks for the birth to be recorded. After birth it is
     * empty when nothing will change.
     *
     * @throws IllegalArgumentException when {@code date} is before a recorded delivery
     */
    public ProgrammeEvaluation evaluate(PatientState patient, LocalDate date, List<CheckItem> items) {
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(date, "date");
        List<ItemUnderCheck> prepared = items.stream().map(i -> ItemUnderCheck.of(i.attributes(), i.dose())).toList();
        Situation situation = Situation.of(patient, date);
        Findings now = findings(situation, prepared);

        List<ItemEvaluation> itemEvaluations = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            CheckItem item = items.get(i);
            itemEvaluations.add(ItemEvaluation.of(item.exerciseRef(), now.items().get(i), item.override()));
        }
        Verdict verdict = now.programme().stream().map(Finding::verdict).reduce(Verdict.ALLOWED, Verdict::or);
        for (ItemEvaluation evaluation : itemEvaluations) {
            verdict = verdict.or(evaluation.verdict());
        }
        return new ProgrammeEvaluation(date, situation.stage(), now.programme(), itemEvaluations, verdict,
                reviewDate(patient, date, prepared, now), Referral.promptsFor(situation));
    }

    /** One exercise on its own, e.g. to filter the library by "suitable for this patient now". */
    public ItemEvaluation evaluateItem(PatientState patient, LocalDate date, CheckItem item) {
        Situation situation = Situation.of(patient, date);
        return ItemEvaluation.of(item.exerciseRef(),
                itemFindings(situation, ItemUnderCheck.of(item.attributes(), item.dose())), item.override());
    }

    private Optional<LocalDate> reviewDate(PatientState patient, LocalDate date, List<ItemUnderCheck> items, Findings now) {
        SortedSet<LocalDate> candidates = new TreeSet<>();
        for (StageBoundary boundary : boundaries) {
            boundary.dateFor(patient).filter(d -> d.isAfter(date)).ifPresent(candidates::add);
        }
        for (LocalDate candidate : candidates) {
            if (!findings(Situation.of(patient, candidate), items).equals(now)) {
                return Optional.of(candidate);
            }
        }
        if (patient.stage() instanceof Stage.Pregnancy pregnancy && pregnancy.dueDate().isAfter(date)) {
            return Optional.of(pregnancy.dueDate());
        }
        return Optional.empty();
    }

    private Findings findings(Situation situation, List<ItemUnderCheck> items) {
        List<Finding> programme = new ArrayList<>(programmeRules.size());
        for (ProgrammeRule rule : programmeRules) {
            rule.check(situation).ifPresent(programme::add);
        }
        List<List<Finding>> perItem = new ArrayList<>(items.size());
        for (ItemUnderCheck item : items) {
            perItem.add(itemFindings(situation, item));
        }
        return new Findings(programme, perItem);
    }

    private List<Finding> itemFindings(Situation situation, ItemUnderCheck item) {
        List<Finding> found = new ArrayList<>(2);
        for (ItemRule rule : itemRules) {
            rule.check(situation, item).ifPresent(found::add);
        }
        return found;
    }

    /** Everything the rules found on one date, in rule order, compared whole for the review date. */
    private record Findings(List<Finding> programme, List<List<Finding>> items) {
    }
}
