package com.stagewise.web.figures;

/**
 * An orthographic camera. Azimuth 0 looks at the figure's right side (the figure faces right on screen),
 * 90 looks at its front; elevation 90 looks straight down from above.
 */
public record View(double azimuth, double elevation) {

    public static final View SIDE = new View(0, 0);
    public static final View FRONT = new View(90, 0);
    public static final View TOP = new View(0, 90);

    Vec3 right() {
        double a = Math.toRadians(azimuth);
        return new Vec3(Math.cos(a), 0, -Math.sin(a));
    }

    /** Unit vector from the figure toward the camera: larger depth means nearer. */
    Vec3 toCamera() {
        double a = Math.toRadians(azimuth), e = Math.toRadians(elevation);
        return new Vec3(Math.sin(a) * Math.cos(e), Math.sin(e), Math.cos(a) * Math.cos(e));
    }

    Vec3 up() {
        Vec3 c = toCamera(), r = right();
        return new Vec3(c.y() * r.z() - c.z() * r.y(), c.z() * r.x() - c.x() * r.z(), c.x() * r.y() - c.y() * r.x());
    }

    /** Screen x, screen y (up), depth. */
    double[] project(Vec3 p) {
        return new double[] {p.dot(right()), p.dot(up()), p.dot(toCamera())};
    }

    /** Whether the floor is seen edge-on, so it can be drawn as a ground line. */
    boolean levelWithFloor() {
        return Math.abs(elevation) < 1e-9;
    }
}
