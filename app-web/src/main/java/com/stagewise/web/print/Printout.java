package com.stagewise.web.print;

import java.util.List;
import java.util.Locale;

/**
 * Everything a printed programme shows, in the patient's language, resolved for one day: what the print
 * page and the PDF render. Values a template may leave out are {@code null} (Thymeleaf reads them simply).
 *
 * @param notForUse        the rules stop this programme (R1, R24, a block without a written reason, no
 *                         exercises): the printout carries a banner with {@code notForUseReasons} (message
 *                         keys) instead of the exercises
 * @param reviewDate       the review date in words, or {@code null} when the rules set none
 * @param shareUrl         the patient's share link, or {@code null} when none exists
 * @param qrSvg            the QR code of {@code shareUrl} as inline SVG, or {@code null}
 */
public record Printout(long programmeId, Locale locale, String title, String clinicName, List<String> clinicAddress,
        String clinicPhone, String clinicEmail, String patientName, String printedOn, String stage, String reviewDate,
        boolean notForUse, List<String> notForUseReasons, List<Exercise> exercises, List<FlagGroup> redFlags,
        String shareUrl, String qrSvg) {

    public Printout {
        clinicAddress = List.copyOf(clinicAddress);
        notForUseReasons = List.copyOf(notForUseReasons);
        exercises = List.copyOf(exercises);
        redFlags = List.copyOf(redFlags);
    }

    public String language() {
        return locale.getLanguage();
    }

    /**
     * One exercise as the patient reads it. Pictures are either the two drawn figures (inline SVG) or
     * the clinic's uploaded picture ({@code pictureSrc}: its address on the page, a data URI in the PDF).
     */
    public record Exercise(int number, String name, String startSvg, String endSvg, String pictureSrc,
            List<String> steps, String dose, String note) {

        public Exercise {
            steps = List.copyOf(steps);
        }

        public boolean hasFigures() {
            return startSvg != null && endSvg != null;
        }
    }

    /** Warning signs of one urgency: a heading key and the keys of the signs, the most urgent group first. */
    public record FlagGroup(String headingKey, boolean emergency, List<String> signKeys) {

        public FlagGroup {
            signKeys = List.copyOf(signKeys);
        }
    }
}
