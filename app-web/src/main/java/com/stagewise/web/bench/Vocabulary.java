package com.stagewise.web.bench;

import com.stagewise.domain.catalogue.Level;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Words for generated names, steps and cues, so that a text search of a large library has hits
 * spread as in a real one ("bridge" names one movement of 28, and turns up in some steps too).
 */
final class Vocabulary {

    /** A movement, named in both languages, and the starter exercise whose attributes and figure it borrows. */
    record Movement(String en, String de, String baseSlug) {
    }

    record Modifier(String en, String de, Level level) {
    }

    static final List<Movement> MOVEMENTS = List.of(
            new Movement("bridge", "Brücke", "glute-bridge"),
            new Movement("cat-cow", "Katze-Kuh", "cat-cow"),
            new Movement("table hold", "Tischhaltung", "reverse-table-hold"),
            new Movement("bird-dog", "Vierfüßlerstand diagonal", "bird-dog"),
            new Movement("straddle reach", "Grätschsitz-Dehnung", "seated-straddle-reach"),
            new Movement("legs-up rest", "Beine-hoch-Pause", "legs-up-rest"),
            new Movement("reach and swing", "Strecken und Schwingen", "reach-and-swing"),
            new Movement("child's pose", "Kindshaltung", "childs-pose"),
            new Movement("pelvic rock", "Beckenschaukel", "seated-pelvic-tilt"),
            new Movement("glute stretch", "Gesäßdehnung", "figure-four-glute-stretch"),
            new Movement("clam", "Muschel", "clamshell"),
            new Movement("squat", "Kniebeuge", "kegel-squat"),
            new Movement("leg hold", "Beinhalten", "straight-leg-hold"),
            new Movement("knee hug", "Knie zur Brust", "knee-to-chest"),
            new Movement("crossover stretch", "Überkreuz-Dehnung", "supine-crossover-stretch"),
            new Movement("diagonal lengthen", "Diagonale Streckung", "diagonal-lengthen"),
            new Movement("opposite lift", "Gegengleiches Heben", "prone-opposite-lift"),
            new Movement("arm wrap", "Adlerarme", "eagle-arms"),
            new Movement("downward dog", "Herabschauender Hund", "downward-dog"),
            new Movement("shoulder roll", "Schulterkreisen", "seated-shoulder-neck-rolls"),
            new Movement("side reach", "Seitliche Dehnung", "childs-pose-side-reach"),
            new Movement("seated twist", "Drehsitz", "seated-twist"),
            new Movement("floor twist", "Liegende Drehung", "supine-t-twist"),
            new Movement("ball rock", "Ballwippen", "ball-rock-roll"),
            new Movement("pelvic tilt", "Beckenkippen", "posterior-pelvic-tilt"),
            new Movement("hollow hold", "Hohlkörperhalten", "hollow-body-hold"),
            new Movement("deep squat", "Tiefe Hocke", "deep-squat-hold"),
            new Movement("hip flexor stretch", "Hüftbeuger-Dehnung", "standing-hip-flexor-stretch"));

    static final List<Modifier> MODIFIERS = List.of(
            new Modifier("Supported", "Gestützte", Level.GENTLE),
            new Modifier("Slow", "Langsame", Level.GENTLE),
            new Modifier("Assisted", "Unterstützte", Level.GENTLE),
            new Modifier("Gentle", "Sanfte", Level.GENTLE),
            new Modifier("Alternating", "Wechselnde", Level.MODERATE),
            new Modifier("Paused", "Gehaltene", Level.MODERATE),
            new Modifier("Wall", "Wand-", Level.MODERATE),
            new Modifier("Pillow", "Kissen-", Level.GENTLE),
            new Modifier("Banded", "Band-", Level.MODERATE),
            new Modifier("Pulsing", "Pulsierende", Level.MODERATE),
            new Modifier("Progressive", "Gesteigerte", Level.ADVANCED),
            new Modifier("Resisted", "Widerstands-", Level.ADVANCED),
            new Modifier("Single-side", "Einseitige", Level.MODERATE),
            new Modifier("Mini", "Kleine", Level.GENTLE),
            new Modifier("Rhythmic", "Rhythmische", Level.MODERATE),
            new Modifier("Breath-led", "Atemgeführte", Level.GENTLE));

