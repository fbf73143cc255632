package com.stagewise.web.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.stagewise.web.system.Messages;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Every problem of a file at once, each with its row and column (or entry and field). */
class ImportCheckTest {

    private static final String HEADER = "slug,name_en,position,kind,level,steps_en,sets,reps,per_side,equipment,demands,"
            + "figure,retired\n";
    private static final LibraryImportHandler HANDLER = new LibraryImportHandler(null, new Messages(), null);

    private static ImportCheck.Result check(String text) {
        return ImportCheck.check(text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> described(ImportCheck.Result result) {
        return result.problems().stream().map(p -> HANDLER.describe(p, result.format(), Locale.ENGLISH)).toList();
    }

    @Test
    void a_good_file_gives_its_rows_and_no_problem() {
        ImportCheck.Result result = check(HEADER
                + "cat-cow,Cat-cow,QUADRUPED,MOBILISE,GENTLE,Kneel.,1,8,false,MAT,,cat-cow,false\n"
                + "side-clam,Side-lying clam,SIDE_LYING,STRENGTHEN,GENTLE,Lie down.,2,10,true,MAT;PILLOW,,,true\n");

        assertThat(result.valid()).isTrue();
        assertThat(result.rows()).hasSize(2);
        assertThat(result.rows().get(1).retired()).isTrue();
        assertThat(result.rows().get(1).content().defaultDose().perSide()).isTrue();
    }

    @Test
    void every_problem_of_every_row_is_reported_with_its_row_and_column() {
        ImportCheck.Result result = check(HEADER
                + "cat-cow,Cat-cow,QUADRUPED,MOBILISE,GENTLE,Kneel.,1,8,false,MAT,,,false\n"
                + "Bad Slug,,QUADRUPED,MOBILISE,HARD,Kneel.,0,eight,maybe,MAT;NONE,FLYING,no-such-figure,false\n"
                + "cat-cow,Cat-cow again,SITTING,RELAX,GENTLE,,1,1,false,,,,yes\n");

        assertThat(result.valid()).isFalse();
        assertThat(result.rows()).isEmpty();
        assertThat(described(result)).containsExactlyInAnyOrder(
                "Row 3, column level: Unknown value 'HARD'. Use one of: GENTLE, MODERATE, ADVANCED.",
                "Row 3, column demands: Unknown value 'FLYING'. Use one of: SUPINE_BOUT, LOADED_TRUNK_FLEXION, "
                        + "ANTERIOR_TRUNK_STRETCH, TRUNK_ROTATION, WIDE_ABDUCTION, DEEP_SQUAT, SINGLE_LEG_LOAD, "
                        + "UNSTABLE_SURFACE, SWINGING, HEAD_BELOW_HIPS, SUSTAINED_HOLD, IMPACT, PERINEAL_LOAD.",
                "Row 3, column reps: 'eight' is not a whole number.",
                "Row 3, column sets: Enter a whole number from 1 to 20.",
                "Row 3, column per_side: 'maybe' is neither true nor false.",
                "Row 3, column slug: Use lower-case letters, digits and single hyphens, at most 80 characters.",
                "Row 3, column name_en: Enter the exercise's name in English.",
                "Row 3, column equipment: \"No equipment\" cannot be combined with other equipment.",
                "Row 3, column figure: There is no drawn figure called 'no-such-figure'. Leave it empty or use the "
                        + "short name of a starter exercise.",
                "Row 4, column steps_en: Write at least one step in English.",
                "Row 4, column slug: The short name 'cat-cow' is already used in row 2.");
    }

    @Test
    void rows_are_counted_as_a_spreadsheet_counts_them_even_with_line_breaks_and_blank_lines() {
        ImportCheck.Result result = check(HEADER
                + "cat-cow,Cat-cow,QUADRUPED,MOBILISE,GENTLE,\"Kneel.\nBreathe.\nMove.\",1,8,false,MAT,,,false\n"
                + ",,,,,,,,,,,,\n"
                + "\n"
                + "bird-dog,Bird dog,QUADRUPED,STABILISE,EXTREME,Kneel.,1,8,false,MAT,,,false\n");

        assertThat(described(result)).containsExactly(
                "Row 5, column level: Unknown value 'EXTREME'. Use one of: GENTLE, MODERATE, ADVANCED.");
    }

    @Test
    void a_header_with_missing_unknown_or_repeated_columns_is_reported_on_row_one() {
        ImportCheck.Result result = check("slug,name,position,kind,kind,steps_en\n"
                + "cat-cow,Cat-cow,QUADRUPED,MOBILISE,MOBILISE,Kneel.\n");

        assertThat(described(result)).containsExactlyInAnyOrder(
                "Row 1, column name: This is not one of the library's columns. Check its spelling.",
                "Row 1, column kind: This column appears more than once.",
                "Row 1, column name_en: This column is missing from the header row.",
                "Row 1, column level: This column is missing from the header row.");
    }

    @Test
    void a_row_with_too_many_cells_and_a_broken_quote_are_reported() {
        ImportCheck.Result result = check(HEADER
                + "cat-cow,Cat-cow,QUADRUPED,MOBILISE,GENTLE,Kneel.,1,8,false,MAT,,,false,extra\n"
                + "bird-dog,\"Bird dog,QUADRUPED,STABILISE,GENTLE,Kneel.,1,8,false,MAT,,,false\n");

        assertThat(described(result)).containsExactly(
                "Row 2: The row has 14 cells, the header row 13.",
                "Row 3: The file cannot be read as CSV from here on. Check the quotation marks.");
    }

    @Test
    void json_problems_name_the_exercise_and_the_field() {
        ImportCheck.Result result = check("{\"exercises\": ["
                + "{\"slug\": \"cat-cow\", \"name\": {\"en\": \"Cat-cow\"}, \"position\": \"QUADRUPED\","
                + " \"kind\": \"MOBILISE\", \"level\": \"GENTLE\", \"steps\": {\"en\": [\"Kneel.\"]}},"
                + "{\"slug\": \"bird-dog\", \"name\": \"Bird dog\", \"position\": \"QUADRUPED\", \"kind\": \"MOBILISE\","
                + " \"level\": \"GENTLE\", \"steps\": {\"en\": [\"Kneel.\"]},"
                + " \"defaultDose\": {\"sets\": 2.5, \"reps\": {\"n\": 3}, \"daysPerWeek\": 9}, \"retired\": \"often\"},"
                + "42]}");

        assertThat(described(result)).containsExactlyInAnyOrder(
                "Exercise 2, field name: Use an object with \"en\" and \"de\" texts here.",
                "Exercise 2, field defaultDose.sets: '2.5' is not a whole number.",
                "Exercise 2, field defaultDose.reps: Use a whole number here.",
                "Exercise 2, field defaultDose.daysPerWeek: Enter a whole number from 1 to 7.",
                "Exercise 2, field retired: 'often' is neither true nor false.",
                "Exercise 2, field name.en: Enter the exercise's name in English.",
                "Exercise 3: Each exercise must be a JSON object.");
    }

    @Test
    void a_file_that_is_not_json_or_not_utf8_or_empty_says_so() {
        assertThat(described(check("{\"exercises\": [ {\"slug\": }")))
                .singleElement().asString().startsWith("The file is not valid JSON (line 1, column");
        assertThat(described(check("{\"items\": []}")))
                .containsExactly("The file must hold a list of exercises, or an object whose \"exercises\" is that list.");
        assertThat(described(ImportCheck.check("slug,name_en\nm\u00fcde".getBytes(StandardCharsets.ISO_8859_1))))
                .containsExactly("The file is not saved as UTF-8. Save it as \"CSV UTF-8\" (or as UTF-8 text) and "
                        + "upload it again.");
        assertThat(described(check(HEADER))).containsExactly("The file holds no exercises.");
        assertThat(described(check("  \n"))).containsExactly("The file holds no exercises.");
    }

    @Test
    void problems_read_in_german_too() {
        ImportCheck.Result result = check(HEADER
                + "cat-cow,Cat-cow,QUADRUPED,MOBILISE,HARD,Kneel.,1,8,false,MAT,,,false\n");

        assertThat(result.problems()).singleElement().satisfies(p ->
                assertThat(HANDLER.describe(p, result.format(), Locale.GERMAN))
                        .isEqualTo("Zeile 2, Spalte level: Unbekannter Wert „HARD“. Verwenden Sie einen von: GENTLE, "
                                + "MODERATE, ADVANCED."));
    }
}
