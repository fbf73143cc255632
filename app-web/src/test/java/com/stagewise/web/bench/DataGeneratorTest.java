package com.stagewise.web.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.stagewise.domain.catalogue.ExerciseContent;
import com.stagewise.domain.stage.PatientState;
import com.stagewise.domain.stage.Stage;
import com.stagewise.persistence.catalogue.SearchTerms;
import com.stagewise.web.catalogue.StarterCatalogue;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The generator's pure parts: batching, the mix of stages, names and texts, pain scores, options. */
class DataGeneratorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @Test
    void chunks_cover_every_row_once_in_batches_of_at_most_the_size() {
        List<Chunks.Chunk> chunks = Chunks.of(10_001, 2_000);
        assertThat(chunks).hasSize(6);
        assertThat(chunks.get(0)).isEqualTo(new Chunks.Chunk(0, 2_000));
        assertThat(chunks.get(5)).isEqualTo(new Chunks.Chunk(10_000, 10_001));
        for (int i = 1; i < chunks.size(); i++) {
            assertThat(chunks.get(i).from()).isEqualTo(chunks.get(i - 1).to());
        }
        assertThat(chunks.stream().mapToInt(Chunks.Chunk::size).sum()).isEqualTo(10_001);
        assertThat(Chunks.of(0, 100)).isEmpty();
        assertThat(Chunks.of(5, 100)).containsExactly(new Chunks.Chunk(0, 5));
        assertThatThrownBy(() -> Chunks.of(5, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void parents_per_batch_keep_child_rows_near_the_batch_size() {
        assertThat(Chunks.parentsPerBatch(2_000, 12.5)).isEqualTo(160);
        assertThat(Chunks.parentsPerBatch(2_000, 0.2)).isEqualTo(2_000);
        assertThat(Chunks.parentsPerBatch(10, 100)).isEqualTo(1);
    }

    @Test
    void progress_prints_count_percent_and_seconds_at_most_once_a_second_and_at_the_end() {
        AtomicLong nanos = new AtomicLong();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Progress progress = new Progress(new PrintStream(bytes, true, StandardCharsets.UTF_8), "sessions", 1_000_000,
                nanos::get);
        nanos.set(500_000_000L);
        progress.advance(100_000);
        nanos.set(12_000_000_000L);
        progress.advance(250_000);
        nanos.set(12_100_000_000L);
        progress.advance(10_000);
        nanos.set(40_000_000_000L);
        progress.advance(640_000);
        progress.finish();
        assertThat(bytes.toString(StandardCharsets.UTF_8).lines().toList())
                .containsExactly("sessions 350000/1000000 (35%) 12s", "sessions 1000000/1000000 (100%) 40s");
    }

    @Test
    void stages_follow_their_weights_and_every_generated_patient_is_valid() {
        SplittableRandom random = new SplittableRandom(1);
        int n = 20_000;
        Map<StageMix.Category, Integer> counts = new EnumMap<>(StageMix.Category.class);
        for (int i = 0; i < n; i++) {
            StageMix.Profile p = StageMix.next(random, TODAY);
            counts.merge(p.category(), 1, Integer::sum);
            PatientState facts = p.facts();
            assertThat(facts.problemsOn(TODAY)).isEmpty();
            assertThat(p.firstSeen()).isBeforeOrEqualTo(TODAY).isAfterOrEqualTo(TODAY.minusDays(365));
            assertThat(p.factsRecordedOn()).isBeforeOrEqualTo(TODAY);
            if (facts.stage() instanceof Stage.Pregnancy pregnancy) {
                assertThat(p.category().pregnant()).isTrue();
                long weeks = ChronoUnit.DAYS.between(pregnancy.dueDate().minusDays(280), TODAY) / 7;
                assertThat(weeks).isBetween(8L, 42L);
                assertThat(pregnancy.isOverdueOn(TODAY)).isEqualTo(p.category() == StageMix.Category.PAST_DUE_DATE);
                assertThat(p.earlierFacts()).isNull();
                // programmes are judged from her first visit on: she is at least 8 weeks pregnant then
                assertThat(ChronoUnit.DAYS.between(pregnancy.dueDate().minusDays(280), p.firstSeen())).isGreaterThanOrEqualTo(56);
            } else {
                Stage.Postpartum birth = (Stage.Postpartum) facts.stage();
                assertThat(p.category().pregnant()).isFalse();
                assertThat(birth.deliveryDate()).isBeforeOrEqualTo(TODAY).isAfterOrEqualTo(TODAY.minusWeeks(52));
                assertThat(p.firstSeen()).isEqualTo(birth.deliveryDate());
                assertThat(p.earlierFacts().stage()).isInstanceOf(Stage.Pregnancy.class);
                assertThat(p.earlierRecordedOn()).isBeforeOrEqualTo(birth.deliveryDate());
                assertThat(p.factsRecordedOn()).isAfterOrEqualTo(birth.deliveryDate());
            }
        }
        for (StageMix.Category category : StageMix.Category.values()) {
            assertThat(counts.get(category) * 100.0 / n).as(category.name()).isCloseTo(category.weight, within(1.5));
        }
        assertThat(List.of(StageMix.Category.values()).stream().mapToInt(c -> c.weight).sum()).isEqualTo(100);
    }

    @Test
    void the_same_seed_gives_the_same_patients() {
        SplittableRandom a = new SplittableRandom(9);
        SplittableRandom b = new SplittableRandom(9);
        for (int i = 0; i < 100; i++) {
            assertThat(StageMix.next(a, TODAY)).isEqualTo(StageMix.next(b, TODAY));
        }
    }

    @Test
    void names_vary_every_movement_has_its_share_and_slugs_are_valid() {
        int distinct = Vocabulary.MOVEMENTS.size() * Vocabulary.MODIFIERS.size() * Vocabulary.QUALIFIERS.size();
        Set<String> names = new HashSet<>();
        Set<String> slugs = new HashSet<>();
        for (int n = 0; n < 20_000; n++) {
            String name = Vocabulary.name(n);
            if (n < distinct) {
                assertThat(names.add(name)).as(name).isTrue();
            }
            String slug = Vocabulary.slug(n, name);
            assertThat(slug).hasSizeLessThanOrEqualTo(ExerciseContent.SLUG_MAX).matches("[a-z0-9]+(-[a-z0-9]+)*");
            assertThat(slugs.add(slug)).isTrue();
        }
        long bridges = java.util.stream.IntStream.range(0, 20_000).mapToObj(Vocabulary::name)
                .filter(name -> SearchTerms.of(name).contains("bridge")).count();
        assertThat(bridges).isBetween(20_000L / 28 - 5, 20_000L / 28 + 5);
    }

    @Test
    void every_starter_exercise_can_be_varied_into_a_valid_entry() {
        List<ExerciseContent> starter = new StarterCatalogue(null, null, Clock.systemUTC()).exercises();
        Map<String, ExerciseContent> bySlug = starter.stream()
                .collect(Collectors.toMap(ExerciseContent::slug, Function.identity()));
        // every movement borrows from a starter exercise that exists
        assertThat(bySlug.keySet()).containsAll(Vocabulary.MOVEMENTS.stream().map(Vocabulary.Movement::baseSlug).toList());
        SplittableRandom random = new SplittableRandom(3);
        for (int n = 0; n < 2_000; n++) {
            Vocabulary.Movement movement = Vocabulary.movement(n);
            ExerciseContent base = bySlug.get(movement.baseSlug());
            ExerciseContent c = DataGenerator.content(n, movement, base, random);
            assertThat(c.attributes().position()).isEqualTo(base.attributes().position());
            assertThat(c.attributes().demands()).isEqualTo(base.attributes().demands());
            assertThat(c.figure()).isEqualTo(base.figure());
            assertThat(c.steps().en()).contains(movement.en());
            assertThat(c.name().de()).isNotBlank();
            assertThat((c.defaultDose().reps() == null) == (base.defaultDose().reps() == null)).isTrue();
            assertThat(c.defaultDose().perSide()).isEqualTo(base.defaultDose().perSide());
        }
    }

    @Test
    void about_five_percent_of_sessions_hurt_at_seven_or_more() {
        assertThat(java.util.Arrays.stream(Vocabulary.PAIN_PER_MILLE).sum()).isEqualTo(1000);
        SplittableRandom random = new SplittableRandom(5);
        int high = 0;
        int n = 100_000;
        for (int i = 0; i < n; i++) {
            int pain = Vocabulary.pain(random);
            assertThat(pain).isBetween(0, 10);
            if (pain >= 7) {
                high++;
            }
        }
        assertThat(high * 100.0 / n).isCloseTo(5.0, within(0.5));
    }


    @Test
    void options_have_the_documented_defaults_and_reject_bad_values() {
        GeneratorOptions defaults = GeneratorOptions.parse(List.of());
        assertThat(defaults).isEqualTo(new GeneratorOptions("Large Clinic", 20_000, 5_000, 50_000, 1_000_000, 2_000, 42, false));
        assertThat(defaults.adminEmail()).isEqualTo("admin@large-clinic.bench.example");
        assertThat(defaults.clinicianEmail()).isEqualTo("physio@large-clinic.bench.example");
        GeneratorOptions set = GeneratorOptions.parse(List.of("--clinic", "Riverside", "--exercises", "100", "--patients",
                "10", "--programmes", "30", "--sessions", "1_000", "--batch", "500", "--seed", "7"));
        assertThat(set).isEqualTo(new GeneratorOptions("Riverside", 100, 10, 30, 1_000, 500, 7, false));
        assertThat(GeneratorOptions.parse(List.of("--demo")).demo()).isTrue();
        assertThatThrownBy(() -> GeneratorOptions.parse(List.of("--patients", "0")))
                .hasMessageContaining("--patients");
        assertThatThrownBy(() -> GeneratorOptions.parse(List.of("--batch", "50000"))).hasMessageContaining("--batch");
        assertThatThrownBy(() -> GeneratorOptions.parse(List.of("--colour", "red"))).hasMessageContaining("--colour");
        assertThatThrownBy(() -> GeneratorOptions.parse(List.of("--sessions"))).hasMessageContaining("usage");
        assertThat(new GeneratorOptions("Ça & Co — Süd", 1, 1, 2, 0, 100, 1, false).clinicSlug()).isEqualTo("a-co-s-d");
    }
}
