package com.stagewise.web.dashboard;

import com.stagewise.domain.account.Role;
import com.stagewise.domain.account.User;
import com.stagewise.domain.catalogue.ExerciseAttributes;
import com.stagewise.domain.catalogue.Exercises;
import com.stagewise.domain.programme.Attention;
import com.stagewise.domain.programme.AttentionItem;
import com.stagewise.domain.programme.AttentionItem.Kind;
import com.stagewise.domain.programme.Patient;
import com.stagewise.domain.programme.Patients;
import com.stagewise.domain.programme.Programme;
import com.stagewise.domain.programme.Programmes;
import com.stagewise.domain.rules.Verdict;
import com.stagewise.domain.stage.RedFlag;
import com.stagewise.web.access.Visitor;
import com.stagewise.web.catalogue.LibraryHandler;
import com.stagewise.web.programmes.ProgrammeCheck;
import com.stagewise.web.system.Audit;
import com.stagewise.web.system.Messages;
import com.stagewise.web.system.PageModel;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What needs the clinician today, most urgent first: reported red flags, high pain, programmes the
 * stage has made worse or that are due for review, passed due dates, referral prompts, unopened links.
 */
public final class DashboardHandler {

    static final int PER_KIND = 50;
    static final int PAGE_SIZE = 25;
    static final int REVIEW_AHEAD_DAYS = 7;

    private final Attention attention;
    private final Programmes programmes;
    private final Patients patients;
    private final ProgrammeCheck programmeCheck;
    private final Audit audit;
    private final Messages messages;
    private final Clock clock;

