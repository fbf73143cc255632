package com.stagewise.web;

import com.stagewise.domain.account.ClinicDetails;
import com.stagewise.domain.account.NewUser;
import com.stagewise.domain.account.Role;
import com.stagewise.web.access.AccountService;
import com.stagewise.web.access.Tokens;
import com.stagewise.domain.programme.PatientDetails;
import com.stagewise.domain.programme.ProgrammeChange;
import com.stagewise.domain.programme.ProgrammeItem;
import com.stagewise.domain.programme.ProgrammeStatus;
import com.stagewise.domain.programme.ProgrammeTemplate;
import com.stagewise.domain.stage.DeliveryMode;
import com.stagewise.domain.stage.PatientState;
import com.stagewise.web.programmes.ProgrammeCheck;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo clinic a new user sees on the first start of an empty database. Its logins and API key
 * are in the README and are for trying the app only.
 */
public final class DemoData {

    public static final String CLINIC_NAME = "Demo Physiotherapy";
    public static final String ADMIN_EMAIL = "admin@demo.stagewise.example";
    public static final String ADMIN_PASSWORD = "demo-admin-password";
    public static final String CLINICIAN_EMAIL = "physio@demo.stagewise.example";
    public static final String CLINICIAN_PASSWORD = "demo-physio-password";

    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    private DemoData() {
    }

    /** Patients at different stages, so every page has something to show on the first start. */
    private static void loadPatients(Services services, long clinicId, long clinicianId, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        String by = "Pat Physio";
        long anna = services.patients.create(clinicId, new PatientDetails("Anna Beispiel (demo)", true, "", "de"),
                PatientState.pregnant(today.plusWeeks(16).minusDays(3)).withPelvicGirdlePain(true), clinicianId, by, now);
        services.patients.create(clinicId, new PatientDetails("Bea Sample (demo)", true, "", "en"),
                PatientState.pregnant(today.plusWeeks(25).plusDays(1)), clinicianId, by, now);
        long cara = services.patients.create(clinicId, new PatientDetails("Cara Sample (demo)", true, "", "en"),
                PatientState.postpartum(today.minusWeeks(5).minusDays(2), DeliveryMode.CAESAREAN), clinicianId, by, now);
        services.patients.create(clinicId, new PatientDetails("Dana Sample (demo)", true, "", "en"),
                PatientState.postpartum(today.minusWeeks(10), DeliveryMode.VAGINAL).withPelvicFloorSymptoms(true)
                        .withMedicalClearance(today.minusWeeks(4)), clinicianId, by, now);
        programmeFromTemplate(services, clinicId, anna, "Pregnancy back care sequence (S0)", clinicianId, by, clock);
        programmeFromTemplate(services, clinicId, cara, "After birth: five moves and two stretches (S4)", clinicianId, by, clock);
    }

    private static void programmeFromTemplate(Services services, long clinicId, long patientId, String templateName,
            long userId, String by, Clock clock) {
        ProgrammeTemplate template = services.programmeTemplates.visibleTo(clinicId, userId).stream()
                .filter(t -> t.name().equals(templateName)).findFirst().orElseThrow();
        java.util.Map<Long, Integer> versions = services.exercises.currentVersions(clinicId,
                template.entries().stream().map(ProgrammeTemplate.Entry::exerciseId).toList());
        List<ProgrammeItem> items = template.entries().stream()
                .map(e -> new ProgrammeItem(e.exerciseId(), versions.get(e.exerciseId()), e.dose(), e.note(), "")).toList();
        var facts = services.patients.find(clinicId, patientId).orElseThrow().facts();
        var evaluation = new ProgrammeCheck(services.exercises, services.stageCheck)
                .check(clinicId, facts, items, LocalDate.now(clock)).evaluation();
        services.programmes.create(clinicId, patientId, new ProgrammeChange(templateName, ProgrammeStatus.DRAFT, items,
                evaluation.verdict(), evaluation.reviewDate(), userId, by, clock.instant()));
    }

    public static void loadIfEmpty(Services services, Config config, Clock clock) {
        if (!services.clinics.all().isEmpty()) {
            return;
        }
        AccountService.Created admin = services.accounts.createClinic(
                new ClinicDetails(CLINIC_NAME, "1 Example Street, Sampletown", "+44 1632 960000", "clinic@demo.stagewise.example"),
                ADMIN_EMAIL, "Alex Admin");
        services.accounts.setDemoPassword(admin.userId(), ADMIN_PASSWORD);
        AccountService.Created clinician = services.accounts.invite(admin.clinicId(),
                new NewUser(CLINICIAN_EMAIL, "Pat Physio", Set.of(Role.CLINICIAN)));
        services.accounts.setDemoPassword(clinician.userId(), CLINICIAN_PASSWORD);
        String key = config.demoApiKey();
        services.apiKeys.create(admin.clinicId(), "Demo key", Tokens.hash(key),
                key.substring(0, Math.min(key.length(), 9)), admin.userId(), clock.instant());
        loadPatients(services, admin.clinicId(), clinician.userId(), clock);
        LOG.info("loaded the demo data");
    }
}
