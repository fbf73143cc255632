package com.stagewise.web.programmes;

import com.stagewise.domain.catalogue.Exercise;
import com.stagewise.domain.catalogue.ExerciseAttributes;
import com.stagewise.domain.catalogue.Exercises;
import com.stagewise.domain.programme.ProgrammeItem;
import com.stagewise.domain.rules.CheckItem;
import com.stagewise.domain.rules.Finding;
import com.stagewise.domain.rules.ItemEvaluation;
import com.stagewise.domain.rules.ProgrammeEvaluation;
import com.stagewise.domain.rules.StageCheck;
import com.stagewise.domain.rules.Verdict;
import com.stagewise.domain.stage.PatientState;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A programme's items with their library versions, judged by the stage rules for a patient on a
 * date: what the builder, the printout and the patient's page all show.
 */
public final class ProgrammeCheck {

    /** Programme-level rules that stop a programme from being shared or printed as active. */
    static final List<String> STOPPING_RULES = List.of("R1", "R24");

    private final Exercises exercises;
    private final StageCheck stageCheck;

    public ProgrammeCheck(Exercises exercises, StageCheck stageCheck) {
        this.exercises = exercises;
        this.stageCheck = stageCheck;
    }

    public record CheckedItem(int index, ProgrammeItem item, Exercise exercise, int currentVersion,
            ItemEvaluation evaluation) {

        public boolean newerVersionExists() {
            return currentVersion > exercise.version();
        }

        public boolean blocked() {
            return evaluation.verdict() == Verdict.BLOCKED;
        }

        public boolean needsOverride() {
            return blocked() && !item.overridden();
        }
    }

    public record Checked(ProgrammeEvaluation evaluation, List<CheckedItem> items) {

        /** Why the programme cannot be issued (shared, printed as active) yet: message keys. */
        public List<String> issueBlockers() {
            List<String> blockers = new ArrayList<>();
            for (Finding finding : evaluation.programmeFindings()) {
                if (STOPPING_RULES.contains(finding.ruleId()) && finding.verdict() == Verdict.BLOCKED) {
                    blockers.add("builder.blocker." + finding.ruleId());
                }
                if ("R2".equals(finding.ruleId())) {
                    blockers.add("builder.blocker.R2");
                }
            }
            if (items.stream().anyMatch(CheckedItem::needsOverride)) {
                blockers.add("builder.blocker.override");
            }
            if (items.isEmpty()) {
                blockers.add("builder.blocker.empty");
            }
            return blockers;
        }

        public boolean canIssue() {
            return issueBlockers().isEmpty();
        }

        public Optional<LocalDate> reviewDate() {
            return evaluation.reviewDate();
        }
    }

    public Checked check(long clinicId, PatientState facts, List<ProgrammeItem> items, LocalDate date) {
        List<Exercises.VersionRef> refs = items.stream().map(ProgrammeCheck::ref).toList();
        Map<String, Exercise> byRef = new HashMap<>();
        for (Exercise exercise : exercises.versions(clinicId, refs)) {
            byRef.put(exercise.id() + ":" + exercise.version(), exercise);
        }
        Map<Long, Integer> current = exercises.currentVersions(clinicId, items.stream().map(ProgrammeItem::exerciseId).toList());
        List<CheckItem> checkItems = new ArrayList<>();
        List<Exercise> found = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            ProgrammeItem item = items.get(i);
            Exercise exercise = byRef.get(item.exerciseId() + ":" + item.exerciseVersion());
            if (exercise == null) {
                throw missingVersion();
            }
            found.add(exercise);
            checkItems.add(checkItem(i, item, exercise.attributes()));
        }
        ProgrammeEvaluation evaluation = stageCheck.evaluate(facts, date, checkItems);
        List<CheckedItem> checked = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            checked.add(new CheckedItem(i, items.get(i), found.get(i),
                    current.getOrDefault(items.get(i).exerciseId(), found.get(i).version()), evaluation.items().get(i)));
        }
        return new Checked(evaluation, checked);
    }

    /** The same items judged on another date, with the versions {@code checked} already holds: no query. */
    public Checked recheck(Checked checked, PatientState facts, LocalDate date) {
        List<CheckItem> checkItems = new ArrayList<>();
        for (CheckedItem item : checked.items()) {
            checkItems.add(checkItem(item.index(), item.item(), item.exercise().attributes()));
        }
        ProgrammeEvaluation evaluation = stageCheck.evaluate(facts, date, checkItems);
        List<CheckedItem> rechecked = new ArrayList<>();
        for (CheckedItem item : checked.items()) {
            rechecked.add(new CheckedItem(item.index(), item.item(), item.exercise(), item.currentVersion(),
                    evaluation.items().get(item.index())));
        }
        return new Checked(evaluation, rechecked);
    }

    /**
     * What the rules read of every version these items use, without the texts, in one query however
     * many programmes the items come from: for judging many programmes at once with {@link #verdict}.
     */
    public Map<Exercises.VersionRef, ExerciseAttributes> attributes(long clinicId, Collection<ProgrammeItem> items) {
        return exercises.attributes(clinicId, items.stream().map(ProgrammeCheck::ref).distinct().toList());
    }

    /** The programme's verdict on the date, as {@link #check} gives it, from attributes read with {@link #attributes}. */
    public Verdict verdict(Map<Exercises.VersionRef, ExerciseAttributes> attributes, PatientState facts,
            List<ProgrammeItem> items, LocalDate date) {
        List<CheckItem> checkItems = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            ExerciseAttributes found = attributes.get(ref(items.get(i)));
            if (found == null) {
                throw missingVersion();
            }
            checkItems.add(checkItem(i, items.get(i), found));
        }
        return stageCheck.evaluate(facts, date, checkItems).verdict();
    }

    private static Exercises.VersionRef ref(ProgrammeItem item) {
        return new Exercises.VersionRef(item.exerciseId(), item.exerciseVersion());
    }

    private static CheckItem checkItem(int index, ProgrammeItem item, ExerciseAttributes attributes) {
        CheckItem checkItem = CheckItem.of(String.valueOf(index), attributes, item.dose());
        return item.overridden() ? checkItem.overriddenBecause(item.overrideReason()) : checkItem;
    }

    private static IllegalStateException missingVersion() {
        return new IllegalStateException("programme item refers to a missing exercise version");
    }
}
