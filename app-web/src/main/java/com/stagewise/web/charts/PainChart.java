package com.stagewise.web.charts;

import static com.stagewise.web.charts.Svg.n;

import com.stagewise.domain.programme.ExerciseSession;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Pain (0–10) after each session over the same {@value AdherenceHeatMap#WEEKS} weeks as the calendar: gridlines
 * at 0, 5 and 10, the high-pain line at {@value ExerciseSession#HIGH_PAIN} over a hatched band, a point per
 * session (a square at high pain, so it shows without colour) joined by a line, and the last score written.
 */
public final class PainChart {

    static final double WIDTH = 560, LEFT = 34, RIGHT = 92, TOP = 26, PLOT_H = 150, BOTTOM = 30;
    private static final int MAX = ExerciseSession.PAIN_MAX, HIGH = ExerciseSession.HIGH_PAIN;

    private PainChart() {
    }

    /** Sessions outside the weeks shown, or after today, are left out. */
    public static Chart render(Collection<ExerciseSession> sessions, LocalDate today, ChartText text, String idPrefix) {
        Objects.requireNonNull(today, "today");
        String prefix = Svg.prefix(idPrefix);
        LocalDate start = AdherenceHeatMap.firstMonday(today);
        List<ExerciseSession> shown = sessions.stream()
                .filter(s -> !s.loggedOn().isBefore(start) && !s.loggedOn().isAfter(today))
                .sorted(Comparator.comparing(ExerciseSession::loggedOn).thenComparing(ExerciseSession::loggedAt,
                        Comparator.nullsFirst(Comparator.naturalOrder())).thenComparingLong(ExerciseSession::id))
                .toList();

        String title = text.text("chart.pain.title", AdherenceHeatMap.WEEKS);
        String summary;
        if (shown.isEmpty()) {
            summary = text.text("chart.pain.desc.none", AdherenceHeatMap.WEEKS);
        } else {
            int min = shown.stream().mapToInt(ExerciseSession::pain).min().orElseThrow();
            int max = shown.stream().mapToInt(ExerciseSession::pain).max().orElseThrow();
            long high = shown.stream().filter(s -> s.pain() >= HIGH).count();
            ExerciseSession last = shown.get(shown.size() - 1);
            summary = text.text("chart.pain.desc", min, max, shown.size(), AdherenceHeatMap.WEEKS, last.pain(),
                    last.loggedOn().toString(), high, HIGH);
        }

        double plotW = WIDTH - LEFT - RIGHT, bottom = TOP + PLOT_H, height = bottom + BOTTOM;
        long days = ChronoUnit.DAYS.between(start, today) + 1;
        double perDay = plotW / days;
        StringBuilder svg = Svg.open(prefix, WIDTH, height, title, summary);
        String hatch = prefix + "-high";
        svg.append("<defs><pattern id=\"").append(hatch).append("\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" ")
                .append("patternTransform=\"rotate(45)\"><path d=\"M0 0V6\" stroke=\"").append(Svg.ALERT)
                .append("\" stroke-width=\"1\" stroke-opacity=\".35\"/></pattern></defs>");
        // axis name, high-pain band and line, gridlines
        svg.append(Svg.text(LEFT - 26, TOP - 12, "start", 10, Svg.INK, "bold", text.text("chart.pain.axis")));
        svg.append("<rect x=\"").append(n(LEFT)).append("\" y=\"").append(n(y(MAX))).append("\" width=\"").append(n(plotW))
                .append("\" height=\"").append(n(y(HIGH) - y(MAX))).append("\" fill=\"url(#").append(hatch).append(")\"/>");
        for (int p : new int[] {0, 5, 10}) {
            svg.append(Svg.line(LEFT, y(p), LEFT + plotW, y(p), p == 0 ? Svg.INK : Svg.GRID, 1, null));
            svg.append(Svg.text(LEFT - 6, y(p) + 4, "end", 10, Svg.INK, null, Integer.toString(p)));
        }
        svg.append(Svg.line(LEFT, y(HIGH), LEFT + plotW, y(HIGH), Svg.ALERT, 1.5, "6 4"));
        svg.append(Svg.text(LEFT + plotW + 6, y(HIGH) + 4, "start", 10, Svg.ALERT, "bold", text.text("chart.pain.high", HIGH)));
        // weeks along the bottom: a tick each Monday, a date every other one
        DateTimeFormatter dayMonth = DateTimeFormatter.ofPattern(text.text("chart.date.short"), text.locale());
        for (int w = 0; w < AdherenceHeatMap.WEEKS; w++) {
            double x = LEFT + w * 7 * perDay;
            svg.append(Svg.line(x, bottom, x, bottom + 4, Svg.INK, 1, null));
            if (w % 2 == 0) {
                svg.append(Svg.text(x, bottom + 16, "middle", 10, Svg.INK, null, dayMonth.format(start.plusWeeks(w))));
            }
        }
        svg.append(Svg.line(LEFT + plotW, bottom, LEFT + plotW, bottom + 4, Svg.INK, 1, null));
        svg.append(Svg.text(LEFT + plotW, bottom + 16, "middle", 10, Svg.INK, "bold", dayMonth.format(today)));

        if (shown.isEmpty()) {
            svg.append(Svg.text(LEFT + plotW / 2, y(5) - 6, "middle", 12, Svg.MUTED, null, text.text("chart.pain.empty")));
        } else {
            List<double[]> points = new ArrayList<>();
            for (ExerciseSession s : shown) {
                points.add(new double[] {LEFT + (ChronoUnit.DAYS.between(start, s.loggedOn()) + 0.5) * perDay, y(s.pain()),
                    s.pain()});
            }
            if (points.size() > 1) {
                svg.append("<polyline fill=\"none\" stroke=\"").append(Svg.LINE)
                        .append("\" stroke-width=\"2\" stroke-linejoin=\"round\" points=\"");
                for (int i = 0; i < points.size(); i++) {
                    svg.append(i == 0 ? "" : " ").append(n(points.get(i)[0])).append(',').append(n(points.get(i)[1]));
                }
                svg.append("\"/>");
            }
            for (double[] p : points) {
                svg.append(p[2] >= HIGH
                        ? "<rect class=\"point high\" x=\"" + n(p[0] - 4) + "\" y=\"" + n(p[1] - 4)
                                + "\" width=\"8\" height=\"8\" fill=\"" + Svg.ALERT + "\" stroke=\"" + Svg.PAPER + "\"/>"
                        : "<circle class=\"point\" cx=\"" + n(p[0]) + "\" cy=\"" + n(p[1]) + "\" r=\"4\" fill=\"" + Svg.DARK
                                + "\" stroke=\"" + Svg.PAPER + "\"/>");
            }
            double[] last = points.get(points.size() - 1);
            String label = text.text("chart.pain.value", (int) last[2]);
            // the last score, just right of its point, clear of the high-pain label in the margin
            double labelY = last[1] + 4;
            if (last[0] > LEFT + plotW - 12 && Math.abs(labelY - (y(HIGH) + 4)) < 13) {
                labelY = last[2] >= HIGH ? y(HIGH) - 10 : y(HIGH) + 17;
            }
            svg.append(Svg.text(last[0] + 7, labelY, "start", 10, Svg.INK, "bold", label));
        }
        svg.append("</svg>");

        List<List<String>> rows = shown.stream().map(s -> List.of(s.loggedOn().toString(),
                text.text("chart.pain.value", s.pain()))).toList();
        return new Chart(svg.toString(), title, summary,
                List.of(text.text("chart.pain.col.day"), text.text("chart.pain.col.pain")), rows);
    }

    /** The height of pain {@code p} in the picture: 10 at the top, 0 at the bottom. */
    static double y(int p) {
        return TOP + (MAX - p) * PLOT_H / MAX;
    }
}
