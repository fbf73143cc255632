package com.stagewise.web.catalogue;

import com.stagewise.domain.FieldProblem;
import com.stagewise.domain.catalogue.Demand;
import com.stagewise.domain.catalogue.Dose;
import com.stagewise.domain.catalogue.Equipment;
import com.stagewise.domain.catalogue.ExerciseAttributes;
import com.stagewise.domain.catalogue.ExerciseContent;
import com.stagewise.domain.catalogue.ImportedExercise;
import com.stagewise.domain.catalogue.KindOfWork;
import com.stagewise.domain.catalogue.Level;
import com.stagewise.domain.catalogue.Position;
import com.stagewise.domain.catalogue.Texts;
import com.stagewise.web.figures.StarterFigures;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks a whole import file before anything is written: every row, every field, and every problem
 * with its row and column, using the same rules as the exercise form ({@link Dose#problems},
 * {@link ExerciseContent#textProblems}). The rows come back only when there is no problem at all.
 */
final class ImportCheck {

    static final int MAX_BYTES = 10 * 1024 * 1024;
    private static final int QUOTED_MAX = 40;

    private ImportCheck() {
    }

    record Result(LibraryFormat format, List<ImportedExercise> rows, List<ImportProblem> problems) {

        Result {
            rows = List.copyOf(rows);
            problems = List.copyOf(problems);
        }

        boolean valid() {
            return problems.isEmpty() && !rows.isEmpty();
        }
    }

    static Result check(byte[] bytes) {
        Optional<String> decoded = utf8(bytes);
        if (decoded.isEmpty()) {
            return new Result(LibraryFormat.CSV, List.of(), List.of(ImportProblem.ofFile("import.file.encoding")));
        }
        String text = decoded.get();
        if (!text.isEmpty() && text.charAt(0) == LibraryCsv.BYTE_ORDER_MARK) {
            text = text.substring(1);
        }
        LibraryFormat format = LibraryFormat.of(text);
        if (text.isBlank()) {
            return new Result(format, List.of(), List.of(ImportProblem.ofFile("import.file.empty")));
        }
        return check(format == LibraryFormat.JSON ? LibraryJson.read(text) : LibraryCsv.read(text));
    }

    static Result check(ParsedFile file) {
        List<ImportProblem> problems = new ArrayList<>(file.problems());
        List<ImportedExercise> rows = new ArrayList<>();
        Map<String, Integer> firstRowOfSlug = new HashMap<>();
        for (ImportRow row : file.rows()) {
            int before = problems.size();
            Optional<ImportedExercise> exercise = exercise(row, file.format(), problems);
            String slug = row.cell(LibraryColumn.SLUG).strip();
            if (!slug.isEmpty()) {
                Integer first = firstRowOfSlug.putIfAbsent(slug, row.number());
                if (first != null) {
                    problems.add(ImportProblem.of(row.number(), file.format().label(LibraryColumn.SLUG),
                            file.format() == LibraryFormat.CSV ? "import.slug.repeated.csv" : "import.slug.repeated.json",
                            quoted(slug), String.valueOf(first)));
                }
            }
            if (problems.size() == before) {
                exercise.ifPresent(rows::add);
            }
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(ImportProblem.ofFile("import.file.empty"));
        }
        return new Result(file.format(), problems.isEmpty() ? rows : List.of(), problems);
    }

    /** One row as an exercise, or empty with every problem it has added to {@code problems}. */
    static Optional<ImportedExercise> exercise(ImportRow row, LibraryFormat format, List<ImportProblem> problems) {
        RowProblems p = new RowProblems(row, format, problems);
        int before = problems.size();
        Optional<Position> position = p.code(LibraryColumn.POSITION, Position.class);
        Optional<KindOfWork> kind = p.code(LibraryColumn.KIND, KindOfWork.class);
        Optional<Level> level = p.code(LibraryColumn.LEVEL, Level.class);
        Set<Demand> demands = p.codes(LibraryColumn.DEMANDS, Demand.class);
        Set<Equipment> equipment = p.codes(LibraryColumn.EQUIPMENT, Equipment.class);
        Integer sets = p.whole(LibraryColumn.SETS);
        Integer reps = p.whole(LibraryColumn.REPS);
        Integer hold = p.whole(LibraryColumn.HOLD_SECONDS);
        Integer duration = p.whole(LibraryColumn.DURATION_SECONDS);
        Integer timesPerDay = p.whole(LibraryColumn.TIMES_PER_DAY);
        Integer daysPerWeek = p.whole(LibraryColumn.DAYS_PER_WEEK);
        p.fieldProblems(Dose.problems(sets, reps, hold, duration, timesPerDay, daysPerWeek));
        boolean perSide = p.yesNo(LibraryColumn.PER_SIDE);
        boolean clinicDefault = p.yesNo(LibraryColumn.DOSE_IS_CLINIC_DEFAULT);
        boolean retired = p.yesNo(LibraryColumn.RETIRED);
        String slug = row.cell(LibraryColumn.SLUG).strip();
        Texts name = p.texts(LibraryColumn.NAME_EN, LibraryColumn.NAME_DE);
        Texts doseNote = p.texts(LibraryColumn.DOSE_NOTE_EN, LibraryColumn.DOSE_NOTE_DE);
        Texts steps = p.texts(LibraryColumn.STEPS_EN, LibraryColumn.STEPS_DE);
        Texts cues = p.texts(LibraryColumn.CUES_EN, LibraryColumn.CUES_DE);
        Texts pregnancyNote = p.texts(LibraryColumn.PREGNANCY_NOTE_EN, LibraryColumn.PREGNANCY_NOTE_DE);
        String sources = row.cell(LibraryColumn.SOURCES).strip();
        p.fieldProblems(ExerciseContent.textProblems(slug, name, steps, cues, doseNote, pregnancyNote, sources));
        if (equipment.contains(Equipment.NONE) && equipment.size() > 1) {
            p.add(LibraryColumn.EQUIPMENT, "exercise.equipment.none-alone");
        }
        String figure = row.cell(LibraryColumn.FIGURE).strip();
        if (!figure.isEmpty() && !StarterFigures.has(figure)) {
            p.add(LibraryColumn.FIGURE, "import.figure.unknown", quoted(figure));
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        Dose dose = new Dose(sets, reps, hold, duration, perSide, timesPerDay, daysPerWeek);
        ExerciseContent content = new ExerciseContent(slug, name,
                new ExerciseAttributes(position.orElseThrow(), kind.orElseThrow(), level.orElseThrow(), demands),
                equipment, dose, clinicDefault, doseNote, steps, cues, pregnancyNote, sources, figure);
        return Optional.of(new ImportedExercise(content, retired));
    }

    private static Optional<String> utf8(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** A value as a problem message quotes it: short enough to read in a list. */
    static String quoted(String value) {
        String oneLine = value.strip().replaceAll("\\s+", " ");
        return oneLine.length() > QUOTED_MAX ? oneLine.substring(0, QUOTED_MAX - 1) + "…" : oneLine;
    }

    /** The checks of one row, each adding a problem at the row's number and the column's name. */
    private static final class RowProblems {
        private final ImportRow row;
        private final LibraryFormat format;
        private final List<ImportProblem> problems;

        RowProblems(ImportRow row, LibraryFormat format, List<ImportProblem> problems) {
            this.row = row;
            this.format = format;
            this.problems = problems;
        }

        void add(LibraryColumn column, String key, Object... arguments) {
            problems.add(ImportProblem.of(row.number(), format.label(column), key, arguments));
        }

        void fieldProblems(List<FieldProblem> found) {
            for (FieldProblem problem : found) {
                String column = LibraryColumn.ofField(problem.field()).map(format::label).orElse(problem.field());
                problems.add(new ImportProblem(row.number(), column, problem.messageKey(), problem.arguments()));
            }
        }

        <E extends Enum<E>> Optional<E> code(LibraryColumn column, Class<E> type) {
            String value = row.cell(column).strip();
            if (value.isEmpty()) {
                add(column, "import.value.choose", allowed(type));
                return Optional.empty();
            }
            Optional<E> code = parse(type, value);
            if (code.isEmpty()) {
                add(column, "import.value.unknown", quoted(value), allowed(type));
            }
            return code;
        }

        <E extends Enum<E>> Set<E> codes(LibraryColumn column, Class<E> type) {
            Set<E> codes = EnumSet.noneOf(type);
            for (String value : row.cell(column).split("[;,]")) {
                if (value.isBlank()) {
                    continue;
                }
                Optional<E> code = parse(type, value.strip());
                if (code.isPresent()) {
                    codes.add(code.get());
                } else {
                    add(column, "import.value.unknown", quoted(value), allowed(type));
                }
            }
            return codes;
        }

        Integer whole(LibraryColumn column) {
            String value = row.cell(column).strip();
            if (value.isEmpty()) {
                return null;
            }
            if (!value.matches("[-+]?\\d{1,9}")) {
                add(column, "import.value.whole-number", quoted(value));
                return null;
            }
            return Integer.parseInt(value);
        }

        boolean yesNo(LibraryColumn column) {
            String value = row.cell(column).strip().toLowerCase(Locale.ROOT);
            switch (value) {
                case "", "false", "no", "0" -> {
                    return false;
                }
                case "true", "yes", "1" -> {
                    return true;
                }
                default -> {
                    add(column, "import.value.yes-no", quoted(row.cell(column)));
                    return false;
                }
            }
        }

        Texts texts(LibraryColumn en, LibraryColumn de) {
            return new Texts(row.cell(en), row.cell(de));
        }

        private static <E extends Enum<E>> Optional<E> parse(Class<E> type, String value) {
            String code = value.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
            return Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals(code)).findFirst();
        }

        private static <E extends Enum<E>> String allowed(Class<E> type) {
            return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        }
    }
}
