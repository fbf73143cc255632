package com.stagewise.domain.programme;

import java.time.Instant;
import java.util.Objects;

/**
 * One thing on the dashboard that needs a clinician: what kind, about which patient, when it arose,
 * the key that marks it as dealt with, and a short detail (a pain score, a review date, flag codes).
 */
public record AttentionItem(Kind kind, long patientId, String patientName, Long programmeId, String key, Instant since,
        String detail) {

    /** Most urgent first: the order of the constants is the order on the dashboard. */
    public enum Kind {
        RED_FLAG,
        HIGH_PAIN,
        WORSE_THAN_ISSUED,
        REVIEW_DUE,
        DUE_DATE_PASSED,
        REFERRAL,
        LINK_NOT_OPENED
    }

    public AttentionItem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(since, "since");
        detail = Objects.requireNonNullElse(detail, "");
    }
}
