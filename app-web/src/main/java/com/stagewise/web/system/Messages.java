package com.stagewise.web.system;

import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The visible text of the app, by key: the web bundle ({@code i18n/messages}) first, then the rule
 * engine's own bundle, so templates and the JSON API name rule reasons the same way.
 */
public final class Messages {

    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.GERMAN);
    private static final List<String> BUNDLES = List.of(
            "i18n/messages", "com.stagewise.domain.rules.RuleMessages");

    /** Every key of both bundles, per supported language, read once: a page asks for hundreds of texts. */
    private final Map<Locale, Map<String, String>> patterns = new HashMap<>();
    /** Parsed patterns; a MessageFormat is not thread-safe, so each use formats with a clone. */
    private final Map<Locale, Map<String, MessageFormat>> formats = new ConcurrentHashMap<>();

    public Messages() {
        for (Locale locale : SUPPORTED) {
            Map<String, String> merged = new HashMap<>();
            // the later bundle first, so the web bundle's text wins where both have a key
            for (int i = BUNDLES.size() - 1; i >= 0; i--) {
                String bundleName = BUNDLES.get(i);
                ResourceBundle bundle;
                try {
                    bundle = ResourceBundle.getBundle(bundleName, locale, NO_FALLBACK_TO_SYSTEM_LOCALE);
                } catch (MissingResourceException e) {
                    continue;
                }
                for (String key : bundle.keySet()) {
                    merged.put(key, bundle.getString(key));
                }
            }
            patterns.put(locale, Map.copyOf(merged));
            formats.put(locale, new ConcurrentHashMap<>());
        }
    }

    public Optional<String> find(String key, Locale locale, Object... arguments) {
        Locale supported = supported(locale);
        String pattern = patterns.get(supported).get(key);
        if (pattern == null || arguments.length == 0) {
            return Optional.ofNullable(pattern);
        }
        MessageFormat format = formats.get(supported).computeIfAbsent(key, k -> new MessageFormat(pattern, supported));
        return Optional.of(((MessageFormat) format.clone()).format(arguments));
    }

    public String text(String key, Locale locale, Object... arguments) {
        return find(key, locale, arguments).orElse("??" + key + "??");
    }

    public static Locale supported(Locale requested) {
        if (requested != null) {
            for (Locale candidate : SUPPORTED) {
                if (candidate.getLanguage().equals(requested.getLanguage())) {
                    return candidate;
                }
            }
        }
        return Locale.ENGLISH;
    }

    /** English is the base bundle; the machine's own default locale must never choose the language. */
    private static final ResourceBundle.Control NO_FALLBACK_TO_SYSTEM_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
}
