package com.stagewise.web.programmes;

import com.stagewise.domain.programme.Patient;
import com.stagewise.domain.programme.Patients;
import com.stagewise.domain.programme.Programme;
import com.stagewise.domain.programme.ProgrammeStatus;
import com.stagewise.domain.programme.Programmes;
import com.stagewise.domain.stage.Stage;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Keeps each programme's stored verdict and review date true after the patient's facts change, so
 * the patient list and the dashboard can read them instead of judging every programme.
 */
public final class ProgrammeRefresh {

    private final Patients patients;
    private final Programmes programmes;
    private final ProgrammeCheck programmeCheck;
    private final Clock clock;

    public ProgrammeRefresh(Patients patients, Programmes programmes, ProgrammeCheck programmeCheck, Clock clock) {
        this.patients = patients;
        this.programmes = programmes;
        this.programmeCheck = programmeCheck;
        this.clock = clock;
    }

    public void afterFactsChanged(long clinicId, long patientId) {
        Patient patient = patients.find(clinicId, patientId).orElseThrow();
        LocalDate today = LocalDate.now(clock);
        if (patient.facts().stage() instanceof Stage.Postpartum postpartum && today.isBefore(postpartum.deliveryDate())) {
            return;
        }
        for (Programme programme : programmes.forPatient(clinicId, patientId)) {
            if (programme.status() == ProgrammeStatus.ARCHIVED) {
                continue;
            }
            ProgrammeCheck.Checked checked = programmeCheck.check(clinicId, patient.facts(), programme.items(), today);
            programmes.updateJudgement(clinicId, programme.id(), checked.evaluation().verdict(), checked.reviewDate());
        }
    }
}
