package com.stagewise.domain.stage;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** Weeks and days since birth, shown as {@code 5+2}. */
public record PostpartumAge(int totalDays) implements Comparable<PostpartumAge> {

    public PostpartumAge {
        if (totalDays < 0) {
            throw new IllegalArgumentException("A postpartum age cannot be negative: " + totalDays + " days");
        }
    }

    public static PostpartumAge of(int weeks, int days) {
        if (weeks < 0 || days < 0 || days > 6) {
            throw new IllegalArgumentException("Expected weeks >= 0 and days 0-6, got " + weeks + "+" + days);
        }
        return new PostpartumAge(weeks * 7 + days);
    }

    /** The age on {@code date}; a date before the delivery has no postpartum age. */
    public static PostpartumAge on(LocalDate deliveryDate, LocalDate date) {
        Objects.requireNonNull(deliveryDate, "deliveryDate");
        Objects.requireNonNull(date, "date");
        if (date.isBefore(deliveryDate)) {
            throw new IllegalArgumentException("The date " + date + " is before the delivery on " + deliveryDate);
        }
        return new PostpartumAge((int) ChronoUnit.DAYS.between(deliveryDate, date));
    }

    /** The date on which someone delivered on {@code deliveryDate} reaches this age. */
    public LocalDate dateFor(LocalDate deliveryDate) {
        return deliveryDate.plusDays(totalDays);
    }

    public int weeks() {
        return totalDays / 7;
    }

    public int days() {
        return totalDays % 7;
    }

    public boolean isBefore(PostpartumAge other) {
        return totalDays < other.totalDays;
    }

    public boolean isAtLeast(PostpartumAge other) {
        return totalDays >= other.totalDays;
    }

    @Override
    public int compareTo(PostpartumAge other) {
        return Integer.compare(totalDays, other.totalDays);
    }

    @Override
    public String toString() {
        return weeks() + "+" + days();
    }
}
