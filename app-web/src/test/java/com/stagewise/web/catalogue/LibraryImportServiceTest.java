package com.stagewise.web.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.stagewise.domain.account.AuditTrail;
import com.stagewise.domain.account.Role;
import com.stagewise.domain.account.User;
import com.stagewise.domain.catalogue.Dose;
import com.stagewise.domain.catalogue.Equipment;
import com.stagewise.domain.catalogue.ExerciseAttributes;
import com.stagewise.domain.catalogue.ExerciseContent;
import com.stagewise.domain.catalogue.Exercises;
import com.stagewise.domain.catalogue.ImportCounts;
import com.stagewise.domain.catalogue.ImportJob;
import com.stagewise.domain.catalogue.ImportJobs;
import com.stagewise.domain.catalogue.ImportPlan;
import com.stagewise.domain.catalogue.ImportedExercise;
import com.stagewise.domain.catalogue.KindOfWork;
import com.stagewise.domain.catalogue.Level;
import com.stagewise.domain.catalogue.LibraryImports;
import com.stagewise.domain.catalogue.Position;
import com.stagewise.domain.catalogue.Texts;
import com.stagewise.web.system.Audit;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The background run: progress every few rows through the jobs port, one ending, one audit event. */
class LibraryImportServiceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T09:00:00Z"), ZoneOffset.UTC);
    private static final User ADMIN = new User(5, 1, "lead@riverside.example", "Sam Lead", Set.of(Role.ADMIN), true, true);

    private final List<String> calls = new CopyOnWriteArrayList<>();
    private final CountDownLatch ended = new CountDownLatch(1);

    private final ImportJobs jobs = new ImportJobs() {
        @Override
        public long start(long clinicId, long createdBy, int total, Instant now) {
            calls.add("start " + total);
            return 77;
        }

        @Override
        public void progress(long jobId, int done, Instant now) {
            calls.add("progress " + done);
        }

        @Override
        public void finish(long jobId, ImportCounts counts, Instant now) {
            calls.add("finish " + counts);
        }

        @Override
        public void fail(long jobId, String messageKey, Instant now) {
            calls.add("fail " + messageKey);
        }

        @Override
        public Optional<ImportJob> find(long clinicId, long jobId) {
            return Optional.empty();
        }
    };

    private final AuditTrail trail = (AuditTrail) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {AuditTrail.class}, (proxy, method, args) -> {
                if (method.getName().equals("record")) {
                    calls.add("audit " + args[4] + " " + args[7]);
                    ended.countDown();
                }
                return null;
            });

    private final Exercises emptyLibrary = (Exercises) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {Exercises.class}, (proxy, method, args) -> {
                if (method.getName().equals("all")) {
                    return List.of();
                }
                throw new UnsupportedOperationException(method.getName());
            });

    private static List<ImportedExercise> rows(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> new ImportedExercise(new ExerciseContent("exercise-" + i,
                Texts.english("Exercise " + i), ExerciseAttributes.of(Position.SITTING, KindOfWork.RELAX, Level.GENTLE),
                Set.of(Equipment.CHAIR), Dose.unset(), true, Texts.none(), Texts.english("Sit."), Texts.none(),
                Texts.none(), "", ""), false)).toList();
    }

    private List<String> run(LibraryImports imports, int rows) throws InterruptedException {
        try (LibraryImportService service = new LibraryImportService(emptyLibrary, imports, jobs, new Audit(trail, CLOCK),
                CLOCK)) {
            assertThat(service.start(1, ADMIN, rows(rows))).isEqualTo(77);
            assertThat(ended.await(10, TimeUnit.SECONDS)).isTrue();
        }
        return calls;
    }

    @Test
    void a_long_import_reports_its_progress_every_few_rows_then_its_counts() throws InterruptedException {
        LibraryImports writesEverything = (clinicId, plan, now, progress) -> {
            IntStream.rangeClosed(1, plan.size()).forEach(progress::accept);
            return plan.counts();
        };

        assertThat(run(writesEverything, 60)).containsExactly("start 60", "progress 25", "progress 50",
                "finish created 60, new versions 0, unchanged 0, retired or restored 0",
                "audit LIBRARY_IMPORTED created 60, new versions 0, unchanged 0, retired or restored 0");
    }

    @Test
    void a_library_changed_in_between_fails_the_job_and_says_why() throws InterruptedException {
        LibraryImports conflicts = (clinicId, plan, now, progress) -> {
            progress.accept(1);
            throw new LibraryImports.LibraryChangedException("exercise-1");
        };

        assertThat(run(conflicts, 3)).containsExactly("start 3", "fail import.failed.changed",
                "audit LIBRARY_IMPORT_FAILED import.failed.changed");
    }

    @Test
    void an_unexpected_failure_fails_the_job_without_details() throws InterruptedException {
        LibraryImports breaks = new LibraryImports() {
            @Override
            public ImportCounts write(long clinicId, ImportPlan plan, Instant now, IntConsumer progress) {
                throw new IllegalStateException("database gone: secret detail");
            }
        };

        assertThat(run(breaks, 3)).containsExactly("start 3", "fail import.failed.unexpected",
                "audit LIBRARY_IMPORT_FAILED import.failed.unexpected");
    }
}
