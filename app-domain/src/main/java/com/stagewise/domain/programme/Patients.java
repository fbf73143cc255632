package com.stagewise.domain.programme;

import com.stagewise.domain.Page;
import com.stagewise.domain.stage.PatientState;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Port: a clinic's patients and the history of their facts. */
public interface Patients {

    long create(long clinicId, PatientDetails details, PatientState facts, Long byUserId, String byName, Instant now);

    Optional<Patient> find(long clinicId, long patientId);

    /** Several patients by id in one go; ids not in the clinic are left out. */
    Map<Long, Patient> findAll(long clinicId, Collection<Long> patientIds);

    /** Empty when {@code expectedVersion} is stale. */
    Optional<Integer> updateDetails(long clinicId, long patientId, int expectedVersion, PatientDetails details, Instant now);

    /** Adds a new entry to the history of facts; the newest entry is what the rules read. */
    void recordFacts(long clinicId, long patientId, PatientState facts, Long byUserId, String byName, Instant now);

    List<FactsRecord> history(long clinicId, long patientId);

    Page<PatientSummary> search(long clinicId, String text, int pageNumber, int pageSize);

    /** A row of the patient list: the patient and their newest programme, if any. */
    record PatientSummary(Patient patient, Optional<Programme> currentProgramme) {
    }
}
