package com.stagewise.web.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.stagewise.domain.catalogue.Demand;
import com.stagewise.domain.catalogue.Dose;
import com.stagewise.domain.catalogue.Equipment;
import com.stagewise.domain.catalogue.ExerciseAttributes;
import com.stagewise.domain.catalogue.ExerciseContent;
import com.stagewise.domain.catalogue.Exercises;
import com.stagewise.domain.catalogue.KindOfWork;
import com.stagewise.domain.catalogue.Level;
import com.stagewise.domain.catalogue.Position;
import com.stagewise.domain.catalogue.Texts;
import com.stagewise.domain.programme.ProgrammeTemplate;
import com.stagewise.domain.programme.ProgrammeTemplates;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * The 28 starter exercises shipped in {@code starter/catalogue.json}. Every new clinic gets its own
 * copy, which its admins then edit like any other entry.
 */
public final class StarterCatalogue {

    private static final String RESOURCE = "/starter/catalogue.json";

    private final List<ExerciseContent> exercises;
    private final Exercises library;
    private final ProgrammeTemplates templates;
    private final Clock clock;

    public StarterCatalogue(Exercises library, ProgrammeTemplates templates, Clock clock) {
        this.library = library;
        this.templates = templates;
        this.clock = clock;
        this.exercises = load();
    }

    public List<ExerciseContent> exercises() {
        return exercises;
    }

    /**
     * The sequences the source documents themselves give, shipped as clinic templates: each new
     * clinic gets them along with its copy of the exercises.
     */
    static final List<StarterTemplate> TEMPLATES = List.of(
            new StarterTemplate("After birth: five moves and two stretches (S4)", List.of("posterior-pelvic-tilt",
                    "glute-bridge", "hollow-body-hold", "cat-cow", "bird-dog", "deep-squat-hold", "standing-hip-flexor-stretch")),
            new StarterTemplate("Pregnancy back care sequence (S0)", List.of("glute-bridge", "cat-cow", "reverse-table-hold",
                    "bird-dog", "seated-straddle-reach", "legs-up-rest", "reach-and-swing")),
            new StarterTemplate("Lower back basics (S2)", List.of("straight-leg-hold", "knee-to-chest",
                    "supine-crossover-stretch", "glute-bridge", "diagonal-lengthen", "prone-opposite-lift")));

    record StarterTemplate(String name, List<String> slugs) {
    }

    public void copyInto(long clinicId) {
        java.util.Map<String, Long> ids = new java.util.HashMap<>();
        java.util.Map<String, Dose> doses = new java.util.HashMap<>();
        for (ExerciseContent content : exercises) {
            ids.put(content.slug(), library.create(clinicId, content, null, clock.instant()));
            doses.put(content.slug(), content.defaultDose());
        }
        for (StarterTemplate template : TEMPLATES) {
            templates.create(clinicId, null, template.name(), template.slugs().stream()
                    .map(slug -> new ProgrammeTemplate.Entry(ids.get(slug), doses.get(slug), "")).toList(), clock.instant());
        }
    }

    static List<ExerciseContent> load() {
        try (InputStream in = StarterCatalogue.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            JsonNode root = new ObjectMapper().readTree(in);
            List<ExerciseContent> list = new ArrayList<>();
            for (JsonNode e : root.path("exercises")) {
                list.add(content(e));
            }
            return List.copyOf(list);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ExerciseContent content(JsonNode e) {
        JsonNode d = e.path("defaultDose");
        Dose dose = new Dose(integer(d, "sets"), integer(d, "reps"), integer(d, "holdSeconds"),
                integer(d, "durationSeconds"), d.path("perSide").asBoolean(false), integer(d, "timesPerDay"),
                integer(d, "daysPerWeek"));
        Set<Demand> demands = EnumSet.noneOf(Demand.class);
        e.path("demands").forEach(code -> demands.add(Demand.valueOf(code.asText())));
        Set<Equipment> equipment = EnumSet.noneOf(Equipment.class);
        e.path("equipment").forEach(code -> equipment.add(Equipment.valueOf(code.asText())));
        String slug = e.path("slug").asText();
        return new ExerciseContent(
                slug,
                texts(e.path("name")),
                new ExerciseAttributes(Position.valueOf(e.path("position").asText()),
                        KindOfWork.valueOf(e.path("kind").asText()), Level.valueOf(e.path("level").asText()), demands),
                equipment,
                dose,
                e.path("doseIsClinicDefault").asBoolean(false),
                texts(e.path("doseNote")),
                lines(e.path("steps")),
                lines(e.path("cues")),
                texts(e.path("pregnancyNote")),
                StreamSupport.stream(e.path("sources").spliterator(), false).map(JsonNode::asText)
                        .collect(Collectors.joining(", ")),
                slug);
    }

    private static Integer integer(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isNumber() ? value.asInt() : null;
    }

    private static Texts texts(JsonNode node) {
        return new Texts(node.path("en").asText(""), node.path("de").asText(""));
    }

    private static Texts lines(JsonNode node) {
        return new Texts(join(node.path("en")), join(node.path("de")));
    }

    private static String join(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).collect(Collectors.joining("\n"));
    }
}
