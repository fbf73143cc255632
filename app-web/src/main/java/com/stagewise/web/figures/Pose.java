package com.stagewise.web.figures;

import java.util.Arrays;

/**
 * A body position as joint angles in degrees, built fluently and immutable: every call returns a new pose, so
 * an end position can be written as "the start position, and then…".
 *
 * <p>Conventions, all seen from the figure's right side with the figure facing right: flexion is positive
 * (hip and shoulder forward, knee backward, elbow forward, spine rounding, chin toward chest), abduction is
 * positive away from the midline, hip rotation is positive outward, ankle is positive when the toes point.
 */
public final class Pose {

    public enum Side {
        RIGHT(1), LEFT(-1);

        final int sign;

        Side(int sign) {
            this.sign = sign;
        }
    }

    // whole body
    static final int PITCH = 0, ROLL = 1, TURN = 2, SPINE = 3, SIDE_BEND = 4, TWIST = 5, NECK = 6, HEAD_TILT = 7,
            HEAD_TURN = 8, SHIFT_X = 9, BODY_PARAMS = 10;
    // each side
    static final int SHOULDER_FLEX = 0, SHOULDER_ABD = 1, ELBOW = 2, SHRUG = 3, HIP_FLEX = 4, HIP_ABD = 5, HIP_ROT = 6,
            KNEE = 7, ANKLE = 8, FOOT_FLAT = 9, SIDE_PARAMS = 10;

    /** Where a hand should end up: on a joint (plus an offset), or on the floor when {@code joint} is null. */
    record Reach(Joint joint, double dx, double dy) {
    }

    private final double[] body;
    private final double[][] limbs;
    private final Reach[] reaches;

    private Pose(double[] body, double[][] limbs, Reach[] reaches) {
        this.body = body;
        this.limbs = limbs;
        this.reaches = reaches;
    }

    // ---- starting points -------------------------------------------------------------------------------

    public static Pose standing() {
        return new Pose(new double[BODY_PARAMS], new double[2][SIDE_PARAMS], new Reach[2]).elbows(8).feetFlat();
    }

    /** On the back, head to the left of a side view. */
    public static Pose supine() {
        return standing().lean(-90).feetFree();
    }

    /** On the front, head to the right of a side view; toes pointed so the feet lie along the floor. */
    public static Pose prone() {
        return standing().lean(90).elbows(0).ankles(90);
    }

    /** Hands under shoulders, knees under hips, the back level. */
    public static Pose quadruped() {
        return prone().hips(90).knees(90).arms(90).elbows(0);
    }

    /** Sitting upright with the legs straight out in front. */
    public static Pose longSitting() {
        return standing().hips(90).knees(0).feetFree();
    }

    /** Lying on the right side, head to the left, the front of the body toward a side-view camera. */
    public static Pose sideLying() {
        return supine().roll(90);
    }

    // ---- whole body --------------------------------------------------------------------------------------

    /** Tilts the whole trunk forward (positive) or back from upright; ±90 is lying. */
    public Pose lean(double degrees) {
        return body(PITCH, degrees);
    }

    /** Rolls the body about its long axis toward its right side (negative: toward the left). */
    public Pose roll(double degrees) {
        return body(ROLL, degrees);
    }

    /** Turns the whole body about the vertical, to its left when positive. */
    public Pose turn(double degrees) {
        return body(TURN, degrees);
    }

    /** Rounds (positive) or arches (negative) the back; half the bend goes to the pelvis, half to the chest. */
    public Pose spine(double degrees) {
        return body(SPINE, degrees);
    }

    /** Bends the chest sideways, to the right when positive. */
    public Pose sideBend(double degrees) {
        return body(SIDE_BEND, degrees);
    }

    /** Turns the chest against the pelvis, to the right when positive. */
    public Pose twist(double degrees) {
        return body(TWIST, degrees);
    }

    /** Chin toward chest when positive, head tipped back when negative. */
    public Pose neck(double degrees) {
        return body(NECK, degrees);
    }

    /** Ear toward the right shoulder when positive. */
    public Pose headTilt(double degrees) {
        return body(HEAD_TILT, degrees);
    }

    /** Looks to the right when positive. */
    public Pose headTurn(double degrees) {
        return body(HEAD_TURN, degrees);
    }

    /** Moves the whole figure forward along the floor, e.g. to leave room for a prop. */
    public Pose shift(double centimetres) {
        return body(SHIFT_X, centimetres);
    }

    // ---- arms -------------------------------------------------------------------------------------------

    public Pose arms(double flexion) {
        return arm(Side.RIGHT, flexion).arm(Side.LEFT, flexion);
    }

    public Pose arms(double flexion, double abduction) {
        return arms(flexion).limb(Side.RIGHT, SHOULDER_ABD, abduction).limb(Side.LEFT, SHOULDER_ABD, abduction);
    }

    public Pose arms(double flexion, double abduction, double elbows) {
        return arms(flexion, abduction).elbows(elbows);
    }

    public Pose elbows(double flexion) {
        return limb(Side.RIGHT, ELBOW, flexion).limb(Side.LEFT, ELBOW, flexion);
    }

    /** Lifts both shoulders toward the ears, in centimetres. */
    public Pose shrug(double centimetres) {
        return limb(Side.RIGHT, SHRUG, centimetres).limb(Side.LEFT, SHRUG, centimetres);
    }

    public Pose arm(Side side, double flexion) {
        return limb(side, SHOULDER_FLEX, flexion).reach(side, null);
    }

