package com.stagewise.web.figures;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * A pose turned into points by forward kinematics, standing on the floor (y = 0): the figure is lifted or
 * lowered until the lowest part of its outline touches the floor, so no pose can sink into it.
 */
public final class Figure {

    // Segment lengths in centimetres, for an adult of about 169 cm; the forearm includes the hand.
    static final double PELVIS = 20, CHEST = 32, NECK = 6, HEAD_R = 11, SHOULDER_HALF = 16, SHOULDER_DROP = 5,
            HIP_HALF = 9, UPPER_ARM = 29, FOREARM = 33, THIGH = 44, SHIN = 43, FOOT = 16;

    /** The pregnant belly as an ellipsoid: a centre and three semi-axis vectors (front, along the trunk, across). */
    public record Bump(Vec3 centre, Vec3 front, Vec3 along, Vec3 across) {

        Bump moved(Vec3 by) {
            return new Bump(centre.plus(by), front, along, across);
        }

        /** How far the ellipsoid reaches from its centre along a unit direction. */
        double reach(Vec3 direction) {
            return Math.sqrt(sq(front.dot(direction)) + sq(along.dot(direction)) + sq(across.dot(direction)));
        }

        /** The point of the bump furthest out in front of the belly. */
        public Vec3 apex() {
            return centre.plus(front);
        }
    }

    private final Map<Joint, Vec3> points;
    private final Bump bump;

    private Figure(Map<Joint, Vec3> points, Bump bump) {
        this.points = points;
        this.bump = bump;
    }

    public static Figure of(Pose pose, boolean pregnant) {
        Map<Joint, Vec3> p = new EnumMap<>(Joint.class);
        Rot trunk = Rot.y(pose.body(Pose.TURN)).then(Rot.z(-pose.body(Pose.PITCH))).then(Rot.y(-pose.body(Pose.ROLL)));
        // half the spine's bend tilts the pelvis, half the chest, so "round the back" keeps the trunk where it was
        double spine = pose.body(Pose.SPINE);
        Rot pelvis = trunk.then(Rot.z(spine / 2));
        Rot chest = trunk.then(Rot.z(-spine / 2)).then(Rot.x(pose.body(Pose.SIDE_BEND))).then(Rot.y(-pose.body(Pose.TWIST)));
        Rot head = chest.then(Rot.z(-pose.body(Pose.NECK))).then(Rot.x(pose.body(Pose.HEAD_TILT)))
                .then(Rot.y(-pose.body(Pose.HEAD_TURN)));

        Vec3 hips = new Vec3(pose.body(Pose.SHIFT_X), 0, 0);
        p.put(Joint.PELVIS, hips);
        p.put(Joint.WAIST, hips.plus(pelvis.apply(0, PELVIS, 0)));
        p.put(Joint.NECK, p.get(Joint.WAIST).plus(chest.apply(0, CHEST, 0)));
        p.put(Joint.HEAD, p.get(Joint.NECK).plus(head.apply(0, NECK + HEAD_R, 0)));
        p.put(Joint.NOSE, p.get(Joint.HEAD).plus(head.apply(HEAD_R, -1, 0)));
        for (Pose.Side side : Pose.Side.values()) {
            leg(p, pose, side, pelvis);
        }
        Bump bump = !pregnant ? null : new Bump(hips.plus(pelvis.apply(8, 16, 0)),
                pelvis.apply(14, 0, 0), pelvis.apply(0, 17, 0), pelvis.apply(0, 0, 14));

        // Arms last: a hand told to rest on the floor or on a knee needs to know where those are.
        double floor = new Figure(p, bump).lowest();
        for (Pose.Side side : Pose.Side.values()) {
            arm(p, pose, side, chest, floor);
        }
        return new Figure(p, bump).grounded();
    }

    private static void leg(Map<Joint, Vec3> p, Pose pose, Pose.Side side, Rot pelvis) {
        int s = side.sign;
        Vec3 hip = p.get(Joint.PELVIS).plus(pelvis.apply(0, 0, s * HIP_HALF));
        Rot thigh = pelvis.then(Rot.z(pose.limb(side, Pose.HIP_FLEX))).then(Rot.x(-s * pose.limb(side, Pose.HIP_ABD)))
                .then(Rot.y(-s * pose.limb(side, Pose.HIP_ROT)));
        Vec3 knee = hip.plus(thigh.apply(0, -THIGH, 0));
        Rot shin = thigh.then(Rot.z(-pose.limb(side, Pose.KNEE)));
        Vec3 ankle = knee.plus(shin.apply(0, -SHIN, 0));
        Vec3 foot = shin.then(Rot.z(-pose.limb(side, Pose.ANKLE))).apply(1, 0, 0);
        Vec3 front = shin.apply(1, 0, 0);
        Vec3 level = new Vec3(front.x(), 0, front.z());
        if (pose.limb(side, Pose.FOOT_FLAT) != 0 && level.length() > 0.2) {
            foot = level.times(1 / level.length()); // toes go where the shin faces, along the floor
        }
        p.put(Joint.R_HIP.on(side), hip);
        p.put(Joint.R_KNEE.on(side), knee);
        p.put(Joint.R_ANKLE.on(side), ankle);
        p.put(Joint.R_TOE.on(side), ankle.plus(foot.times(FOOT)));
    }

