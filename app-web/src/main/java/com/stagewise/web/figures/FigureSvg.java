package com.stagewise.web.figures;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * Draws figures as small standalone SVG: pictogram style with thick round strokes, the far-side arm and leg
 * paler so the figure reads in depth, and a white edge round the near limbs so crossing limbs stay apart.
 * Plain presentation attributes only (no CSS, scripts or links), so it works inline and inside an img.
 */
public final class FigureSvg {

    private static final String BODY = "#24404f", FAR = "#97aab5", HALO = "#fff", PROP_FILL = "#e3eaee",
            PROP_LINE = "#9fb1bb", MAT = "#bcd5de", GROUND = "#8d9ca5", ARROW = "#6f828d";
    private static final double TRUNK_W = 14, GIRDLE_W = 11, LIMB_W = 8, FAR_W = 7, HALO_EXTRA = 5, PAD = 4, GAP = 34;

    private FigureSvg() {
    }

    /** One figure, props placed against that same figure. */
    public static String single(Figure figure, View view, List<Prop> props, String title) {
        return single(figure, view, props, figure, title);
    }

    /** One figure, props placed against another pose (e.g. the chair the end position's calves rest on). */
    public static String single(Figure figure, View view, List<Prop> props, Figure propsFrom, String title) {
        Panel panel = panel(figure, view, props, propsFrom);
        return document(title, panel.box, panel.svg);
    }

    /** Start and end side by side with an arrow between; props stand where the end position needs them. */
    public static String pair(Figure start, Figure end, View view, List<Prop> props, String title) {
        Panel a = panel(start, view, props, end);
        Panel b = panel(end, view, props, end);
        double dx = a.box.maxX + GAP - b.box.minX;
        Box all = new Box();
        all.add(a.box.minX, a.box.minY);
        all.add(a.box.maxX, a.box.maxY);
        all.add(b.box.minX + dx, b.box.minY);
        all.add(b.box.maxX + dx, b.box.maxY);
        double y = -(Math.min(a.box.maxY, b.box.maxY) + Math.max(a.box.minY, b.box.minY)) / 2;
        double x0 = a.box.maxX + GAP / 2 - 8, x1 = a.box.maxX + GAP / 2 + 8;
        String arrow = "<path d=\"M" + n(x0) + " " + n(y) + "H" + n(x1) + "M" + n(x1 - 5) + " " + n(y - 5) + "L" + n(x1) + " "
                + n(y) + "L" + n(x1 - 5) + " " + n(y + 5) + "\" stroke=\"" + ARROW + "\" stroke-width=\"2.5\"/>";
        return document(title, all, a.svg + arrow + "<g transform=\"translate(" + n(dx) + " 0)\">" + b.svg + "</g>");
    }

    /** The SVG as a {@code data:} URI, for {@code <img src=…>} or CSS. */
    public static String dataUri(String svg) {
        return "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8));
    }

    // ---- one panel ------------------------------------------------------------------------------------------

    private record Item(double depth, String svg) {
    }

    private record Panel(String svg, Box box) {
    }

    private static Panel panel(Figure f, View view, List<Prop> props, Figure propsFrom) {
        Box box = new Box();
        StringBuilder back = new StringBuilder();
        for (Prop prop : props) {
            for (Prop.Shape shape : prop.place(prop == Prop.MAT ? f : propsFrom)) {
                back.append(shape(shape, view, prop == Prop.MAT ? MAT : PROP_FILL, prop == Prop.MAT ? null : PROP_LINE, box));
            }
        }
        List<Item> items = new ArrayList<>();
        double trunkDepth = depth(f, view, Joint.PELVIS, Joint.WAIST, Joint.NECK);
        items.add(new Item(trunkDepth, stroke(f, view, BODY, TRUNK_W, box, Joint.PELVIS, Joint.WAIST, Joint.NECK)
                + girdle(f, view, GIRDLE_W, box, Joint.L_SHOULDER, Joint.R_SHOULDER)
                + girdle(f, view, TRUNK_W, box, Joint.L_HIP, Joint.R_HIP)));
        f.bump().ifPresent(bump -> items.add(new Item(view.project(bump.centre())[2], bump(bump, view, box))));
        items.add(new Item(view.project(f.point(Joint.HEAD))[2], head(f, view, box)));
        limbs(items, f, view, box, new Joint[] {Joint.R_SHOULDER, Joint.R_ELBOW, Joint.R_HAND},
                new Joint[] {Joint.L_SHOULDER, Joint.L_ELBOW, Joint.L_HAND});
        limbs(items, f, view, box, new Joint[] {Joint.R_HIP, Joint.R_KNEE, Joint.R_ANKLE, Joint.R_TOE},
                new Joint[] {Joint.L_HIP, Joint.L_KNEE, Joint.L_ANKLE, Joint.L_TOE});
        items.sort(Comparator.comparingDouble(Item::depth));

        StringBuilder svg = new StringBuilder();
        if (view.levelWithFloor()) {
            double floor = props.contains(Prop.MAT) ? -Prop.MAT_THICKNESS : 0;
            svg.append("<path d=\"M").append(n(box.minX - 6)).append(' ').append(n(-floor)).append('H').append(n(box.maxX + 6))
                    .append("\" stroke=\"").append(GROUND).append("\" stroke-width=\"1.5\"/>");
            box.add(box.minX - 6, floor - 1);
            box.add(box.maxX + 6, floor - 1);
        }
        svg.append(back);
        items.forEach(item -> svg.append(item.svg));
        return new Panel(svg.toString(), box);
    }

