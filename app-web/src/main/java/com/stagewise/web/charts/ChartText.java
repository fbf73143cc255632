package com.stagewise.web.charts;

import com.stagewise.web.system.Messages;
import java.util.Locale;
import java.util.Objects;

/** Where the charts get every visible string: a message key with its arguments, in one language. */
public interface ChartText {

    /** The text of {@code key}, formatted with {@code arguments} (MessageFormat, as {@link Messages} does). */
    String text(String key, Object... arguments);

    /** The language, for month and weekday names. */
    Locale locale();

    static ChartText of(Messages messages, Locale locale) {
        Objects.requireNonNull(messages, "messages");
        Locale supported = Messages.supported(locale);
        return new ChartText() {
            @Override
            public String text(String key, Object... arguments) {
                return messages.text(key, supported, arguments);
            }

            @Override
            public Locale locale() {
                return supported;
            }
        };
    }
}
