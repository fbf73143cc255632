package com.stagewise.web.figures;

import static com.stagewise.web.figures.Pose.Side.LEFT;
import static com.stagewise.web.figures.Pose.Side.RIGHT;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Start and end position of each exercise in the starter catalogue, as poses, and their SVG.
 * One-sided exercises are drawn for the right side, the side a side view sees.
 */
public final class StarterFigures {

    /**
     * How one exercise is drawn: camera, the two poses, props, and the joint that stays put between them (so a
     * foot stays on its box); with no anchor the poses keep the places their {@link Pose#shift} gives them.
     */
    public record Scene(String slug, View view, Pose start, Pose end, Joint anchor, List<Prop> props) {

        public Figure startFigure(boolean pregnant) {
            return anchored(Figure.of(start, pregnant));
        }

        public Figure endFigure(boolean pregnant) {
            return anchored(Figure.of(end, pregnant));
        }

        private Figure anchored(Figure f) {
            return anchor == null ? f : f.moved(new Vec3(-f.point(anchor).x(), 0, 0));
        }
    }

    private static final Map<String, Scene> SCENES = new LinkedHashMap<>();

    private static void scene(String slug, View view, Joint anchor, List<Prop> props, Pose start, Pose end) {
        SCENES.put(slug, new Scene(slug, view, start, end, anchor, props));
    }

    private static final List<Prop> MAT = List.of(Prop.MAT);
    private static final List<Prop> NONE = List.of();

