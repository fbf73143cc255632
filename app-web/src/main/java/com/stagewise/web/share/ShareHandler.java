package com.stagewise.web.share;

import com.stagewise.domain.account.User;
import com.stagewise.domain.programme.Patient;
import com.stagewise.domain.programme.Patients;
import com.stagewise.domain.programme.Programme;
import com.stagewise.domain.programme.ProgrammeStatus;
import com.stagewise.domain.programme.Programmes;
import com.stagewise.domain.programme.Sharing;
import com.stagewise.web.access.Tokens;
import com.stagewise.web.access.Visitor;
import com.stagewise.web.programmes.ProgrammeCheck;
import com.stagewise.web.system.Audit;
import com.stagewise.web.system.PathIds;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The clinician's side of sharing: make, copy and revoke the private link; mark reported red flags as seen. */
public final class ShareHandler {

    static final List<Integer> EXPIRY_DAYS = List.of(0, 7, 30, 90);

    private final Sharing sharing;
    private final Programmes programmes;
    private final Patients patients;
    private final ProgrammeCheck programmeCheck;
    private final Audit audit;
    private final Clock clock;
    private final String publicUrl;

    public ShareHandler(Sharing sharing, Programmes programmes, Patients patients, ProgrammeCheck programmeCheck, Audit audit,
            Clock clock, String publicUrl) {
        this.sharing = sharing;
        this.programmes = programmes;
        this.patients = patients;
        this.programmeCheck = programmeCheck;
        this.audit = audit;
        this.clock = clock;
        this.publicUrl = publicUrl;
    }

    /** A new link; an earlier one stops working. Only an issued programme the rules let through can be shared. */
    public void create(Context ctx) {
        User me = Visitor.of(ctx).requireUser();
        Programme programme = scoped(ctx);
        Patient patient = patients.find(me.clinicId(), programme.patientId()).orElseThrow(NotFoundResponse::new);
        ProgrammeCheck.Checked checked = programmeCheck.check(me.clinicId(), patient.facts(), programme.items(),
                LocalDate.now(clock));
        if (programme.status() != ProgrammeStatus.ACTIVE || !checked.canIssue()) {
            ctx.redirect("/programmes/" + programme.id() + "?notice=share-refused#share", HttpStatus.SEE_OTHER);
            return;
        }
        String daysParam = Optional.ofNullable(ctx.formParam("expiresInDays")).orElse("0");
        int days = daysParam.matches("\\d{1,3}") && EXPIRY_DAYS.contains(Integer.parseInt(daysParam)) ? Integer.parseInt(daysParam) : 0;
        Optional<Instant> expires = days == 0 ? Optional.empty() : Optional.of(clock.instant().plus(Duration.ofDays(days)));
        String token = Tokens.random();
        sharing.createLink(me.clinicId(), programme.id(), Tokens.hash(token), expires, me.displayName(), clock.instant());
        audit.record(ctx, "SHARE_LINK_CREATED", "programme", programme.id(), days == 0 ? "" : "expires in " + days + " days");
        ctx.header("Cache-Control", "no-store");
        Map<String, Object> model = new java.util.HashMap<>();
        model.put("programme", programme);
        model.put("patient", patient);
        model.put("link", publicUrl + "/p/" + token);
        model.put("token", token);
        model.put("expires", expires.orElse(null));
        model.put("nav", "patients");
        ctx.render("share/created", model);
    }

    public void revoke(Context ctx) {
        User me = Visitor.of(ctx).requireUser();
        Programme programme = scoped(ctx);
        if (sharing.revoke(me.clinicId(), programme.id(), clock.instant())) {
            audit.record(ctx, "SHARE_LINK_REVOKED", "programme", programme.id(), "");
        }
        ctx.redirect("/programmes/" + programme.id() + "?notice=share-revoked#share", HttpStatus.SEE_OTHER);
    }

    public void markRedFlagsSeen(Context ctx) {
        User me = Visitor.of(ctx).requireUser();
        Patient patient = patients.find(me.clinicId(), PathIds.id(ctx, "id")).orElseThrow(NotFoundResponse::new);
        long reportId = PathIds.id(ctx, "report");
        boolean ours = sharing.redFlagReports(me.clinicId(), patient.id()).stream().anyMatch(r -> r.id() == reportId);
        if (!ours) {
            throw new NotFoundResponse();
        }
        if (sharing.markRedFlagsSeen(me.clinicId(), reportId, me.displayName(), clock.instant())) {
            audit.record(ctx, "RED_FLAGS_SEEN", "patient", patient.id(), "report " + reportId);
        }
        ctx.redirect("/patients/" + patient.id() + "#reports", HttpStatus.SEE_OTHER);
    }

    private Programme scoped(Context ctx) {
        return programmes.find(Visitor.of(ctx).clinicId(), PathIds.id(ctx, "id")).orElseThrow(NotFoundResponse::new);
    }
}
