package com.stagewise.web.catalogue;

import com.stagewise.domain.catalogue.Dose;
import com.stagewise.web.system.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A dose in words a patient reads at arm's length: "3 reps, hold 20 s · once a day, 5 days a week". */
public final class DoseText {

    private final Messages messages;

    public DoseText(Messages messages) {
        this.messages = messages;
    }

    public String describe(Dose dose, Locale locale) {
        List<String> parts = new ArrayList<>();
        if (dose.sets() != null && dose.sets() > 1) {
            parts.add(messages.text("dose.sets", locale, dose.sets()));
        }
        boolean singleTimedBout = dose.durationSeconds() != null && (dose.reps() == null || dose.reps() == 1);
        if (dose.reps() != null && !singleTimedBout) {
            parts.add(messages.text(dose.perSide() ? "dose.reps.per-side" : "dose.reps", locale, dose.reps()));
        }
        if (dose.holdSeconds() != null && dose.holdSeconds() > 0) {
            parts.add(messages.text("dose.hold", locale, dose.holdSeconds()));
        }
        if (dose.durationSeconds() != null) {
            int seconds = dose.durationSeconds();
            parts.add(seconds >= 120 && seconds % 60 == 0
                    ? messages.text(dose.perSide() ? "dose.minutes.per-side" : "dose.minutes", locale, seconds / 60)
                    : messages.text(dose.perSide() ? "dose.seconds.per-side" : "dose.seconds", locale, seconds));
        } else if (dose.reps() == null && dose.perSide()) {
            parts.add(messages.text("dose.each-side", locale));
        }
        String what = String.join(", ", parts);
        List<String> when = new ArrayList<>();
        if (dose.timesPerDay() != null) {
            when.add(messages.text("dose.times-per-day", locale, dose.timesPerDay()));
        }
        if (dose.daysPerWeek() != null) {
            when.add(messages.text("dose.days-per-week", locale, dose.daysPerWeek()));
        }
        if (when.isEmpty()) {
            return what;
        }
        return what.isEmpty() ? String.join(", ", when) : what + " · " + String.join(", ", when);
    }
}