    private static void arm(Map<Joint, Vec3> p, Pose pose, Pose.Side side, Rot chest, double floor) {
        int s = side.sign;
        Vec3 shoulder = p.get(Joint.NECK).plus(chest.apply(0, pose.limb(side, Pose.SHRUG) - SHOULDER_DROP, s * SHOULDER_HALF));
        Pose.Reach reach = pose.reach(side);
        Rot upperArm, forearm;
        if (reach == null) {
            upperArm = chest.then(Rot.z(pose.limb(side, Pose.SHOULDER_FLEX))).then(Rot.x(-s * pose.limb(side, Pose.SHOULDER_ABD)));
            forearm = upperArm.then(Rot.z(pose.limb(side, Pose.ELBOW)));
        } else {
            Vec3 target = reach.joint() == null
                    ? new Vec3(shoulder.x() + reach.dx(), floor + Joint.R_HAND.radius, shoulder.z())
                    : p.get(reach.joint()).plus(new Vec3(reach.dx(), reach.dy(), 0));
            Rot[] arm = reachFor(chest, target.minus(shoulder), 1);
            if (shoulder.plus(arm[0].apply(0, -UPPER_ARM, 0)).y() < floor + Joint.R_ELBOW.radius) {
                arm = reachFor(chest, target.minus(shoulder), -1); // bend the other way rather than through the floor
            }
            upperArm = arm[0];
            forearm = arm[1];
        }
        Vec3 elbow = shoulder.plus(upperArm.apply(0, -UPPER_ARM, 0));
        p.put(Joint.R_SHOULDER.on(side), shoulder);
        p.put(Joint.R_ELBOW.on(side), elbow);
        p.put(Joint.R_HAND.on(side), elbow.plus(forearm.apply(0, -FOREARM, 0)));
    }

    /**
     * Two-bone inverse kinematics: aim the straight arm at the target, then swing the upper arm back and bend the
     * elbow forward just enough for the hand to land on it (elbow behind, as arms naturally bend).
     */
    private static Rot[] reachFor(Rot chest, Vec3 toTarget, int bend) {
        Vec3 v = chest.unapply(toTarget);
        if (v.length() < 1e-6) {
            v = new Vec3(0, -1e-6, 0);
        }
        double d = Math.max(Math.abs(UPPER_ARM - FOREARM) + 0.1, Math.min(v.length(), UPPER_ARM + FOREARM - 0.01));
        double flex = Math.toDegrees(Math.atan2(v.x(), -v.y()));
        double tilt = -Math.toDegrees(Math.asin(Math.max(-1, Math.min(1, v.z() / v.length()))));
        double back = Math.toDegrees(Math.acos((UPPER_ARM * UPPER_ARM + d * d - FOREARM * FOREARM) / (2 * UPPER_ARM * d)));
        double elbow = 180 - Math.toDegrees(Math.acos((UPPER_ARM * UPPER_ARM + FOREARM * FOREARM - d * d) / (2 * UPPER_ARM * FOREARM)));
        Rot aim = chest.then(Rot.z(flex)).then(Rot.x(tilt));
        Rot upper = aim.then(Rot.z(-bend * back));
        return new Rot[] {upper, upper.then(Rot.z(bend * elbow))};
    }

    private Figure grounded() {
        return moved(new Vec3(0, -lowest(), 0));
    }

    /** The same figure slid along the floor, e.g. so a foot stays on its box between start and end. */
    public Figure moved(Vec3 by) {
        Map<Joint, Vec3> p = new EnumMap<>(Joint.class);
        points.forEach((joint, point) -> p.put(joint, point.plus(by)));
        return new Figure(p, bump == null ? null : bump.moved(by));
    }

    public Vec3 point(Joint joint) {
        return points.get(joint);
    }

    public Optional<Bump> bump() {
        return Optional.ofNullable(bump);
    }

    /** The lowest point of the body's outline; 0 for every grounded figure. */
    public double lowest() {
        double lowest = Double.MAX_VALUE;
        for (Map.Entry<Joint, Vec3> e : points.entrySet()) {
            lowest = Math.min(lowest, e.getValue().y() - e.getKey().radius);
        }
        return bump == null ? lowest : Math.min(lowest, bump.centre.y() - bump.reach(new Vec3(0, 1, 0)));
    }

    private static double sq(double v) {
        return v * v;
    }
}
