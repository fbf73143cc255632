package com.stagewise.domain.testing;

import com.stagewise.domain.catalogue.Demand;
import com.stagewise.domain.catalogue.Dose;
import com.stagewise.domain.catalogue.ExerciseAttributes;
import com.stagewise.domain.catalogue.KindOfWork;
import com.stagewise.domain.catalogue.Level;
import com.stagewise.domain.catalogue.Position;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;

import static com.stagewise.domain.catalogue.Demand.ANTERIOR_TRUNK_STRETCH;
import static com.stagewise.domain.catalogue.Demand.DEEP_SQUAT;
import static com.stagewise.domain.catalogue.Demand.HEAD_BELOW_HIPS;
import static com.stagewise.domain.catalogue.Demand.IMPACT;
import static com.stagewise.domain.catalogue.Demand.LOADED_TRUNK_FLEXION;
import static com.stagewise.domain.catalogue.Demand.PERINEAL_LOAD;
import static com.stagewise.domain.catalogue.Demand.SINGLE_LEG_LOAD;
import static com.stagewise.domain.catalogue.Demand.SWINGING;
import static com.stagewise.domain.catalogue.Demand.TRUNK_ROTATION;
import static com.stagewise.domain.catalogue.Demand.UNSTABLE_SURFACE;
import static com.stagewise.domain.catalogue.Demand.WIDE_ABDUCTION;
import static com.stagewise.domain.catalogue.KindOfWork.MOBILISE;
import static com.stagewise.domain.catalogue.KindOfWork.RELAX;
import static com.stagewise.domain.catalogue.KindOfWork.STABILISE;
import static com.stagewise.domain.catalogue.KindOfWork.STRENGTHEN;
import static com.stagewise.domain.catalogue.KindOfWork.STRETCH;
import static com.stagewise.domain.catalogue.Level.ADVANCED;
import static com.stagewise.domain.catalogue.Level.GENTLE;
import static com.stagewise.domain.catalogue.Level.MODERATE;
import static com.stagewise.domain.catalogue.Position.HANDS_AND_FEET;
import static com.stagewise.domain.catalogue.Position.KNEELING;
import static com.stagewise.domain.catalogue.Position.LONG_SITTING;
import static com.stagewise.domain.catalogue.Position.PRONE;
import static com.stagewise.domain.catalogue.Position.QUADRUPED;
import static com.stagewise.domain.catalogue.Position.SIDE_LYING;
import static com.stagewise.domain.catalogue.Position.SITTING;
import static com.stagewise.domain.catalogue.Position.SQUAT;
import static com.stagewise.domain.catalogue.Position.STANDING;
import static com.stagewise.domain.catalogue.Position.SUPINE;

/**
 * The 28 starter exercises (clinical-rules.md section 5 for position, level and demands;
 * catalogue-from-seeds.md for the kind of work and the default dose). Where a demand depends on a
 * variant ("on a ball", "taken low", "done lying", "lotus"), the base variant is used and the note
 * says so. SUPINE_BOUT and SUSTAINED_HOLD are not listed: the dose derives them.
 */
public final class StarterExercises {

    public record Starter(String slug, ExerciseAttributes attributes, Dose defaultDose) {
    }

    private static Starter starter(String slug, Position position, KindOfWork kind, Level level, Dose dose, Demand... demands) {
        return new Starter(slug, ExerciseAttributes.of(position, kind, level, demands), dose);
    }

    private static Dose reps(int reps) {
        return Dose.repetitions(reps);
    }

