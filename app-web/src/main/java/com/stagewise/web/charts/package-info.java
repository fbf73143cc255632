/**
 * Progress charts for the patient page, drawn on the server as small inline SVG: no script, no style attribute
 * (the content security policy allows neither), presentation attributes only, text in {@code currentColor} so it
 * prints black, and shades, shapes, numbers and labels that still read in black-and-white print.
 *
 * <ul>
 *   <li>{@link com.stagewise.web.charts.AdherenceHeatMap}: sessions per day over the last 12 weeks against the
 *       prescribed days per week;</li>
 *   <li>{@link com.stagewise.web.charts.PainChart}: pain 0–10 after each session over the same weeks;</li>
 *   <li>{@link com.stagewise.web.charts.StageTimeline}: the weeks of pregnancy or since the birth, with the rule
 *       boundaries, today, the review date and the due date.</li>
 * </ul>
 *
 * <p>Each returns a {@link com.stagewise.web.charts.Chart}: the SVG (role="img", labelled by its own
 * {@code <title>} and {@code <desc>}, ids prefixed by the caller so several charts share a page), the same title and
 * text alternative as strings, and the figures as table headers and rows for a visually hidden table. Every visible
 * string comes from a message key ({@code chart.*}) through {@link com.stagewise.web.charts.ChartText}.
 */
package com.stagewise.web.charts;
