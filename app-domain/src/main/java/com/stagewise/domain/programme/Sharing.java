package com.stagewise.domain.programme;

import com.stagewise.domain.stage.RedFlag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Port: share links, what patients log through them, and the red flags they report. */
public interface Sharing {

    /** A new link for the programme; any earlier link of the programme stops working. */
    long createLink(long clinicId, long programmeId, String tokenHash, Optional<Instant> expiresAt, String createdBy,
            Instant now);

    Optional<ShareLink> currentLink(long clinicId, long programmeId);

    boolean revoke(long clinicId, long programmeId, Instant now);

    /** The link behind a token, usable or not (the page says which), with its clinic for every later query. */
    Optional<ShareLink> findByTokenHash(String tokenHash);

    /** Counts a visit and keeps its time, unless another was counted within {@link ShareLink#ONE_VISIT} before it. */
    void recordOpen(long linkId, Instant at);

    /** False when the same submission was recorded before (a double submit). */
    boolean logSession(long clinicId, long patientId, long programmeId, Instant at, LocalDate on, int pain, String comment,
            String submissionKey);

    List<ExerciseSession> recentSessions(long clinicId, long patientId, int limit);

    boolean reportRedFlags(long clinicId, long patientId, long programmeId, Set<RedFlag> flags, Instant at,
            String submissionKey);

    List<RedFlagReport> redFlagReports(long clinicId, long patientId);

    boolean markRedFlagsSeen(long clinicId, long reportId, String seenBy, Instant at);
}
