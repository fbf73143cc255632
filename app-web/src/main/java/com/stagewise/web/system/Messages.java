package com.stagewise.web.system;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The visible text of the app, by key: the web bundle ({@code i18n/messages}) first, then the rule
 * engine's own bundle, so templates and the JSON API name rule reasons the same way.
 */
public final class Messages {

    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.GERMAN);
    private static final List<String> BUNDLES = List.of(
            "i18n/messages", "com.stagewise.domain.rules.RuleMessages");

    public Optional<String> find(String key, Locale locale, Object... arguments) {
        Locale supported = supported(locale);
        for (String bundleName : BUNDLES) {
            ResourceBundle bundle;
            try {
                bundle = ResourceBundle.getBundle(bundleName, supported, NO_FALLBACK_TO_SYSTEM_LOCALE);
            } catch (MissingResourceException e) {
                continue;
            }
            if (bundle.containsKey(key)) {
                String pattern = bundle.getString(key);
                return Optional.of(arguments.length == 0 ? pattern : new MessageFormat(pattern, supported).format(arguments));
            }
        }
        return Optional.empty();
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