    public static final List<Starter> ALL = List.of(
            starter("glute-bridge", SUPINE, STRENGTHEN, GENTLE, reps(3).withHold(20)),
            starter("cat-cow", QUADRUPED, MOBILISE, GENTLE, reps(5).withHold(5)),
            starter("reverse-table-hold", HANDS_AND_FEET, STRENGTHEN, MODERATE, reps(3).withHold(10), ANTERIOR_TRUNK_STRETCH),
            starter("bird-dog", QUADRUPED, STABILISE, MODERATE, reps(3).withHold(10).onEachSide()),
            starter("seated-straddle-reach", LONG_SITTING, STRETCH, GENTLE, reps(2).withHold(15).onEachSide(), WIDE_ABDUCTION, PERINEAL_LOAD),
            starter("legs-up-rest", SUPINE, RELAX, GENTLE, Dose.lasting(300)),
            starter("reach-and-swing", STANDING, MOBILISE, GENTLE, reps(5), SWINGING, HEAD_BELOW_HIPS),
            starter("childs-pose", KNEELING, STRETCH, GENTLE, reps(1).withHold(30)),
            // Base variant on a chair; on a ball it adds UNSTABLE_SURFACE and PERINEAL_LOAD.
            starter("seated-pelvic-tilt", SITTING, MOBILISE, GENTLE, reps(10)),
            // Base variant sitting; done lying it would start SUPINE.
            starter("figure-four-glute-stretch", SITTING, STRETCH, GENTLE, reps(1).withHold(30).onEachSide()),
            starter("clamshell", SIDE_LYING, STRENGTHEN, GENTLE, reps(12).onEachSide()),
            // Base variant within a comfortable range; taken low it adds DEEP_SQUAT.
            starter("kegel-squat", STANDING, STRENGTHEN, MODERATE, reps(10)),
            starter("straight-leg-hold", SUPINE, STRENGTHEN, MODERATE, reps(10).withHold(10).onEachSide()),
            starter("knee-to-chest", SUPINE, STRETCH, GENTLE, reps(5).onEachSide()),
            starter("supine-crossover-stretch", SUPINE, STRETCH, GENTLE, reps(5).withHold(20).onEachSide(), TRUNK_ROTATION),
            starter("diagonal-lengthen", SUPINE, STRETCH, GENTLE, reps(5).onEachSide(), ANTERIOR_TRUNK_STRETCH),
            starter("prone-opposite-lift", PRONE, STRENGTHEN, MODERATE, reps(10).withHold(10).onEachSide()),
            starter("eagle-arms", STANDING, STRETCH, GENTLE, reps(3).onEachSide()),
            starter("downward-dog", HANDS_AND_FEET, STRETCH, MODERATE, reps(1).withHold(10), HEAD_BELOW_HIPS),
            // Base variant cross-legged; in lotus it adds WIDE_ABDUCTION.
            starter("seated-shoulder-neck-rolls", SITTING, MOBILISE, GENTLE, reps(5)),
            starter("childs-pose-side-reach", KNEELING, STRETCH, GENTLE, reps(2).withHold(5).onEachSide()),
            starter("seated-twist", SITTING, STRETCH, GENTLE, reps(1).withHold(15).onEachSide(), TRUNK_ROTATION),
            starter("supine-t-twist", SUPINE, STRETCH, GENTLE, reps(2).withHold(20).onEachSide(), TRUNK_ROTATION),
            starter("ball-rock-roll", SITTING, MOBILISE, GENTLE, Dose.lasting(180), UNSTABLE_SURFACE, PERINEAL_LOAD),
            starter("posterior-pelvic-tilt", SUPINE, STRENGTHEN, GENTLE, reps(10).withHold(3)),
            starter("hollow-body-hold", SUPINE, STRENGTHEN, ADVANCED, reps(3).withHold(20), LOADED_TRUNK_FLEXION),
            starter("deep-squat-hold", SQUAT, STRETCH, MODERATE, reps(1).withHold(30), DEEP_SQUAT, PERINEAL_LOAD),
            starter("standing-hip-flexor-stretch", STANDING, STRETCH, GENTLE, reps(1).withHold(30).onEachSide(), SINGLE_LEG_LOAD));

    /** Not starters: exercises the rules need and the starter catalogue lacks (impact, advanced non-flexion). */
    public static final List<Starter> TEST_ONLY = List.of(
            starter("test-hop", STANDING, STRENGTHEN, GENTLE, reps(10), IMPACT),
            starter("test-skipping", STANDING, STRENGTHEN, MODERATE, Dose.lasting(60), IMPACT),
            starter("test-side-plank", SIDE_LYING, STABILISE, ADVANCED, reps(3).withHold(20)));

    private StarterExercises() {
    }

    public static Starter get(String slug) {
        return Stream.concat(ALL.stream(), TEST_ONLY.stream())
                .filter(s -> s.slug().equals(slug))
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException("No exercise " + slug));
    }
}
