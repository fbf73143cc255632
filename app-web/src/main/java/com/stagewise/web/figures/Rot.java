package com.stagewise.web.figures;

/** A 3×3 rotation; each body segment carries one as its local frame (x front, y along the segment, z right). */
final class Rot {

    static final Rot IDENTITY = new Rot(1, 0, 0, 0, 1, 0, 0, 0, 1);

    private final double[] m; // row-major

    private Rot(double... m) {
        this.m = m;
    }

    /** Turns local y toward local z: side bending and abduction. */
    static Rot x(double degrees) {
        double c = cos(degrees), s = sin(degrees);
        return new Rot(1, 0, 0, 0, c, -s, 0, s, c);
    }

    /** Turns local x toward −z: twisting about the segment's own axis. */
    static Rot y(double degrees) {
        double c = cos(degrees), s = sin(degrees);
        return new Rot(c, 0, s, 0, 1, 0, -s, 0, c);
    }

    /** Turns local x toward y: everything that happens in the side (sagittal) plane. */
    static Rot z(double degrees) {
        double c = cos(degrees), s = sin(degrees);
        return new Rot(c, -s, 0, s, c, 0, 0, 0, 1);
    }

    /** This frame followed by a rotation expressed in this frame's own axes. */
    Rot then(Rot local) {
        double[] r = new double[9];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                r[i * 3 + j] = m[i * 3] * local.m[j] + m[i * 3 + 1] * local.m[3 + j] + m[i * 3 + 2] * local.m[6 + j];
            }
        }
        return new Rot(r);
    }

    Vec3 apply(double x, double y, double z) {
        return new Vec3(m[0] * x + m[1] * y + m[2] * z, m[3] * x + m[4] * y + m[5] * z, m[6] * x + m[7] * y + m[8] * z);
    }

    /** The inverse rotation applied to v: world direction into this frame's own axes. */
    Vec3 unapply(Vec3 v) {
        return new Vec3(m[0] * v.x() + m[3] * v.y() + m[6] * v.z(), m[1] * v.x() + m[4] * v.y() + m[7] * v.z(),
                m[2] * v.x() + m[5] * v.y() + m[8] * v.z());
    }

    private static double cos(double degrees) {
        return Math.cos(Math.toRadians(degrees));
    }

    private static double sin(double degrees) {
        return Math.sin(Math.toRadians(degrees));
    }
}
