package com.stagewise.persistence.catalogue;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits text into the words the library search matches: lower case, accents folded, short words kept.
 * Public so the data generator indexes its entries exactly as the app does.
 */
public final class SearchTerms {

    static final int MAX_TERM = 60;

    private SearchTerms() {
    }

    /** Lower case with accents and ß folded: also the sort key of names. */
    public static String fold(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace("ß", "ss");
        return Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }

    public static Set<String> of(String... texts) {
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

    /**
     * A string after every term starting with {@code prefix} and before every other term that sorts
     * after it: a range a B-tree can scan. Terms are at most {@link #MAX_TERM} letters and digits, so
     * the prefix padded with one more 'z' than any term could hold is such a bound. Incrementing the
     * last character instead would give punctuation ('z' + 1 = '{', '9' + 1 = ':'), which sorts
     * before letters and digits in natural-language collations such as PostgreSQL's en_US.
     */
    static String upperBound(String prefix) {
        return prefix + "z".repeat(MAX_TERM + 1 - prefix.length());
    }
}
