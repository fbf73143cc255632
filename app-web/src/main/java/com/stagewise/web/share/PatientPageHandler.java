package com.stagewise.web.share;

import com.stagewise.domain.FieldProblem;
import com.stagewise.domain.account.Clinic;
import com.stagewise.domain.account.Clinics;
import com.stagewise.domain.catalogue.Exercises;
import com.stagewise.domain.programme.ExerciseSession;
import com.stagewise.domain.programme.Patient;
import com.stagewise.domain.programme.Patients;
import com.stagewise.domain.programme.Programme;
import com.stagewise.domain.programme.ProgrammeStatus;
import com.stagewise.domain.programme.Programmes;
import com.stagewise.domain.programme.ShareLink;
import com.stagewise.domain.programme.Sharing;
import com.stagewise.domain.rules.Verdict;
import com.stagewise.domain.stage.PatientState;
import com.stagewise.domain.stage.RedFlag;
import com.stagewise.domain.stage.Stage;
import com.stagewise.web.access.Tokens;
import com.stagewise.web.catalogue.DoseText;
import com.stagewise.web.patients.StageText;
import com.stagewise.web.programmes.ProgrammeCheck;
import com.stagewise.web.programmes.ProgrammeRefresh;
import com.stagewise.web.system.Form;
import com.stagewise.web.system.Formats;
import com.stagewise.web.system.Messages;
import com.stagewise.web.system.PageModel;
import com.stagewise.web.system.PathIds;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The patient's page behind a private link: her programme judged again for today, the red flags
 * for her stage, and the forms to log a session or report a red flag. No account, no JavaScript.
 */
public final class PatientPageHandler {

    static final int HISTORY = 10;

    private final Sharing sharing;
    private final Programmes programmes;
    private final Patients patients;
    private final Clinics clinics;
    private final Exercises exercises;
    private final ProgrammeCheck programmeCheck;
    private final ProgrammeRefresh refresh;
    private final StageText stageText;
    private final DoseText doseText;
    private final Messages messages;
    private final Formats formats;
    private final Clock clock;

    public PatientPageHandler(Sharing sharing, Programmes programmes, Patients patients, Clinics clinics, Exercises exercises,
            ProgrammeCheck programmeCheck, ProgrammeRefresh refresh, StageText stageText, DoseText doseText, Messages messages,
            Formats formats, Clock clock) {
        this.formats = formats;
        this.refresh = refresh;
        this.sharing = sharing;
        this.programmes = programmes;
        this.patients = patients;
        this.clinics = clinics;
        this.exercises = exercises;
        this.programmeCheck = programmeCheck;
        this.stageText = stageText;
        this.doseText = doseText;
        this.messages = messages;
        this.clock = clock;
    }

    /** What a usable link leads to. */
    private record Shared(ShareLink link, Programme programme, Patient patient, Clinic clinic, Locale locale) {
    }

    public void show(Context ctx) {
        Optional<Shared> shared = resolve(ctx);
        if (shared.isEmpty()) {
            return;
        }
        if (shared.get().link().isNewVisitAt(clock.instant())) {
            sharing.recordOpen(shared.get().link().id(), clock.instant());
        }
        render(ctx, shared.get(), new Form(messages, shared.get().locale()));
    }

    public void logSession(Context ctx) {
        Optional<Shared> found = resolve(ctx);
        if (found.isEmpty()) {
            return;
        }
        Shared shared = found.get();
        Form form = Form.submitted(ctx, messages, "pain", "comment", "submission");
        Integer pain = form.value("pain").matches("\\d{1,2}") ? Integer.valueOf(form.value("pain")) : null;
        List<FieldProblem> problems = ExerciseSession.problems(pain, form.value("comment"));
        form.problems(problems);
        String submission = form.value("submission");
        if (!submission.matches("[A-Za-z0-9_-]{20,64}")) {
            form.error("pain", "share.form-expired");
        }
        if (form.hasErrors()) {
            ctx.status(HttpStatus.BAD_REQUEST);
            render(ctx, shared, form);
            return;
        }
        sharing.logSession(shared.programme().clinicId(), shared.patient().id(), shared.programme().id(), clock.instant(),
                LocalDate.now(clock), pain, form.value("comment"), submission);
        ctx.redirect("/p/" + ctx.pathParam("token") + "?logged#sessions", HttpStatus.SEE_OTHER);
    }