    static final List<String> QUALIFIERS = List.of("", " with a pillow", " on the ball", " with breath", " with a pause",
            " to the side", " with a reach", " in slow motion", " with a band", " and return", " at the wall",
            " with a towel");

    private static final List<String> SETUPS = List.of("with a folded towel under your head",
            "near a wall or chair you can hold", "on a firm mat", "with your feet hip-width apart",
            "with a pillow between your knees", "with a cushion under your hips", "facing a mirror",
            "with your hands resting on your belly");
    private static final List<String> TEMPOS = List.of("Count three slowly on the way out and three on the way back",
            "Move only as far as is comfortable", "Keep the movement small and smooth",
            "Rest for a breath between repetitions", "Let your breath lead the movement",
            "Stop at once if anything hurts or pulls");
    private static final List<String> LINKS = List.of("bridge", "tilt", "reach", "twist", "stretch", "hold", "roll",
            "squat", "lift", "rock");
    private static final List<String> CUES = List.of("Keep your jaw and shoulders soft.",
            "Breathe out as you make the effort.", "Think of lengthening, not forcing.",
            "Your lower back stays quiet throughout.", "Stop if you feel pressure or heaviness low in your pelvis.",
            "Go at your own pace; fewer good repetitions beat many rushed ones.");

    static final List<String> FIRST_NAMES = List.of("Anna", "Bea", "Cara", "Dana", "Eva", "Fiona", "Greta", "Hanna", "Ida",
            "Jana", "Kira", "Lena", "Mia", "Nora", "Olivia", "Paula", "Rosa", "Sara", "Tara", "Uma", "Vera", "Wiebke",
            "Yara", "Zoe", "Amira", "Birgit", "Chloe", "Daria", "Elif", "Frieda", "Grace", "Helga", "Imke", "Julia",
            "Katja", "Lotte", "Maja", "Nele", "Ronja", "Sophie");
    static final List<String> LAST_NAMES = List.of("Ackermann", "Baker", "Becker", "Brown", "Clarke", "Demir", "Evans",
            "Fischer", "Fuchs", "Green", "Hall", "Hoffmann", "Hughes", "Jones", "Keller", "Klein", "Koch", "Lange",
            "Lewis", "Meyer", "Morgan", "Müller", "Neumann", "Novak", "Patel", "Richter", "Roberts", "Schmidt",
            "Schneider", "Schulz", "Smith", "Taylor", "Turner", "Wagner", "Walker", "Weber", "White", "Wolf", "Wood",
            "Yilmaz");
    static final List<String> TITLES = List.of("Back care at home", "Pelvic girdle comfort", "Gentle start after birth",
            "Core return, stage %d", "Home programme %d", "Week %d routine", "Evening unwind", "Posture and breath",
            "Strength for lifting the baby", "Pelvic floor and core, block %d");
    static final List<String> COMMENTS = List.of("Felt good today.", "A bit stiff in the morning.",
            "Did it in two parts.", "Back ached after the bridge.", "Easier than last week.", "Tired, only half.",
            "Baby woke up halfway.", "Pelvis sore on the left.", "No pain at all.", "Hard to find the time.");

    private Vocabulary() {
    }

    static Movement movement(int n) {
        return MOVEMENTS.get(Math.floorMod(n, MOVEMENTS.size()));
    }

