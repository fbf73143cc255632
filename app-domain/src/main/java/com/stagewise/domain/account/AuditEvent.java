package com.stagewise.domain.account;

import java.time.Instant;
import java.util.Objects;

/** Who did what, when, to which record. {@code actor} is a display name kept as it was at the time. */
public record AuditEvent(long id, long clinicId, Instant at, Long actorUserId, String actor, String action,
        String recordType, String recordId, String detail) {

    public AuditEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(recordType, "recordType");
        recordId = Objects.requireNonNullElse(recordId, "");
        detail = Objects.requireNonNullElse(detail, "");
    }
}
