package com.stagewise.domain.programme;

import java.util.List;
import java.util.Optional;

/** Port: programmes, scoped by clinic, saved with an optimistic lock on their version. */
public interface Programmes {

    long create(long clinicId, long patientId, ProgrammeChange content);

    Optional<Programme> find(long clinicId, long programmeId);

    List<Programme> forPatient(long clinicId, long patientId);

    /** These programmes in the order of the ids, in a few queries whatever the count; other clinics' are left out. */
    List<Programme> findAll(long clinicId, List<Long> ids);

    /** The new version, or empty when {@code expectedVersion} is no longer current (someone saved in between). */
    Optional<Integer> save(long clinicId, long programmeId, int expectedVersion, ProgrammeChange change);

    /**
     * Stores what the rules say now (after the patient's facts changed) without touching the
     * content or its version, so nobody's open edit is refused because of it.
     */
    void updateJudgement(long clinicId, long programmeId, com.stagewise.domain.rules.Verdict verdict,
            java.util.Optional<java.time.LocalDate> reviewDate);

    /** Marks the programme issued; the verdict is kept to see later whether the stage has made it worse. */
    Optional<Integer> issue(long clinicId, long programmeId, int expectedVersion, ProgrammeChange change);
}
