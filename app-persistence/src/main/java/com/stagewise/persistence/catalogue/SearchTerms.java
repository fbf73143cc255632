package com.stagewise.persistence.catalogue;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Splits text into the words the library search matches: lower case, accents folded, short words kept. */
final class SearchTerms {

    static final int MAX_TERM = 60;

    private SearchTerms() {
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

    static List<String> query(String text) {
        return List.copyOf(of(text));
    }

    /** The first string after every string starting with {@code prefix}: a range a B-tree can scan. */
    static String upperBound(String prefix) {
        char last = prefix.charAt(prefix.length() - 1);
        return prefix.substring(0, prefix.length() - 1) + (char) (last + 1);
    }
}
