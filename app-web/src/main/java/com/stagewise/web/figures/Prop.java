package com.stagewise.web.figures;

import java.util.ArrayList;
import java.util.List;

/** The few objects an exercise uses, placed against the posed figure so they always meet the body where it rests. */
public enum Prop {
    /** A thin exercise mat under the whole figure. */
    MAT,
    /** A chair seat under the buttocks, backrest behind. */
    CHAIR_SEAT,
    /** A chair seat under the calves of someone lying in front of it, backrest beyond the feet. */
    CHAIR_CALVES,
    /** A gym ball under the buttocks. */
    BALL_SEAT,
    /** A box (or step) under the right foot. */
    BOX_FOOT;

    static final double MAT_THICKNESS = 2.5;

    sealed interface Shape permits Box, Ball {
    }

    /** An axis-aligned block; projected, it is drawn as the outline of its corners. */
    record Box(Vec3 min, Vec3 max) implements Shape {

        List<Vec3> corners() {
            List<Vec3> c = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                c.add(new Vec3((i & 1) == 0 ? min.x() : max.x(), (i & 2) == 0 ? min.y() : max.y(), (i & 4) == 0 ? min.z() : max.z()));
            }
            return c;
        }
    }

    record Ball(Vec3 centre, double radius) implements Shape {
    }

    List<Shape> place(Figure f) {
        return switch (this) {
            case MAT -> mat(f);
            case CHAIR_SEAT -> {
                Vec3 hips = f.point(Joint.PELVIS);
                yield chair(hips.x() - 4, hips.y() - Joint.PELVIS.radius, -1);
            }
            case CHAIR_CALVES -> {
                Vec3 knee = f.point(Joint.R_KNEE), ankle = f.point(Joint.R_ANKLE);
                double seat = Math.min(knee.y(), ankle.y()) - Joint.R_ANKLE.radius;
                yield chair((knee.x() + ankle.x()) / 2 + 6, seat, 1);
            }
            case BALL_SEAT -> {
                Vec3 hips = f.point(Joint.PELVIS);
                double r = (hips.y() - Joint.PELVIS.radius) / 2;
                yield List.of(new Ball(new Vec3(hips.x() - 3, r, 0), r));
            }
            case BOX_FOOT -> {
                Vec3 ankle = f.point(Joint.R_ANKLE), toe = f.point(Joint.R_TOE);
                double top = Math.min(ankle.y(), toe.y()) - Joint.R_TOE.radius;
                yield List.of(new Box(new Vec3(ankle.x() - 12, 0, -20), new Vec3(toe.x() + 12, top, 20)));
            }
        };
    }

    private static List<Shape> mat(Figure f) {
        double minX = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, minZ = -30, maxZ = 30;
        for (Joint j : Joint.values()) {
            Vec3 p = f.point(j);
            minX = Math.min(minX, p.x());
            maxX = Math.max(maxX, p.x());
            minZ = Math.min(minZ, p.z() - 10);
            maxZ = Math.max(maxZ, p.z() + 10);
        }
        minX = Math.min(minX, f.point(Joint.PELVIS).x() - 30);
        maxX = Math.max(maxX, f.point(Joint.PELVIS).x() + 30);
        return List.of(new Box(new Vec3(minX - 12, -MAT_THICKNESS, minZ), new Vec3(maxX + 12, 0, maxZ)));
    }

    /** Seat of 42 cm square centred at x, legs to the floor, backrest on the side given (−1 behind, +1 in front). */
    private static List<Shape> chair(double x, double seatTop, int backSide) {
        double h = 21, t = 4, leg = 3;
        List<Shape> parts = new ArrayList<>();
        for (int sx : new int[] {-1, 1}) {
            for (int sz : new int[] {-1, 1}) {
                double lx = x + sx * (h - leg), lz = sz * (h - leg);
                parts.add(new Box(new Vec3(lx - leg / 2, 0, lz - leg / 2), new Vec3(lx + leg / 2, seatTop - t, lz + leg / 2)));
            }
        }
        double bx = x + backSide * (h - leg);
        parts.add(new Box(new Vec3(bx - leg / 2, seatTop, -h + 1), new Vec3(bx + leg / 2, seatTop + 42, h - 1)));
        parts.add(new Box(new Vec3(x - h, seatTop - t, -h), new Vec3(x + h, seatTop, h)));
        return parts;
    }
}
