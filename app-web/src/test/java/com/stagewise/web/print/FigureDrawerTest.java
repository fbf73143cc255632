package com.stagewise.web.print;

import static org.assertj.core.api.Assertions.assertThat;

import com.stagewise.web.figures.StarterFigures;
import java.awt.BasicStroke;
import java.awt.Rectangle;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class FigureDrawerTest {

    private static final String SVG_NS = "http://www.w3.org/2000/svg";

    @Test
    void every_starter_figure_and_the_qr_code_are_drawn_natively_not_handed_to_batik() {
        List<String> svgs = new ArrayList<>();
        for (String slug : StarterFigures.slugs()) {
            for (boolean pregnant : List.of(false, true)) {
                svgs.add(StarterFigures.startSvg(slug, pregnant).orElseThrow());
                svgs.add(StarterFigures.endSvg(slug, pregnant).orElseThrow());
                svgs.add(StarterFigures.pairSvg(slug, pregnant, slug).orElseThrow());
            }
        }
        assertThat(svgs).hasSizeGreaterThan(50);
        svgs.add(QrCode.svg("https://clinic.example/p/abc", "QR code"));
        for (String svg : svgs) {
            Optional<FigureDrawer.Picture> picture = FigureDrawer.Picture.parse(element(svg));
            assertThat(picture).as(svg).isPresent();
            assertThat(picture.get().marks()).as(svg).hasSizeGreaterThan(1);
        }
    }

    @Test
    void paint_passes_down_from_groups_and_transforms_and_relative_path_commands_place_the_shapes() {
        FigureDrawer.Picture picture = FigureDrawer.Picture.parse(element("""
                <svg xmlns="http://www.w3.org/2000/svg" viewBox="-10 -20 100 50" width="100" height="50">
                  <title>test</title>
                  <g fill="none" stroke-linecap="round" stroke-linejoin="round">
                    <path d="M0 0h10v5l-10 0Z" stroke="#fff" stroke-width="2"/>
                    <g transform="translate(30 0)"><circle cx="1" cy="2" r="3" fill="#24404f"/></g>
                    <ellipse class="bump" cx="50" cy="0" rx="4" ry="2" transform="rotate(90 50 0)" fill="#123456"/>
                  </g>
                </svg>""")).orElseThrow();

        assertThat(picture.viewBox()).isEqualTo(new Rectangle2D.Double(-10, -20, 100, 50));
        assertThat(picture.marks()).hasSize(3);
        FigureDrawer.Mark path = picture.marks().get(0);
        assertThat(path.fill()).as("fill none from the group").isNull();
        assertThat(path.stroke().toString()).isEqualTo("#ffffff");
        assertThat(path.strokeWidth()).isEqualTo(2);
        assertThat(path.cap()).isEqualTo(BasicStroke.CAP_ROUND);
        assertThat(path.join()).isEqualTo(BasicStroke.JOIN_ROUND);
        assertThat(points(path)).containsExactly(0.0, 0.0, 10.0, 0.0, 10.0, 5.0, 0.0, 5.0);

        FigureDrawer.Mark circle = picture.marks().get(1);
        assertThat(circle.stroke()).isNull();
        assertThat(circle.fill().toString()).isEqualTo("#24404f");
        assertThat(circle.shape().getBounds2D()).isEqualTo(new Rectangle2D.Double(28, -1, 6, 6));

        Rectangle2D turned = picture.marks().get(2).shape().getBounds2D();
        assertThat(turned.getWidth()).as("rotated a quarter turn: 4 wide").isCloseTo(4, within());
        assertThat(turned.getHeight()).isCloseTo(8, within());
        assertThat(turned.getCenterX()).isCloseTo(50, within());
    }

    @Test
    void anything_outside_the_figures_part_of_svg_is_left_to_batik() {
        List<String> others = List.of(
                "<svg xmlns='" + SVG_NS + "' viewBox='0 0 10 10'><rect x='1' y='1' width='5' height='5' rx='1'/></svg>",
                "<svg xmlns='" + SVG_NS + "' viewBox='0 0 10 10'><polyline points='0 0 5 5'/></svg>",
                "<svg xmlns='" + SVG_NS + "' viewBox='0 0 10 10'><path d='M0 0C1 1 2 2 3 3'/></svg>",
                "<svg xmlns='" + SVG_NS + "' viewBox='0 0 10 10'><path d='M0 0L5 5' stroke='red'/></svg>",
                "<svg xmlns='" + SVG_NS + "' viewBox='0 0 10 10'><path d='M0 0L5 5' style='stroke:#000'/></svg>",
                "<svg xmlns='" + SVG_NS + "' viewBox='0 0 10 10'><g transform='scale(2)'><path d='M0 0L5 5'/></g></svg>",
                "<svg xmlns='" + SVG_NS + "' viewBox='0 0 10 10'><text x='1' y='5'>Hi</text></svg>",
                "<svg xmlns='" + SVG_NS + "' width='10' height='10'><path d='M0 0L5 5'/></svg>");
        for (String svg : others) {
            assertThat(FigureDrawer.Picture.parse(element(svg))).as(svg).isEmpty();
        }
    }

    @Test
    void a_figure_prints_where_and_as_large_as_batik_printed_it_but_as_plain_page_paths() throws Exception {
        String svg = StarterFigures.pairSvg(StarterFigures.slugs().iterator().next(), true, "pair").orElseThrow();
        String page = page("<div class='figure'>" + svg + "</div>");

        byte[] native_ = new PdfRenderer(new Semaphore(1), Duration.ofSeconds(5), false).render(page);
        byte[] batik = new PdfRenderer(new Semaphore(1), Duration.ofSeconds(5), true).render(page);

        try (PDDocument ours = Loader.loadPDF(native_); PDDocument theirs = Loader.loadPDF(batik)) {
            PDPage ourPage = ours.getPage(0);
            assertThat(ourPage.getResources().getXObjectNames()).as("no form drawn by Batik").isEmpty();
            assertThat(theirs.getPage(0).getResources().getXObjectNames()).isNotEmpty();

            Ink a = ink(new PDFRenderer(ours).renderImage(0, 2));
            Ink b = ink(new PDFRenderer(theirs).renderImage(0, 2));
            assertThat(a.pixels).isGreaterThan(2000);
            assertThat((double) a.pixels).as("as much ink").isCloseTo(b.pixels, org.assertj.core.data.Percentage.withPercentage(3));
            // 2 px at 144 dpi is a third of a millimetre: Batik rounds the picture's size to whole pixels.
            assertThat(a.box.x).isCloseTo(b.box.x, org.assertj.core.data.Offset.offset(2));
            assertThat(a.box.y).isCloseTo(b.box.y, org.assertj.core.data.Offset.offset(2));
            assertThat(a.box.width).isCloseTo(b.box.width, org.assertj.core.data.Offset.offset(3));
            assertThat(a.box.height).isCloseTo(b.box.height, org.assertj.core.data.Offset.offset(3));
        }
    }

    @Test
    void an_svg_it_does_not_draw_still_prints_through_batik() throws Exception {
        String page = page("<svg xmlns='" + SVG_NS + "' viewBox='0 0 10 10'>"
                + "<rect x='0' y='0' width='10' height='10' fill='#000'/></svg>");
        byte[] pdf = new PdfRenderer(new Semaphore(1), Duration.ofSeconds(5), false).render(page);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Ink ink = ink(new PDFRenderer(document).renderImage(0, 1));
            // 40 mm at 72 dpi is 113 px a side, all black.
            assertThat(ink.box.width).isBetween(110, 116);
            assertThat(ink.pixels).isGreaterThan(110 * 110);
        }
    }

    private record Ink(long pixels, Rectangle box) {
    }

    /** Dark pixels and the box around them. */
    private static Ink ink(BufferedImage image) {
        long pixels = 0;
        int minX = Integer.MAX_VALUE, minY = Integer.MAX_VALUE, maxX = -1, maxY = -1;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int grey = ((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) / 3;
                if (grey < 128) {
                    pixels++;
                    minX = Math.min(minX, x);
                    minY = Math.min(minY, y);
                    maxX = Math.max(maxX, x);
                    maxY = Math.max(maxY, y);
                }
            }
        }
        return new Ink(pixels, new Rectangle(minX, minY, maxX - minX + 1, maxY - minY + 1));
    }

    private static String page(String body) {
        return "<html xmlns='http://www.w3.org/1999/xhtml'><head><meta charset='UTF-8'/>"
                + "<style>@page { size: A4; margin: 10mm } body { margin: 0 } svg { width: 40mm; height: 40mm }"
                + " .figure svg { width: 120mm; height: 40mm }</style></head><body>" + body + "</body></html>";
    }

    private static List<Double> points(FigureDrawer.Mark mark) {
        List<Double> points = new ArrayList<>();
        double[] c = new double[6];
        for (PathIterator it = mark.shape().getPathIterator(null); !it.isDone(); it.next()) {
            if (it.currentSegment(c) != PathIterator.SEG_CLOSE) {
                points.add(c[0]);
                points.add(c[1]);
            }
        }
        return points;
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(1e-9);
    }

    private static Element element(String svg) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)))
                    .getDocumentElement();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
