package com.stagewise.web.charts;

import static com.stagewise.web.charts.Samples.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import com.stagewise.domain.stage.DeliveryMode;
import com.stagewise.domain.stage.Stage;
import com.stagewise.web.system.Messages;
import com.stagewise.web.testing.HtmlChecker;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** What every chart promises: well-formed, named for assistive technology, safe to put several on one page. */
class ChartMarkupTest {

    @Test
    void every_chart_is_an_image_labelled_by_its_own_title_and_description() {
        for (Chart chart : allCharts(new EnglishText())) {
            Element svg = ChartXml.parse(chart.svg());

            assertThat(svg.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
            assertThat(svg.getAttribute("role")).isEqualTo("img");
            String[] labelledBy = svg.getAttribute("aria-labelledby").split(" ");
            Element title = ChartXml.elements(svg, "title").get(0), desc = ChartXml.elements(svg, "desc").get(0);
            assertThat(labelledBy).containsExactly(title.getAttribute("id"), desc.getAttribute("id"));
            assertThat(title.getTextContent()).isEqualTo(chart.title()).isNotBlank();
            assertThat(desc.getTextContent()).isEqualTo(chart.summary()).containsPattern("\\d");
        }
    }

    @Test
    void the_ids_are_prefixed_so_charts_on_one_page_do_not_clash() {
        List<String> ids = new ArrayList<>();
        for (Chart chart : allCharts(new EnglishText())) {
            ChartXml.elements(ChartXml.parse(chart.svg()), "*").stream().map(e -> e.getAttribute("id"))
                    .filter(id -> !id.isEmpty()).forEach(ids::add);
        }
        assertThat(ids).doesNotHaveDuplicates().allMatch(id -> id.matches("[a-z][a-z0-9-]*-(title|desc|high)"));
        assertThat(Svg.prefix("7 \"x\"<")).isEqualTo("chart7x");
    }

    @Test
    void the_charts_use_no_style_attribute_or_script_so_the_content_security_policy_allows_them() {
        for (Chart chart : allCharts(new EnglishText())) {
            assertThat(chart.svg()).doesNotContain("style=", "<style", "<script", "href=\"http", "NaN", "Infinity");
        }
    }

    @Test
    void the_charts_and_their_tables_inline_in_a_page_are_valid_html() {
        StringBuilder page = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>Charts</title></head><body><main>");
        for (Chart chart : allCharts(new EnglishText())) {
            page.append(figure(chart));
        }
        page.append("</main></body></html>");

        assertThat(HtmlChecker.errors(page.toString())).isEmpty();
    }

    @Test
    void every_text_the_charts_show_has_an_english_and_a_german_message() {
        EnglishText recording = new EnglishText();
        allCharts(recording);
        Messages messages = new Messages();

        assertThat(recording.keys).isNotEmpty().allSatisfy(key -> {
            assertThat(messages.find(key, Locale.ENGLISH)).as(key).isPresent();
            assertThat(messages.find(key, Locale.GERMAN)).as(key).isPresent();
        });
    }

    @Test
    void in_german_the_weekdays_months_and_sentences_are_german() {
        EnglishText german = new EnglishText(Locale.GERMAN);
        Chart heat = AdherenceHeatMap.render(Samples.days(Samples.realistic()), 3, TODAY, german, "a");
        Chart pain = PainChart.render(Samples.realistic(), TODAY, german, "p");

        assertThat(ChartXml.texts(ChartXml.parse(heat.svg()))).contains("Mo.", "So.", "Sept.", "Okt.");
        assertThat(ChartXml.texts(ChartXml.parse(pain.svg()))).contains("20. Nov.");
        assertThat(heat.summary()).contains("Einheiten an", "Tagen");
    }

    /** The markup the patient page uses (see the package documentation). */
    static String figure(Chart chart) {
        StringBuilder html = new StringBuilder("<figure class=\"chart\"><figcaption>").append(Svg.esc(chart.title()))
                .append("</figcaption>").append(chart.svg()).append("<table class=\"visually-hidden\"><caption>")
                .append(Svg.esc(chart.title())).append("</caption><thead><tr>");
        chart.headers().forEach(h -> html.append("<th scope=\"col\">").append(Svg.esc(h)).append("</th>"));
        html.append("</tr></thead><tbody>");
        for (List<String> row : chart.rows()) {
            html.append("<tr>");
            row.forEach(v -> html.append("<td>").append(Svg.esc(v)).append("</td>"));
            html.append("</tr>");
        }
        return html.append("</tbody></table></figure>").toString();
    }

    /** The three charts with data and without, as one patient page might hold several of them. */
    static List<Chart> allCharts(ChartText text) {
        return List.of(
                AdherenceHeatMap.render(Samples.days(Samples.realistic()), 3, TODAY, text, "adherence"),
                AdherenceHeatMap.render(List.of(), null, TODAY, text, "adherence-empty"),
                PainChart.render(Samples.realistic(), TODAY, text, "pain"),
                PainChart.render(List.of(), TODAY, text, "pain-empty"),
                StageTimeline.render(Stage.pregnancy(TODAY.plusWeeks(20)), TODAY, Optional.of(TODAY.plusDays(10)), text,
                        "timeline"),
                StageTimeline.render(Stage.postpartum(TODAY.minusWeeks(5), DeliveryMode.VAGINAL), TODAY, Optional.empty(),
                        text, "timeline-after"));
    }
}
