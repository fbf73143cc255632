package com.stagewise.web.print;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

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
     * Renders at once. A PDF takes several megabytes of heap while it is made; at 32 at once a 256 MB heap
     * ran out and the whole app stopped answering. More than two would not finish sooner on two cores, so
     * the others wait their turn.
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
    private final boolean figuresByBatik;
    /** Parsed fonts, one pair per turn at most; a render takes a pair and gives it back (see {@link Fonts}). */
    private final Queue<Fonts> idleFonts = new ConcurrentLinkedQueue<>();
    private final byte[] regular;
    private final byte[] bold;
    private final String css;

    public PdfRenderer() {
        this(new Semaphore(CONCURRENT_RENDERS, true), WAIT, false);
    }

    /** @param figuresByBatik every SVG drawn by Batik, as before {@link FigureDrawer}: for comparing the two */
    PdfRenderer(Semaphore turns, Duration wait, boolean figuresByBatik) {
        this.turns = turns;
        this.wait = wait;
        this.figuresByBatik = figuresByBatik;
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
        Fonts fonts = idleFonts.poll();
        try {
            if (fonts == null) {
                fonts = new Fonts(regular, bold);
            }
            return renderNow(xhtml, fonts);
        } finally {
            if (fonts != null) {
                idleFonts.add(fonts);
            }
            turns.release();
        }
    }

    private byte[] renderNow(String xhtml, Fonts fonts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try (PDDocument document = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.usePDDocument(document);
            builder.useDefaultPageSize(210, 297, BaseRendererBuilder.PageSizeUnits.MM);
            builder.useFont(new PDFontSupplier(PDType0Font.load(document, fonts.regular, true)), FONT_FAMILY, 400,
                    BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(new PDFontSupplier(PDType0Font.load(document, fonts.bold, true)), FONT_FAMILY, 700,
                    BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useSVGDrawer(figuresByBatik ? new BatikSVGDrawer() : new FigureDrawer(new BatikSVGDrawer()));
            builder.useUriResolver((base, uri) -> uri != null && uri.startsWith("data:") ? uri : null);
            builder.withHtmlContent(NOT_XML.matcher(xhtml).replaceAll(""), null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * DejaVu parsed once and kept, instead of once per document: parsing took about a sixth of a render and
     * left megabytes of glyph tables behind each time. A parsed font is not safe for two renders at once,
     * so each render holds its own pair while it runs; there are never more pairs than turns.
     *
     * <p>Glyph substitution is off. PDFBox would otherwise look for ligatures in every string it writes,
     * with a regular expression built per string (a tenth of a render); the printouts have no use for
     * ligatures.
     */
    private static final class Fonts {
        final TrueTypeFont regular;
        final TrueTypeFont bold;

        Fonts(byte[] regular, byte[] bold) {
            try {
                this.regular = parse(regular);
                this.bold = parse(bold);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static TrueTypeFont parse(byte[] file) throws IOException {
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(file));
            font.setEnableGsub(false);
            return font;
        }
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
