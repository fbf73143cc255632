package com.stagewise.domain.catalogue;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** One text in each shipped language; German falls back to English where a clinic wrote none. */
public record Texts(String en, String de) {

    public Texts {
        en = Objects.requireNonNullElse(en, "").strip();
        de = Objects.requireNonNullElse(de, "").strip();
    }

    public static Texts english(String en) {
        return new Texts(en, "");
    }

    public static Texts none() {
        return new Texts("", "");
    }

    public String forLocale(Locale locale) {
        if (locale != null && "de".equals(locale.getLanguage()) && !de.isEmpty()) {
            return de;
        }
        return en;
    }

    public boolean isEmpty() {
        return en.isEmpty() && de.isEmpty();
    }

    /** Lines of a text (steps, cues), one per line, blank lines dropped. */
    public List<String> linesIn(Locale locale) {
        return forLocale(locale).lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
