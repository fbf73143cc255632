package com.stagewise.domain.account;

import java.time.Instant;

/** Port: failed sign-in counters, per account and per address, shared by every instance. */
public interface LoginAttempts {

    /** Failures for this subject since {@code since}. */
    int failuresSince(String subject, Instant since);

    void recordFailure(String subject, Instant at);

    void clear(String subject);
}
