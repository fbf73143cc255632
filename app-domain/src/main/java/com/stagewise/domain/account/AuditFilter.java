package com.stagewise.domain.account;

import java.time.LocalDate;
import java.util.Optional;

/** What an admin narrows the audit trail to; empty means "any". */
public record AuditFilter(Optional<Long> actorUserId, Optional<String> action, Optional<String> recordType,
        Optional<LocalDate> from, Optional<LocalDate> to) {

    public static AuditFilter everything() {
        return new AuditFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }
}
