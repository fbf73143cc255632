package com.stagewise.web.charts;

import static com.stagewise.web.charts.Samples.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import com.stagewise.domain.catalogue.Dose;
import com.stagewise.domain.programme.Programme;
import com.stagewise.domain.programme.ProgrammeItem;
import com.stagewise.domain.programme.ProgrammeStatus;
import com.stagewise.domain.rules.Verdict;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class AdherenceHeatMapTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 16), LAST_MONDAY = MONDAY.minusWeeks(1);

    @Test
    void the_calendar_has_a_cell_for_each_of_the_84_days() {
        Element svg = ChartXml.parse(render(List.of(), 5).svg());

        assertThat(ChartXml.withClass(svg, "rect", "day")).hasSize(84);
    }

    @Test
    void each_day_is_shaded_by_the_number_of_sessions_logged_that_day() {
        List<LocalDate> days = List.of(MONDAY, MONDAY.plusDays(2), MONDAY.plusDays(2), MONDAY.plusDays(3),
                MONDAY.plusDays(3), MONDAY.plusDays(3));

        Element svg = ChartXml.parse(render(days, 5).svg());

        assertThat(cells(svg, "n1")).hasSize(1);
        assertThat(cells(svg, "n2")).hasSize(2);
        assertThat(cells(svg, "future")).as("Saturday and Sunday are still to come").hasSize(2);
        assertThat(cells(svg, "n0")).hasSize(84 - 1 - 2 - 2);
        assertThat(ChartXml.texts(svg)).as("the count is written in, not only shaded").contains("2", "3");
    }

    @Test
    void the_days_with_a_session_are_written_under_each_week_and_ticked_when_they_meet_the_target() {
        List<LocalDate> days = List.of(LAST_MONDAY, LAST_MONDAY.plusDays(2), LAST_MONDAY.plusDays(4), MONDAY);

        Chart chart = render(days, 3);
        Element svg = ChartXml.parse(chart.svg());

        assertThat(ChartXml.texts(svg)).containsSubsequence("0/3", "3/3", "1/3");
        long ticks = ChartXml.elements(svg, "path").stream().filter(p -> p.getAttribute("d").contains("l3 3.5l6 -7")).count();
        assertThat(ticks).as("one week ticked, plus the tick in the legend").isEqualTo(2);
        assertThat(chart.summary()).contains("Target 3 days a week: met in 1 of the last 11 full weeks",
                "last week 3 of 3 days", "this week so far 1");
    }

    @Test
    void the_text_alternative_counts_the_sessions_and_the_days() {
        List<LocalDate> days = List.of(LAST_MONDAY, LAST_MONDAY, LAST_MONDAY.plusDays(1), MONDAY.minusWeeks(6));

        Chart chart = render(days, 5);

        assertThat(chart.summary()).startsWith("4 sessions logged on 3 days in the last 12 weeks.")
                .contains("last week 2 of 5 days");
        assertThat(ChartXml.elements(ChartXml.parse(chart.svg()), "desc").get(0).getTextContent()).isEqualTo(chart.summary());
    }

    @Test
    void with_no_days_prescribed_the_target_is_every_day() {
        assertThat(render(List.of(MONDAY), null).summary()).contains("Target 7 days a week");
    }

    @Test
    void sessions_before_the_twelve_weeks_or_after_today_are_left_out() {
        LocalDate first = AdherenceHeatMap.firstMonday(TODAY);

        Chart chart = render(List.of(first.minusDays(1), first, TODAY.plusDays(1)), 3);

        assertThat(chart.summary()).startsWith("1 session logged on 1 day");
        assertThat(cells(ChartXml.parse(chart.svg()), "n1")).hasSize(1);
    }

    @Test
    void with_no_sessions_the_text_alternative_says_so_and_every_past_day_is_empty() {
        Chart chart = render(List.of(), 4);
        Element svg = ChartXml.parse(chart.svg());

        assertThat(chart.summary()).isEqualTo("No sessions logged in the last 12 weeks. Target 4 days a week.");
        assertThat(cells(svg, "n0")).hasSize(82);
        assertThat(chart.svg()).doesNotContain("NaN", "Infinity");
    }

    @Test
    void the_table_has_a_row_per_week_newest_first() {
        Chart chart = render(List.of(MONDAY, LAST_MONDAY), 2);

        assertThat(chart.rows()).hasSize(12);
        assertThat(chart.rows().get(0)).containsExactly("2026-11-16", "1", "1", "2", "no");
        assertThat(chart.rows().get(11).get(0)).isEqualTo("2026-08-31");
        assertThat(chart.headers()).hasSize(5);
    }

    @Test
    void the_target_is_the_most_days_an_item_of_an_active_programme_asks_for() {
        Programme active = programme(ProgrammeStatus.ACTIVE, 3, 5, null);
        Programme draft = programme(ProgrammeStatus.DRAFT, 7);

        assertThat(AdherenceHeatMap.prescribedDaysPerWeek(List.of(active, draft))).isEqualTo(5);
        assertThat(AdherenceHeatMap.prescribedDaysPerWeek(List.of(draft))).isNull();
        assertThat(AdherenceHeatMap.prescribedDaysPerWeek(List.of(programme(ProgrammeStatus.ACTIVE, (Integer) null)))).isNull();
    }

    /** The day cells of one kind (the legend's samples are not days). */
    private static List<Element> cells(Element svg, String kind) {
        return ChartXml.withClass(svg, "rect", "day").stream()
                .filter(e -> e.getAttribute("class").endsWith(" " + kind)).toList();
    }

    static Programme programme(ProgrammeStatus status, Integer... daysPerWeek) {
        List<ProgrammeItem> items = java.util.Arrays.stream(daysPerWeek)
                .map(d -> new ProgrammeItem(1, 1, new Dose(2, 10, null, null, false, 1, d), "", "")).toList();
        return new Programme(1, 1, 1, "Programme", status, 1, items, Verdict.ALLOWED, Optional.empty(), Instant.EPOCH,
                "someone", Optional.empty(), Optional.empty());
    }

    private static Chart render(List<LocalDate> days, Integer target) {
        return AdherenceHeatMap.render(days, target, TODAY, new EnglishText(), "adherence");
    }
}
