package com.stagewise.persistence.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.stagewise.domain.account.ClinicDetails;
import com.stagewise.domain.account.NewUser;
import com.stagewise.domain.account.Role;
import com.stagewise.domain.catalogue.ImportCounts;
import com.stagewise.domain.catalogue.ImportJob;
import com.stagewise.persistence.Database;
import com.stagewise.persistence.account.JdbiClinics;
import com.stagewise.persistence.account.JdbiUsers;
import com.stagewise.persistence.testing.DatabaseKind;
import com.stagewise.persistence.testing.TestDatabases;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class JdbiImportJobsIT {

    private static final Instant START = Instant.parse("2026-11-22T09:00:00Z");

    private record Setup(Database database, JdbiImportJobs jobs, long clinicId, long userId, long otherClinicId) {
    }

    private static Setup setUp(DatabaseKind kind) {
        Database database = TestDatabases.fresh(kind);
        JdbiClinics clinics = new JdbiClinics(database.jdbi());
        JdbiUsers users = new JdbiUsers(database.jdbi());
        long clinic = clinics.create(new ClinicDetails("Riverside Physio", "", "", ""), START);
        long other = clinics.create(new ClinicDetails("Hillside Physio", "", "", ""), START);
        long user = users.create(clinic, new NewUser("lead@riverside.example", "Sam Lead", Set.of(Role.ADMIN)), START);
        return new Setup(database, new JdbiImportJobs(database.jdbi()), clinic, user, other);
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void a_new_job_runs_with_nothing_done(DatabaseKind kind) {
        Setup s = setUp(kind);
        try (Database ignored = s.database()) {
            long id = s.jobs().start(s.clinicId(), s.userId(), 120, START);

            ImportJob job = s.jobs().find(s.clinicId(), id).orElseThrow();
            assertThat(job.status()).isEqualTo(ImportJob.Status.RUNNING);
            assertThat(job.total()).isEqualTo(120);
            assertThat(job.done()).isZero();
            assertThat(job.createdBy()).isEqualTo(s.userId());
            assertThat(job.created()).isEqualTo(START);
            assertThat(job.messageKey()).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void progress_and_the_finish_are_kept_with_the_counts(DatabaseKind kind) {
        Setup s = setUp(kind);
        try (Database ignored = s.database()) {
            long id = s.jobs().start(s.clinicId(), s.userId(), 120, START);
            s.jobs().progress(id, 50, START.plusSeconds(2));

            ImportJob halfway = s.jobs().find(s.clinicId(), id).orElseThrow();
            assertThat(halfway.done()).isEqualTo(50);
            assertThat(halfway.percentDone()).isEqualTo(41);
            assertThat(halfway.updated()).isEqualTo(START.plusSeconds(2));

            s.jobs().finish(id, new ImportCounts(100, 5, 15, 2), START.plusSeconds(4));
            ImportJob done = s.jobs().find(s.clinicId(), id).orElseThrow();
            assertThat(done.status()).isEqualTo(ImportJob.Status.DONE);
            assertThat(done.done()).isEqualTo(120);
            assertThat(done.counts()).isEqualTo(new ImportCounts(100, 5, 15, 2));
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void a_failed_job_keeps_its_reason_and_no_longer_moves(DatabaseKind kind) {
        Setup s = setUp(kind);
        try (Database ignored = s.database()) {
            long id = s.jobs().start(s.clinicId(), s.userId(), 10, START);
            s.jobs().fail(id, "import.failed.changed", START.plusSeconds(1));
            s.jobs().progress(id, 10, START.plusSeconds(2));
            s.jobs().finish(id, new ImportCounts(10, 0, 0, 0), START.plusSeconds(3));

            ImportJob job = s.jobs().find(s.clinicId(), id).orElseThrow();
            assertThat(job.status()).isEqualTo(ImportJob.Status.FAILED);
            assertThat(job.messageKey()).isEqualTo("import.failed.changed");
            assertThat(job.done()).isZero();
            assertThat(job.updated()).isEqualTo(START.plusSeconds(1));
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void another_clinic_cannot_see_the_job(DatabaseKind kind) {
        Setup s = setUp(kind);
        try (Database ignored = s.database()) {
            long id = s.jobs().start(s.clinicId(), s.userId(), 10, START);

            assertThat(s.jobs().find(s.otherClinicId(), id)).isEmpty();
            assertThat(s.jobs().find(s.clinicId(), id + 1000)).isEmpty();
        }
    }
}
