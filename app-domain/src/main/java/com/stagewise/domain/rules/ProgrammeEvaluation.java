package com.stagewise.domain.rules;

import com.stagewise.domain.stage.StageAt;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A programme checked for one patient on one date.
 *
 * @param programmeFindings findings about the patient as a whole (R1, R2, R24)
 * @param verdict           the worst of the programme findings and every item's own verdict
 * @param reviewDate        the first later date on which the findings would change; see
 *                          {@link StageCheck#evaluate}
 * @param referrals         prompts for the clinician; they never change a verdict
 */
public record ProgrammeEvaluation(
        LocalDate date,
        StageAt stage,
        List<Finding> programmeFindings,
        List<ItemEvaluation> items,
        Verdict verdict,
        Optional<LocalDate> reviewDate,
        List<Referral> referrals) {

    public ProgrammeEvaluation {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(stage, "stage");
        programmeFindings = List.copyOf(programmeFindings);
        items = List.copyOf(items);
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(reviewDate, "reviewDate");
        referrals = List.copyOf(referrals);
    }

    /**
     * The verdict to act on with overrides taken into account: overridden items count as CAUTION,
     * programme findings count as they are (no override lifts them).
     */
    public Verdict effectiveVerdict() {
        return Verdict.worst(Stream.concat(
                programmeFindings.stream().map(Finding::verdict),
                items.stream().map(ItemEvaluation::effectiveVerdict)).toList());
    }

    public boolean hasProgrammeFinding(String ruleId) {
        return programmeFindings.stream().anyMatch(f -> f.ruleId().equals(ruleId));
    }
}
