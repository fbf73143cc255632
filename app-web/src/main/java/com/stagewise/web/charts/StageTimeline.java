package com.stagewise.web.charts;

import static com.stagewise.web.charts.Svg.n;

import com.stagewise.domain.programme.Programme;
import com.stagewise.domain.programme.ProgrammeStatus;
import com.stagewise.domain.stage.GestationalAge;
import com.stagewise.domain.stage.PostpartumAge;
import com.stagewise.domain.stage.Stage;
import com.stagewise.domain.stage.StageRuleNumbers;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The stage as a line of weeks: in pregnancy 0+0 to the due date at 40+0, after birth 0 to
 * {@value #POSTPARTUM_WEEKS} weeks (longer when today or the review date lie beyond). The weeks at which the
 * stage rules change are marked and labelled below the bar; today, the review date and the due date above it.
 */
public final class StageTimeline {

    public static final int POSTPARTUM_WEEKS = 16;
    private static final double WIDTH = 600, LEFT = 16, RIGHT = 16, BAR_H = 18, LEVEL = 14, TEXT_GAP = 4, MARGIN = 4;

    /** A week at which a rule changes, and the key of what changes. */
    private record Boundary(int days, String key) {
    }

    private static final List<Boundary> PREGNANCY = List.of(
            new Boundary(StageRuleNumbers.PRONE_BLOCKED_FROM.totalDays(), "chart.timeline.rule.prone"),
            new Boundary(StageRuleNumbers.SUPINE_CAUTION_FROM.totalDays(), "chart.timeline.rule.supine"),
            new Boundary(StageRuleNumbers.PLACENTA_PRAEVIA_ABSOLUTE_FROM.totalDays(), "chart.timeline.rule.praevia"),
            new Boundary(StageRuleNumbers.BALANCE_CAUTION_FROM.totalDays(), "chart.timeline.rule.balance"));
    private static final List<Boundary> AFTER_BIRTH = List.of(
            new Boundary(StageRuleNumbers.EARLY_RECOVERY_UNTIL.totalDays(), "chart.timeline.rule.check"),
            new Boundary(StageRuleNumbers.FULL_LOAD_FROM.totalDays(), "chart.timeline.rule.impact"));

    /** A label placed at some height: {@code level} 0 is next to the bar. */
    private record Label(String kind, double x, String anchor, String text, boolean bold, double from, double to, int level,
            boolean shifted) {
    }

    private StageTimeline() {
    }

    /**
     * @param reviewDate when the programme's verdicts next change (see {@link #reviewDate}), if any
     * @param idPrefix   makes the ids unique on the page, e.g. "timeline"
     */
    public static Chart render(Stage stage, LocalDate today, Optional<LocalDate> reviewDate, ChartText text,
            String idPrefix) {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(reviewDate, "reviewDate");
        String prefix = Svg.prefix(idPrefix);
        boolean pregnant = stage instanceof Stage.Pregnancy;
        LocalDate zero = stage instanceof Stage.Pregnancy p
                ? p.dueDate().minusDays(StageRuleNumbers.FULL_TERM_DAYS)
                : ((Stage.Postpartum) stage).deliveryDate();
        List<Boundary> boundaries = pregnant ? PREGNANCY : AFTER_BIRTH;
        int todayDays = (int) Math.max(0, ChronoUnit.DAYS.between(zero, today));
        Optional<Integer> reviewDays = reviewDate.map(d -> (int) Math.max(0, ChronoUnit.DAYS.between(zero, d)));
        int normalEnd = pregnant ? StageRuleNumbers.FULL_TERM_DAYS : POSTPARTUM_WEEKS * 7;
        int furthest = Math.max(normalEnd, Math.max(todayDays, reviewDays.orElse(0)));
        int endWeeks = (furthest + 6) / 7 + (furthest > normalEnd ? 1 : 0);
        double plotW = WIDTH - LEFT - RIGHT, perDay = plotW / (endWeeks * 7.0);

        String age = age(pregnant, todayDays);
        String title = text.text(pregnant ? "chart.timeline.title.pregnant" : "chart.timeline.title.after-birth");
        List<String> sentences = new ArrayList<>();
        if (pregnant) {
            LocalDate due = ((Stage.Pregnancy) stage).dueDate();
            sentences.add(text.text("chart.timeline.desc.pregnant", age, GestationalAge.on(due, today).trimester(),
                    due.toString()));
        } else {
            sentences.add(text.text("chart.timeline.desc.after-birth", age, zero.toString()));
        }
        boundaries.stream().filter(b -> b.days() > todayDays).findFirst().ifPresentOrElse(
                b -> sentences.add(text.text("chart.timeline.desc.next", age(pregnant, b.days()),
                        zero.plusDays(b.days()).toString(), text.text(b.key()))),
                () -> sentences.add(text.text("chart.timeline.desc.no-next")));
        sentences.add(reviewDate.map(d -> text.text("chart.timeline.desc.review", d.toString()))
                .orElseGet(() -> text.text("chart.timeline.desc.no-review")));
        String summary = String.join(" ", sentences);

        // labels above the bar: today, review, due date (or birth)
        List<Wanted> marks = new ArrayList<>();
        marks.add(new Wanted("today", x(todayDays, perDay), text.text("chart.timeline.today", age), true));
        reviewDays.ifPresent(days -> marks.add(new Wanted("review", x(days, perDay),
                text.text("chart.timeline.review", reviewDate.get().toString()), true)));
        if (pregnant) {
            marks.add(new Wanted("due", x(normalEnd, perDay), text.text("chart.timeline.due",
                    ((Stage.Pregnancy) stage).dueDate().toString()), false));
        } else {
            marks.add(new Wanted("birth", x(0, perDay), text.text("chart.timeline.birth", zero.toString()), false));
        }
        List<Label> above = layout(marks, plotW);
        // labels below: the rule boundaries
        List<Label> below = layout(boundaries.stream().map(b -> new Wanted("rule", x(b.days(), perDay),
                text.text("chart.timeline.rule-at", age(pregnant, b.days()), text.text(b.key())), false)).toList(), plotW);
        int aboveLevels = above.stream().mapToInt(Label::level).max().orElse(0) + 1;
        int belowLevels = below.stream().mapToInt(Label::level).max().orElse(0) + 1;
        double barTop = aboveLevels * LEVEL + 14, barBottom = barTop + BAR_H;
        double weeksY = barBottom + 13, belowTop = weeksY + 8;
        double height = belowTop + belowLevels * LEVEL + 6;

        StringBuilder svg = Svg.open(prefix, WIDTH, height, title, summary);
        // phases of the bar, alternately shaded and named
        List<int[]> phases = new ArrayList<>();
        int early = StageRuleNumbers.EARLY_RECOVERY_UNTIL.weeks(), full = StageRuleNumbers.FULL_LOAD_FROM.weeks();
        List<String> phaseNames = pregnant
                ? List.of(text.text("chart.timeline.phase.first"), text.text("chart.timeline.phase.second"),
                        text.text("chart.timeline.phase.third"))
                : List.of(text.text("chart.timeline.phase.early", early),
                        text.text("chart.timeline.phase.middle", early, full), text.text("chart.timeline.phase.later", full));
        int[] cuts = pregnant
                ? new int[] {0, StageRuleNumbers.SECOND_TRIMESTER_FROM.totalDays(),
                    StageRuleNumbers.THIRD_TRIMESTER_FROM.totalDays(), endWeeks * 7}
                : new int[] {0, StageRuleNumbers.EARLY_RECOVERY_UNTIL.totalDays(),
                    StageRuleNumbers.FULL_LOAD_FROM.totalDays(), endWeeks * 7};
        for (int i = 0; i < 3; i++) {
            phases.add(new int[] {cuts[i], cuts[i + 1]});
        }
        List<Double> marksX = new ArrayList<>();
        below.forEach(label -> marksX.add(label.x()));
        above.forEach(label -> marksX.add(label.x()));
        for (int i = 0; i < phases.size(); i++) {
            double x0 = x(phases.get(i)[0], perDay), x1 = x(phases.get(i)[1], perDay);
            svg.append("<rect x=\"").append(n(x0)).append("\" y=\"").append(n(barTop)).append("\" width=\"")
                    .append(n(x1 - x0)).append("\" height=\"").append(n(BAR_H)).append("\" fill=\"")
                    .append(i % 2 == 0 ? Svg.WASH : Svg.PAPER).append("\" stroke=\"").append(Svg.MUTED).append("\"/>");
            String name = phaseNames.get(i);
            double[] gap = widestGap(x0, x1, marksX);
            if (Svg.width(name, 10) + 8 < gap[1] - gap[0]) {
                svg.append(Svg.text((gap[0] + gap[1]) / 2, barTop + 13, "middle", 10, Svg.INK, null, name));
            }
        }
        if (pregnant && endWeeks * 7 > normalEnd) { // overdue: the weeks past the due date, hatched by dashes
            svg.append(Svg.line(x(normalEnd, perDay), barTop + BAR_H / 2, x(endWeeks * 7, perDay), barTop + BAR_H / 2,
                    Svg.MUTED, 1, "3 3"));
        }
        // week numbers every 4 weeks
        for (int w = 0; w <= endWeeks; w += 4) {
            double x = x(w * 7, perDay);
            if (below.stream().anyMatch(label -> Math.abs(label.x() - x) < 12)) {
                continue; // the boundary's own label gives the week
            }
            svg.append(Svg.line(x, barBottom, x, barBottom + 3, Svg.MUTED, 1, null));
            svg.append(Svg.text(x, weeksY, "middle", 9, Svg.MUTED, null, Integer.toString(w)));
        }
        // rule boundaries: a heavy mark across the bar, a leader down to the label
        for (Label label : below) {
            double baseline = belowTop + (label.level() + 1) * LEVEL - 3;
            svg.append("<g class=\"rule\">");
            svg.append(Svg.line(label.x(), barTop - 3, label.x(), barBottom + 3, Svg.INK, 2, null));
            svg.append(Svg.line(label.x(), barBottom + 3, label.x(), label.shifted() ? baseline - 11 : baseline + 2,
                    Svg.INK, 0.75, "2 2"));
            svg.append(labelText(label, baseline, 10));
            svg.append("</g>");
        }
        // review (diamond, dashed line), today (triangle, solid line), due date or birth (plain mark)
        for (Label label : above) {
            double baseline = barTop - 14 - label.level() * LEVEL;
            boolean isToday = label.kind().equals("today"), isReview = label.kind().equals("review");
            if (label.level() > 0) {
                svg.append(Svg.line(label.x(), label.shifted() ? baseline + 3 : baseline - 9, label.x(), barTop - 10,
                        Svg.INK, 0.75, null));
            }
            if (isReview) {
                double x = label.x(), y = barTop + BAR_H / 2;
                svg.append(Svg.line(x, barTop - 10, x, barBottom, Svg.INK, 1.5, "3 2"));
                svg.append("<path class=\"review\" d=\"M" + n(x) + " " + n(y - 7) + "l6 7l-6 7l-6 -7z\" fill=\""
                        + Svg.PAPER + "\" stroke=\"" + Svg.INK + "\" stroke-width=\"1.5\"/>");
            } else if (isToday) {
                double x = label.x();
                svg.append(Svg.line(x, barTop - 4, x, barBottom + 2, Svg.INK, 2.5, null));
                svg.append("<path class=\"today\" d=\"M" + n(x - 6) + " " + n(barTop - 10) + "h12l-6 8z\" fill=\""
                        + Svg.INK + "\"/>");
            } else {
                svg.append(Svg.line(label.x(), barTop - 10, label.x(), barBottom, Svg.INK, 1, null));
            }
            svg.append(labelText(label, baseline, 10));
        }
        svg.append("</svg>");

        List<List<String>> rows = new ArrayList<>();
        List<Object[]> events = new ArrayList<>();
        events.add(new Object[] {0, text.text(pregnant ? "chart.timeline.event.start" : "chart.timeline.event.birth")});
        boundaries.forEach(b -> events.add(new Object[] {b.days(), text.text(b.key())}));
        events.add(new Object[] {todayDays, text.text("chart.timeline.event.today")});
        reviewDays.ifPresent(days -> events.add(new Object[] {days, text.text("chart.timeline.event.review")}));
        if (pregnant) {
            events.add(new Object[] {normalEnd, text.text("chart.timeline.event.due")});
        }
        events.stream().sorted(Comparator.comparingInt(e -> (int) e[0])).forEach(e -> rows.add(List.of(
                age(pregnant, (int) e[0]), zero.plusDays((int) e[0]).toString(), (String) e[1])));
        return new Chart(svg.toString(), title, summary, List.of(text.text("chart.timeline.col.weeks"),
                text.text("chart.timeline.col.date"), text.text("chart.timeline.col.what")), rows);
    }

    /** The earliest review date among the patient's programmes that are not archived. */
    public static Optional<LocalDate> reviewDate(Collection<Programme> programmes) {
        return programmes.stream().filter(p -> p.status() != ProgrammeStatus.ARCHIVED)
                .flatMap(p -> p.reviewDate().stream()).min(Comparator.naturalOrder());
    }

    private static String age(boolean pregnant, int days) {
        return pregnant ? new GestationalAge(days).toString() : new PostpartumAge(days).toString();
    }

    private static double x(int days, double perDay) {
        return LEFT + days * perDay;
    }

    /** A label still to be placed. */
    private record Wanted(String kind, double x, String text, boolean bold) {
    }

    /**
     * Places the labels on levels away from the bar, each running right or left from its mark, choosing among all
     * the ways (at most 2^4) the one where no label sticks out of the picture, no leader crosses a label nearer the
     * bar, and as few levels as possible are used.
     */
    private static List<Label> layout(List<Wanted> wanted, double plotW) {
        List<Label> best = List.of();
        double bestCost = Double.MAX_VALUE;
        for (List<Integer> order : orders(wanted.size())) {
            for (int mask = 0; mask < 1 << wanted.size(); mask++) {
                Label[] placed = new Label[wanted.size()];
                double cost = 0;
                for (int i : order) {
                    Wanted w = wanted.get(i);
                    boolean preferStart = w.x() < LEFT + plotW / 2;
                    boolean start = ((mask >> i) & 1) == 0 ? preferStart : !preferStart;
                    cost += start == preferStart ? 0 : 1;
                    double width = Svg.width(w.text(), 10) * (w.bold() ? 1.08 : 1);
                    double from = start ? w.x() + TEXT_GAP : w.x() - TEXT_GAP - width, to = from + width;
                    boolean shifted = from < MARGIN || to > WIDTH - MARGIN;
                    if (shifted) { // slide it inside the picture; the leader then meets its edge, not its side
                        double by = from < MARGIN ? MARGIN - from : WIDTH - MARGIN - to;
                        from += by;
                        to += by;
                        cost += 5;
                    }
                    int level = 0;
                    while (overlaps(placed, level, from, to)) {
                        level++;
                    }
                    placed[i] = new Label(w.kind(), w.x(), start ? "start" : "end", w.text(), w.bold(), from, to, level,
                            shifted);
                }
                int maxLevel = 0;
                for (Label a : placed) {
                    maxLevel = Math.max(maxLevel, a.level());
                    cost += a.level();
                    for (Label b : placed) {
                        if (b != a && b.level() < a.level() && b.from() - 1 < a.x() && a.x() < b.to() + 1) {
                            cost += 100; // a's leader would run through b
                        }
                    }
                }
                cost += 10 * maxLevel;
                if (cost < bestCost) {
                    bestCost = cost;
                    best = List.of(placed);
                }
            }
        }
        return best;
    }

    private static String labelText(Label label, double baseline, double size) {
        String weight = label.bold() ? "bold" : null;
        if (label.shifted()) {
            return Svg.text(label.from(), baseline, "start", size, Svg.INK, weight, label.text());
        }
        double dx = label.anchor().equals("end") ? -TEXT_GAP : TEXT_GAP;
        return Svg.text(label.x() + dx, baseline, label.anchor(), size, Svg.INK, weight, label.text());
    }

    /** The widest stretch of [x0, x1] that keeps 8 units clear of every mark. */
    private static double[] widestGap(double x0, double x1, List<Double> marks) {
        List<Double> edges = new ArrayList<>(List.of(x0));
        marks.stream().filter(m -> m > x0 - 8 && m < x1 + 8).sorted().forEach(m -> {
            edges.add(m - 8);
            edges.add(m + 8);
        });
        edges.add(x1);
        double[] best = {x0, x0};
        for (int i = 0; i + 1 < edges.size(); i += 2) {
            double from = Math.max(x0, edges.get(i)), to = Math.min(x1, edges.get(i + 1));
            if (to - from > best[1] - best[0]) {
                best = new double[] {from, to};
            }
        }
        return best;
    }

    /** Every order of 0..n-1 (n is at most 4 here). */
    private static List<List<Integer>> orders(int n) {
        List<List<Integer>> out = new ArrayList<>();
        if (n == 0) {
            out.add(List.of());
            return out;
        }
        for (List<Integer> shorter : orders(n - 1)) {
            for (int at = 0; at <= shorter.size(); at++) {
                List<Integer> longer = new ArrayList<>(shorter);
                longer.add(at, n - 1);
                out.add(longer);
            }
        }
        return out;
    }

    private static boolean overlaps(Label[] placed, int level, double from, double to) {
        for (Label other : placed) {
            if (other != null && other.level() == level && other.from() < to + 8 && from < other.to() + 8) {
                return true;
            }
        }
        return false;
    }
}
