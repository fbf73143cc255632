package com.stagewise.web;

import com.stagewise.domain.account.ClinicDetails;
import com.stagewise.domain.account.NewUser;
import com.stagewise.domain.account.Role;
import com.stagewise.web.access.AccountService;
import com.stagewise.web.access.Tokens;
import java.time.Clock;
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
        LOG.info("loaded the demo data");
    }
}
