package com.stagewise.web.bench;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The words the library search matches, split exactly as the persistence module's (package-private)
 * {@code SearchTerms} does when an exercise is saved: lower case, accents folded, runs of letters and
 * digits, at most 60 characters. {@code DataGeneratorIT} checks the two agree on generated entries.
 */
final class Terms {

    static final int MAX_TERM = 60;

    private Terms() {
    }

    static String fold(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace("ß", "ss");
        return Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }

    static Set<String> of(String... texts) {
        Set<String> terms = new LinkedHashSet<>();
        for (String text : texts) {
            for (String word : fold(text == null ? "" : text).split("[^a-z0-9]+")) {
                if (!word.isEmpty()) {
                    terms.add(word.length() > MAX_TERM ? word.substring(0, MAX_TERM) : word);
                }
            }
        }
        return terms;
    }

    /** The patients' sort key, as {@code JdbiPatients} writes it. */
    static String sortKey(String name) {
        return fold(name.strip());
    }
}
