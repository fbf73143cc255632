package com.stagewise.domain.programme;

import com.stagewise.domain.FieldProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Who the patient is, as far as the clinic needs: a name or a pseudonym (the clinic decides which
 * it keeps), an optional contact for sharing, and the language of her handouts.
 */
public record PatientDetails(String displayName, boolean pseudonym, String contact, String language) {

    public static final int NAME_MAX = 200;
    public static final int CONTACT_MAX = 200;
    public static final Set<String> LANGUAGES = Set.of("en", "de");

    public PatientDetails {
        displayName = Objects.requireNonNullElse(displayName, "").strip();
        contact = Objects.requireNonNullElse(contact, "").strip();
        language = Objects.requireNonNullElse(language, "en");
        List<FieldProblem> problems = problems(displayName, contact, language);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid patient: " + problems);
        }
    }

    public static List<FieldProblem> problems(String displayName, String contact, String language) {
        List<FieldProblem> problems = new ArrayList<>();
        String name = displayName == null ? "" : displayName.strip();
        if (name.isEmpty()) {
            problems.add(FieldProblem.of("displayName", "patient.name.required"));
        } else if (name.length() > NAME_MAX) {
            problems.add(FieldProblem.of("displayName", "field.too-long", NAME_MAX));
        }
        if (contact != null && contact.strip().length() > CONTACT_MAX) {
            problems.add(FieldProblem.of("contact", "field.too-long", CONTACT_MAX));
        }
        if (language == null || !LANGUAGES.contains(language)) {
            problems.add(FieldProblem.of("language", "patient.language.required"));
        }
        return problems;
    }
}