    /**
     * The n-th generated name: movements change fastest, then modifiers, then qualifiers, so that
     * consecutive names differ and every word has its share; a round number tells repeats apart.
     */
    static String name(int n) {
        int m = MOVEMENTS.size();
        int mods = MODIFIERS.size();
        int quals = QUALIFIERS.size();
        Movement movement = MOVEMENTS.get(n % m);
        Modifier modifier = MODIFIERS.get((n / m) % mods);
        String qualifier = QUALIFIERS.get((n / (m * mods)) % quals);
        int round = n / (m * mods * quals);
        return modifier.en() + " " + movement.en() + qualifier + (round > 0 ? " " + (round + 1) : "");
    }

    static String nameDe(int n, String baseNameDe) {
        Modifier modifier = MODIFIERS.get((n / MOVEMENTS.size()) % MODIFIERS.size());
        return modifier.de() + " " + movement(n).de() + " (" + baseNameDe + ", Variante " + (n + 1) + ")";
    }

    static Level level(int n) {
        return MODIFIERS.get((n / MOVEMENTS.size()) % MODIFIERS.size()).level();
    }

    /** A slug of letters, digits and single hyphens, unique by its number. */
    static String slug(int n, String name) {
        String words = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        String slug = "g" + n + "-" + words;
        return slug.length() <= 80 ? slug : slug.substring(0, 80).replaceAll("-+$", "");
    }

    /**
     * Steps of a variation: a set-up line, the first and last of the base exercise's steps, and a line
     * on tempo that sometimes names another movement. Shorter than a starter entry's steps, which keeps
     * the search index (one row per distinct word) near 60 rows per exercise.
     */
    static String steps(SplittableRandom random, String movementEn, String baseSteps) {
        String setup = "Set up for the " + movementEn + " " + SETUPS.get(random.nextInt(SETUPS.size())) + ".";
        String tempo = TEMPOS.get(random.nextInt(TEMPOS.size()));
        String link = random.nextInt(4) == 0
                ? " Finish with an easy " + LINKS.get(random.nextInt(LINKS.size())) + "." : ".";
        return setup + "\n" + firstAndLast(baseSteps) + "\n" + tempo + link;
    }

    static String stepsDe(String baseStepsDe) {
        return "Richten Sie sich in Ruhe ein.\n" + firstAndLast(baseStepsDe);
    }

    static String cues(SplittableRandom random, String baseCues) {
        String cue = CUES.get(random.nextInt(CUES.size()));
        String first = firstLine(baseCues);
        return first.isEmpty() ? cue : first + "\n" + cue;
    }

    static String firstLine(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
    }

    static String firstAndLast(String text) {
        List<String> lines = text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        if (lines.size() <= 2) {
            return String.join("\n", lines);
        }
        return lines.get(0) + "\n" + lines.get(lines.size() - 1);
    }

    static String patientName(SplittableRandom random) {
        return FIRST_NAMES.get(random.nextInt(FIRST_NAMES.size())) + " " + (char) ('A' + random.nextInt(26)) + ". "
                + LAST_NAMES.get(random.nextInt(LAST_NAMES.size()));
    }

    static String title(SplittableRandom random) {
        String title = TITLES.get(random.nextInt(TITLES.size()));
        return title.contains("%d") ? String.format(Locale.ROOT, title, 1 + random.nextInt(12)) : title;
    }

    static String comment(SplittableRandom random) {
        return random.nextInt(6) == 0 ? COMMENTS.get(random.nextInt(COMMENTS.size())) : "";
    }

    /**
     * Pain scores as patients log them: mostly low, about 5 % at 7 or more (what the dashboard
     * shows as high pain). Index = score, value = per mille.
     */
    static final int[] PAIN_PER_MILLE = {120, 140, 180, 180, 130, 120, 80, 25, 15, 6, 4};

    static int pain(SplittableRandom random) {
        int x = random.nextInt(1000);
        int sum = 0;
        for (int score = 0; score < PAIN_PER_MILLE.length; score++) {
            sum += PAIN_PER_MILLE[score];
            if (x < sum) {
                return score;
            }
        }
        return 0;
    }
}