    /** A reported red flag blocks her programme at once and shows her what to do now. */
    public void reportRedFlags(Context ctx) {
        Optional<Shared> found = resolve(ctx);
        if (found.isEmpty()) {
            return;
        }
        Shared shared = found.get();
        Stage stage = shared.patient().facts().stage();
        RedFlag.Phase phase = RedFlag.Phase.of(stage);
        Set<RedFlag> ticked = EnumSet.noneOf(RedFlag.class);
        for (RedFlag flag : RedFlag.values()) {
            if (flag.belongsTo(phase) && "on".equals(ctx.formParam("flag." + flag.name()))) {
                ticked.add(flag);
            }
        }
        String submission = Optional.ofNullable(ctx.formParam("submission")).orElse("");
        Form form = new Form(messages, shared.locale());
        if (ticked.isEmpty()) {
            form.error("flags", "share.flags.required");
            ctx.status(HttpStatus.BAD_REQUEST);
            render(ctx, shared, form);
            return;
        }
        if (submission.matches("[A-Za-z0-9_-]{20,64}") && sharing.reportRedFlags(shared.programme().clinicId(),
                shared.patient().id(), shared.programme().id(), ticked, clock.instant(), submission)) {
            PatientState facts = shared.patient().facts();
            Set<RedFlag> all = EnumSet.noneOf(RedFlag.class);
            all.addAll(facts.redFlags());
            all.addAll(ticked);
            patients.recordFacts(shared.programme().clinicId(), shared.patient().id(), facts.withRedFlags(all), null,
                    messages.text("share.reported-by", Locale.ENGLISH), clock.instant());
            refresh.afterFactsChanged(shared.programme().clinicId(), shared.patient().id());
        }
        boolean emergency = ticked.stream().anyMatch(flag -> flag.meansCallEmergencyServices(phase));
        PageModel.locale(ctx, shared.locale());
        ctx.render("share/stop", Map.of("emergency", emergency, "clinic", shared.clinic(),
                "ticked", ticked.stream().map(flag -> flag.messageKey(phase)).toList(),
                "back", "/p/" + ctx.pathParam("token")));
    }

    /** An uploaded picture of an exercise in this programme, and nothing else. */
    public void picture(Context ctx) {
        Optional<Shared> found = resolve(ctx);
        if (found.isEmpty()) {
            return;
        }
        long pictureId = PathIds.id(ctx, "picture");
        Shared shared = found.get();
        boolean inProgramme = exercises.versions(shared.programme().clinicId(), shared.programme().items().stream()
                        .map(item -> new Exercises.VersionRef(item.exerciseId(), item.exerciseVersion())).toList())
                .stream().anyMatch(e -> e.pictureId().isPresent() && e.pictureId().get() == pictureId);
        if (!inProgramme) {
            throw new NotFoundResponse();
        }
        Exercises.Picture picture = exercises.picture(shared.programme().clinicId(), pictureId).orElseThrow(NotFoundResponse::new);
        ctx.contentType(picture.contentType()).result(picture.bytes());
    }

    private Optional<Shared> resolve(Context ctx) {
        String token = ctx.pathParam("token");
        Optional<ShareLink> link = token.length() > 100 ? Optional.empty() : sharing.findByTokenHash(Tokens.hash(token));
        Optional<Programme> programme = link.flatMap(l -> programmes.find(l.clinicId(), l.programmeId()));
        if (link.isEmpty() || programme.isEmpty()) {
            unavailable(ctx, HttpStatus.NOT_FOUND, "share.unavailable.unknown");
            return Optional.empty();
        }
        Patient patient = patients.find(link.get().clinicId(), programme.get().patientId()).orElseThrow(NotFoundResponse::new);
        Locale locale = Messages.supported(Locale.forLanguageTag(patient.details().language()));
        PageModel.locale(ctx, locale);
        if (!link.get().usableAt(clock.instant()) || programme.get().status() != ProgrammeStatus.ACTIVE) {
            unavailable(ctx, HttpStatus.GONE, link.get().revokedAt().isPresent() || programme.get().status() != ProgrammeStatus.ACTIVE
                    ? "share.unavailable.revoked" : "share.unavailable.expired");
            return Optional.empty();
        }
        Clinic clinic = clinics.find(link.get().clinicId()).orElseThrow(NotFoundResponse::new);
        return Optional.of(new Shared(link.get(), programme.get(), patient, clinic, locale));
    }

