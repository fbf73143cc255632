package com.stagewise.domain.programme;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Port: what needs a clinician's attention, read from indexes at most {@code limit} rows per kind,
 * so the dashboard's cost does not grow with the clinic's history.
 */
public interface Attention {

    /** Items not yet marked as seen; {@code clinicianId} empty means the whole clinic. */
    List<AttentionItem> open(long clinicId, Optional<Long> clinicianId, LocalDate today, Instant now, int limit);

    /**
     * The ids of active programmes whose review date has come, earliest first, to be judged again for
     * today; only ids, because a dashboard page often lists none of them and need not load them.
     */
    List<Long> reviewDue(long clinicId, Optional<Long> clinicianId, LocalDate until, int limit);

    boolean markSeen(long clinicId, AttentionItem.Kind kind, String key, String seenBy, Instant at);
}
