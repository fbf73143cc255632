package com.stagewise.web.charts;

import java.util.Locale;

/** The small amount of SVG writing the charts share: escaping, numbers, the root element and colours. */
final class Svg {

    /** Data colours, chosen so their lightness alone tells them apart in black-and-white print. */
    static final String INK = "currentColor", MUTED = "#5b6578", GRID = "#c3cad5", PAPER = "#ffffff",
            LIGHT = "#a9c6e0", DARK = "#1f4266", LINE = "#2f5d8a", ALERT = "#a1261b", WASH = "#e8eef5";
    /** Shown this much larger than drawn, so 10-unit labels read at about 13 px; CSS scales it down to fit. */
    static final double SCALE = 1.3;
    static final String FONT = "Arial, Helvetica, 'Liberation Sans', 'Nimbus Sans', sans-serif";

    private Svg() {
    }

    /** An id prefix made safe for XML ids (letters, digits, '-' and '_'), starting with a letter. */
    static String prefix(String requested) {
        String cleaned = requested == null ? "" : requested.replaceAll("[^A-Za-z0-9_-]", "");
        return cleaned.isEmpty() || !Character.isLetter(cleaned.charAt(0)) ? "chart" + cleaned : cleaned;
    }

    /** The root element with its title and description, which also name the chart to assistive technology. */
    static StringBuilder open(String prefix, double width, double height, String title, String desc) {
        StringBuilder svg = new StringBuilder(4096);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart-svg\" viewBox=\"0 0 ").append(n(width))
                .append(' ').append(n(height)).append("\" width=\"").append(n(width * SCALE)).append("\" height=\"")
                .append(n(height * SCALE)).append("\" role=\"img\" aria-labelledby=\"").append(prefix).append("-title ")
                .append(prefix).append("-desc\" font-family=\"").append(FONT).append("\" font-size=\"11\">")
                .append("<title id=\"").append(prefix).append("-title\">").append(esc(title)).append("</title>")
                .append("<desc id=\"").append(prefix).append("-desc\">").append(esc(desc)).append("</desc>");
        return svg;
    }

    static String text(double x, double y, String anchor, double size, String fill, String weight, String content) {
        return "<text x=\"" + n(x) + "\" y=\"" + n(y) + "\"" + (anchor.equals("start") ? "" : " text-anchor=\"" + anchor + "\"")
                + (size == 11 ? "" : " font-size=\"" + n(size) + "\"") + " fill=\"" + fill + "\""
                + (weight == null ? "" : " font-weight=\"" + weight + "\"") + ">" + esc(content) + "</text>";
    }

    static String line(double x1, double y1, double x2, double y2, String stroke, double width, String dash) {
        return "<path d=\"M" + n(x1) + " " + n(y1) + "L" + n(x2) + " " + n(y2) + "\" stroke=\"" + stroke
                + "\" stroke-width=\"" + n(width) + "\"" + (dash == null ? "" : " stroke-dasharray=\"" + dash + "\"") + "/>";
    }

    /** A tick (check) mark about 10 units wide centred on (cx, cy). */
    static String tick(double cx, double cy, String stroke) {
        return "<path d=\"M" + n(cx - 4.5) + " " + n(cy) + "l3 3.5l6 -7\" fill=\"none\" stroke=\"" + stroke
                + "\" stroke-width=\"2\" stroke-linecap=\"round\" stroke-linejoin=\"round\"/>";
    }

    /** A rough width of {@code s} in a sans-serif face, for keeping labels apart and inside the picture. */
    static double width(String s, double size) {
        double em = 0;
        for (char c : s.toCharArray()) {
            em += "il.,:;'|!()[] ".indexOf(c) >= 0 ? 0.3 : "mwMW".indexOf(c) >= 0 ? 0.85
                    : Character.isUpperCase(c) || Character.isDigit(c) ? 0.62 : 0.53;
        }
        return em * size * 1.04;
    }

    static String esc(String s) {
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A coordinate to a tenth, without a trailing ".0" or a negative zero. */
    static String n(double v) {
        double r = Math.round(v * 10) / 10.0;
        if (r == 0) {
            return "0";
        }
        return r == Math.rint(r) ? Long.toString((long) r) : String.format(Locale.ROOT, "%.1f", r);
    }
}
