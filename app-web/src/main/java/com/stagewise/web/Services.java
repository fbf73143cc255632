package com.stagewise.web;

import com.stagewise.domain.account.ApiKeys;
import com.stagewise.domain.account.AuditTrail;
import com.stagewise.domain.account.Clinics;
import com.stagewise.domain.account.Users;
import com.stagewise.persistence.Database;
import com.stagewise.persistence.account.JdbiApiKeys;
import com.stagewise.persistence.account.JdbiAuditTrail;
import com.stagewise.persistence.account.JdbiClinics;
import com.stagewise.persistence.account.JdbiLoginAttempts;
import com.stagewise.persistence.account.JdbiOneTimeTokens;
import com.stagewise.persistence.account.JdbiSessions;
import com.stagewise.persistence.account.JdbiUsers;
import com.stagewise.persistence.catalogue.JdbiExercises;
import com.stagewise.persistence.catalogue.JdbiImportJobs;
import com.stagewise.persistence.catalogue.JdbiLibraryImports;
import com.stagewise.web.catalogue.LibraryImportService;
import com.stagewise.domain.catalogue.Exercises;
import com.stagewise.domain.rules.StageCheck;
import com.stagewise.domain.programme.Patients;
import com.stagewise.domain.programme.Programmes;
import com.stagewise.domain.programme.ProgrammeTemplates;
import com.stagewise.persistence.programme.JdbiPatients;
import com.stagewise.persistence.programme.JdbiProgrammes;
import com.stagewise.persistence.programme.JdbiSharing;
import com.stagewise.domain.programme.Sharing;
import com.stagewise.domain.programme.Attention;
import com.stagewise.persistence.programme.JdbiAttention;
import com.stagewise.persistence.programme.JdbiProgrammeTemplates;
import com.stagewise.web.catalogue.StarterCatalogue;
import com.stagewise.web.access.AccountService;
import com.stagewise.web.access.LoginThrottle;
import com.stagewise.web.access.PasswordHasher;
import com.stagewise.web.access.SessionManager;
import com.stagewise.web.system.Audit;
import com.stagewise.web.system.Formats;
import com.stagewise.web.system.Messages;
import com.stagewise.web.system.Templates;
import java.time.Clock;
import java.time.Duration;

/** The adapters and services of one running app, built once from configuration. */
public final class Services {

    public final Messages messages = new Messages();
    public final Templates templates;
    public final Clinics clinics;
    public final Users users;
    public final ApiKeys apiKeys;
    public final AuditTrail auditTrail;
    public final Audit audit;
    public final PasswordHasher hasher;
    public final LoginThrottle throttle;
    public final SessionManager sessionManager;
    public final AccountService accounts;
    public final Exercises exercises;
    public final StarterCatalogue starterCatalogue;
    public final LibraryImportService libraryImport;
    public final StageCheck stageCheck = StageCheck.standard();
    public final Patients patients;
    public final Programmes programmes;
    public final ProgrammeTemplates programmeTemplates;
    public final Sharing sharing;
    public final Attention attention;

    public Services(Config config, Database database, Clock clock) {
        templates = new Templates(messages, new Formats(config.timeZone()));
        var jdbi = database.jdbi();
        clinics = new JdbiClinics(jdbi);
        users = new JdbiUsers(jdbi);
        apiKeys = new JdbiApiKeys(jdbi);
        auditTrail = new JdbiAuditTrail(jdbi);
        JdbiSessions sessions = new JdbiSessions(jdbi);
        audit = new Audit(auditTrail, clock);
        hasher = new PasswordHasher(config.passwordHashCost());
        throttle = new LoginThrottle(new JdbiLoginAttempts(jdbi), clock);
        sessionManager = new SessionManager(sessions, users, clock,
                Duration.ofMinutes(config.sessionIdleMinutes()), config.secureCookies());
        exercises = new JdbiExercises(jdbi);
        libraryImport = new LibraryImportService(exercises, new JdbiLibraryImports(jdbi), new JdbiImportJobs(jdbi), audit,
                clock);
        JdbiProgrammes jdbiProgrammes = new JdbiProgrammes(jdbi);
        programmes = jdbiProgrammes;
        patients = new JdbiPatients(jdbi, jdbiProgrammes);
        programmeTemplates = new JdbiProgrammeTemplates(jdbi);
        sharing = new JdbiSharing(jdbi);
        attention = new JdbiAttention(jdbi);
        starterCatalogue = new StarterCatalogue(exercises, programmeTemplates, clock);
        accounts = new AccountService(clinics, users, new JdbiOneTimeTokens(jdbi), sessions, hasher, clock,
                config.publicUrl(), starterCatalogue::copyInto);
    }
}
