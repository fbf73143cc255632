package com.stagewise.domain.rules;

import java.util.List;

/**
 * One rule of clinical-rules.md, section 3: an id ({@code R4}), a source, the stage boundaries at
 * which its answer can change, and the message keys it uses. A rule looks either at the whole
 * programme ({@link ProgrammeRule}) or at one exercise with its dose ({@link ItemRule}).
 */
public sealed interface StageRule permits ProgrammeRule, ItemRule {

    String id();

    /** Citation string, e.g. "ACOG 804 (2020); Mottola 2018"; says "convention" where no source gives the number. */
    String source();

    /**
     * Every point in a patient's time line at which this rule's answer can change. The review date
     * is searched only at these points, so a rule that reads the stage must list them all.
     */
    List<StageBoundary> boundaries();

    /** Every message key this rule can put in a finding. */
    List<String> messageKeys();
}