    static {
        // The arms are longer than the thighs, so on all fours the chest rides a little higher than the hips
        // and the hands land slightly ahead of the shoulders, as they do in real people.
        Pose allFours = Pose.quadruped().lean(76).hips(76).knees(90).handsOnFloor(22);
        Pose hookLying = Pose.supine().hips(45).knees(95).feetFlat().neck(-8).handsOnFloor(70);
        Pose sittingOnHeels = Pose.standing().hips(75).knees(165).ankles(90).handsOnKnees();
        Pose childsPose = Pose.standing().lean(92).spine(24).hips(149).knees(159).ankles(90).handsOnFloor(55).neck(10);
        Pose crossLegged = Pose.longSitting().hips(80, 45).hipRotation(50).knees(135).handsOnKnees();

        scene("glute-bridge", View.SIDE, Joint.R_ANKLE, MAT,
                hookLying,
                Pose.supine().lean(-118).hips(0).knees(118).feetFlat().neck(25).handsOnFloor(70));
        scene("cat-cow", View.SIDE, Joint.R_KNEE, MAT,
                allFours.spine(34).hips(59).neck(35),
                allFours.spine(-24).hips(88).neck(-25));
        scene("reverse-table-hold", View.SIDE, Joint.R_ANKLE, MAT,
                Pose.longSitting().lean(-20).hips(70).handsOnFloor(-22).ankles(10),
                Pose.supine().lean(-62).hips(0).knees(0).ankles(35).handsOnFloor(0).neck(15));
        scene("bird-dog", View.SIDE, Joint.R_KNEE, MAT,
                allFours,
                allFours.arm(RIGHT, 166, 0, 0).leftLeg(-14, 0, 0).ankle(LEFT, 60));
        scene("seated-straddle-reach", View.FRONT, Joint.PELVIS, MAT,
                Pose.longSitting().hips(90, 40).ankles(-10).handsOnKnees(),
                Pose.longSitting().hips(90, 40).ankles(-10).lean(20).sideBend(25).hand(RIGHT, Joint.R_TOE)
                        .leftArm(160, 30, 10));
        scene("legs-up-rest", View.SIDE, null, List.of(Prop.MAT, Prop.CHAIR_CALVES),
                hookLying.shift(-75),
                Pose.supine().hips(90).knees(90).ankles(20).handsOnFloor(70));
        scene("reach-and-swing", View.SIDE, Joint.R_ANKLE, NONE,
                Pose.standing().arms(175, 0, 0).neck(-10),
                Pose.standing().lean(75).spine(20).hips(75).knees(15).arms(40).elbows(10).neck(10));
        scene("childs-pose", View.SIDE, Joint.R_KNEE, MAT,
                sittingOnHeels,
                childsPose);
        scene("seated-pelvic-tilt", View.SIDE, Joint.PELVIS, List.of(Prop.BALL_SEAT),
                Pose.standing().spine(24).hips(78).knees(90).handsOnKnees(),
                Pose.standing().spine(-24).hips(102).knees(90).handsOnKnees());
        scene("figure-four-glute-stretch", View.SIDE, Joint.L_ANKLE, MAT,
                hookLying.rightLeg(75, 30, 110).hipRotation(RIGHT, 65).ankle(RIGHT, 0),
                hookLying.leftLeg(80, 0, 90).rightLeg(110, 25, 105).hipRotation(RIGHT, 60).ankle(RIGHT, 0)
                        .hands(Joint.L_KNEE).neck(15));
        Pose sideLying = Pose.sideLying().hips(50).knees(90).ankles(20).rightArm(170, 0, 30).leftArm(70, -50, 30);
        scene("clamshell", new View(-30, 30), Joint.PELVIS, MAT,
                sideLying,
                // turning the top thigh out about the line from hip to heel: the knee opens, the feet stay together
                sideLying.leftLeg(42, 27, 90).hipRotation(LEFT, 32));
        scene("kegel-squat", View.SIDE, Joint.R_ANKLE, NONE,
                Pose.standing(),
                Pose.standing().lean(35).hips(100).knees(95).arms(80, 0, 10));
        scene("straight-leg-hold", View.SIDE, Joint.PELVIS, MAT,
                hookLying.rightLeg(0, 0, 0).ankle(RIGHT, 0),
                hookLying.rightLeg(45, 0, 0).ankle(RIGHT, 0));
        scene("knee-to-chest", View.SIDE, Joint.PELVIS, MAT,
                hookLying,
                hookLying.rightLeg(125, 0, 120).ankle(RIGHT, 10).hands(Joint.R_KNEE).neck(5));
        scene("supine-crossover-stretch", View.TOP, Joint.NECK, MAT,
                Pose.supine().ankles(20).arms(0, 35),
                Pose.supine().ankles(20).arms(0, 70).roll(-40).twist(40).rightLeg(75, -30, 100));
        scene("diagonal-lengthen", View.TOP, Joint.PELVIS, MAT,
                Pose.supine().ankles(20).arms(0, 10),
                Pose.supine().ankles(40).arms(0, 10).rightArm(170, 25, 0).leftLeg(0, 15, 0).sideBend(-8));
        scene("prone-opposite-lift", View.SIDE, Joint.PELVIS, MAT,
                Pose.prone().arms(180).neck(10),
                Pose.prone().arms(180).arm(RIGHT, 205).leftLeg(-20, 0, 0).neck(-15));
        scene("eagle-arms", View.FRONT, Joint.PELVIS, NONE,
                Pose.standing().arms(0, 90, 0),
                // elbows crossed in front of the chest and lifted, forearms up with the palms together
                Pose.standing().arms(98, -35, 80));
        scene("downward-dog", View.SIDE, Joint.R_HAND, MAT,
                allFours,
                Pose.standing().lean(135).hips(107).knees(0).handsOnFloor(45).feetFlat().neck(-20));
        scene("seated-shoulder-neck-rolls", View.FRONT, Joint.PELVIS, MAT,
                crossLegged,
                crossLegged.shrug(7).headTilt(30));
        scene("childs-pose-side-reach", View.TOP, Joint.R_KNEE, MAT,
                childsPose.hips(149, 30).hipRotation(-30),
                childsPose.hips(149, 30).hipRotation(-30).sideBend(25).turn(-10).rightArm(175, 20, 0).leftArm(175, -20, 0));
        // left foot tucked beside the right hip, right foot planted outside the left knee
        Pose twistSeat = Pose.longSitting().leftLeg(90, 20, 150).hipRotation(LEFT, 60).rightLeg(110, -15, 120).footFlat(RIGHT);
        scene("seated-twist", new View(30, 30), Joint.PELVIS, MAT,
                twistSeat.hand(LEFT, Joint.R_KNEE).handOnFloor(RIGHT, -20),
                twistSeat.twist(45).headTurn(40).hand(LEFT, Joint.R_KNEE, 8, 0).handOnFloor(RIGHT, -30));
        scene("supine-t-twist", View.TOP, Joint.NECK, MAT,
                Pose.supine().ankles(20).arms(0, 90),
                Pose.supine().ankles(20).arms(0, 90).roll(-40).twist(40).rightLeg(80, -35, 100).headTurn(40));
        scene("ball-rock-roll", View.SIDE, Joint.PELVIS, List.of(Prop.BALL_SEAT),
                Pose.standing().spine(15).hips(82.5).knees(90).handsOnKnees(),
                Pose.standing().spine(-10).hips(95).knees(90).arms(170, 10, 5).neck(-8));
        scene("posterior-pelvic-tilt", View.SIDE, Joint.NECK, MAT,
                hookLying.spine(-22).hips(56),
                hookLying.spine(6).hips(42));
        scene("hollow-body-hold", View.SIDE, Joint.PELVIS, MAT,
                Pose.supine().arms(175, 0, 0).ankles(30),
                Pose.supine().spine(24).hips(6).arms(170, 0, 0).ankles(30).neck(15));
        scene("deep-squat-hold", View.SIDE, Joint.R_ANKLE, NONE,
                Pose.standing(),
                Pose.standing().lean(40).spine(25).hips(125).knees(145).arms(80, 10, 20));
        scene("standing-hip-flexor-stretch", View.SIDE, Joint.R_ANKLE, List.of(Prop.BOX_FOOT),
                Pose.standing().rightLeg(90, 0, 90).hands(Joint.R_KNEE),
                Pose.standing().lean(-5).rightLeg(83, 0, 109).leftLeg(-15, 0, 0).hands(Joint.R_KNEE));
    }

    private StarterFigures() {
    }

    public static boolean has(String slug) {
        return SCENES.containsKey(slug);
    }

    public static Set<String> slugs() {
        return SCENES.keySet();
    }

    public static Optional<Scene> scene(String slug) {
        return Optional.ofNullable(SCENES.get(slug));
    }

    public static Optional<String> startSvg(String slug, boolean pregnant) {
        return startSvg(slug, pregnant, label(slug) + ": start position");
    }

    public static Optional<String> startSvg(String slug, boolean pregnant, String title) {
        return scene(slug).map(s -> FigureSvg.single(s.startFigure(pregnant), s.view(), s.props(), s.endFigure(pregnant), title));
    }

    public static Optional<String> endSvg(String slug, boolean pregnant) {
        return endSvg(slug, pregnant, label(slug) + ": end position");
    }

    public static Optional<String> endSvg(String slug, boolean pregnant, String title) {
        return scene(slug).map(s -> FigureSvg.single(s.endFigure(pregnant), s.view(), s.props(), title));
    }

    public static Optional<String> pairSvg(String slug, boolean pregnant, String title) {
        return scene(slug).map(s -> FigureSvg.pair(s.startFigure(pregnant), s.endFigure(pregnant), s.view(), s.props(), title));
    }

    /** "knee-to-chest" → "Knee to chest": a fallback title when the caller has none. */
    private static String label(String slug) {
        String words = slug.replace('-', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
