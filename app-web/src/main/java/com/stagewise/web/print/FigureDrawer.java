package com.stagewise.web.print;

import com.openhtmltopdf.css.parser.FSRGBColor;
import com.openhtmltopdf.css.sheet.FontFaceRule;
import com.openhtmltopdf.css.style.CssContext;
import com.openhtmltopdf.extend.FSSupplier;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.extend.SVGDrawer;
import com.openhtmltopdf.extend.UserAgentCallback;
import com.openhtmltopdf.layout.SharedContext;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.RenderingContext;
import java.awt.BasicStroke;
import java.awt.FontFormatException;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Draws the exercise figures and QR codes straight into the PDF as vector paths, and hands any other SVG to Batik.
 *
 * <p>The figures and the share link's QR code use a small part of SVG: groups, paths of straight lines,
 * rectangles, circles and ellipses, flat colours, translations and rotations. Batik drew each figure through
 * dozens of {@code java.awt.Graphics} objects, and on Java 17 every one of those waits for the finalizer with
 * the whole document hanging off it. Under load a PDF's garbage so reached the old generation, and most of
 * the time went to full collections (16 PDFs a second at 32 connections, with figures dropped 51). Drawn
 * here, a figure is a few path operators.
 *
 * <p>Anything outside that part of SVG (another element, attribute, path command, colour or transform) is
 * not guessed at: the whole image goes to Batik, which draws it as before. Classes on elements are ignored,
 * because the printout's stylesheet does not style the inside of figures.
 */
final class FigureDrawer implements SVGDrawer {

    private final SVGDrawer others;

    FigureDrawer(SVGDrawer others) {
        this.others = others;
    }

    @Override
    public SVGImage buildSVGImage(Element svg, Box box, CssContext css, double cssWidth, double cssHeight,
            double dotsPerPixel) {
        Optional<Picture> picture = Picture.parse(svg);
        if (picture.isEmpty()) {
            return others.buildSVGImage(svg, box, css, cssWidth, cssHeight, dotsPerPixel);
        }
        Picture p = picture.get();
        double width = cssWidth >= 0 ? cssWidth : p.width * dotsPerPixel;
        double height = cssHeight >= 0 ? cssHeight : p.height * dotsPerPixel;
        return new Image(p, width, height);
    }

    @Override
    public void importFontFaceRules(List<FontFaceRule> rules, SharedContext context) {
        others.importFontFaceRules(rules, context);
    }

    @Override
    public void withUserAgent(UserAgentCallback userAgent) {
        others.withUserAgent(userAgent);
    }

    @Override
    public void addFontFile(File file, String family, Integer weight, BaseRendererBuilder.FontStyle style)
            throws IOException, FontFormatException {
        others.addFontFile(file, family, weight, style);
    }

    @Override
    public void addFontStream(FSSupplier<InputStream> font, String family, Integer weight,
            BaseRendererBuilder.FontStyle style) throws IOException, FontFormatException {
        others.addFontStream(font, family, weight, style);
    }

    @Override
    public void close() throws IOException {
        others.close();
    }

    /** A picture placed in a box of the page, in device units; the view box is fitted in the middle, as SVG does by default. */
    private record Image(Picture picture, double width, double height) implements SVGImage {

        @Override
        public int getIntrinsicWidth() {
            return (int) width;
        }

        @Override
        public int getIntrinsicHeight() {
            return (int) height;
        }

        @Override
        public void drawSVG(OutputDevice device, RenderingContext context, double x, double y) {
            Rectangle2D.Double view = picture.viewBox;
            double scale = Math.min(width / view.width, height / view.height);
            AffineTransform toPage = new AffineTransform();
            toPage.translate(x + (width - view.width * scale) / 2, y + (height - view.height * scale) / 2);
            toPage.scale(scale, scale);
            toPage.translate(-view.x, -view.y);

            Stroke before = device.getStroke();
            device.pushClip(toPage.createTransformedShape(view));
            for (Mark mark : picture.marks) {
                Shape shape = toPage.createTransformedShape(mark.shape);
                if (mark.fill != null) {
                    device.setColor(mark.fill);
                    device.fill(shape);
                }
                if (mark.stroke != null && mark.strokeWidth > 0) {
                    device.setStroke(new BasicStroke((float) (mark.strokeWidth * scale), mark.cap, mark.join));
                    device.setColor(mark.stroke);
                    device.draw(shape);
                }
            }
            device.popClip();
            if (before != null) {
                device.setStroke(before);
            }
        }
    }

