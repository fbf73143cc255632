package com.stagewise.web.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class FigureKinematicsTest {

    private static final double EPS = 1e-6;

    @Test
    void standing_straight_puts_the_feet_below_the_hips_below_the_shoulders_below_the_head() {
        Figure f = Figure.of(Pose.standing().elbows(0), false);

        double ankle = Joint.R_ANKLE.radius;
        assertThat(f.point(Joint.R_ANKLE).y()).isCloseTo(ankle, within(EPS));
        assertThat(f.point(Joint.R_KNEE).y()).isCloseTo(ankle + Figure.SHIN, within(EPS));
        assertThat(f.point(Joint.R_HIP).y()).isCloseTo(ankle + Figure.SHIN + Figure.THIGH, within(EPS));
        assertThat(f.point(Joint.R_SHOULDER).y())
                .isCloseTo(ankle + Figure.SHIN + Figure.THIGH + Figure.PELVIS + Figure.CHEST - Figure.SHOULDER_DROP, within(EPS));
        assertThat(f.point(Joint.HEAD).y()).isGreaterThan(f.point(Joint.NECK).y());
        for (Joint j : new Joint[] {Joint.R_ANKLE, Joint.R_KNEE, Joint.R_HIP, Joint.WAIST, Joint.R_SHOULDER, Joint.HEAD}) {
            assertThat(f.point(j).x()).as(j.name()).isCloseTo(0, within(EPS));
        }
        assertThat(f.point(Joint.R_HAND).y()).isCloseTo(f.point(Joint.R_SHOULDER).y() - Figure.UPPER_ARM - Figure.FOREARM, within(EPS));
        assertThat(f.point(Joint.R_TOE).x()).as("toes point forward").isCloseTo(Figure.FOOT, within(EPS));
        assertThat(f.point(Joint.R_HIP).z()).as("right is +z").isPositive();
    }

    @Test
    void bending_hip_and_knee_to_ninety_degrees_gives_a_level_thigh_and_an_upright_shin() {
        Figure f = Figure.of(Pose.standing().hips(90).knees(90), false);
        Vec3 hip = f.point(Joint.R_HIP), knee = f.point(Joint.R_KNEE), ankle = f.point(Joint.R_ANKLE);

        assertThat(knee.minus(hip).x()).isCloseTo(Figure.THIGH, within(EPS));
        assertThat(knee.minus(hip).y()).isCloseTo(0, within(EPS));
        assertThat(ankle.minus(knee).x()).isCloseTo(0, within(EPS));
        assertThat(ankle.minus(knee).y()).isCloseTo(-Figure.SHIN, within(EPS));
    }

    @Test
    void raising_an_arm_ninety_degrees_points_it_forward_and_abducting_it_points_it_sideways() {
        Figure forward = Figure.of(Pose.standing().arm(Pose.Side.RIGHT, 90, 0, 0), false);
        Figure sideways = Figure.of(Pose.standing().arm(Pose.Side.RIGHT, 0, 90, 0), false);

        Vec3 reach = forward.point(Joint.R_HAND).minus(forward.point(Joint.R_SHOULDER));
        assertThat(reach.x()).isCloseTo(Figure.UPPER_ARM + Figure.FOREARM, within(EPS));
        Vec3 out = sideways.point(Joint.R_HAND).minus(sideways.point(Joint.R_SHOULDER));
        assertThat(out.z()).isCloseTo(Figure.UPPER_ARM + Figure.FOREARM, within(EPS));
    }

    @Test
    void lying_on_the_back_puts_the_head_to_the_left_and_the_face_up() {
        Figure f = Figure.of(Pose.supine(), false);

        assertThat(f.point(Joint.HEAD).x()).isLessThan(f.point(Joint.PELVIS).x());
        assertThat(f.point(Joint.NOSE).y()).isGreaterThan(f.point(Joint.HEAD).y());
        assertThat(f.point(Joint.R_TOE).y()).as("toes to the ceiling").isGreaterThan(f.point(Joint.R_ANKLE).y());
    }

    @Test
    void a_lying_figure_keeps_hands_and_feet_on_or_above_the_floor() {
        for (Pose pose : new Pose[] {Pose.supine(), Pose.prone(), Pose.sideLying(), Pose.supine().arms(180),
                Pose.supine().hips(45).knees(95).feetFlat().handsOnFloor(70), Pose.prone().arms(180).leftLeg(-20, 0, 0)}) {
            Figure f = Figure.of(pose, true);
            assertThat(f.lowest()).isCloseTo(0, within(EPS));
            for (Joint j : new Joint[] {Joint.R_HAND, Joint.L_HAND, Joint.R_TOE, Joint.L_TOE, Joint.R_ANKLE, Joint.L_ANKLE}) {
                assertThat(f.point(j).y() - j.radius).as(pose + " " + j).isGreaterThanOrEqualTo(-EPS);
            }
        }
    }

    @Test
    void hands_told_to_rest_on_the_floor_touch_it() {
        Figure f = Figure.of(Pose.quadruped().lean(76).hips(76).handsOnFloor(22), false);

        assertThat(f.point(Joint.R_HAND).y() - Joint.R_HAND.radius).isCloseTo(0, within(0.01));
        assertThat(f.point(Joint.R_KNEE).y() - Joint.R_KNEE.radius).isCloseTo(0, within(0.01));
        assertThat(f.point(Joint.R_HAND).minus(f.point(Joint.R_SHOULDER)).x()).isCloseTo(22, within(0.01));
    }

    @Test
    void hands_told_to_rest_on_the_knees_land_there() {
        Figure f = Figure.of(Pose.standing().hips(90).knees(90).handsOnKnees(), false);

        Vec3 target = f.point(Joint.L_KNEE).plus(new Vec3(-7, 6, 0));
        assertThat(f.point(Joint.L_HAND).minus(target).length()).isLessThan(0.01);
    }

    @Test
    void the_bump_faces_down_on_all_fours_and_up_on_the_back() {
        Figure allFours = Figure.of(Pose.quadruped(), true);
        Figure supine = Figure.of(Pose.supine(), true);
        Figure standing = Figure.of(Pose.standing(), true);

        assertThat(allFours.bump().orElseThrow().centre().y()).isLessThan(trunkLineY(allFours));
        assertThat(allFours.bump().orElseThrow().apex().y()).isLessThan(allFours.bump().orElseThrow().centre().y());
        assertThat(supine.bump().orElseThrow().centre().y()).isGreaterThan(trunkLineY(supine));
        assertThat(supine.bump().orElseThrow().apex().y()).isGreaterThan(supine.bump().orElseThrow().centre().y());
        assertThat(standing.bump().orElseThrow().apex().x()).as("in front when standing").isGreaterThan(standing.point(Joint.WAIST).x());
        assertThat(Figure.of(Pose.standing(), false).bump()).isEmpty();
    }

    @Test
    void a_pose_is_never_changed_by_deriving_another_from_it() {
        Pose start = Pose.supine().hips(45);
        Pose end = start.hips(90).handsOnFloor(20);

        assertThat(start).isEqualTo(Pose.supine().hips(45)).isNotEqualTo(end);
        assertThat(Figure.of(start, false).point(Joint.R_KNEE)).isNotEqualTo(Figure.of(end, false).point(Joint.R_KNEE));
    }

    /** Height of the pelvis-to-waist line at the bump's position along it. */
    private static double trunkLineY(Figure f) {
        Vec3 a = f.point(Joint.PELVIS), b = f.point(Joint.WAIST), c = f.bump().orElseThrow().centre();
        Vec3 ab = b.minus(a);
        double t = c.minus(a).dot(ab) / ab.dot(ab);
        return a.plus(ab.times(t)).y();
    }
}
