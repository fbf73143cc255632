package com.stagewise.web.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class FigureSvgTest {

    @Test
    void the_title_is_escaped_and_comes_first() throws Exception {
        String svg = FigureSvg.single(Figure.of(Pose.standing(), false), View.SIDE, List.of(), "Bridge <start> & \"hold\"");

        Element root = FigureCatalogueTest.parse(svg).getDocumentElement();
        assertThat(root.getFirstChild().getTextContent()).isEqualTo("Bridge <start> & \"hold\"");
        assertThat(svg).contains("&lt;start&gt; &amp;");
    }

    @Test
    void a_pair_draws_two_figures_with_an_arrow_between() throws Exception {
        String svg = StarterFigures.pairSvg("glute-bridge", false, "Glute bridge").orElseThrow();

        Element root = FigureCatalogueTest.parse(svg).getDocumentElement();
        assertThat(svg.split("r=\"" + FigureSvg.n(Figure.HEAD_R) + "\"", -1)).as("two heads").hasSize(3);
        assertThat(root.getElementsByTagNameNS("*", "g").getLength()).isEqualTo(2);
        assertThat(svg).contains("stroke-linecap=\"round\"");
    }

    @Test
    void the_bump_is_drawn_under_the_trunk_on_all_fours_and_over_it_on_the_back() throws Exception {
        // screen y grows downward
        assertThat(bumpY("cat-cow")).isGreaterThan(trunkY("cat-cow"));
        assertThat(bumpY("glute-bridge")).isLessThan(trunkY("glute-bridge"));
    }

    @Test
    void numbers_are_written_to_a_tenth() {
        assertThat(FigureSvg.n(12.0)).isEqualTo("12");
        assertThat(FigureSvg.n(-0.04)).isEqualTo("0");
        assertThat(FigureSvg.n(-3.25)).isEqualTo("-3.2");
        assertThat(FigureSvg.n(7.06)).isEqualTo("7.1");
    }

    private static double bumpY(String slug) throws Exception {
        Element root = FigureCatalogueTest.parse(StarterFigures.startSvg(slug, true).orElseThrow()).getDocumentElement();
        return Double.parseDouble(((Element) root.getElementsByTagNameNS("*", "ellipse").item(0)).getAttribute("cy"));
    }

    /** Mean screen y of the trunk stroke (the first path drawn at trunk width). */
    private static double trunkY(String slug) throws Exception {
        Element root = FigureCatalogueTest.parse(StarterFigures.startSvg(slug, true).orElseThrow()).getDocumentElement();
        NodeList paths = root.getElementsByTagNameNS("*", "path");
        for (int i = 0; i < paths.getLength(); i++) {
            Element path = (Element) paths.item(i);
            if (path.getAttribute("stroke-width").equals("14")) {
                String[] numbers = path.getAttribute("d").replaceAll("[ML]", " ").trim().split("\\s+");
                double sum = 0;
                for (int n = 1; n < numbers.length; n += 2) {
                    sum += Double.parseDouble(numbers[n]);
                }
                return sum / (numbers.length / 2);
            }
        }
        throw new AssertionError("no trunk in " + slug);
    }
}