    public DashboardHandler(Attention attention, Programmes programmes, Patients patients, ProgrammeCheck programmeCheck,
            Audit audit, Messages messages, Clock clock) {
        this.attention = attention;
        this.programmes = programmes;
        this.patients = patients;
        this.programmeCheck = programmeCheck;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    public record Row(AttentionItem item, String text, String link) {
    }

    public void show(Context ctx) {
        User me = Visitor.of(ctx).requireUser();
        boolean clinicWide = me.is(Role.ADMIN) && "clinic".equals(ctx.queryParam("scope"));
        Optional<Long> scope = clinicWide ? Optional.empty() : Optional.of(me.id());
        LocalDate today = LocalDate.now(clock);
        List<AttentionItem> items = new ArrayList<>(attention.open(me.clinicId(), scope, today, clock.instant(), PER_KIND));
        List<Long> due = attention.reviewDue(me.clinicId(), scope, today.plusDays(REVIEW_AHEAD_DAYS), PER_KIND);
        int page = LibraryHandler.pageNumber(ctx);
        // Reviews sort after red flags and high pain. Judging them again means loading each programme, so
        // it is done only when this page reaches them; otherwise they are only counted.
        long before = items.stream().filter(item -> item.kind().compareTo(Kind.WORSE_THAN_ISSUED) < 0).count();
        long from = (long) (page - 1) * PAGE_SIZE;
        boolean pageReachesReviews = !due.isEmpty() && from < before + due.size() && before < from + PAGE_SIZE;
        if (pageReachesReviews) {
            items.addAll(reviewItems(me.clinicId(), programmes.findAll(me.clinicId(), due), today));
        }
        items.sort(Comparator.comparing((AttentionItem i) -> i.kind().ordinal()).thenComparing(AttentionItem::since,
                Comparator.reverseOrder()));
        int total = items.size() + (pageReachesReviews ? 0 : due.size());
        // without the reviews in the list, a page after them starts that many places earlier in it
        long offset = pageReachesReviews || from < before ? from : from - due.size();
        Locale locale = PageModel.locale(ctx);
        List<Row> rows = items.stream().skip(offset).limit(PAGE_SIZE)
                .map(item -> new Row(item, text(item, locale), link(item))).toList();
        Map<String, Object> model = new HashMap<>();
        model.put("rows", rows);
        model.put("page", page);
        model.put("hasNext", total > page * PAGE_SIZE);
        model.put("clinicWide", clinicWide);
        model.put("canSeeClinic", me.is(Role.ADMIN));
        model.put("total", total);
        model.put("nav", "dashboard");
        ctx.render("dashboard/dashboard", model);
    }

    public void markSeen(Context ctx) {
        User me = Visitor.of(ctx).requireUser();
        String kind = Optional.ofNullable(ctx.formParam("kind")).orElse("");
        String key = Optional.ofNullable(ctx.formParam("key")).orElse("");
        Optional<Kind> parsed = Arrays.stream(Kind.values()).filter(k -> k.name().equals(kind)).findFirst();
        if (parsed.isEmpty() || key.isEmpty() || key.length() > 80) {
            throw new io.javalin.http.BadRequestResponse();
        }
        if (attention.markSeen(me.clinicId(), parsed.get(), key, me.displayName(), clock.instant())) {
            audit.record(ctx, "ATTENTION_SEEN", "dashboard", kind + " " + key, "");
        }
        String scope = "clinic".equals(ctx.formParam("scope")) ? "?scope=clinic" : "";
        ctx.redirect("/dashboard" + scope, HttpStatus.SEE_OTHER);
    }

    /**
     * Due for review; worse than when issued if the stage has since made it so. The patients and the
     * library attributes of all of them are read at once, not per programme.
     */
    private List<AttentionItem> reviewItems(long clinicId, List<Programme> due, LocalDate today) {
        Map<Long, Patient> patientsById = patients.findAll(clinicId, due.stream().map(Programme::patientId).toList());
        Map<Exercises.VersionRef, ExerciseAttributes> attributes = programmeCheck.attributes(clinicId, due.stream()
                .filter(programme -> judgedAgain(programme, today)).flatMap(programme -> programme.items().stream()).toList());
        List<AttentionItem> items = new ArrayList<>();
        for (Programme programme : due) {
            items.add(reviewItem(programme, Optional.ofNullable(patientsById.get(programme.patientId())).orElseThrow(),
                    attributes, today));
        }
        return items;
    }

    private static boolean judgedAgain(Programme programme, LocalDate today) {
        return programme.reviewDate().isPresent() && !programme.reviewDate().get().isAfter(today)
                && programme.issuedVerdict().isPresent();
    }

    private AttentionItem reviewItem(Programme programme, Patient patient,
            Map<Exercises.VersionRef, ExerciseAttributes> attributes, LocalDate today) {
        String key = programme.id() + ":" + programme.reviewDate().map(LocalDate::toString).orElse("");
        Kind kind = Kind.REVIEW_DUE;
        if (judgedAgain(programme, today)) {
            Verdict now = programmeCheck.verdict(attributes, patient.facts(), programme.items(), today);
            if (now.compareTo(programme.issuedVerdict().get()) > 0) {
                kind = Kind.WORSE_THAN_ISSUED;
            }
        }
        return new AttentionItem(kind, patient.id(), patient.displayName(), programme.id(), key, programme.reviewDate().map(d -> d.atStartOfDay().toInstant(ZoneOffset.UTC)).orElse(clock.instant()),
                programme.reviewDate().map(LocalDate::toString).orElse(""));
    }

    private String text(AttentionItem item, Locale locale) {
        return switch (item.kind()) {
            case RED_FLAG -> messages.text("dashboard.RED_FLAG", locale, Arrays.stream(item.detail().split(";"))
                    .filter(code -> !code.isBlank()).map(code -> flagText(code, locale)).collect(Collectors.joining("; ")));
            case HIGH_PAIN -> messages.text("dashboard.HIGH_PAIN", locale, item.detail());
            case REFERRAL -> messages.text("dashboard.REFERRAL", locale,
                    messages.text("referral." + item.detail(), locale));
            default -> messages.text("dashboard." + item.kind().name(), locale, item.detail());
        };
    }

    private String flagText(String code, Locale locale) {
        RedFlag flag = RedFlag.valueOf(code);
        return messages.text(flag.messageKey(flag.belongsTo(RedFlag.Phase.PREGNANCY) ? RedFlag.Phase.PREGNANCY
                : RedFlag.Phase.AFTER_BIRTH), locale);
    }

    private static String link(AttentionItem item) {
        return switch (item.kind()) {
            case WORSE_THAN_ISSUED, REVIEW_DUE, LINK_NOT_OPENED -> "/programmes/" + item.programmeId();
            case RED_FLAG -> "/patients/" + item.patientId() + "#reports";
            case HIGH_PAIN -> "/patients/" + item.patientId() + "#sessions-heading";
            default -> "/patients/" + item.patientId();
        };
    }
}
