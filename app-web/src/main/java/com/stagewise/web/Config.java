package com.stagewise.web;

import com.stagewise.persistence.DatabaseSettings;
import java.util.Locale;
import java.util.Map;

/**
 * Everything the app reads from its environment, checked once at start. A wrong value stops the app
 * with one line naming the variable, instead of failing later in some request.
 */
public record Config(
        int port,
        DatabaseSettings database,
        boolean demoData,
        String demoApiKey,
        boolean secureCookies,
        int sessionIdleMinutes,
        String publicUrl,
        int passwordHashCost,
        java.time.ZoneId timeZone,
        boolean trustProxy) {

    public static final String DEFAULT_DB_URL =
            "jdbc:h2:file:./data/stagewise;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    public static final String DEFAULT_DEMO_API_KEY = "demo-key-not-for-production";

    public static Config fromEnvironment(Map<String, String> env) {
        Reader reader = new Reader(env);
        String url = reader.text("STAGEWISE_DB_URL", DEFAULT_DB_URL);
        if (!url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:postgresql:")) {
            throw new ConfigException("STAGEWISE_DB_URL must be a jdbc:h2: or jdbc:postgresql: URL");
        }
        boolean h2 = url.startsWith("jdbc:h2:");
        DatabaseSettings database = new DatabaseSettings(
                url,
                reader.text("STAGEWISE_DB_USER", h2 ? "sa" : "stagewise"),
                reader.text("STAGEWISE_DB_PASSWORD", ""),
                reader.integer("STAGEWISE_DB_POOL_SIZE", 10, DatabaseSettings.MINIMUM_POOL_SIZE, 200));
        int port = reader.integer("STAGEWISE_PORT", 7070, 0, 65535);
        String publicUrl = reader.text("STAGEWISE_PUBLIC_URL", "http://localhost:" + port);
        if (!publicUrl.matches("https?://[^\\s/]+(/[^\\s]*)?")) {
            throw new ConfigException("STAGEWISE_PUBLIC_URL must be an http:// or https:// address, but is '"
                    + publicUrl + "'");
        }
        return new Config(
                port,
                database,
                reader.bool("STAGEWISE_DEMO_DATA", true),
                reader.text("STAGEWISE_DEMO_API_KEY", DEFAULT_DEMO_API_KEY),
                reader.bool("STAGEWISE_SECURE_COOKIES", false),
                reader.integer("STAGEWISE_SESSION_IDLE_MINUTES", 60, 1, 24 * 60),
                publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl,
                reader.integer("STAGEWISE_PASSWORD_HASH_COST", 12, 4, 16),
                reader.zone("STAGEWISE_TIME_ZONE", "UTC"),
                reader.bool("STAGEWISE_TRUST_PROXY", false));
    }

    /** One problem with one variable; the message is printed as it is. */
    public static final class ConfigException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public ConfigException(String message) {
            super(message);
        }
    }

    private record Reader(Map<String, String> env) {

        String text(String name, String fallback) {
            String value = env.get(name);
            return value == null || value.isBlank() ? fallback : value.strip();
        }

        int integer(String name, int fallback, int min, int max) {
            String value = text(name, null);
            if (value == null) {
                return fallback;
            }
            try {
                int parsed = Integer.parseInt(value);
                if (parsed >= min && parsed <= max) {
                    return parsed;
                }
            } catch (NumberFormatException ignored) {
                // reported below with the allowed range
            }
            throw new ConfigException(name + " must be a whole number from " + min + " to " + max
                    + ", but is '" + value + "'");
        }

        java.time.ZoneId zone(String name, String fallback) {
            String value = text(name, fallback);
            try {
                return java.time.ZoneId.of(value);
            } catch (java.time.DateTimeException e) {
                throw new ConfigException(name + " must be a time zone such as Europe/London, but is '" + value + "'");
            }
        }

        boolean bool(String name, boolean fallback) {
            String value = text(name, null);
            if (value == null) {
                return fallback;
            }
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "true", "yes", "1" -> true;
                case "false", "no", "0" -> false;
                default -> throw new ConfigException(name + " must be true or false, but is '" + value + "'");
            };
        }
    }
}