    /** Right and left limb of one kind; the one clearly further from the camera is drawn pale and thin. */
    private static void limbs(List<Item> items, Figure f, View view, Box box, Joint[] right, Joint[] left) {
        double dr = depth(f, view, right), dl = depth(f, view, left);
        for (Joint[] limb : List.of(right, left)) {
            double d = limb == right ? dr : dl, other = limb == right ? dl : dr;
            // from above, "further away" only means lower, which says nothing useful about left and right
            boolean far = view.elevation() < 45 && d < other - 10;
            String svg = far ? stroke(f, view, FAR, FAR_W, box, limb) : halo(f, view, limb) + stroke(f, view, BODY, LIMB_W, box, limb);
            items.add(new Item(d, svg));
        }
    }

    private static double depth(Figure f, View view, Joint... joints) {
        double sum = 0;
        for (Joint j : joints) {
            sum += view.project(f.point(j))[2];
        }
        return sum / joints.length;
    }

    private static String stroke(Figure f, View view, String colour, double width, Box box, Joint... joints) {
        List<double[]> pts = new ArrayList<>();
        for (Joint j : joints) {
            pts.add(view.project(f.point(j)));
        }
        pts.forEach(p -> box.add(p[0], p[1], width / 2));
        return path(pts, colour, width);
    }

    /** Shoulders or hips across; seen from the side they vanish into the trunk, so they are left out. */
    private static String girdle(Figure f, View view, double width, Box box, Joint left, Joint right) {
        double[] a = view.project(f.point(left)), b = view.project(f.point(right));
        return Math.hypot(a[0] - b[0], a[1] - b[1]) < 1 ? "" : stroke(f, view, BODY, width, box, left, right);
    }

    /** A white edge under a near limb, left off near the joint it hangs from so the limb stays attached. */
    private static String halo(Figure f, View view, Joint... joints) {
        List<double[]> pts = new ArrayList<>();
        for (Joint j : joints) {
            pts.add(view.project(f.point(j)));
        }
        double[] a = pts.get(0), b = pts.get(1);
        pts.set(0, new double[] {a[0] + (b[0] - a[0]) * 0.45, a[1] + (b[1] - a[1]) * 0.45});
        return path(pts, HALO, LIMB_W + HALO_EXTRA);
    }

    private static String path(List<double[]> pts, String colour, double width) {
        StringBuilder d = new StringBuilder();
        for (double[] p : pts) {
            d.append(d.length() == 0 ? "M" : "L").append(n(p[0])).append(' ').append(n(-p[1]));
        }
        return "<path d=\"" + d + "\" stroke=\"" + colour + "\" stroke-width=\"" + n(width) + "\"/>";
    }

    private static String head(Figure f, View view, Box box) {
        double[] c = view.project(f.point(Joint.HEAD)), nose = view.project(f.point(Joint.NOSE));
        box.add(c[0], c[1], Figure.HEAD_R + 2.5);
        return circle(c, Figure.HEAD_R + 2.5, HALO) + circle(nose, 3.5, BODY) + circle(c, Figure.HEAD_R, BODY);
    }

    private static String circle(double[] c, double r, String fill) {
        return "<circle cx=\"" + n(c[0]) + "\" cy=\"" + n(-c[1]) + "\" r=\"" + n(r) + "\" fill=\"" + fill + "\"/>";
    }

