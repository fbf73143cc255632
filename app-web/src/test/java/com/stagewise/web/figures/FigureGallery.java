package com.stagewise.web.figures;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Not a test: writes every starter figure (start, end and pair; plain and pregnant) to a folder, plus a contact
 * sheet as one big SVG and as HTML, so a person can look at all of them. Run with the test class path, e.g.
 * {@code java -cp app-web/target/classes:app-web/target/test-classes com.stagewise.web.figures.FigureGallery /tmp/figures}
 * and {@code rsvg-convert /tmp/figures/sheet.svg -o sheet.png}.
 */
public final class FigureGallery {

    private static final int CELL_W = 520, CELL_H = 150;

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "/tmp/figures");
        Files.createDirectories(dir);
        StringBuilder html = new StringBuilder("<!doctype html><html lang=\"en\"><meta charset=\"utf-8\"><title>Starter figures</title>"
                + "<style>body{font:13px sans-serif}figure{display:inline-block;margin:8px;vertical-align:top}"
                + "img{height:130px}</style>\n");
        StringBuilder sheet = new StringBuilder();
        int row = 0;
        for (String slug : StarterFigures.slugs()) {
            for (boolean pregnant : new boolean[] {false, true}) {
                String suffix = pregnant ? "-pregnant" : "";
                String pair = StarterFigures.pairSvg(slug, pregnant, slug + suffix).orElseThrow();
                Files.writeString(dir.resolve(slug + "-start" + suffix + ".svg"), StarterFigures.startSvg(slug, pregnant).orElseThrow());
                Files.writeString(dir.resolve(slug + "-end" + suffix + ".svg"), StarterFigures.endSvg(slug, pregnant).orElseThrow());
                Files.writeString(dir.resolve(slug + "-pair" + suffix + ".svg"), pair);
                html.append("<figure><img src=\"").append(slug).append("-pair").append(suffix).append(".svg\" alt=\"\"><figcaption>")
                        .append(slug).append(suffix).append("</figcaption></figure>\n");
                int x = pregnant ? CELL_W : 0, y = row * CELL_H;
                sheet.append("<text x=\"").append(x + 10).append("\" y=\"").append(y + 14).append("\">").append(slug).append(suffix)
                        .append("</text>").append(pair.replaceFirst("width=\"\\d+\" height=\"\\d+\"",
                                "x=\"" + (x + 10) + "\" y=\"" + (y + 20) + "\" width=\"" + (CELL_W - 20) + "\" height=\"" + (CELL_H - 26) + "\""));
            }
            row++;
        }
        Files.writeString(dir.resolve("index.html"), html);
        Files.writeString(dir.resolve("sheet.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + 2 * CELL_W + "\" height=\"" + row * CELL_H
                + "\" font-family=\"sans-serif\" font-size=\"12\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>" + sheet + "</svg>");
    }
}
