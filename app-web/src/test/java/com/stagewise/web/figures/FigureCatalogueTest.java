package com.stagewise.web.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;

class FigureCatalogueTest {

    static final List<String> STARTER_SLUGS = List.of("glute-bridge", "cat-cow", "reverse-table-hold", "bird-dog",
            "seated-straddle-reach", "legs-up-rest", "reach-and-swing", "childs-pose", "seated-pelvic-tilt",
            "figure-four-glute-stretch", "clamshell", "kegel-squat", "straight-leg-hold", "knee-to-chest",
            "supine-crossover-stretch", "diagonal-lengthen", "prone-opposite-lift", "eagle-arms", "downward-dog",
            "seated-shoulder-neck-rolls", "childs-pose-side-reach", "seated-twist", "supine-t-twist", "ball-rock-roll",
            "posterior-pelvic-tilt", "hollow-body-hold", "deep-squat-hold", "standing-hip-flexor-stretch");

    static Stream<Arguments> everyFigure() {
        return STARTER_SLUGS.stream().flatMap(slug -> Stream.of(false, true).flatMap(pregnant -> Stream.of(
                Arguments.of(slug, pregnant, "start", StarterFigures.startSvg(slug, pregnant, "Start: " + slug).orElseThrow()),
                Arguments.of(slug, pregnant, "end", StarterFigures.endSvg(slug, pregnant, "End: " + slug).orElseThrow()),
                Arguments.of(slug, pregnant, "pair", StarterFigures.pairSvg(slug, pregnant, "Pair: " + slug).orElseThrow()))));
    }

    @Test
    void every_starter_slug_has_a_start_and_an_end_figure() {
        assertThat(StarterFigures.slugs()).containsExactlyInAnyOrderElementsOf(STARTER_SLUGS);
        for (String slug : STARTER_SLUGS) {
            assertThat(StarterFigures.has(slug)).as(slug).isTrue();
            assertThat(StarterFigures.startSvg(slug, false)).as(slug).isPresent();
            assertThat(StarterFigures.endSvg(slug, false)).as(slug).isPresent();
        }
    }

    @Test
    void an_unknown_slug_has_no_figure() {
        assertThat(StarterFigures.has("handstand")).isFalse();
        assertThat(StarterFigures.startSvg("handstand", false)).isEmpty();
        assertThat(StarterFigures.endSvg("handstand", true)).isEmpty();
        assertThat(StarterFigures.pairSvg("handstand", false, "x")).isEmpty();
    }

    @ParameterizedTest(name = "{0} {2} pregnant={1}")
    @MethodSource("everyFigure")
    void every_figure_is_standalone_svg_with_a_view_box_and_the_callers_title(String slug, boolean pregnant, String kind, String svg)
            throws Exception {
        Element root = parse(svg).getDocumentElement();

        assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("viewBox").split(" ")).hasSize(4);
        Element title = (Element) root.getElementsByTagNameNS("*", "title").item(0);
        assertThat(root.getFirstChild()).isSameAs(title);
        assertThat(title.getTextContent()).endsWith(": " + slug);
        assertThat(svg).doesNotContain("<script", "href=", "url(", "<image", "<use", "<foreignObject", "<style");
        NodeList all = root.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            NamedNodeMap attributes = all.item(i).getAttributes();
            for (int a = 0; a < attributes.getLength(); a++) {
                assertThat(attributes.item(a).getNodeName().toLowerCase()).as("event handler").doesNotStartWith("on");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("slugs")
    void the_pregnant_figure_differs_from_the_plain_one_by_its_bump(String slug) {
        String plain = StarterFigures.startSvg(slug, false).orElseThrow();
        String pregnant = StarterFigures.startSvg(slug, true).orElseThrow();

        assertThat(pregnant).isNotEqualTo(plain).contains("class=\"bump\"");
        assertThat(plain).doesNotContain("bump");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("slugs")
    void start_and_end_position_differ(String slug) {
        StarterFigures.Scene scene = StarterFigures.scene(slug).orElseThrow();

        assertThat(scene.end()).isNotEqualTo(scene.start());
        assertThat(StarterFigures.endSvg(slug, false, "t")).isNotEqualTo(StarterFigures.startSvg(slug, false, "t"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("slugs")
    void no_part_of_any_figure_is_below_the_floor(String slug) {
        StarterFigures.Scene scene = StarterFigures.scene(slug).orElseThrow();
        for (boolean pregnant : new boolean[] {false, true}) {
            for (Figure figure : List.of(scene.startFigure(pregnant), scene.endFigure(pregnant))) {
                assertThat(figure.lowest()).as(slug).isCloseTo(0, within(1e-9));
                for (Joint j : Joint.values()) {
                    assertThat(figure.point(j).y() - j.radius).as(slug + " " + j).isGreaterThanOrEqualTo(-1e-9);
                }
            }
        }
    }

    @Test
    void a_typical_figure_is_a_couple_of_kilobytes() {
        assertThat(StarterFigures.startSvg("glute-bridge", true).orElseThrow().length()).isLessThan(2500);
        assertThat(StarterFigures.pairSvg("glute-bridge", true, "Glute bridge").orElseThrow().length()).isLessThan(5000);
    }

    static Stream<String> slugs() {
        return STARTER_SLUGS.stream();
    }

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }
}
