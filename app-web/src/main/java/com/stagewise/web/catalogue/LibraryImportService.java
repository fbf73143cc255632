package com.stagewise.web.catalogue;

import com.stagewise.domain.account.User;
import com.stagewise.domain.catalogue.Exercises;
import com.stagewise.domain.catalogue.ImportCounts;
import com.stagewise.domain.catalogue.ImportJobs;
import com.stagewise.domain.catalogue.ImportPlan;
import com.stagewise.domain.catalogue.ImportedExercise;
import com.stagewise.domain.catalogue.LibraryImports;
import com.stagewise.web.system.Audit;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs checked imports in the background. The plan is made against the library as it is when the
 * file is accepted; the write is one transaction, and its progress goes to the job row through
 * other connections every {@value #PROGRESS_EVERY} rows, so that any instance can show it.
 * One audit event per import, when it ends.
 */
public final class LibraryImportService implements AutoCloseable {

    static final int PROGRESS_EVERY = 25;
    private static final int THREADS = 2;
    private static final Logger LOG = LoggerFactory.getLogger(LibraryImportService.class);

    private final Exercises exercises;
    private final LibraryImports imports;
    private final ImportJobs jobs;
    private final Audit audit;
    private final Clock clock;
    private final ExecutorService executor = Executors.newFixedThreadPool(THREADS, new ImportThreads());

    public LibraryImportService(Exercises exercises, LibraryImports imports, ImportJobs jobs, Audit audit, Clock clock) {
        this.exercises = exercises;
        this.imports = imports;
        this.jobs = jobs;
        this.audit = audit;
        this.clock = clock;
    }

    public ImportJobs jobs() {
        return jobs;
    }

    /** Starts writing checked rows for the clinic; the id of the job that shows how it goes. */
    public long start(long clinicId, User actor, List<ImportedExercise> rows) {
        ImportPlan plan = ImportPlan.of(exercises.all(clinicId), rows);
        long jobId = jobs.start(clinicId, actor.id(), plan.size(), clock.instant());
        try {
            executor.execute(() -> run(jobId, clinicId, actor, plan));
        } catch (RejectedExecutionException e) {
            fail(jobId, clinicId, actor, "import.failed.unexpected");
        }
        return jobId;
    }

    private void run(long jobId, long clinicId, User actor, ImportPlan plan) {
        try {
            ImportCounts counts = imports.write(clinicId, plan, clock.instant(), done -> {
                if (done % PROGRESS_EVERY == 0 && done < plan.size()) {
                    progress(jobId, done);
                }
            });
            jobs.finish(jobId, counts, clock.instant());
            audit.record(clinicId, actor, "LIBRARY_IMPORTED", "import", jobId, counts.toString());
        } catch (LibraryImports.LibraryChangedException e) {
            fail(jobId, clinicId, actor, "import.failed.changed");
        } catch (RuntimeException e) {
            LOG.error("library import {} failed: {}", jobId, causes(e));
            fail(jobId, clinicId, actor, "import.failed.unexpected");
        }
    }

    /** Progress is for the eyes only: a failed update must not stop the import. */
    private void progress(long jobId, int done) {
        try {
            jobs.progress(jobId, done, clock.instant());
        } catch (RuntimeException e) {
            LOG.warn("library import {}: progress not saved: {}", jobId, causes(e));
        }
    }

    private void fail(long jobId, long clinicId, User actor, String messageKey) {
        try {
            jobs.fail(jobId, messageKey, clock.instant());
            audit.record(clinicId, actor, "LIBRARY_IMPORT_FAILED", "import", jobId, messageKey);
        } catch (RuntimeException e) {
            LOG.error("library import {}: failure not saved: {}", jobId, causes(e));
        }
    }

    /** Exception classes only: their messages may quote the file's text or SQL values. */
    private static String causes(Throwable e) {
        StringBuilder chain = new StringBuilder(e.getClass().getName());
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            chain.append(" < ").append(cause.getClass().getName());
        }
        if (e.getStackTrace().length > 0) {
            chain.append(" at ").append(e.getStackTrace()[0]);
        }
        return chain.toString();
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }

    private static final class ImportThreads implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "library-import-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
