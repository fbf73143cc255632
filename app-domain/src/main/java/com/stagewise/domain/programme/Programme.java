package com.stagewise.domain.programme;

import com.stagewise.domain.rules.Verdict;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A patient's programme. {@code verdict} and {@code reviewDate} are what the rules said when it was
 * last saved, kept so that lists and the dashboard need no evaluation; pages evaluate again.
 */
public record Programme(long id, long clinicId, long patientId, String title, ProgrammeStatus status, int version,
        List<ProgrammeItem> items, Verdict verdict, Optional<LocalDate> reviewDate, Instant updatedAt,
        String updatedBy, Optional<Instant> issuedAt, Optional<Verdict> issuedVerdict) {

    public static final int TITLE_MAX = 200;

    public Programme {
        Objects.requireNonNull(title, "title");
        items = List.copyOf(items);
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(reviewDate, "reviewDate");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(issuedVerdict, "issuedVerdict");
    }
}
