package com.stagewise.web.patients;

import com.stagewise.domain.stage.PatientState;
import com.stagewise.domain.stage.StageAt;
import com.stagewise.web.system.Messages;
import java.time.LocalDate;
import java.util.Locale;

/** The stage in words: "24+3 weeks" or "5+2 weeks after a caesarean", always computed for a given day. */
public final class StageText {

    private final Messages messages;

    public StageText(Messages messages) {
        this.messages = messages;
    }

    public String describe(PatientState facts, LocalDate on, Locale locale) {
        if (facts.stage() instanceof com.stagewise.domain.stage.Stage.Postpartum postpartum
                && on.isBefore(postpartum.deliveryDate())) {
            return messages.text("stage.birth-ahead", locale);
        }
        StageAt stage = facts.stageOn(on);
        if (stage instanceof StageAt.Pregnant pregnant) {
            return messages.text("stage.pregnant", locale, pregnant.gestationalAge().toString(), pregnant.trimester());
        }
        StageAt.AfterBirth afterBirth = (StageAt.AfterBirth) stage;
        return messages.text("stage.postpartum." + afterBirth.deliveryMode().name(), locale,
                afterBirth.postpartumAge().toString());
    }
}
