package com.stagewise.domain.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ImportJobTest {

    private static final Instant STARTED = Instant.parse("2026-11-22T09:00:00Z");

    private static ImportJob running(int total, int done, Instant updated) {
        return new ImportJob(7, 1, 2, ImportJob.Status.RUNNING, total, done, ImportCounts.none(), "", STARTED, updated);
    }

    @Test
    void the_share_done_is_a_whole_per_cent() {
        assertThat(running(3, 1, STARTED).percentDone()).isEqualTo(33);
        assertThat(running(3, 3, STARTED).percentDone()).isEqualTo(100);
        assertThat(running(0, 0, STARTED).percentDone()).isZero();
    }

    @Test
    void a_job_that_moved_recently_is_still_running() {
        ImportJob job = running(10, 4, STARTED);
        Instant lastMoment = STARTED.plus(ImportJob.STALLED_AFTER);

        assertThat(job.statusAt(lastMoment)).isEqualTo(ImportJob.Status.RUNNING);
        assertThat(job.failureAt(lastMoment)).isEmpty();
    }

    @Test
    void a_job_that_has_not_moved_for_ten_minutes_counts_as_failed() {
        ImportJob job = running(10, 4, STARTED);
        Instant after = STARTED.plus(ImportJob.STALLED_AFTER).plusSeconds(1);

        assertThat(job.statusAt(after)).isEqualTo(ImportJob.Status.FAILED);
        assertThat(job.failureAt(after)).hasValue(ImportJob.STALLED);
    }

    @Test
    void a_finished_job_never_stalls() {
        ImportJob done = new ImportJob(7, 1, 2, ImportJob.Status.DONE, 10, 10, new ImportCounts(10, 0, 0, 0), "",
                STARTED, STARTED);

        assertThat(done.statusAt(STARTED.plusSeconds(86_400))).isEqualTo(ImportJob.Status.DONE);
    }
}
