package com.stagewise.web.catalogue;

import com.stagewise.domain.catalogue.Dose;
import com.stagewise.domain.catalogue.Exercise;
import com.stagewise.domain.catalogue.ExerciseContent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The library as CSV: a header row naming the {@link LibraryColumn}s, then one row per exercise.
 * Codes are separated by {@code ;}, steps and cues keep one line per step inside the quoted cell.
 * The export starts with a byte order mark so spreadsheets read it as UTF-8, and a free-text cell
 * that a spreadsheet would run as a formula ({@code =}, {@code +}, {@code -}, {@code @}) gets a
 * leading apostrophe, which the import removes again.
 */
final class LibraryCsv {

    static final char BYTE_ORDER_MARK = '\uFEFF';
    static final String CODE_SEPARATOR = ";";

    private LibraryCsv() {
    }

    static String write(List<Exercise> exercises) {
        StringBuilder out = new StringBuilder().append(BYTE_ORDER_MARK);
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            printer.printRecord(Arrays.stream(LibraryColumn.values()).map(LibraryColumn::csv).toList());
            for (Exercise exercise : exercises) {
                Map<LibraryColumn, String> cells = cells(exercise);
                List<String> row = new ArrayList<>();
                for (LibraryColumn column : LibraryColumn.values()) {
                    String value = cells.get(column);
                    row.add(column.freeText() ? guard(value) : value);
                }
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Every field of an entry as the text of its CSV cell. */
    static Map<LibraryColumn, String> cells(Exercise exercise) {
        ExerciseContent c = exercise.content();
        Dose dose = c.defaultDose();
        Map<LibraryColumn, String> cells = new EnumMap<>(LibraryColumn.class);
        cells.put(LibraryColumn.SLUG, c.slug());
        cells.put(LibraryColumn.NAME_EN, c.name().en());
        cells.put(LibraryColumn.NAME_DE, c.name().de());
        cells.put(LibraryColumn.POSITION, c.attributes().position().name());
        cells.put(LibraryColumn.KIND, c.attributes().kind().name());
        cells.put(LibraryColumn.LEVEL, c.attributes().level().name());
        cells.put(LibraryColumn.DEMANDS, codes(c.attributes().demands()));
        cells.put(LibraryColumn.EQUIPMENT, codes(c.equipment()));
        cells.put(LibraryColumn.SETS, number(dose.sets()));
        cells.put(LibraryColumn.REPS, number(dose.reps()));
        cells.put(LibraryColumn.HOLD_SECONDS, number(dose.holdSeconds()));
        cells.put(LibraryColumn.DURATION_SECONDS, number(dose.durationSeconds()));
        cells.put(LibraryColumn.PER_SIDE, String.valueOf(dose.perSide()));
        cells.put(LibraryColumn.TIMES_PER_DAY, number(dose.timesPerDay()));
        cells.put(LibraryColumn.DAYS_PER_WEEK, number(dose.daysPerWeek()));
        cells.put(LibraryColumn.DOSE_IS_CLINIC_DEFAULT, String.valueOf(c.doseIsClinicDefault()));
        cells.put(LibraryColumn.DOSE_NOTE_EN, lines(c.doseNote().en()));
        cells.put(LibraryColumn.DOSE_NOTE_DE, lines(c.doseNote().de()));
        cells.put(LibraryColumn.STEPS_EN, lines(c.steps().en()));
        cells.put(LibraryColumn.STEPS_DE, lines(c.steps().de()));
        cells.put(LibraryColumn.CUES_EN, lines(c.cues().en()));
        cells.put(LibraryColumn.CUES_DE, lines(c.cues().de()));
        cells.put(LibraryColumn.PREGNANCY_NOTE_EN, lines(c.pregnancyNote().en()));
        cells.put(LibraryColumn.PREGNANCY_NOTE_DE, lines(c.pregnancyNote().de()));
        cells.put(LibraryColumn.SOURCES, c.sources());
        cells.put(LibraryColumn.FIGURE, c.figure());
        cells.put(LibraryColumn.RETIRED, String.valueOf(exercise.retired()));
        return cells;
    }

    static ParsedFile read(String text) {
        List<ImportRow> rows = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter(text)).setIgnoreEmptyLines(false).get();
        long lastRecord = 0;
        try (CSVParser parser = CSVParser.parse(text, format)) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                return new ParsedFile(LibraryFormat.CSV, rows, problems);
            }
            CSVRecord header = records.next();
            lastRecord = header.getRecordNumber();
            List<LibraryColumn> columns = header(header, problems);
            if (!problems.isEmpty()) {
                return new ParsedFile(LibraryFormat.CSV, rows, problems);
            }
            while (records.hasNext()) {
                CSVRecord record = records.next();
                lastRecord = record.getRecordNumber();
                int number = (int) record.getRecordNumber();
                if (record.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (record.size() != header.size()) {
                    problems.add(ImportProblem.of(number, "", "import.row.cells", String.valueOf(record.size()),
                            String.valueOf(header.size())));
                    continue;
                }
                Map<LibraryColumn, String> cells = new EnumMap<>(LibraryColumn.class);
                for (int i = 0; i < columns.size(); i++) {
                    LibraryColumn column = columns.get(i);
                    if (column != null) {
                        String value = record.get(i);
                        cells.put(column, column.freeText() ? unguard(value) : value);
                    }
                }
                rows.add(new ImportRow(number, cells));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            problems.add(ImportProblem.of((int) lastRecord + 1, "", "import.csv.invalid"));
        }
        return new ParsedFile(LibraryFormat.CSV, rows, problems);
    }

    /** The columns in the header's order ({@code null} for a blank header cell), or problems with row 1. */
    private static List<LibraryColumn> header(CSVRecord header, List<ImportProblem> problems) {
        List<LibraryColumn> columns = new ArrayList<>();
        Set<LibraryColumn> seen = new HashSet<>();
        for (String name : header) {
            if (name.isBlank()) {
                columns.add(null);
                continue;
            }
            LibraryColumn column = LibraryColumn.ofCsv(name).orElse(null);
            if (column == null) {
                problems.add(ImportProblem.of(1, name.strip(), "import.column.unknown"));
            } else if (!seen.add(column)) {
                problems.add(ImportProblem.of(1, column.csv(), "import.column.repeated"));
            }
            columns.add(column);
        }
        for (LibraryColumn column : LibraryColumn.values()) {
            if (column.required() && !seen.contains(column)) {
                problems.add(ImportProblem.of(1, column.csv(), "import.column.missing"));
            }
        }
        return columns;
    }

    /** Comma, or what a spreadsheet set to another language wrote instead: semicolon or tab. */
    static char delimiter(String text) {
        int end = text.indexOf('\n');
        String firstLine = end < 0 ? text : text.substring(0, end);
        long commas = firstLine.chars().filter(c -> c == ',').count();
        long semicolons = firstLine.chars().filter(c -> c == ';').count();
        long tabs = firstLine.chars().filter(c -> c == '\t').count();
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        return tabs > commas ? '\t' : ',';
    }

    /** A leading apostrophe on text a spreadsheet would take for a formula; {@link #unguard} undoes it exactly. */
    static String guard(String value) {
        return looksLikeFormula(value) ? "'" + value : value;
    }

    static String unguard(String value) {
        return value.startsWith("'") && looksLikeFormula(value.substring(1)) ? value.substring(1) : value;
    }

    private static boolean looksLikeFormula(String value) {
        if (value.isEmpty()) {
            return false;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                || first == '\'' && looksLikeFormula(value.substring(1));
    }

    static String codes(Collection<? extends Enum<?>> codes) {
        return codes.stream().sorted().map(Enum::name).collect(Collectors.joining(CODE_SEPARATOR));
    }

    private static String number(Integer value) {
        return value == null ? "" : String.valueOf(value);
    }

    private static String lines(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }
}