    /**
     * One exercise as her page shows it, every text made here: the page is opened far more often than
     * any other, and a template spends most of its time on the expressions these replace.
     */
    record ExerciseView(String name, boolean checkFirst, String pictureSrc, String pictureAlt, String startSrc,
            String startAlt, String endSrc, String endAlt, String dose, List<String> steps, String note) {
    }

    record PainOption(String value, boolean checked) {
    }

    /** "Check with your physiotherapist first" where today's verdict is worse than at issue and no override stands. */
    private ExerciseView exerciseView(ProgrammeCheck.CheckedItem item, Verdict atIssue, String token, boolean pregnant,
            Locale locale) {
        var exercise = item.exercise();
        String name = exercise.content().name().forLocale(locale);
        Verdict today = item.evaluation().verdict();
        boolean checkFirst = !item.item().overridden() && today.compareTo(atIssue) > 0 && today != Verdict.ALLOWED;
        String picture = exercise.pictureId().map(id -> "/p/" + token + "/pictures/" + id).orElse(null);
        String figure = picture == null && !exercise.content().figure().isEmpty()
                ? "/figures/" + exercise.content().figure() + "/" : null;
        String variant = pregnant ? ".svg?pregnant=1" : ".svg";
        return new ExerciseView(name, checkFirst, picture,
                picture == null ? null : messages.text("library.picture.alt", locale, name),
                figure == null ? null : figure + "start" + variant,
                figure == null ? null : messages.text("library.figure.start", locale, name),
                figure == null ? null : figure + "end" + variant,
                figure == null ? null : messages.text("library.figure.end", locale, name),
                doseText.describe(item.item().dose(), locale), exercise.content().steps().linesIn(locale),
                item.item().note());
    }

    private void unavailable(Context ctx, HttpStatus status, String messageKey) {
        ctx.status(status).render("share/unavailable", Map.of("messageKey", messageKey));
    }

    private void render(Context ctx, Shared shared, Form form) {
        Locale locale = shared.locale();
        LocalDate today = LocalDate.now(clock);
        Programme programme = shared.programme();
        PatientState facts = shared.patient().facts();
        ProgrammeCheck.Checked now = programmeCheck.check(programme.clinicId(), facts, programme.items(), today);
        LocalDate issuedOn = programme.issuedAt().map(at -> at.atOffset(ZoneOffset.UTC).toLocalDate()).orElse(today);
        ProgrammeCheck.Checked then = programmeCheck.recheck(now, facts, issuedOn.isAfter(today) ? today : issuedOn);
        Map<String, Object> model = new HashMap<>();
        model.put("clinic", shared.clinic());
        model.put("programme", programme);
        model.put("patient", shared.patient());
        model.put("stage", stageText.describe(facts, today, locale));
        boolean pregnant = facts.stage() instanceof Stage.Pregnancy;
        String token = ctx.pathParam("token");
        model.put("exercises", now.items().stream().map(item -> exerciseView(item,
                then.items().get(item.index()).evaluation().verdict(), token, pregnant, locale)).toList());
        model.put("stopped", now.issueBlockers().contains("builder.blocker.R24") || now.issueBlockers().contains("builder.blocker.R1"));
        model.put("reviewDate", now.reviewDate().orElse(null));
        model.put("groups", RedFlagGroups.forStage(facts.stage()));
        model.put("history", sharing.recentSessions(programme.clinicId(), shared.patient().id(), HISTORY).stream()
                .map(session -> messages.text("share.history.line", locale, formats.date(session.loggedOn()), session.pain(),
                        session.comment())).toList());
        model.put("form", form);
        model.put("hasErrors", form.hasErrors());
        model.put("submission", Tokens.random());
        model.put("token", token);
        model.put("logged", ctx.queryParam("logged") != null);
        String pain = form.value("pain");
        model.put("painScale", java.util.stream.IntStream.rangeClosed(ExerciseSession.PAIN_MIN, ExerciseSession.PAIN_MAX)
                .mapToObj(n -> new PainOption(String.valueOf(n), String.valueOf(n).equals(pain))).toList());
        ctx.render("share/page", model);
    }
}
