package com.stagewise.domain.stage;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** Weeks and days of pregnancy, shown as {@code 24+3}. */
public record GestationalAge(int totalDays) implements Comparable<GestationalAge> {

    public GestationalAge {
        if (totalDays < 0) {
            throw new IllegalArgumentException("A gestational age cannot be negative: " + totalDays + " days");
        }
    }

    public static GestationalAge of(int weeks, int days) {
        if (weeks < 0 || days < 0 || days > 6) {
            throw new IllegalArgumentException("Expected weeks >= 0 and days 0-6, got " + weeks + "+" + days);
        }
        return new GestationalAge(weeks * 7 + days);
    }

    /**
     * The age on {@code date} for a pregnancy due on {@code dueDate}: 280 days minus the days still
     * to go. A date earlier than 40 weeks before the due date (allowed by the 44-week limit) shows
     * as 0+0: no rule starts before then, so nothing depends on the days before it.
     */
    public static GestationalAge on(LocalDate dueDate, LocalDate date) {
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(date, "date");
        long days = StageRuleNumbers.FULL_TERM_DAYS - ChronoUnit.DAYS.between(date, dueDate);
        return new GestationalAge((int) Math.max(0, days));
    }

    /** The date on which a pregnancy due on {@code dueDate} reaches this age. */
    public LocalDate dateFor(LocalDate dueDate) {
        return dueDate.minusDays(StageRuleNumbers.FULL_TERM_DAYS - totalDays);
    }

    public int weeks() {
        return totalDays / 7;
    }

    public int days() {
        return totalDays % 7;
    }

    /** 1 to 13+6, 2 from 14+0 to 27+6, 3 from 28+0. */
    public int trimester() {
        if (isBefore(StageRuleNumbers.SECOND_TRIMESTER_FROM)) {
            return 1;
        }
        return isBefore(StageRuleNumbers.THIRD_TRIMESTER_FROM) ? 2 : 3;
    }

    public boolean isBefore(GestationalAge other) {
        return totalDays < other.totalDays;
    }

    public boolean isAtLeast(GestationalAge other) {
        return totalDays >= other.totalDays;
    }

    @Override
    public int compareTo(GestationalAge other) {
        return Integer.compare(totalDays, other.totalDays);
    }

    @Override
    public String toString() {
        return weeks() + "+" + days();
    }
}
