package com.stagewise.web.print;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * openhtmltopdf's log through SLF4J, like the rest of the app: its problems (a stylesheet it cannot read,
 * a missing glyph) as warnings, its chatter about every render at debug.
 */
final class PdfLog implements XRLogger {

    @Override
    public void log(String where, Level level, String message) {
        log(where, level, message, null);
    }

    @Override
    public void log(String where, Level level, String message, Throwable error) {
        Logger logger = LoggerFactory.getLogger(where);
        int value = level.intValue();
        if (value >= Level.SEVERE.intValue()) {
            logger.error(message, error);
        } else if (value >= Level.WARNING.intValue()) {
            logger.warn(message, error);
        } else {
            logger.debug(message, error);
        }
    }

    @Override
    public void setLevel(String logger, Level level) {
        // levels are logback's to decide
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        Logger logger = LoggerFactory.getLogger(diagnostic.getLogMessageId().getWhere());
        int value = diagnostic.getLevel().intValue();
        return value >= Level.WARNING.intValue() ? logger.isWarnEnabled() : logger.isDebugEnabled();
    }
}
