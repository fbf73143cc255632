package com.stagewise.domain.catalogue;

import java.time.Instant;
import java.util.function.IntConsumer;

/** Port: writes a checked import plan in one transaction, so a library gets all of it or none of it. */
public interface LibraryImports {

    /**
     * Writes every step; {@code progress} hears the number of rows handled so far after each row
     * (it must not write through the same transaction). Fails with {@link LibraryChangedException}
     * when an entry was saved or a slug taken since the plan was made; nothing is written then.
     */
    ImportCounts write(long clinicId, ImportPlan plan, Instant now, IntConsumer progress);

    /** Someone changed the library between the check and the write: the import must be run again. */
    final class LibraryChangedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public LibraryChangedException(String slug) {
            super("the library entry changed during the import: " + slug);
        }
    }
}
