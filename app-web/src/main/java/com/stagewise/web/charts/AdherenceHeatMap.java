package com.stagewise.web.charts;

import static com.stagewise.web.charts.Svg.n;

import com.stagewise.domain.programme.Programme;
import com.stagewise.domain.programme.ProgrammeItem;
import com.stagewise.domain.programme.ProgrammeStatus;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A calendar of the last {@value #WEEKS} weeks: one column per week (Monday to Sunday, newest on the right),
 * each day shaded by the sessions logged that day (none, 1, 2 or more, the count written in), and under each
 * column the days with a session against the prescribed days per week, ticked when met.
 */
public final class AdherenceHeatMap {

    public static final int WEEKS = 12;
    private static final double LEFT = 40, TOP = 22, CELL = 18, GAP = 4, PITCH = CELL + GAP, RIGHT = 8;

    private AdherenceHeatMap() {
    }

    /**
     * @param sessionDays  the day of each logged session (one entry per session, so a day can repeat); days
     *                     outside the {@value #WEEKS} weeks are ignored
     * @param daysPerWeek  the prescribed days per week, or null when none is set (then 7)
     * @param idPrefix     makes the ids unique on the page, e.g. "adherence"
     */
    public static Chart render(Collection<LocalDate> sessionDays, Integer daysPerWeek, LocalDate today, ChartText text,
            String idPrefix) {
        Objects.requireNonNull(today, "today");
        String prefix = Svg.prefix(idPrefix);
        int target = daysPerWeek == null ? 7 : Math.max(1, Math.min(7, daysPerWeek));
        LocalDate start = firstMonday(today);
        Map<LocalDate, Integer> perDay = new TreeMap<>();
        for (LocalDate day : sessionDays) {
            if (!day.isBefore(start) && !day.isAfter(today)) {
                perDay.merge(day, 1, Integer::sum);
            }
        }
        int[] days = new int[WEEKS];
        int[] sessions = new int[WEEKS];
        perDay.forEach((day, count) -> {
            int week = (int) (ChronoUnit.DAYS.between(start, day) / 7);
            days[week]++;
            sessions[week] += count;
        });
        int total = perDay.values().stream().mapToInt(Integer::intValue).sum();
        int fullWeeks = WEEKS - 1;
        int met = 0;
        for (int w = 0; w < fullWeeks; w++) {
            met += days[w] >= target ? 1 : 0;
        }

        String title = text.text("chart.adherence.title", WEEKS);
        String summary = total == 0
                ? text.text("chart.adherence.desc.none", WEEKS, target)
                : text.text("chart.adherence.desc", total, perDay.size(), WEEKS, target, met, fullWeeks,
                        days[WEEKS - 2], days[WEEKS - 1]);

        // --- legend first, so the picture is wide enough for it
        String[] legendLabels = {text.text("chart.adherence.legend.none"), text.text("chart.adherence.legend.one"),
            text.text("chart.adherence.legend.more"), text.text("chart.adherence.legend.met", target)};
        double gridRight = LEFT + WEEKS * PITCH - GAP;
        double width = gridRight + RIGHT;
        double gridBottom = TOP + 7 * PITCH - GAP;
        double countY = gridBottom + 14, tickY = gridBottom + 27;
        List<double[]> legendAt = new ArrayList<>();
        double lx = LEFT, ly = tickY + 22;
        for (String label : legendLabels) {
            double w = 14 + 4 + Svg.width(label, 10) + 12;
            if (lx > LEFT && lx + w > width) {
                lx = LEFT;
                ly += 18;
            }
            legendAt.add(new double[] {lx, ly});
            lx += w;
        }
        double height = ly + 10;

        StringBuilder svg = Svg.open(prefix, width, height, title, summary);
        // weekday names
        for (int d = 0; d < 7; d++) {
            String name = DayOfWeek.of(d + 1).getDisplayName(TextStyle.SHORT, text.locale());
            svg.append(Svg.text(LEFT - 6, TOP + d * PITCH + 13, "end", 10, Svg.INK, null, name));
        }
        // month names where a month starts
        DateTimeFormatter month = DateTimeFormatter.ofPattern(text.text("chart.date.month"), text.locale());
        double lastLabelEnd = -1;
        for (int w = 0; w < WEEKS; w++) {
            LocalDate monday = start.plusWeeks(w);
            boolean newMonth = w == 0 || monday.getMonth() != monday.minusWeeks(1).getMonth();
            double x = LEFT + w * PITCH;
            String label = month.format(monday);
            if (newMonth && x > lastLabelEnd + 4 && (w > 0 || !monthStartsWithin(start, 2))) {
                svg.append(Svg.text(x, TOP - 8, "start", 10, Svg.INK, null, label));
                lastLabelEnd = x + Svg.width(label, 10);
            }
        }
        // the 84 days
        for (int w = 0; w < WEEKS; w++) {
            for (int d = 0; d < 7; d++) {
                LocalDate day = start.plusDays(w * 7L + d);
                double x = LEFT + w * PITCH, y = TOP + d * PITCH;
                int count = perDay.getOrDefault(day, 0);
                svg.append(cell(x, y, CELL, day.isAfter(today) ? -1 : count, day.equals(today)));
                if (count >= 2) {
                    svg.append(Svg.text(x + CELL / 2, y + 13, "middle", 10, Svg.PAPER, "bold", Integer.toString(count)));
                }
            }
        }
        // days with a session against the target, per week
        svg.append(Svg.text(LEFT - 6, countY, "end", 9, Svg.MUTED, null, text.text("chart.adherence.row.days")));
        for (int w = 0; w < WEEKS; w++) {
            double cx = LEFT + w * PITCH + CELL / 2;
            boolean reached = days[w] >= target;
            svg.append(Svg.text(cx, countY, "middle", 9, Svg.INK, reached ? "bold" : null,
                    text.text("chart.adherence.of-target", days[w], target)));
            if (reached) {
                svg.append(Svg.tick(cx, tickY - 3, Svg.INK));
            }
        }
        // legend
        for (int i = 0; i < legendLabels.length; i++) {
            double x = legendAt.get(i)[0], y = legendAt.get(i)[1];
            if (i < 3) {
                svg.append(cell(x, y - 10, 14, i == 2 ? 2 : i, false).replace("class=\"day ", "class=\"key "));
            } else {
                svg.append(Svg.tick(x + 7, y - 4, Svg.INK));
            }
            svg.append(Svg.text(x + 18, y + 1, "start", 10, Svg.INK, null, legendLabels[i]));
        }
        svg.append("</svg>");

        List<String> headers = List.of(text.text("chart.adherence.col.week"), text.text("chart.adherence.col.days"),
                text.text("chart.adherence.col.sessions"), text.text("chart.adherence.col.target"),
                text.text("chart.adherence.col.met"));
        List<List<String>> rows = new ArrayList<>();
        for (int w = WEEKS - 1; w >= 0; w--) {
            rows.add(List.of(start.plusWeeks(w).toString(), Integer.toString(days[w]), Integer.toString(sessions[w]),
                    Integer.toString(target), text.text(days[w] >= target ? "chart.yes" : "chart.no")));
        }
        return new Chart(svg.toString(), title, summary, headers, rows);
    }

    /** The days per week the patient's active programmes prescribe (the most any item asks), or null if none says. */
    public static Integer prescribedDaysPerWeek(Collection<Programme> programmes) {
        return programmes.stream().filter(p -> p.status() == ProgrammeStatus.ACTIVE)
                .flatMap(p -> p.items().stream()).map(ProgrammeItem::dose).map(dose -> dose.daysPerWeek())
                .filter(Objects::nonNull).max(Integer::compare).orElse(null);
    }

    /** The Monday of the oldest week shown. */
    public static LocalDate firstMonday(LocalDate today) {
        return today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(WEEKS - 1);
    }

    private static boolean monthStartsWithin(LocalDate start, int weeks) {
        for (int w = 1; w <= weeks; w++) {
            if (start.plusWeeks(w).getMonth() != start.plusWeeks(w - 1).getMonth()) {
                return true;
            }
        }
        return false;
    }

    /** count -1 is a day still to come. */
    private static String cell(double x, double y, double size, int count, boolean today) {
        String kind = count < 0 ? "future" : count == 0 ? "n0" : count == 1 ? "n1" : "n2";
        String fill = count < 0 ? "none" : count == 0 ? Svg.PAPER : count == 1 ? Svg.LIGHT : Svg.DARK;
        String stroke = today ? Svg.INK : count < 0 ? Svg.GRID : count == 0 ? "#8f99a8" : fill;
        return "<rect class=\"day " + kind + "\" x=\"" + n(x + 0.5) + "\" y=\"" + n(y + 0.5) + "\" width=\"" + n(size - 1)
                + "\" height=\"" + n(size - 1) + "\" rx=\"2\" fill=\"" + fill + "\" stroke=\"" + stroke + "\" stroke-width=\""
                + (today ? "2" : "1") + "\"" + (count < 0 ? " stroke-dasharray=\"2 2\"" : "") + "/>";
    }
}
