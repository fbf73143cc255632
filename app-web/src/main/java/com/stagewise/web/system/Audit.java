package com.stagewise.web.system;

import com.stagewise.domain.account.AuditTrail;
import com.stagewise.domain.account.User;
import com.stagewise.web.access.Visitor;
import io.javalin.http.Context;
import java.time.Clock;

/** Writes the audit trail on behalf of whoever makes the request. */
public final class Audit {

    private final AuditTrail trail;
    private final Clock clock;

    public Audit(AuditTrail trail, Clock clock) {
        this.trail = trail;
        this.clock = clock;
    }

    public void record(Context ctx, String action, String recordType, Object recordId, String detail) {
        Visitor visitor = Visitor.of(ctx);
        if (visitor.user().isPresent()) {
            User user = visitor.user().get();
            record(user.clinicId(), user, action, recordType, recordId, detail);
        } else {
            trail.record(visitor.clinicId(), clock.instant(), null, "API key", action, recordType,
                    recordId == null ? "" : String.valueOf(recordId), detail);
        }
    }

    public void record(long clinicId, User actor, String action, String recordType, Object recordId, String detail) {
        trail.record(clinicId, clock.instant(), actor == null ? null : actor.id(),
                actor == null ? "command line" : actor.displayName(), action, recordType,
                recordId == null ? "" : String.valueOf(recordId), detail);
    }

    public AuditTrail trail() {
        return trail;
    }
}
