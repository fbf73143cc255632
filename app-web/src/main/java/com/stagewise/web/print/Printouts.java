package com.stagewise.web.print;

import com.stagewise.domain.account.Clinic;
import com.stagewise.domain.account.Clinics;
import com.stagewise.domain.catalogue.Exercises;
import com.stagewise.domain.programme.Patient;
import com.stagewise.domain.programme.Programme;
import com.stagewise.domain.stage.RedFlag;
import com.stagewise.domain.stage.Stage;
import com.stagewise.web.catalogue.DoseText;
import com.stagewise.web.figures.StarterFigures;
import com.stagewise.web.patients.StageText;
import com.stagewise.web.programmes.ProgrammeCheck;
import com.stagewise.web.system.Messages;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds the {@link Printout} of a programme for the day it is printed: the rules are evaluated again for
 * that day, the texts are in the patient's language, and the red flags are those of her stage
 * (clinical-rules.md, section 4).
 */
public final class Printouts {

    /** Where the printout goes: the print page links uploaded pictures, the PDF must carry them. */
    public enum Target {
        PAGE,
        PDF
    }

    /** Issue blockers that stop a programme from printing as active. */
    static final Set<String> STOPPING = Set.of("builder.blocker.R1", "builder.blocker.R24", "builder.blocker.override",
            "builder.blocker.empty");
    /** Picture types the PDF renderer can draw; others (WebP) fall back to the drawn figures, if any. */
    private static final Set<String> PDF_PICTURE_TYPES = Set.of("image/png", "image/jpeg");

    private final Clinics clinics;
    private final Exercises exercises;
    private final ProgrammeCheck programmeCheck;
    private final StageText stageText;
    private final DoseText doseText;
    private final Messages messages;

    public Printouts(Clinics clinics, Exercises exercises, ProgrammeCheck programmeCheck, StageText stageText,
            DoseText doseText, Messages messages) {
        this.clinics = clinics;
        this.exercises = exercises;
        this.programmeCheck = programmeCheck;
        this.stageText = stageText;
        this.doseText = doseText;
        this.messages = messages;
    }

    /** The patient's language, English when she has none the app ships. */
    public static Locale localeOf(Patient patient) {
        return Messages.supported(Locale.forLanguageTag(patient.details().language()));
    }

    /**
     * @param shareUrl the patient's share link when one exists; the printout then carries its QR code. The
     *                 caller looks it up: this class knows nothing of how links are kept.
     */
    public Printout build(Programme programme, Patient patient, LocalDate on, Optional<String> shareUrl, Target target) {
        if (programme.clinicId() != patient.clinicId() || programme.patientId() != patient.id()) {
            throw new IllegalArgumentException("the programme is not this patient's");
        }
        Locale locale = localeOf(patient);
        Clinic clinic = clinics.find(programme.clinicId()).orElseThrow(
                () -> new IllegalStateException("no clinic " + programme.clinicId()));
        ProgrammeCheck.Checked checked = programmeCheck.check(programme.clinicId(), patient.facts(), programme.items(), on);
        List<String> stopping = checked.issueBlockers().stream().filter(STOPPING::contains).toList();
        boolean pregnant = patient.facts().stage() instanceof Stage.Pregnancy;

        List<Printout.Exercise> printed = new ArrayList<>();
        if (stopping.isEmpty()) {
            for (ProgrammeCheck.CheckedItem item : checked.items()) {
                printed.add(exercise(item, pregnant, locale, target));
            }
        }
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        return new Printout(programme.id(), locale, programme.title(), clinic.name(),
                clinic.details().address().lines().map(String::strip).filter(line -> !line.isEmpty()).toList(),
                emptyToNull(clinic.details().phone()), emptyToNull(clinic.details().email()),
                patient.displayName(), dates.format(on), stageText.describe(patient.facts(), on, locale),
                stopping.isEmpty() ? checked.reviewDate().map(dates::format).orElse(null) : null,
                !stopping.isEmpty(), stopping, printed, redFlags(patient.facts().stage()),
                stopping.isEmpty() ? shareUrl.orElse(null) : null,
                stopping.isEmpty() ? shareUrl.map(url -> QrCode.svg(url, messages.text("print.qr.alt", locale))).orElse(null)
                        : null);
    }

    private Printout.Exercise exercise(ProgrammeCheck.CheckedItem item, boolean pregnant, Locale locale, Target target) {
        var exercise = item.exercise();
        var content = exercise.content();
        String name = content.name().forLocale(locale);
        String pictureSrc = exercise.pictureId().flatMap(id -> picture(exercise.clinicId(), id, target)).orElse(null);
        String startSvg = null;
        String endSvg = null;
        if (pictureSrc == null && !content.figure().isEmpty() && StarterFigures.has(content.figure())) {
            startSvg = StarterFigures.startSvg(content.figure(), pregnant,
                    messages.text("library.figure.start", locale, name)).orElse(null);
            endSvg = StarterFigures.endSvg(content.figure(), pregnant,
                    messages.text("library.figure.end", locale, name)).orElse(null);
        }
        return new Printout.Exercise(item.index() + 1, name, startSvg, endSvg, pictureSrc, content.steps().linesIn(locale),
                doseText.describe(item.item().dose(), locale), emptyToNull(item.item().note()));
    }

    private Optional<String> picture(long clinicId, long pictureId, Target target) {
        if (target == Target.PAGE) {
            return Optional.of("/library/pictures/" + pictureId);
        }
        return exercises.picture(clinicId, pictureId)
                .filter(picture -> PDF_PICTURE_TYPES.contains(picture.contentType()))
                .map(picture -> "data:" + picture.contentType() + ";base64,"
                        + Base64.getEncoder().encodeToString(picture.bytes()));
    }

    /** The signs for her stage, grouped by urgency: "call emergency services" before "contact your provider". */
    static List<Printout.FlagGroup> redFlags(Stage stage) {
        RedFlag.Phase phase = RedFlag.Phase.of(stage);
        Map<RedFlag.Urgency, List<String>> groups = new LinkedHashMap<>();
        for (RedFlag flag : RedFlag.forStage(stage)) {
            groups.computeIfAbsent(flag.urgencyIn(phase), urgency -> new ArrayList<>()).add(flag.messageKey(phase));
        }
        List<Printout.FlagGroup> result = new ArrayList<>();
        groups.forEach((urgency, keys) -> result.add(new Printout.FlagGroup(urgency.headingKey(phase),
                urgency == RedFlag.Urgency.CALL_EMERGENCY_SERVICES, keys)));
        return result;
    }

    private static String emptyToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
