package com.stagewise.domain.programme;

import com.stagewise.domain.stage.RedFlag;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/** Red flags a patient ticked on her page, and whether a clinician has seen them. */
public record RedFlagReport(long id, long patientId, long programmeId, Instant reportedAt, Set<RedFlag> flags,
        Optional<Instant> seenAt, Optional<String> seenBy) {

    public RedFlagReport {
        flags = Set.copyOf(flags);
    }
}
