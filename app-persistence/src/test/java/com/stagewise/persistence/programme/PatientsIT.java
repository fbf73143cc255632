package com.stagewise.persistence.programme;

import static org.assertj.core.api.Assertions.assertThat;

import com.stagewise.domain.account.ClinicDetails;
import com.stagewise.domain.programme.Patient;
import com.stagewise.domain.programme.PatientDetails;
import com.stagewise.domain.stage.DeliveryMode;
import com.stagewise.domain.stage.PatientState;
import com.stagewise.persistence.Database;
import com.stagewise.persistence.account.JdbiClinics;
import com.stagewise.persistence.testing.DatabaseKind;
import com.stagewise.persistence.testing.TestDatabases;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PatientsIT {

    private static final Instant NOW = Instant.parse("2026-11-22T09:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private static long clinic(Database database, String name) {
        return new JdbiClinics(database.jdbi()).create(new ClinicDetails(name, "", "", ""), NOW);
    }

    private static long patient(JdbiPatients patients, long clinic, String name, PatientState facts) {
        return patients.create(clinic, new PatientDetails(name, false, "", "en"), facts, null, "Physio", NOW);
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void several_patients_are_found_at_once_with_their_current_facts_and_only_in_their_clinic(DatabaseKind kind) {
        try (Database database = TestDatabases.fresh(kind)) {
            JdbiPatients patients = new JdbiPatients(database.jdbi(), new JdbiProgrammes(database.jdbi()));
            long north = clinic(database, "North");
            long south = clinic(database, "South");
            long rosa = patient(patients, north, "Rosa", PatientState.pregnant(TODAY.plusWeeks(10)));
            long ida = patient(patients, north, "Ida", PatientState.pregnant(TODAY.plusWeeks(2)));
            patients.recordFacts(north, ida, PatientState.postpartum(TODAY, DeliveryMode.CAESAREAN), null, "Physio", NOW);
            long elsewhere = patient(patients, south, "Elsewhere", PatientState.pregnant(TODAY.plusWeeks(5)));
            patient(patients, north, "Not asked for", PatientState.pregnant(TODAY.plusWeeks(5)));

            Map<Long, Patient> found = patients.findAll(north, List.of(rosa, ida, elsewhere, rosa));
            assertThat(found).containsOnlyKeys(rosa, ida);
            assertThat(found.get(rosa).displayName()).isEqualTo("Rosa");
            assertThat(found.get(ida).facts()).isEqualTo(PatientState.postpartum(TODAY, DeliveryMode.CAESAREAN));
            assertThat(patients.findAll(north, List.of())).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void recording_facts_leaves_only_the_newest_row_of_a_patients_history_flagged_current(DatabaseKind kind) {
        try (Database database = TestDatabases.fresh(kind)) {
            JdbiPatients patients = new JdbiPatients(database.jdbi(), new JdbiProgrammes(database.jdbi()));
            long clinic = clinic(database, "North");
            long rosa = patient(patients, clinic, "Rosa", PatientState.pregnant(TODAY.plusWeeks(10)));
            long ida = patient(patients, clinic, "Ida", PatientState.pregnant(TODAY.plusWeeks(1)));
            patients.recordFacts(clinic, rosa, PatientState.pregnant(TODAY.plusWeeks(9)), null, "Physio", NOW);
            patients.recordFacts(clinic, rosa, PatientState.postpartum(TODAY, DeliveryMode.VAGINAL), null, "Physio", NOW);

            List<Long> current = database.jdbi().withHandle(h -> h.createQuery("SELECT id FROM patient_facts "
                    + "WHERE is_current = TRUE ORDER BY id").mapTo(Long.class).list());
            assertThat(current).containsExactly(patients.history(clinic, ida).get(0).id(),
                    patients.history(clinic, rosa).get(0).id());
            assertThat(patients.history(clinic, rosa)).hasSize(3);
        }
    }
}