    /** One shape with its paint, in the picture's own coordinates; the stroke width is already in them too. */
    record Mark(Shape shape, FSRGBColor fill, FSRGBColor stroke, double strokeWidth, int cap, int join) {
    }

    /** What {@link #parse} understood of an SVG element: the view box, the size it asks for, and its marks in order. */
    record Picture(Rectangle2D.Double viewBox, double width, double height, List<Mark> marks) {

        /** shape-rendering is a hint for screens; a PDF's paths carry none */
        private static final Set<String> ROOT_ATTRIBUTES = Set.of("xmlns", "viewBox", "width", "height", "role", "class",
                "shape-rendering");
        private static final Set<String> PAINT = Set.of("fill", "stroke", "stroke-width", "stroke-linecap",
                "stroke-linejoin", "transform", "class");
        private static final Map<String, Set<String>> SHAPE_ATTRIBUTES = Map.of(
                "g", Set.of(),
                "path", Set.of("d"),
                "circle", Set.of("cx", "cy", "r"),
                "ellipse", Set.of("cx", "cy", "rx", "ry"),
                "rect", Set.of("x", "y", "width", "height"));
        private static final Pattern NUMBER = Pattern.compile("[-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?");
        private static final Pattern TRANSFORM = Pattern.compile("\\s*(translate|rotate)\\s*\\(([^)]*)\\)\\s*");
        private static final Pattern HEX = Pattern.compile("#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})");

        /** The picture, or empty when the SVG uses anything this drawer does not draw. */
        static Optional<Picture> parse(Element svg) {
            try {
                if (!"svg".equals(name(svg)) || !only(svg, ROOT_ATTRIBUTES) || svg.hasAttribute("transform")) {
                    return Optional.empty();
                }
                double[] box = numbers(svg.getAttribute("viewBox"));
                if (box.length != 4 || box[2] <= 0 || box[3] <= 0) {
                    return Optional.empty();
                }
                double width = svg.hasAttribute("width") ? single(svg.getAttribute("width")) : box[2];
                double height = svg.hasAttribute("height") ? single(svg.getAttribute("height")) : box[3];
                List<Mark> marks = new ArrayList<>();
                if (!children(svg, Paint.INITIAL.with(svg), new AffineTransform(), marks)) {
                    return Optional.empty();
                }
                return Optional.of(new Picture(new Rectangle2D.Double(box[0], box[1], box[2], box[3]), width, height,
                        List.copyOf(marks)));
            } catch (IllegalArgumentException unreadable) {
                return Optional.empty();
            }
        }

        private static boolean children(Element parent, Paint paint, AffineTransform transform, List<Mark> marks) {
            for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
                if (node.getNodeType() == Node.TEXT_NODE && node.getNodeValue().isBlank()
                        || node.getNodeType() == Node.COMMENT_NODE) {
                    continue;
                }
                if (node.getNodeType() != Node.ELEMENT_NODE) {
                    return false;
                }
                Element element = (Element) node;
                String name = name(element);
                if (name.equals("title") || name.equals("desc")) {
                    continue;
                }
                Set<String> own = SHAPE_ATTRIBUTES.get(name);
                if (own == null || !only(element, own)) {
                    return false;
                }
                Paint inner = paint.with(element);
                AffineTransform at = new AffineTransform(transform);
                at.concatenate(transform(element.getAttribute("transform")));
                if (name.equals("g")) {
                    if (!children(element, inner, at, marks)) {
                        return false;
                    }
                    continue;
                }
                if (element.getFirstChild() != null) {
                    return false;
                }
                Shape local = switch (name) {
                    case "path" -> path(element.getAttribute("d"));
                    case "circle" -> ellipse(element, "r", "r");
                    case "rect" -> rectangle(element);
                    default -> ellipse(element, "rx", "ry");
                };
                double widthScale = Math.sqrt(Math.abs(at.getDeterminant()));
                marks.add(new Mark(at.createTransformedShape(local), inner.fill, inner.stroke, inner.width * widthScale,
                        inner.cap, inner.join));
            }
            return true;
        }