    public Pose arm(Side side, double flexion, double abduction, double elbow) {
        return arm(side, flexion).limb(side, SHOULDER_ABD, abduction).limb(side, ELBOW, elbow);
    }

    public Pose rightArm(double flexion, double abduction, double elbow) {
        return arm(Side.RIGHT, flexion, abduction, elbow);
    }

    public Pose leftArm(double flexion, double abduction, double elbow) {
        return arm(Side.LEFT, flexion, abduction, elbow);
    }

    /**
     * Puts both hands on a joint (e.g. the knees): shoulder and elbow angles are then worked out so the hand
     * lands there, which is how a therapist would describe the position anyway.
     */
    public Pose hands(Joint target) {
        return hand(Side.RIGHT, target).hand(Side.LEFT, target);
    }

    public Pose hand(Side side, Joint target) {
        return hand(side, target, 0, 5);
    }

    /** A hand on a joint, shifted by dx forward and dy up (centimetres, in the room, not the body). */
    public Pose hand(Side side, Joint target, double dx, double dy) {
        return reach(side, new Reach(target, dx, dy));
    }

    /** Each hand resting on its own thigh just above the knee. */
    public Pose handsOnKnees() {
        return hand(Side.RIGHT, Joint.R_KNEE, -7, 6).hand(Side.LEFT, Joint.L_KNEE, -7, 6);
    }

    /** Both palms on the floor, {@code forward} centimetres ahead of (negative: behind) each shoulder. */
    public Pose handsOnFloor(double forward) {
        return handOnFloor(Side.RIGHT, forward).handOnFloor(Side.LEFT, forward);
    }

    public Pose handOnFloor(Side side, double forward) {
        return reach(side, new Reach(null, forward, 0));
    }

    /** The arms follow their angles again. */
    public Pose armsFree() {
        return reach(Side.RIGHT, null).reach(Side.LEFT, null);
    }

    // ---- legs -------------------------------------------------------------------------------------------

    public Pose hips(double flexion) {
        return limb(Side.RIGHT, HIP_FLEX, flexion).limb(Side.LEFT, HIP_FLEX, flexion);
    }

    public Pose hips(double flexion, double abduction) {
        return hips(flexion).limb(Side.RIGHT, HIP_ABD, abduction).limb(Side.LEFT, HIP_ABD, abduction);
    }

    /** Turns both thighs outward (positive) about their own axis. */
    public Pose hipRotation(double degrees) {
        return limb(Side.RIGHT, HIP_ROT, degrees).limb(Side.LEFT, HIP_ROT, degrees);
    }

    public Pose hipRotation(Side side, double degrees) {
        return limb(side, HIP_ROT, degrees);
    }

    public Pose knees(double flexion) {
        return limb(Side.RIGHT, KNEE, flexion).limb(Side.LEFT, KNEE, flexion);
    }

    public Pose ankles(double pointed) {
        return ankle(Side.RIGHT, pointed).ankle(Side.LEFT, pointed);
    }

    public Pose ankle(Side side, double pointed) {
        return limb(side, ANKLE, pointed).limb(side, FOOT_FLAT, 0);
    }

    public Pose leg(Side side, double hipFlexion, double hipAbduction, double knee) {
        return limb(side, HIP_FLEX, hipFlexion).limb(side, HIP_ABD, hipAbduction).limb(side, KNEE, knee);
    }

    public Pose rightLeg(double hipFlexion, double hipAbduction, double knee) {
        return leg(Side.RIGHT, hipFlexion, hipAbduction, knee);
    }

    public Pose leftLeg(double hipFlexion, double hipAbduction, double knee) {
        return leg(Side.LEFT, hipFlexion, hipAbduction, knee);
    }

    /** Both soles flat on a floor or seat, whatever the shins do (so no ankle angle needs working out). */
    public Pose feetFlat() {
        return limb(Side.RIGHT, FOOT_FLAT, 1).limb(Side.LEFT, FOOT_FLAT, 1);
    }

    public Pose footFlat(Side side) {
        return limb(side, FOOT_FLAT, 1);
    }

    /** The feet follow the ankle angle again instead of lying flat. */
    public Pose feetFree() {
        return limb(Side.RIGHT, FOOT_FLAT, 0).limb(Side.LEFT, FOOT_FLAT, 0);
    }

    // ---- read access for the kinematics -----------------------------------------------------------------

    double body(int param) {
        return body[param];
    }

    double limb(Side side, int param) {
        return limbs[side.ordinal()][param];
    }

    Reach reach(Side side) {
        return reaches[side.ordinal()];
    }

    private Pose body(int param, double value) {
        double[] copy = body.clone();
        copy[param] = value;
        return new Pose(copy, limbs, reaches);
    }

    private Pose limb(Side side, int param, double value) {
        double[][] copy = {limbs[0].clone(), limbs[1].clone()};
        copy[side.ordinal()][param] = value;
        return new Pose(body, copy, reaches);
    }

    private Pose reach(Side side, Reach reach) {
        Reach[] copy = reaches.clone();
        copy[side.ordinal()] = reach;
        return new Pose(body, limbs, copy);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Pose p && Arrays.equals(body, p.body) && Arrays.deepEquals(limbs, p.limbs)
                && Arrays.equals(reaches, p.reaches);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(body) + 31 * Arrays.deepHashCode(limbs) + 961 * Arrays.hashCode(reaches);
    }

    @Override
    public String toString() {
        return "Pose" + Arrays.toString(body) + Arrays.deepToString(limbs) + Arrays.toString(reaches);
    }
}
