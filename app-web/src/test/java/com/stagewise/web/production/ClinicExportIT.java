package com.stagewise.web.production;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.stagewise.domain.programme.PatientDetails;
import com.stagewise.domain.stage.PatientState;
import com.stagewise.persistence.testing.DatabaseKind;
import com.stagewise.web.testing.TestApp;
import com.stagewise.web.testing.TestClinic;
import com.stagewise.web.testing.WebClient;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ClinicExportIT {

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void an_admin_exports_every_record_of_her_clinic_and_no_secret(DatabaseKind kind) throws Exception {
        try (TestApp app = TestApp.start(kind)) {
            TestClinic mine = app.createClinic("Export Clinic");
            TestClinic other = app.createClinic("Other Clinic");
            app.services().patients.create(mine.id(), new PatientDetails("Mine Example", false, "", "en"),
                    PatientState.pregnant(LocalDate.of(2027, 3, 1)), mine.clinicianId(), "Physio", app.clock().instant());
            app.services().patients.create(other.id(), new PatientDetails("Other Example", false, "", "en"),
                    PatientState.pregnant(LocalDate.of(2027, 3, 1)), other.clinicianId(), "Physio", app.clock().instant());
            WebClient admin = new WebClient(app);
            admin.signIn(mine.adminEmail(), TestClinic.PASSWORD);

            HttpResponse<String> response = admin.get("/admin/export.json");

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Disposition")).get().asString().contains("attachment");
            JsonNode tables = new ObjectMapper().readTree(response.body()).path("tables");
            assertThat(tables.path("clinic").get(0).path("name").asText()).isEqualTo("Export Clinic");
            assertThat(tables.path("patients")).hasSize(1);
            assertThat(tables.path("patients").get(0).path("display_name").asText()).isEqualTo("Mine Example");
            assertThat(tables.path("exercises")).hasSize(28);
            assertThat(tables.path("templates")).hasSize(3);
            assertThat(tables.path("users")).hasSize(2);
            assertThat(response.body()).doesNotContain("password_hash").doesNotContain("Other Example")
                    .doesNotContain("$2a$").doesNotContain("$2b$");
        }
    }

    @Test
    void a_clinician_cannot_export_the_clinic() {
        try (TestApp app = TestApp.start(DatabaseKind.H2)) {
            TestClinic clinic = app.createClinic("Closed Clinic");
            WebClient clinician = new WebClient(app);
            clinician.signIn(clinic.clinicianEmail(), TestClinic.PASSWORD);

            assertThat(clinician.get("/admin/export.json").statusCode()).isEqualTo(403);
        }
    }
}
