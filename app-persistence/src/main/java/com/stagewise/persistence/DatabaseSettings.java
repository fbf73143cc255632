package com.stagewise.persistence;

import java.util.Objects;

/** Where the database is and how many connections the pool may hold. */
public record DatabaseSettings(String url, String user, String password, int poolSize) {

    /** Flyway holds its lock on one connection while it migrates on another: one connection deadlocks start-up. */
    public static final int MINIMUM_POOL_SIZE = 2;

    public DatabaseSettings {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        if (poolSize < MINIMUM_POOL_SIZE) {
            throw new IllegalArgumentException("poolSize must be at least " + MINIMUM_POOL_SIZE);
        }
    }

    public boolean isPostgres() {
        return url.startsWith("jdbc:postgresql:");
    }

    /** The URL without anything after the first ';' or '?', so credentials passed as parameters never reach a log. */
    public String safeUrl() {
        int cut = url.length();
        for (char c : new char[] {';', '?'}) {
            int at = url.indexOf(c);
            if (at >= 0 && at < cut) {
                cut = at;
            }
        }
        return url.substring(0, cut);
    }

    @Override
    public String toString() {
        return "DatabaseSettings[url=" + safeUrl() + ", user=" + user + ", poolSize=" + poolSize + "]";
    }
}