        private static Shape ellipse(Element e, String rx, String ry) {
            double cx = single(e.getAttribute("cx")), cy = single(e.getAttribute("cy"));
            double a = single(e.getAttribute(rx)), b = single(e.getAttribute(ry));
            return new Ellipse2D.Double(cx - a, cy - b, 2 * a, 2 * b);
        }

        private static Shape rectangle(Element e) {
            double x = e.hasAttribute("x") ? single(e.getAttribute("x")) : 0, y = e.hasAttribute("y") ? single(e.getAttribute("y")) : 0;
            return new Rectangle2D.Double(x, y, single(e.getAttribute("width")), single(e.getAttribute("height")));
        }

        /** Path data with straight segments only: M, L, H, V and Z, absolute or relative. */
        static Path2D path(String d) {
            Path2D.Double path = new Path2D.Double();
            Matcher number = NUMBER.matcher(d);
            int at = 0;
            char command = 0;
            double x = 0, y = 0, startX = 0, startY = 0;
            while (true) {
                at = skipSeparators(d, at);
                if (at >= d.length()) {
                    break;
                }
                char c = d.charAt(at);
                if (Character.isLetter(c)) {
                    command = c;
                    at++;
                    if (c == 'Z' || c == 'z') {
                        path.closePath();
                        x = startX;
                        y = startY;
                        command = 0;
                    }
                    continue;
                }
                if (command == 0) {
                    throw new IllegalArgumentException("numbers without a command");
                }
                boolean relative = Character.isLowerCase(command);
                switch (Character.toUpperCase(command)) {
                    case 'M', 'L' -> {
                        double px = next(number, d, at);
                        at = number.end();
                        double py = next(number, d, skipSeparators(d, at));
                        at = number.end();
                        x = relative ? x + px : px;
                        y = relative ? y + py : py;
                        if (Character.toUpperCase(command) == 'M') {
                            path.moveTo(x, y);
                            startX = x;
                            startY = y;
                            command = relative ? 'l' : 'L';
                        } else {
                            path.lineTo(x, y);
                        }
                    }
                    case 'H' -> {
                        double px = next(number, d, at);
                        at = number.end();
                        x = relative ? x + px : px;
                        path.lineTo(x, y);
                    }
                    case 'V' -> {
                        double py = next(number, d, at);
                        at = number.end();
                        y = relative ? y + py : py;
                        path.lineTo(x, y);
                    }
                    default -> throw new IllegalArgumentException("path command " + command);
                }
            }
            return path;
        }

        private static int skipSeparators(String d, int at) {
            while (at < d.length() && (Character.isWhitespace(d.charAt(at)) || d.charAt(at) == ',')) {
                at++;
            }
            return at;
        }

        private static double next(Matcher number, String d, int at) {
            if (!number.find(at) || number.start() != at) {
                throw new IllegalArgumentException("a number expected in path data");
            }
            return Double.parseDouble(number.group());
        }

