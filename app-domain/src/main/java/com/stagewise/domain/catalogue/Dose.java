package com.stagewise.domain.catalogue;

import com.stagewise.domain.FieldProblem;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How much of an exercise: every number may be left unset ({@code null}) and filled later from the
 * exercise's default dose ({@link #withDefaults}). Numbers that are set must lie in the ranges
 * below; {@link #problems} lists every one that does not, so a form can mark each field.
 */
public record Dose(
        Integer sets,
        Integer reps,
        Integer holdSeconds,
        Integer durationSeconds,
        boolean perSide,
        Integer timesPerDay,
        Integer daysPerWeek) {

    /** The allowed values of one dose field. */
    public record Range(String field, int min, int max) {
        boolean contains(int value) {
            return value >= min && value <= max;
        }
    }

    public static final Range SETS = new Range("sets", 1, 20);
    public static final Range REPS = new Range("reps", 1, 200);
    public static final Range HOLD_SECONDS = new Range("holdSeconds", 0, 600);
    public static final Range DURATION_SECONDS = new Range("durationSeconds", 1, 7200);
    public static final Range TIMES_PER_DAY = new Range("timesPerDay", 1, 10);
    public static final Range DAYS_PER_WEEK = new Range("daysPerWeek", 1, 7);

    /** Message key of an out-of-range number; arguments: the minimum and the maximum. */
    public static final String OUT_OF_RANGE = "validation.number.outOfRange";

    public Dose {
        List<FieldProblem> problems = problems(sets, reps, holdSeconds, durationSeconds, timesPerDay, daysPerWeek);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Invalid dose: " + problems);
        }
    }

    /** Every field whose value is set and out of its range; empty when the dose is valid. */
    public static List<FieldProblem> problems(Integer sets, Integer reps, Integer holdSeconds,
                                              Integer durationSeconds, Integer timesPerDay, Integer daysPerWeek) {
        List<FieldProblem> problems = new ArrayList<>();
        check(SETS, sets, problems);
        check(REPS, reps, problems);
        check(HOLD_SECONDS, holdSeconds, problems);
        check(DURATION_SECONDS, durationSeconds, problems);
        check(TIMES_PER_DAY, timesPerDay, problems);
        check(DAYS_PER_WEEK, daysPerWeek, problems);
        return problems;
    }

    private static void check(Range range, Integer value, List<FieldProblem> problems) {
        if (value != null && !range.contains(value)) {
            problems.add(FieldProblem.of(range.field(), OUT_OF_RANGE, range.min(), range.max()));
        }
    }

    /** A dose with nothing set: everything comes from the exercise's default dose. */
    public static Dose unset() {
        return new Dose(null, null, null, null, false, null, null);
    }

    /** One set of {@code reps} repetitions. */
    public static Dose repetitions(int reps) {
        return new Dose(1, reps, null, null, false, null, null);
    }

    /** One bout lasting {@code seconds}, for rests and flows that are timed rather than counted. */
    public static Dose lasting(int seconds) {
        return new Dose(1, null, null, seconds, false, null, null);
    }

    public Dose withSets(Integer value) {
        return new Dose(value, reps, holdSeconds, durationSeconds, perSide, timesPerDay, daysPerWeek);
    }

    public Dose withReps(Integer value) {
        return new Dose(sets, value, holdSeconds, durationSeconds, perSide, timesPerDay, daysPerWeek);
    }

    public Dose withHold(Integer seconds) {
        return new Dose(sets, reps, seconds, durationSeconds, perSide, timesPerDay, daysPerWeek);
    }

    public Dose withDuration(Integer seconds) {
        return new Dose(sets, reps, holdSeconds, seconds, perSide, timesPerDay, daysPerWeek);
    }

    public Dose onEachSide() {
        return new Dose(sets, reps, holdSeconds, durationSeconds, true, timesPerDay, daysPerWeek);
    }

    public Dose withTimesPerDay(Integer value) {
        return new Dose(sets, reps, holdSeconds, durationSeconds, perSide, value, daysPerWeek);
    }

    public Dose withDaysPerWeek(Integer value) {
        return new Dose(sets, reps, holdSeconds, durationSeconds, perSide, timesPerDay, value);
    }

    /**
     * This dose with every unset number taken from {@code defaults} (an exercise's default dose).
     * {@code perSide} is a plain yes/no and always stays this dose's own: a caller whose input may
     * leave it out (JSON null) takes the default's value before building this dose.
     */
    public Dose withDefaults(Dose defaults) {
        Objects.requireNonNull(defaults, "defaults");
        return new Dose(
                sets != null ? sets : defaults.sets,
                reps != null ? reps : defaults.reps,
                holdSeconds != null ? holdSeconds : defaults.holdSeconds,
                durationSeconds != null ? durationSeconds : defaults.durationSeconds,
                perSide,
                timesPerDay != null ? timesPerDay : defaults.timesPerDay,
                daysPerWeek != null ? daysPerWeek : defaults.daysPerWeek);
    }

    /** The hold in seconds, an unset hold counting as none. */
    public int holdSecondsOrZero() {
        return holdSeconds == null ? 0 : holdSeconds;
    }
}
