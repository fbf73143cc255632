package com.stagewise.web.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What {@code generate-data} fills in. Counts are totals for the new clinic: the starter catalogue
 * counts towards {@code exercises}, and the benchmark's own patient and two programmes count towards
 * {@code patients} and {@code programmes}. {@code demo} adds only the benchmark's programmes to the
 * demo clinic (loading the demo data first when the database is empty).
 */
public record GeneratorOptions(String clinic, int exercises, int patients, int programmes, int sessions, int batchSize,
        long seed, boolean demo) {

    public static final String DEFAULT_CLINIC = "Large Clinic";
    public static final int MIN_BATCH = 100;
    public static final int MAX_BATCH = 10_000;

    public static GeneratorOptions defaults() {
        return new GeneratorOptions(DEFAULT_CLINIC, 20_000, 5_000, 50_000, 1_000_000, 2_000, 42L, false);
    }

    /** Thrown with one line for the operator. */
    public static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    public static String usage() {
        return "generate-data [--clinic NAME] [--exercises N] [--patients N] [--programmes N] [--sessions N]"
                + " [--batch N] [--seed N] | generate-data --demo";
    }

    /** Parses the arguments after the command name. */
    public static GeneratorOptions parse(List<String> args) {
        GeneratorOptions o = defaults();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String flag = args.get(i);
            if ("--demo".equals(flag)) {
                o = new GeneratorOptions(o.clinic, o.exercises, o.patients, o.programmes, o.sessions, o.batchSize, o.seed, true);
                continue;
            }
            if (!flag.startsWith("--") || i + 1 >= args.size()) {
                throw new UsageException("usage: " + usage());
            }
            String value = args.get(++i);
            switch (flag) {
                case "--clinic" -> o = new GeneratorOptions(value.strip(), o.exercises, o.patients, o.programmes, o.sessions,
                        o.batchSize, o.seed, o.demo);
                case "--exercises" -> o = new GeneratorOptions(o.clinic, number(flag, value, 0, 1_000_000, problems), o.patients,
                        o.programmes, o.sessions, o.batchSize, o.seed, o.demo);
                case "--patients" -> o = new GeneratorOptions(o.clinic, o.exercises, number(flag, value, 1, 1_000_000, problems),
                        o.programmes, o.sessions, o.batchSize, o.seed, o.demo);
                case "--programmes" -> o = new GeneratorOptions(o.clinic, o.exercises, o.patients,
                        number(flag, value, 2, 10_000_000, problems), o.sessions, o.batchSize, o.seed, o.demo);
                case "--sessions" -> o = new GeneratorOptions(o.clinic, o.exercises, o.patients, o.programmes,
                        number(flag, value, 0, 100_000_000, problems), o.batchSize, o.seed, o.demo);
                case "--batch" -> o = new GeneratorOptions(o.clinic, o.exercises, o.patients, o.programmes, o.sessions,
                        number(flag, value, MIN_BATCH, MAX_BATCH, problems), o.seed, o.demo);
                case "--seed" -> o = new GeneratorOptions(o.clinic, o.exercises, o.patients, o.programmes, o.sessions,
                        o.batchSize, number(flag, value, 0, Integer.MAX_VALUE, problems), o.demo);
                default -> problems.add(flag + ": unknown option; " + usage());
            }
        }
        if (o.clinic.isEmpty() || o.clinic.length() > 200) {
            problems.add("--clinic: a name of 1 to 200 characters");
        }
        if (!problems.isEmpty()) {
            throw new UsageException(String.join("; ", problems));
        }
        return o;
    }

    private static int number(String flag, String value, int min, int max, List<String> problems) {
        try {
            int n = Integer.parseInt(value.replace("_", "").replace(",", ""));
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(flag + ": a whole number from " + min + " to " + max);
        return min;
    }

    /** "Large Clinic" → "large-clinic", for the generated accounts' e-mail addresses. */
    public String clinicSlug() {
        String slug = clinic.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > 40) {
            slug = slug.substring(0, 40).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "clinic" : slug;
    }

    public String adminEmail() {
        return "admin@" + clinicSlug() + ".bench.example";
    }

    public String clinicianEmail() {
        return "physio@" + clinicSlug() + ".bench.example";
    }
}
