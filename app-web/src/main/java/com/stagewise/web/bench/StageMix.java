package com.stagewise.web.bench;

import com.stagewise.domain.stage.AbdominalSeparation;
import com.stagewise.domain.stage.Contraindication;
import com.stagewise.domain.stage.DeliveryMode;
import com.stagewise.domain.stage.PatientState;
import com.stagewise.domain.stage.PerinealTrauma;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * The stages of a generated clinic's patients: every trimester, a few past their due date, and
 * every phase after birth, with the facts the rules read (pelvic girdle pain, separation, tears,
 * clearance, symptoms) at plausible rates. Pure: the same random numbers give the same patients.
 */
final class StageMix {

    enum Category {
        FIRST_TRIMESTER(8),
        SECOND_TRIMESTER(20),
        THIRD_TRIMESTER(17),
        PAST_DUE_DATE(3),
        UP_TO_SIX_WEEKS_AFTER_BIRTH(15),
        SIX_TO_TWELVE_WEEKS_AFTER_BIRTH(15),
        LATER_AFTER_BIRTH(22);

        /** Percent of patients. */
        final int weight;

        Category(int weight) {
            this.weight = weight;
        }

        boolean pregnant() {
            return ordinal() <= PAST_DUE_DATE.ordinal();
        }

        static Category pick(double uniform) {
            double at = uniform * 100;
            int sum = 0;
            for (Category category : values()) {
                sum += category.weight;
                if (at < sum) {
                    return category;
                }
            }
            return LATER_AFTER_BIRTH;
        }
    }

    /**
     * One patient: her facts today, the pregnancy record before them when she has given birth, and
     * the first day she was seen (programmes are dated from then on).
     */
    record Profile(Category category, PatientState facts, PatientState earlierFacts, LocalDate firstSeen,
            LocalDate earlierRecordedOn, LocalDate factsRecordedOn) {
    }

    private StageMix() {
    }

    static Profile next(SplittableRandom random, LocalDate today) {
        Category category = Category.pick(random.nextDouble());
        return category.pregnant() ? pregnant(random, today, category) : afterBirth(random, today, category);
    }

    private static Profile pregnant(SplittableRandom random, LocalDate today, Category category) {
        int gestationDays = switch (category) {
            case FIRST_TRIMESTER -> between(random, 8 * 7, 13 * 7 + 6);
            case SECOND_TRIMESTER -> between(random, 14 * 7, 27 * 7 + 6);
            case THIRD_TRIMESTER -> between(random, 28 * 7, 40 * 7 - 1);
            default -> between(random, 40 * 7 + 1, 42 * 7);
        };
        LocalDate due = today.plusDays(280 - gestationDays);
        PatientState facts = PatientState.pregnant(due)
                .withPelvicGirdlePain(chance(random, 0.22))
                .withSupineSymptoms(gestationDays >= 20 * 7 && chance(random, 0.06))
                .withAbdominalSeparation(gestationDays >= 24 * 7 && chance(random, 0.08)
                        ? AbdominalSeparation.PRESENT : AbdominalSeparation.NONE);
        if (chance(random, 0.05)) {
            Contraindication[] relative = {Contraindication.ANAEMIA, Contraindication.EXTREME_OBESITY,
                Contraindication.HEAVY_SMOKER, Contraindication.ORTHOPAEDIC_LIMITATION};
            facts = facts.withContraindications(relative[random.nextInt(relative.length)])
                    .withContraindicationsSignedOff(chance(random, 0.7));
        }
        // seen first between 8 weeks of pregnancy and today, at most a year ago
        LocalDate earliest = due.minusDays(280 - 8 * 7);
        LocalDate firstSeen = randomDate(random, later(earliest, today.minusDays(365)), today);
        return new Profile(category, facts, null, firstSeen, null, firstSeen);
    }

    private static Profile afterBirth(SplittableRandom random, LocalDate today, Category category) {
        int daysSinceBirth = switch (category) {
            case UP_TO_SIX_WEEKS_AFTER_BIRTH -> between(random, 3, 6 * 7 - 1);
            case SIX_TO_TWELVE_WEEKS_AFTER_BIRTH -> between(random, 6 * 7, 12 * 7 - 1);
            default -> between(random, 12 * 7, 52 * 7);
        };
        LocalDate delivery = today.minusDays(daysSinceBirth);
        double m = random.nextDouble();
        DeliveryMode mode = m < 0.65 ? DeliveryMode.VAGINAL : m < 0.75 ? DeliveryMode.ASSISTED_VAGINAL : DeliveryMode.CAESAREAN;
        PerinealTrauma trauma = PerinealTrauma.NONE;
        if (mode != DeliveryMode.CAESAREAN) {
            double t = random.nextDouble();
            trauma = t < 0.4 ? PerinealTrauma.NONE : t < 0.9 ? PerinealTrauma.MINOR : PerinealTrauma.SEVERE;
        }
        boolean pelvicFloor = chance(random, 0.12);
        PatientState facts = PatientState.postpartum(delivery, mode)
                .withPerinealTrauma(trauma)
                .withPerinealHealed(trauma != PerinealTrauma.NONE && daysSinceBirth > 6 * 7 && chance(random, 0.85))
                .withPelvicGirdlePain(chance(random, 0.12))
                .withAbdominalSeparation(pick(random, 0.78, 0.16))
                .withPelvicFloorSymptoms(pelvicFloor)
                .withPelvicHealthReview(pelvicFloor && chance(random, 0.5))
                .withImpactScreenPassed(daysSinceBirth >= 12 * 7 && chance(random, 0.5))
                .withBackPainNotImproving(chance(random, 0.05))
                .withOngoingBleeding(daysSinceBirth < 10 * 7 && chance(random, 0.03));
        if (daysSinceBirth >= 6 * 7 && chance(random, 0.8)) {
            facts = facts.withMedicalClearance(delivery.plusDays(between(random, 6 * 7, Math.min(8 * 7, daysSinceBirth))));
        }
        // she was seen while pregnant too: that record is the facts history before the birth
        LocalDate due = delivery.plusDays(between(random, -14, 10));
        PatientState earlier = PatientState.pregnant(due).withPelvicGirdlePain(facts.pelvicGirdlePain());
        LocalDate earlierOn = later(delivery.minusDays(between(random, 14, 120)), today.minusDays(365));
        if (earlierOn.isAfter(delivery)) {
            earlierOn = delivery;
        }
        LocalDate recordedOn = delivery.plusDays(Math.min(daysSinceBirth, between(random, 1, 14)));
        return new Profile(category, facts, earlier, delivery, earlierOn, recordedOn);
    }

    private static AbdominalSeparation pick(SplittableRandom random, double none, double present) {
        double x = random.nextDouble();
        return x < none ? AbdominalSeparation.NONE : x < none + present ? AbdominalSeparation.PRESENT
                : AbdominalSeparation.ASSESSED_FIT;
    }

    static boolean chance(SplittableRandom random, double p) {
        return random.nextDouble() < p;
    }

    /** Inclusive at both ends. */
    static int between(SplittableRandom random, int min, int max) {
        return min >= max ? min : min + random.nextInt(max - min + 1);
    }

    static LocalDate randomDate(SplittableRandom random, LocalDate from, LocalDate to) {
        long days = to.toEpochDay() - from.toEpochDay();
        return days <= 0 ? to : from.plusDays(random.nextLong(days + 1));
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
