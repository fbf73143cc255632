package com.stagewise.web.access;

import com.stagewise.domain.account.EmailAddress;
import com.stagewise.domain.account.LoginAttempts;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Slows password guessing: after too many failures in a window, an account or an address must
 * wait. The counters live in the database, so every instance counts the same failures.
 */
public final class LoginThrottle {

    public static final int MAX_FAILURES_PER_ACCOUNT = 5;
    public static final int MAX_FAILURES_PER_ADDRESS = 20;
    public static final Duration WINDOW = Duration.ofMinutes(15);

    private final LoginAttempts attempts;
    private final Clock clock;

    public LoginThrottle(LoginAttempts attempts, Clock clock) {
        this.attempts = attempts;
        this.clock = clock;
    }

    public boolean blocked(String email, String address) {
        Instant since = clock.instant().minus(WINDOW);
        return attempts.failuresSince(account(email), since) >= MAX_FAILURES_PER_ACCOUNT
                || attempts.failuresSince(address(address), since) >= MAX_FAILURES_PER_ADDRESS;
    }

    public void failed(String email, String address) {
        Instant now = clock.instant();
        attempts.recordFailure(account(email), now);
        attempts.recordFailure(address(address), now);
    }

    public void succeeded(String email) {
        attempts.clear(account(email));
    }

    private static String account(String email) {
        return "account:" + EmailAddress.normalise(email);
    }

    private static String address(String address) {
        return "address:" + address;
    }
}
