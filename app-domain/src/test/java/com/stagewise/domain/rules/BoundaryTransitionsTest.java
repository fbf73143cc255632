package com.stagewise.domain.rules;

import com.stagewise.domain.testing.StarterExercises;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static com.stagewise.domain.testing.Cases.evaluate;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every starter exercise at its default dose, on the day before and the day of every boundary
 * (13+6/14+0, 15+6/16+0, 25+6/26+0, 27+6/28+0 in pregnancy; 5+6/6+0 and 11+6/12+0 after each kind
 * of birth): the findings change only where this table says so.
 */
class BoundaryTransitionsTest {

    private static final List<String[]> BOUNDARIES = List.of(
            new String[] {"P 13+6", "P 14+0"}, new String[] {"P 15+6", "P 16+0"},
            new String[] {"P 25+6", "P 26+0"}, new String[] {"P 27+6", "P 28+0"},
            new String[] {"V 5+6", "V 6+0"}, new String[] {"V 11+6", "V 12+0"},
            new String[] {"A 5+6", "A 6+0"}, new String[] {"A 11+6", "A 12+0"},
            new String[] {"C 5+6", "C 6+0"}, new String[] {"C 11+6", "C 12+0"});

    /** "exercise @ day-of" → the change: -Rn lost, +Rn gained. Everything not listed does not change. */
    private static final Map<String, String> CHANGES = Map.ofEntries(
            Map.entry("prone-opposite-lift@P 14+0", "-R7 +R6"),
            Map.entry("glute-bridge@P 16+0", "+R3"),
            Map.entry("legs-up-rest@P 16+0", "+R4"),
            Map.entry("straight-leg-hold@P 16+0", "+R4"),
            Map.entry("knee-to-chest@P 16+0", "+R3"),
            Map.entry("supine-crossover-stretch@P 16+0", "+R4"),
            Map.entry("diagonal-lengthen@P 16+0", "+R3"),
            Map.entry("supine-t-twist@P 16+0", "+R3"),
            Map.entry("posterior-pelvic-tilt@P 16+0", "+R3"),
            Map.entry("hollow-body-hold@P 16+0", "+R3 +R8"),
            Map.entry("reach-and-swing@P 28+0", "+R9"),
            Map.entry("ball-rock-roll@P 28+0", "+R9"),
            Map.entry("standing-hip-flexor-stretch@P 28+0", "+R9"),
            // After a vaginal or assisted birth, moderate work no longer waits for clearance at 6+0.
            Map.entry("reverse-table-hold@V 6+0", "-R15"), Map.entry("reverse-table-hold@A 6+0", "-R15"),
            Map.entry("bird-dog@V 6+0", "-R15"), Map.entry("bird-dog@A 6+0", "-R15"),
            Map.entry("kegel-squat@V 6+0", "-R15"), Map.entry("kegel-squat@A 6+0", "-R15"),
            Map.entry("straight-leg-hold@V 6+0", "-R15"), Map.entry("straight-leg-hold@A 6+0", "-R15"),
            Map.entry("prone-opposite-lift@V 6+0", "-R15"), Map.entry("prone-opposite-lift@A 6+0", "-R15"),
            Map.entry("downward-dog@V 6+0", "-R15"), Map.entry("downward-dog@A 6+0", "-R15"),
            Map.entry("deep-squat-hold@V 6+0", "-R15"), Map.entry("deep-squat-hold@A 6+0", "-R15"),
            // After a caesarean, the R17 block ends at 6+0 and becomes an R18 caution for stretch and twist.
            Map.entry("reverse-table-hold@C 6+0", "-R15 -R17 +R18"),
            Map.entry("bird-dog@C 6+0", "-R15 -R17"),
            Map.entry("kegel-squat@C 6+0", "-R15 -R17"),
            Map.entry("straight-leg-hold@C 6+0", "-R15 -R17"),
            Map.entry("prone-opposite-lift@C 6+0", "-R15 -R17"),
            Map.entry("downward-dog@C 6+0", "-R15 -R17"),
            Map.entry("deep-squat-hold@C 6+0", "-R15 -R17"),
            Map.entry("hollow-body-hold@C 6+0", "-R17"),
            Map.entry("diagonal-lengthen@C 6+0", "-R17 +R18"),
            Map.entry("supine-crossover-stretch@C 6+0", "-R17 +R18"),
            Map.entry("seated-twist@C 6+0", "-R17 +R18"),
            Map.entry("supine-t-twist@C 6+0", "-R17 +R18"),
            // At 12+0 the abdominal-load block ends for everyone, and the caesarean caution too.
            Map.entry("hollow-body-hold@V 12+0", "-R14"), Map.entry("hollow-body-hold@A 12+0", "-R14"),
            Map.entry("hollow-body-hold@C 12+0", "-R14"),
            Map.entry("reverse-table-hold@C 12+0", "-R18"),
            Map.entry("diagonal-lengthen@C 12+0", "-R18"),
            Map.entry("supine-crossover-stretch@C 12+0", "-R18"),
            Map.entry("seated-twist@C 12+0", "-R18"),
            Map.entry("supine-t-twist@C 12+0", "-R18"));

    static Stream<Arguments> everyStarterAtEveryBoundary() {
        List<Arguments> cases = new ArrayList<>();
        for (StarterExercises.Starter starter : StarterExercises.ALL) {
            for (String[] boundary : BOUNDARIES) {
                cases.add(Arguments.of(starter.slug(), boundary[0], boundary[1],
                        CHANGES.getOrDefault(starter.slug() + "@" + boundary[1], "")));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}: {1} -> {2} changes [{3}]")
    @MethodSource("everyStarterAtEveryBoundary")
    void findings_change_at_a_boundary_only_where_the_rules_say(String exercise, String dayBefore, String dayOf, String expectedChange) {
        var before = ruleIdsAt(dayBefore, exercise);
        var after = ruleIdsAt(dayOf, exercise);

        TreeSet<String> change = new TreeSet<>();
        before.stream().filter(id -> !after.contains(id)).map(id -> "-" + id).forEach(change::add);
        after.stream().filter(id -> !before.contains(id)).map(id -> "+" + id).forEach(change::add);
        TreeSet<String> expected = Stream.of(expectedChange.split(" ")).filter(s -> !s.isBlank())
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(change).isEqualTo(expected);
    }

    private static List<String> ruleIdsAt(String stage, String exercise) {
        return evaluate(stage, "-", exercise, "default").items().get(0).findings().stream()
                .map(Finding::ruleId).map(Function.identity()).toList();
    }
}
