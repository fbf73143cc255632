package com.stagewise.web.charts;

import static com.stagewise.web.charts.Samples.TODAY;

import com.stagewise.domain.stage.DeliveryMode;
import com.stagewise.domain.stage.GestationalAge;
import com.stagewise.domain.stage.Stage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Not a test: writes sample charts to a folder as SVG files, plus an HTML page holding them inline with the
 * app's stylesheets (in colour and in grey), so a person can look at them. Run with the test class path:
 * {@code java -cp app-web/target/classes:app-web/target/test-classes:... com.stagewise.web.charts.ChartGallery /tmp/charts}.
 */
public final class ChartGallery {

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "/tmp/charts");
        Files.createDirectories(dir);
        EnglishText en = new EnglishText();
        LocalDate due = TODAY.plusDays(280 - GestationalAge.of(15, 5).totalDays());
        Map<String, Chart> charts = new LinkedHashMap<>();
        charts.put("adherence", AdherenceHeatMap.render(Samples.days(Samples.realistic()), 3, TODAY, en, "adherence"));
        charts.put("adherence-empty", AdherenceHeatMap.render(List.of(), null, TODAY, en, "adherence-empty"));
        charts.put("adherence-de", AdherenceHeatMap.render(Samples.days(Samples.realistic()), 5, TODAY,
                new EnglishText(Locale.GERMAN), "adherence-de"));
        charts.put("pain", PainChart.render(Samples.realistic(), TODAY, en, "pain"));
        charts.put("pain-empty", PainChart.render(List.of(), TODAY, en, "pain-empty"));
        charts.put("pain-high-today", PainChart.render(List.of(Samples.session(TODAY.minusDays(3), 4),
                Samples.session(TODAY, 7)), TODAY, en, "pain-high"));
        charts.put("timeline-pregnant", StageTimeline.render(Stage.pregnancy(due), TODAY,
                Optional.of(GestationalAge.of(16, 0).dateFor(due)), en, "timeline"));
        charts.put("timeline-pregnant-late", StageTimeline.render(Stage.pregnancy(TODAY.plusDays(12)), TODAY,
                Optional.of(TODAY.plusDays(12)), en, "timeline-late"));
        charts.put("timeline-overdue-de", StageTimeline.render(Stage.pregnancy(TODAY.minusDays(10)), TODAY,
                Optional.empty(), new EnglishText(Locale.GERMAN), "timeline-over"));
        charts.put("timeline-after", StageTimeline.render(Stage.postpartum(TODAY.minusDays(8 * 7 + 2),
                DeliveryMode.CAESAREAN), TODAY, Optional.of(TODAY.minusDays(8 * 7 + 2).plusWeeks(12)), en, "timeline-after"));
        charts.put("timeline-after-de", StageTimeline.render(Stage.postpartum(TODAY.minusDays(9),
                DeliveryMode.VAGINAL), TODAY, Optional.of(TODAY.minusDays(9).plusWeeks(6)), new EnglishText(Locale.GERMAN),
                "timeline-after-de"));
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>Charts</title><link rel=\"stylesheet\" href=\"app.css\"><link rel=\"stylesheet\" href=\"charts.css\">"
                + "</head><body><main>");
        for (Map.Entry<String, Chart> entry : charts.entrySet()) {
            Files.writeString(dir.resolve(entry.getKey() + ".svg"), entry.getValue().svg());
            html.append(ChartMarkupTest.figure(entry.getValue())).append("<p>").append(Svg.esc(entry.getValue().summary()))
                    .append("</p>\n");
        }
        Files.writeString(dir.resolve("page.html"), html.append("</main></body></html>").toString());
    }
}
