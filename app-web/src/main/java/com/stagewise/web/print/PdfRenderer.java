package com.stagewise.web.print;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Well-formed XHTML to PDF with openhtmltopdf, on A4 unless the page's CSS names a size. DejaVu Sans is
 * embedded (subset) so that umlauts, dashes and signs such as "≥" print in every language. Nothing is
 * fetched while rendering: only {@code data:} URIs are resolved, so user text can never reach the network.
 */
public final class PdfRenderer {

    static final String FONT_FAMILY = "DejaVu Sans";
    static {
        XRLog.setLoggerImpl(new PdfLog());
    }

    /** Characters XML 1.0 forbids (control characters pasted into a note): dropped, or the parser refuses the page. */
    private static final Pattern NOT_XML = Pattern.compile("[^\\x09\\x0A\\x0D\\x20-\\uD7FF\\uE000-\\uFFFD\\x{10000}-\\x{10FFFF}]");

    /**
     * Renders at once. A PDF takes about 0.3 s of one core and several megabytes of heap; at 32 at once a
     * 256 MB heap ran out and the whole app stopped answering. More than two would not finish sooner
     * on two cores, so the others wait their turn.
     */
    static final int CONCURRENT_RENDERS = 2;
    /** How long a request waits for its turn before it is told to try again. */
    static final Duration WAIT = Duration.ofSeconds(20);

    /** Too many PDFs were asked for at once; the request waited its time and gave up. */
    public static final class Busy extends RuntimeException {
        Busy() {
            super("too many PDFs at once", null, false, false);
        }
    }

    private final Semaphore turns;
    private final Duration wait;
    private final byte[] regular;
    private final byte[] bold;
    private final String css;

    public PdfRenderer() {
        this(new Semaphore(CONCURRENT_RENDERS, true), WAIT);
    }

    PdfRenderer(Semaphore turns, Duration wait) {
        this.turns = turns;
        this.wait = wait;
        regular = resource("/fonts/DejaVuSans.ttf");
        bold = resource("/fonts/DejaVuSans-Bold.ttf");
        css = new String(resource("/public/css/printout.css"), StandardCharsets.UTF_8);
    }

    /** The stylesheet the PDF template embeds, the same one the print page links. */
    public String css() {
        return css;
    }

    /** The PDF, once a turn is free; {@link Busy} if none came within {@link #WAIT}. */
    public byte[] render(String xhtml) {
        try {
            if (!turns.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new Busy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Busy();
        }
        try {
            return renderNow(xhtml);
        } finally {
            turns.release();
        }
    }

    private byte[] renderNow(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useDefaultPageSize(210, 297, BaseRendererBuilder.PageSizeUnits.MM);
        builder.useFont(() -> new ByteArrayInputStream(regular), FONT_FAMILY, 400, BaseRendererBuilder.FontStyle.NORMAL, true);
        builder.useFont(() -> new ByteArrayInputStream(bold), FONT_FAMILY, 700, BaseRendererBuilder.FontStyle.NORMAL, true);
        builder.useSVGDrawer(new BatikSVGDrawer());
        builder.useUriResolver((base, uri) -> uri != null && uri.startsWith("data:") ? uri : null);
        builder.withHtmlContent(NOT_XML.matcher(xhtml).replaceAll(""), null);
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] resource(String name) {
        try (InputStream in = PdfRenderer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
