package com.stagewise.domain.programme;

import com.stagewise.domain.rules.Verdict;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** What a save writes: the new content and what the rules said about it, by whom and when. */
public record ProgrammeChange(String title, ProgrammeStatus status, List<ProgrammeItem> items, Verdict verdict,
        Optional<LocalDate> reviewDate, Long byUserId, String byName, Instant at) {

    public ProgrammeChange {
        items = List.copyOf(items);
    }
}