        private static AffineTransform transform(String value) {
            AffineTransform at = new AffineTransform();
            if (value.isBlank()) {
                return at;
            }
            Matcher m = TRANSFORM.matcher(value);
            int end = 0;
            while (m.find() && m.start() == end) {
                double[] a = numbers(m.group(2));
                if (m.group(1).equals("translate") && (a.length == 1 || a.length == 2)) {
                    at.translate(a[0], a.length == 2 ? a[1] : 0);
                } else if (m.group(1).equals("rotate") && (a.length == 1 || a.length == 3)) {
                    double cx = a.length == 3 ? a[1] : 0, cy = a.length == 3 ? a[2] : 0;
                    at.rotate(Math.toRadians(a[0]), cx, cy);
                } else {
                    throw new IllegalArgumentException("transform " + value);
                }
                end = m.end();
            }
            if (end != value.length()) {
                throw new IllegalArgumentException("transform " + value);
            }
            return at;
        }

        private static double single(String value) {
            double[] n = numbers(value);
            if (n.length != 1) {
                throw new IllegalArgumentException("one number expected: " + value);
            }
            return n[0];
        }

        private static double[] numbers(String value) {
            String trimmed = value.trim();
            if (trimmed.isEmpty()) {
                return new double[0];
            }
            String[] parts = trimmed.split("[\\s,]+");
            double[] n = new double[parts.length];
            for (int i = 0; i < parts.length; i++) {
                if (!NUMBER.matcher(parts[i]).matches()) {
                    throw new IllegalArgumentException("not a number: " + parts[i]);
                }
                n[i] = Double.parseDouble(parts[i]);
            }
            return n;
        }

        private static boolean only(Element element, Set<String> own) {
            NamedNodeMap attributes = element.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                String name = attributes.item(i).getNodeName();
                if (!own.contains(name) && !PAINT.contains(name) && !name.startsWith("xmlns")) {
                    return false;
                }
            }
            return true;
        }

        private static String name(Element element) {
            String name = element.getLocalName() != null ? element.getLocalName() : element.getNodeName();
            int colon = name.indexOf(':');
            return colon < 0 ? name : name.substring(colon + 1);
        }

        static FSRGBColor colour(String value) {
            if (value.equals("none")) {
                return null;
            }
            Matcher m = HEX.matcher(value.trim());
            if (!m.matches()) {
                throw new IllegalArgumentException("colour " + value);
            }
            String hex = m.group(1);
            if (hex.length() == 3) {
                hex = "" + hex.charAt(0) + hex.charAt(0) + hex.charAt(1) + hex.charAt(1) + hex.charAt(2) + hex.charAt(2);
            }
            int rgb = Integer.parseInt(hex, 16);
            return new FSRGBColor(rgb >> 16 & 0xff, rgb >> 8 & 0xff, rgb & 0xff);
        }
    }

    /** The paint properties SVG passes down from a group to what is in it. */
    private record Paint(FSRGBColor fill, FSRGBColor stroke, double width, int cap, int join) {

        static final Paint INITIAL = new Paint(new FSRGBColor(0, 0, 0), null, 1, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER);

        Paint with(Element e) {
            return new Paint(
                    e.hasAttribute("fill") ? Picture.colour(e.getAttribute("fill")) : fill,
                    e.hasAttribute("stroke") ? Picture.colour(e.getAttribute("stroke")) : stroke,
                    e.hasAttribute("stroke-width") ? Picture.single(e.getAttribute("stroke-width")) : width,
                    e.hasAttribute("stroke-linecap") ? cap(e.getAttribute("stroke-linecap")) : cap,
                    e.hasAttribute("stroke-linejoin") ? join(e.getAttribute("stroke-linejoin")) : join);
        }

        private static int cap(String value) {
            return switch (value) {
                case "butt" -> BasicStroke.CAP_BUTT;
                case "round" -> BasicStroke.CAP_ROUND;
                case "square" -> BasicStroke.CAP_SQUARE;
                default -> throw new IllegalArgumentException("line cap " + value);
            };
        }

        private static int join(String value) {
            return switch (value) {
                case "miter" -> BasicStroke.JOIN_MITER;
                case "round" -> BasicStroke.JOIN_ROUND;
                case "bevel" -> BasicStroke.JOIN_BEVEL;
                default -> throw new IllegalArgumentException("line join " + value);
            };
        }
    }
}
