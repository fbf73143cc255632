package com.stagewise.domain.account;

import com.stagewise.domain.Page;
import java.time.Instant;
import java.util.List;

/** Port: the record of who changed what. Written by every feature, read by admins. */
public interface AuditTrail {

    void record(long clinicId, Instant at, Long actorUserId, String actor, String action, String recordType,
            String recordId, String detail);

    Page<AuditEvent> page(long clinicId, AuditFilter filter, int pageNumber, int pageSize);

    /** The distinct actions and record types seen in this clinic, for the filter menus. */
    List<String> actions(long clinicId);

    List<String> recordTypes(long clinicId);
}
