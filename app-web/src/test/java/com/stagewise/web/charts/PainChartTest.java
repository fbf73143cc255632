package com.stagewise.web.charts;

import static com.stagewise.web.charts.Samples.TODAY;
import static com.stagewise.web.charts.Samples.session;
import static org.assertj.core.api.Assertions.assertThat;

import com.stagewise.domain.programme.ExerciseSession;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class PainChartTest {

    @Test
    void pain_10_is_drawn_above_the_high_pain_line_and_the_line_above_pain_0() {
        Element svg = ChartXml.parse(render(List.of(session(TODAY.minusDays(3), 0), session(TODAY, 10))).svg());

        double zero = ChartXml.number(ChartXml.elements(svg, "circle").get(0), "cy");
        Element high = ChartXml.withClass(svg, "rect", "high").get(0);
        double ten = ChartXml.number(high, "y") + ChartXml.number(high, "height") / 2;
        double seven = highPainLineY(svg);

        assertThat(ten).isLessThan(seven); // screen y grows downwards
        assertThat(seven).isLessThan(zero);
        assertThat(ChartXml.texts(svg)).contains("0", "5", "10", "high pain (7+)");
    }

    @Test
    void high_pain_is_a_square_and_other_pain_a_circle_so_it_reads_without_colour() {
        Element svg = ChartXml.parse(render(List.of(session(TODAY.minusDays(9), 7), session(TODAY.minusDays(5), 6),
                session(TODAY, 9))).svg());

        assertThat(ChartXml.withClass(svg, "rect", "high")).hasSize(2);
        assertThat(ChartXml.withClass(svg, "circle", "point")).hasSize(1);
    }

    @Test
    void later_sessions_are_further_right_and_joined_by_a_line() {
        Element svg = ChartXml.parse(render(List.of(session(TODAY, 2), session(TODAY.minusDays(20), 4),
                session(TODAY.minusDays(40), 5))).svg());

        String[] points = ChartXml.elements(svg, "polyline").get(0).getAttribute("points").split(" ");
        assertThat(points).hasSize(3);
        double first = Double.parseDouble(points[0].split(",")[0]), last = Double.parseDouble(points[2].split(",")[0]);
        assertThat(first).isLessThan(last);
    }

    @Test
    void the_text_alternative_gives_the_range_the_last_score_and_the_high_scores() {
        Chart chart = render(List.of(session(TODAY.minusDays(30), 8), session(TODAY.minusDays(10), 1),
                session(TODAY, 3)));

        assertThat(chart.summary()).isEqualTo("Pain between 1 and 8 out of 10 in 3 sessions over the last 12 weeks; "
                + "last 3/10 on 2026-11-20; 1 session at 7 or more.");
        assertThat(chart.rows()).containsExactly(List.of("2026-10-21", "8/10"), List.of("2026-11-10", "1/10"),
                List.of("2026-11-20", "3/10"));
    }

    @Test
    void the_dates_of_the_weeks_run_along_the_bottom_ending_today() {
        List<String> texts = ChartXml.texts(ChartXml.parse(render(Samples.realistic()).svg()));

        assertThat(texts).containsSubsequence("31 Aug", "14 Sep", "28 Sep", "20 Nov");
    }

    @Test
    void with_no_sessions_it_says_so_and_draws_no_line_or_points() {
        Chart chart = render(List.of(session(TODAY.minusWeeks(20), 5)));
        Element svg = ChartXml.parse(chart.svg());

        assertThat(chart.summary()).isEqualTo("No pain scores logged in the last 12 weeks.");
        assertThat(ChartXml.texts(svg)).contains("No sessions logged yet");
        assertThat(ChartXml.elements(svg, "polyline")).isEmpty();
        assertThat(ChartXml.withClass(svg, "circle", "point")).isEmpty();
        assertThat(chart.rows()).isEmpty();
        assertThat(chart.svg()).doesNotContain("NaN", "Infinity");
    }

    @Test
    void a_single_session_is_a_point_without_a_line() {
        Element svg = ChartXml.parse(render(List.of(session(TODAY.minusDays(2), 4))).svg());

        assertThat(ChartXml.elements(svg, "polyline")).isEmpty();
        assertThat(ChartXml.withClass(svg, "circle", "point")).hasSize(1);
        assertThat(ChartXml.texts(svg)).contains("4/10");
    }

    private static double highPainLineY(Element svg) {
        Element line = ChartXml.elements(svg, "path").stream()
                .filter(p -> p.getAttribute("stroke-dasharray").equals("6 4")).findFirst().orElseThrow();
        return Double.parseDouble(line.getAttribute("d").split("[ L]")[1]);
    }

    private static Chart render(List<ExerciseSession> sessions) {
        return PainChart.render(sessions, TODAY, new EnglishText(), "pain");
    }
}
