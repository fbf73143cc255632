package com.stagewise.web.charts;

import static com.stagewise.web.charts.Samples.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.stagewise.domain.programme.Programme;
import com.stagewise.domain.programme.ProgrammeStatus;
import com.stagewise.domain.stage.DeliveryMode;
import com.stagewise.domain.stage.GestationalAge;
import com.stagewise.domain.stage.Stage;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class StageTimelineTest {

    /** Due so that TODAY is 15+5. */
    private static final LocalDate DUE = TODAY.plusDays(280 - GestationalAge.of(15, 5).totalDays());

    @Test
    void in_pregnancy_today_lies_between_the_rule_boundaries_either_side_of_it() {
        Element svg = ChartXml.parse(pregnant(Optional.empty()).svg());

        List<Double> rules = ruleXs(svg);
        double today = todayX(svg);
        assertThat(rules).hasSize(4).isSorted();
        assertThat(today).isGreaterThan(rules.get(0)).isLessThan(rules.get(1));
        assertThat(ChartXml.texts(svg)).contains("14+0: no lying on the front", "16+0: short bouts on the back only, no curl-ups",
                "26+0: placenta praevia counts as absolute", "28+0: 3rd trimester, balance care", "Today 15+5",
                "Due " + DUE);
    }

    @Test
    void the_review_date_is_marked_where_it_falls() {
        LocalDate review = GestationalAge.of(16, 0).dateFor(DUE);

        Element svg = ChartXml.parse(pregnant(Optional.of(review)).svg());

        Element diamond = ChartXml.withClass(svg, "path", "review").get(0);
        assertThat(ChartXml.pathStartX(diamond)).isCloseTo(ruleXs(svg).get(1), within(0.11));
        assertThat(ChartXml.texts(svg)).contains("Review " + review);
    }

    @Test
    void the_text_alternative_names_the_stage_the_next_change_and_the_review() {
        LocalDate review = GestationalAge.of(16, 0).dateFor(DUE);

        Chart chart = pregnant(Optional.of(review));

        assertThat(chart.summary()).isEqualTo("Today 15+5 weeks pregnant, trimester 2; due " + DUE + ". The rules next "
                + "change at 16+0 weeks, on " + review + ": short bouts on the back only, no curl-ups. Review by " + review + ".");
        assertThat(chart.rows()).extracting(row -> row.get(0))
                .containsExactly("0+0", "14+0", "15+5", "16+0", "16+0", "26+0", "28+0", "40+0");
    }

    @Test
    void after_birth_the_line_runs_16_weeks_with_6_and_12_weeks_marked() {
        LocalDate delivered = TODAY.minusDays(8 * 7 + 2);

        Chart chart = StageTimeline.render(Stage.postpartum(delivered, DeliveryMode.CAESAREAN), TODAY, Optional.empty(),
                new EnglishText(), "timeline");
        Element svg = ChartXml.parse(chart.svg());

        List<Double> rules = ruleXs(svg);
        assertThat(rules).hasSize(2);
        assertThat(todayX(svg)).isGreaterThan(rules.get(0)).isLessThan(rules.get(1));
        assertThat(ChartXml.texts(svg)).contains("6+0: moderate work after the postnatal check", "Today 8+2", "16",
                "Birth " + delivered);
        assertThat(ChartXml.withClass(svg, "path", "review")).isEmpty();
        assertThat(chart.summary()).contains("Today 8+2 weeks after the birth", "12+0 weeks", "No review date set.");
    }

    @Test
    void past_the_due_date_the_line_goes_on_to_today_and_stays_inside_the_picture() {
        Chart chart = StageTimeline.render(Stage.pregnancy(TODAY.minusDays(10)), TODAY, Optional.empty(), new EnglishText(),
                "timeline");
        Element svg = ChartXml.parse(chart.svg());

        double width = Double.parseDouble(svg.getAttribute("viewBox").split(" ")[2]);
        assertThat(todayX(svg)).isGreaterThan(ruleXs(svg).get(3)).isLessThan(width);
        assertThat(chart.summary()).contains("Today 41+3 weeks pregnant", "No further rule change");
    }

    @Test
    void a_day_before_the_recorded_birth_puts_today_at_the_start_rather_than_failing() {
        Chart chart = StageTimeline.render(Stage.postpartum(TODAY.plusDays(1), DeliveryMode.VAGINAL), TODAY, Optional.empty(),
                new EnglishText(), "timeline");

        assertThat(chart.summary()).startsWith("Today 0+0 weeks after the birth");
        assertThat(chart.svg()).doesNotContain("NaN", "Infinity");
    }

    @Test
    void the_review_date_is_the_earliest_of_the_programmes_still_in_use() {
        Programme a = withReview(ProgrammeStatus.ACTIVE, TODAY.plusDays(9));
        Programme b = withReview(ProgrammeStatus.DRAFT, TODAY.plusDays(4));
        Programme archived = withReview(ProgrammeStatus.ARCHIVED, TODAY.plusDays(1));

        assertThat(StageTimeline.reviewDate(List.of(a, b, archived))).contains(TODAY.plusDays(4));
        assertThat(StageTimeline.reviewDate(List.of(archived))).isEmpty();
    }

    private static Programme withReview(ProgrammeStatus status, LocalDate review) {
        Programme p = AdherenceHeatMapTest.programme(status, 3);
        return new Programme(p.id(), p.clinicId(), p.patientId(), p.title(), p.status(), p.version(), p.items(), p.verdict(),
                Optional.of(review), p.updatedAt(), p.updatedBy(), p.issuedAt(), p.issuedVerdict());
    }

    private static Chart pregnant(Optional<LocalDate> review) {
        return StageTimeline.render(Stage.pregnancy(DUE), TODAY, review, new EnglishText(), "timeline");
    }

    private static List<Double> ruleXs(Element svg) {
        return ChartXml.withClass(svg, "g", "rule").stream()
                .map(g -> ChartXml.pathStartX(ChartXml.elements(g, "path").get(0))).toList();
    }

    private static double todayX(Element svg) {
        return ChartXml.pathStartX(ChartXml.withClass(svg, "path", "today").get(0)) + 6;
    }
}