    /** The ellipsoid's outline: the projection of an ellipsoid is an ellipse, found from its 2×2 spread. */
    private static String bump(Figure.Bump bump, View view, Box box) {
        double a = 0, b = 0, d = 0;
        for (Vec3 axis : List.of(bump.front(), bump.along(), bump.across())) {
            double x = axis.dot(view.right()), y = axis.dot(view.up());
            a += x * x;
            b += x * y;
            d += y * y;
        }
        double mid = (a + d) / 2, spread = Math.sqrt((a - d) * (a - d) / 4 + b * b);
        double rx = Math.sqrt(mid + spread), ry = Math.sqrt(Math.max(mid - spread, 0.25));
        double angle = Math.toDegrees(0.5 * Math.atan2(2 * b, a - d));
        double[] c = view.project(bump.centre());
        box.add(c[0], c[1], rx);
        return "<ellipse class=\"bump\" cx=\"" + n(c[0]) + "\" cy=\"" + n(-c[1]) + "\" rx=\"" + n(rx) + "\" ry=\"" + n(ry)
                + "\" transform=\"rotate(" + n(-angle) + " " + n(c[0]) + " " + n(-c[1]) + ")\" fill=\"" + BODY + "\"/>";
    }

    private static String shape(Prop.Shape shape, View view, String fill, String line, Box box) {
        String stroke = line == null ? "" : "\" stroke=\"" + line + "\" stroke-width=\"1.5";
        if (shape instanceof Prop.Ball ball) {
            double[] c = view.project(ball.centre());
            box.add(c[0], c[1], ball.radius());
            return "<circle cx=\"" + n(c[0]) + "\" cy=\"" + n(-c[1]) + "\" r=\"" + n(ball.radius()) + "\" fill=\"" + fill + stroke + "\"/>";
        }
        List<double[]> hull = hull(((Prop.Box) shape).corners().stream().map(view::project).toList());
        StringBuilder d = new StringBuilder();
        for (double[] p : hull) {
            box.add(p[0], p[1], 1);
            d.append(d.length() == 0 ? "M" : "L").append(n(p[0])).append(' ').append(n(-p[1]));
        }
        return "<path d=\"" + d + "Z\" fill=\"" + fill + stroke + "\"/>";
    }

    /** Convex hull (monotone chain) of projected corners: the silhouette of a block from any side. */
    private static List<double[]> hull(List<double[]> points) {
        List<double[]> p = new ArrayList<>(points);
        p.sort(Comparator.<double[]>comparingDouble(q -> q[0]).thenComparingDouble(q -> q[1]));
        List<double[]> h = new ArrayList<>();
        for (int pass = 0; pass < 2; pass++) {
            int start = h.size();
            for (double[] q : p) {
                while (h.size() >= start + 2 && cross(h.get(h.size() - 2), h.get(h.size() - 1), q) <= 1e-9) {
                    h.remove(h.size() - 1);
                }
                h.add(q);
            }
            h.remove(h.size() - 1);
            Collections.reverse(p);
        }
        return h;
    }

    private static double cross(double[] o, double[] a, double[] b) {
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
    }

    // ---- document -------------------------------------------------------------------------------------------

    private static String document(String title, Box box, String body) {
        double x = box.minX - PAD, y = -box.maxY - PAD, w = box.maxX - box.minX + 2 * PAD, h = box.maxY - box.minY + 2 * PAD;
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"" + n(x) + " " + n(y) + " " + n(w) + " " + n(h)
                + "\" width=\"" + Math.round(Math.ceil(w)) + "\" height=\"" + Math.round(Math.ceil(h)) + "\" role=\"img\"><title>"
                + escape(title) + "</title><g fill=\"none\" stroke-linecap=\"round\" stroke-linejoin=\"round\">" + body
                + "</g></svg>";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** Coordinates to a tenth of a centimetre: far below a pixel, and keeps the files small. */
    static String n(double v) {
        long r = Math.round(v * 10);
        String sign = r < 0 ? "-" : "";
        r = Math.abs(r);
        return r % 10 == 0 ? sign + r / 10 : sign + r / 10 + "." + r % 10;
    }

    /** Bounding box of what has been drawn, in world units with y up. */
    private static final class Box {
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;

        void add(double x, double y) {
            add(x, y, 0);
        }

        void add(double x, double y, double r) {
            minX = Math.min(minX, x - r);
            maxX = Math.max(maxX, x + r);
            minY = Math.min(minY, y - r);
            maxY = Math.max(maxY, y + r);
        }
    }
}
