package com.stagewise.web.figures;

/** The named points forward kinematics computes; {@link #radius} is how far the body's outline reaches past it. */
public enum Joint {
    PELVIS(7), WAIST(7), NECK(7), HEAD(Figure.HEAD_R), NOSE(0),
    R_SHOULDER(6), R_ELBOW(4), R_HAND(4), R_HIP(7), R_KNEE(4), R_ANKLE(4), R_TOE(3),
    L_SHOULDER(6), L_ELBOW(4), L_HAND(4), L_HIP(7), L_KNEE(4), L_ANKLE(4), L_TOE(3);

    /** Half the stroke drawn through this point, so that "resting on the floor" means the outline touches it. */
    final double radius;

    Joint(double radius) {
        this.radius = radius;
    }

    /** The same joint on the given side: {@code R_KNEE.on(LEFT)} is {@code L_KNEE}. */
    public Joint on(Pose.Side side) {
        return side == Pose.Side.RIGHT || !name().startsWith("R_") ? this : valueOf("L_" + name().substring(2));
    }
}
