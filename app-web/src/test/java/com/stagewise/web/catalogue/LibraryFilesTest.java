package com.stagewise.web.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.stagewise.domain.catalogue.Dose;
import com.stagewise.domain.catalogue.Equipment;
import com.stagewise.domain.catalogue.Exercise;
import com.stagewise.domain.catalogue.ExerciseAttributes;
import com.stagewise.domain.catalogue.ExerciseContent;
import com.stagewise.domain.catalogue.ImportedExercise;
import com.stagewise.domain.catalogue.KindOfWork;
import com.stagewise.domain.catalogue.Level;
import com.stagewise.domain.catalogue.Position;
import com.stagewise.domain.catalogue.Texts;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Export then import gives the same entries, in both formats, for the starter catalogue and awkward text. */
class LibraryFilesTest {

    private static final Instant AT = Instant.parse("2026-11-22T09:00:00Z");

    private static List<Exercise> starterLibrary() {
        List<Exercise> library = new ArrayList<>();
        long id = 1;
        for (ExerciseContent content : StarterCatalogue.load()) {
            library.add(new Exercise(id, 1, 1, id % 5 == 0, content, Optional.empty(), AT));
            id++;
        }
        library.add(new Exercise(id, 1, 4, false, awkward(), Optional.of(9L), AT));
        return library;
    }

    /** Text that a spreadsheet would run, quotes, commas, semicolons, blank lines, umlauts, line breaks typed in a browser. */
    private static ExerciseContent awkward() {
        return new ExerciseContent("wall-push", new Texts("=Wall push, \"gentle\"", "Wandliegestütz; sanft"),
                ExerciseAttributes.of(Position.STANDING, KindOfWork.STRENGTHEN, Level.MODERATE),
                Set.of(Equipment.WALL_OR_SUPPORT, Equipment.CHAIR), new Dose(2, null, 3, null, true, null, 7), true,
                new Texts("-1 rep if tired", ""), new Texts("Stand facing a wall.\r\n\r\n+ Push away.\n@ Return.", "Stehen."),
                Texts.none(), new Texts("'=not a formula", ""), "NICE 2021,p.4, S1", "");
    }

    private static List<ExerciseContent> contents(List<ImportedExercise> rows) {
        return rows.stream().map(ImportedExercise::content).toList();
    }

    private static void assertSameLibrary(List<Exercise> library, ImportCheck.Result result) {
        assertThat(result.problems()).isEmpty();
        assertThat(result.rows()).hasSameSizeAs(library);
        for (int i = 0; i < library.size(); i++) {
            ImportedExercise row = result.rows().get(i);
            Exercise exercise = library.get(i);
            assertThat(com.stagewise.domain.catalogue.ImportPlan.sameContent(exercise.content(), row.content()))
                    .as(exercise.slug()).isTrue();
            assertThat(row.retired()).as(exercise.slug()).isEqualTo(exercise.retired());
        }
    }

    @Test
    void the_csv_export_reads_back_as_the_same_library() {
        List<Exercise> library = starterLibrary();

        String csv = LibraryCsv.write(library);

        assertSameLibrary(library, ImportCheck.check(csv.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void the_json_export_reads_back_as_the_same_library() {
        List<Exercise> library = starterLibrary();

        String json = LibraryJson.write(library);

        assertSameLibrary(library, ImportCheck.check(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void the_csv_export_has_a_header_with_every_column_and_guards_formulas() {
        String csv = LibraryCsv.write(starterLibrary());

        assertThat(csv).startsWith("\uFEFFslug,name_en,name_de,position,kind,level,demands,equipment,sets,reps,"
                + "hold_seconds,duration_seconds,per_side,times_per_day,days_per_week,dose_is_clinic_default,"
                + "dose_note_en,dose_note_de,steps_en,steps_de,cues_en,cues_de,pregnancy_note_en,pregnancy_note_de,"
                + "sources,figure,retired\r\n");
        assertThat(csv).contains("wall-push,\"'=Wall push, \"\"gentle\"\"\",Wandliegestütz; sanft,STANDING,STRENGTHEN,"
                + "MODERATE,,CHAIR;WALL_OR_SUPPORT,2,,3,,true,,7,true,'-1 rep if tired,,\"Stand facing a wall.\n\n"
                + "+ Push away.\n@ Return.\",Stehen.,,,''=not a formula,,\"NICE 2021,p.4, S1\",,false\r\n");
    }

    @Test
    void the_json_export_has_the_starter_catalogue_shape_plus_figure_and_retired() {
        String json = LibraryJson.write(starterLibrary().subList(0, 1));

        assertThat(json).contains("\"slug\" : \"glute-bridge\"")
                .contains("\"name\" : {\n      \"en\" : \"Glute bridge\"")
                .contains("\"defaultDose\" : {\n      \"sets\" : 1,\n      \"reps\" : 3,\n      \"holdSeconds\" : 20,\n"
                        + "      \"durationSeconds\" : null")
                .contains("\"sources\" : [ \"S0\", \"S2\", \"S4\" ]")
                .contains("\"figure\" : \"glute-bridge\"")
                .contains("\"retired\" : false");
    }

    @Test
    void the_starter_catalogue_file_itself_can_be_imported() throws Exception {
        byte[] starter;
        try (var in = LibraryFilesTest.class.getResourceAsStream("/starter/catalogue.json")) {
            starter = in.readAllBytes();
        }

        ImportCheck.Result result = ImportCheck.check(starter);

        assertThat(result.problems()).isEmpty();
        assertThat(result.format()).isEqualTo(LibraryFormat.JSON);
        assertThat(contents(result.rows())).extracting(ExerciseContent::slug).contains("glute-bridge", "bird-dog");
        assertThat(contents(result.rows()).get(0).sources()).isEqualTo("S0, S2, S4");
    }

    @Test
    void a_spreadsheet_saved_with_semicolons_is_read_as_well() {
        String csv = "slug;name_en;position;kind;level;steps_en;equipment\r\n"
                + "side-clam;Side-lying clam;side_lying;strengthen;gentle;\"Lie on your side.\nOpen the knee.\";mat\r\n";

        ImportCheck.Result result = ImportCheck.check(csv.getBytes(StandardCharsets.UTF_8));

        assertThat(result.problems()).isEmpty();
        ExerciseContent content = result.rows().get(0).content();
        assertThat(content.attributes().position()).isEqualTo(Position.SIDE_LYING);
        assertThat(content.equipment()).containsExactly(Equipment.MAT);
        assertThat(content.steps().en()).isEqualTo("Lie on your side.\nOpen the knee.");
        assertThat(content.defaultDose()).isEqualTo(Dose.unset());
    }

    @Test
    void the_formula_guard_undoes_exactly_what_it_did() {
        for (String text : List.of("plain", "=1+1", "+49 30", "-", "@home", "'quoted'", "'=x", "''=x", "'")) {
            assertThat(LibraryCsv.unguard(LibraryCsv.guard(text))).as(text).isEqualTo(text);
        }
        assertThat(LibraryCsv.guard("=1+1")).isEqualTo("'=1+1");
        assertThat(LibraryCsv.guard("'quoted'")).isEqualTo("'quoted'");
    }
}
