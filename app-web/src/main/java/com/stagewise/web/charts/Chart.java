package com.stagewise.web.charts;

import java.util.List;
import java.util.Objects;

/**
 * A chart ready for a page: {@code svg} is inline SVG markup (insert it unescaped, {@code th:utext}) whose
 * {@code <title>} and {@code <desc>} carry {@code title} and {@code summary}; {@code headers} and {@code rows}
 * are the same figures as a table, for a visually hidden {@code <table>} that screen readers can walk.
 */
public record Chart(String svg, String title, String summary, List<String> headers, List<List<String>> rows) {

    public Chart {
        Objects.requireNonNull(svg, "svg");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(summary, "summary");
        headers = List.copyOf(headers);
        rows = rows.stream().map(List::copyOf).toList();
    }
}
