package com.stagewise.web.charts;

import com.stagewise.web.system.Messages;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Not a test: the app's own messages in one language, remembering every key the charts asked for. A key
 * missing from the bundle reads as "key[arguments]", so the figures still show in assertions.
 */
final class EnglishText implements ChartText {

    private static final Messages MESSAGES = new Messages();
    private final Locale locale;
    final Set<String> keys = new LinkedHashSet<>();

    EnglishText() {
        this(Locale.ENGLISH);
    }

    EnglishText(Locale locale) {
        this.locale = locale;
    }

    @Override
    public String text(String key, Object... arguments) {
        keys.add(key);
        return MESSAGES.find(key, locale, arguments).orElseGet(() -> key + Arrays.stream(arguments)
                .map(String::valueOf).collect(Collectors.joining(", ", "[", "]")));
    }

    @Override
    public Locale locale() {
        return locale;
    }
}
