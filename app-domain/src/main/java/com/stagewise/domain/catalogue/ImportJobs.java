package com.stagewise.domain.catalogue;

import java.time.Instant;
import java.util.Optional;

/** Port: background library imports and their progress, every query scoped by the clinic. */
public interface ImportJobs {

    /** A new RUNNING job with nothing done yet; its id. */
    long start(long clinicId, long createdBy, int total, Instant now);

    /** Rows written so far; only while the job runs. */
    void progress(long jobId, int done, Instant now);

    /** The job wrote everything: DONE with these counts. */
    void finish(long jobId, ImportCounts counts, Instant now);

    /** The job wrote nothing: FAILED, with a message key saying why. */
    void fail(long jobId, String messageKey, Instant now);

    Optional<ImportJob> find(long clinicId, long jobId);
}
