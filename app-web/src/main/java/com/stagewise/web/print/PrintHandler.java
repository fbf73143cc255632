package com.stagewise.web.print;

import com.stagewise.domain.programme.Patient;
import com.stagewise.domain.programme.Patients;
import com.stagewise.domain.programme.Programme;
import com.stagewise.domain.programme.Programmes;
import com.stagewise.web.access.Visitor;
import com.stagewise.web.system.PathIds;
import com.stagewise.web.system.Templates;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.ServiceUnavailableResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The programme as the patient takes it home: a print page and a PDF of the same content, both in the
 * patient's language and both judged by the rules for the day they are made.
 */
public final class PrintHandler {

    private final Programmes programmes;
    private final Patients patients;
    private final Printouts printouts;
    private final PdfRenderer pdf;
    private final Templates templates;
    private final BiFunction<Programme, String, Optional<String>> shareUrl;
    private final Clock clock;

    /**
     * @param shareUrl the share link of a programme for a token, when the token is its usable link: only a
     *                 hash of the token is stored, so the link (and its QR code) can be printed only by
     *                 someone who holds the token, right after making the link
     */
    public PrintHandler(Programmes programmes, Patients patients, Printouts printouts, PdfRenderer pdf,
            Templates templates, BiFunction<Programme, String, Optional<String>> shareUrl, Clock clock) {
        this.programmes = programmes;
        this.patients = patients;
        this.printouts = printouts;
        this.pdf = pdf;
        this.templates = templates;
        this.shareUrl = shareUrl;
        this.clock = clock;
    }

    public void page(Context ctx) {
        Printout printout = printout(ctx, Printouts.Target.PAGE);
        ctx.html(templates.render("print/programme", Map.of("p", printout), printout.locale()));
    }

    public void pdf(Context ctx) {
        Printout printout = printout(ctx, Printouts.Target.PDF);
        byte[] document = pdf(printout);
        ctx.header("Cache-Control", "no-store");
        ctx.header("Content-Disposition", "inline; filename=\"programme-" + printout.programmeId() + ".pdf\"");
        ctx.contentType("application/pdf").result(document);
    }

    /** The PDF of a printout: the XHTML template with the print stylesheet embedded, through openhtmltopdf. */
    public byte[] pdf(Printout printout) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("p", printout);
        variables.put("css", pdf.css());
        String xhtml = templates.render("print/programme-pdf", variables, printout.locale());
        try {
            return pdf.render(xhtml);
        } catch (PdfRenderer.Busy e) {
            throw new ServiceUnavailableResponse();
        }
    }

    private Printout printout(Context ctx, Printouts.Target target) {
        long clinicId = Visitor.of(ctx).clinicId();
        Programme programme = programmes.find(clinicId, PathIds.id(ctx, "id")).orElseThrow(NotFoundResponse::new);
        Patient patient = patients.find(clinicId, programme.patientId()).orElseThrow(NotFoundResponse::new);
        String token = ctx.method() == io.javalin.http.HandlerType.POST ? ctx.formParam("token") : null;
        Optional<String> link = token == null || token.isBlank() ? Optional.empty() : shareUrl.apply(programme, token);
        return printouts.build(programme, patient, LocalDate.now(clock), link, target);
    }
}
