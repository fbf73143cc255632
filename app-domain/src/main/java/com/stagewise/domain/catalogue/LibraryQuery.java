package com.stagewise.domain.catalogue;

import java.util.Objects;
import java.util.Optional;

/** What the library page and the API filter on; empty means "any". Retired entries only on request. */
public record LibraryQuery(String text, Optional<Position> position, Optional<KindOfWork> kind, Optional<Level> level,
        Optional<Equipment> equipment, Optional<Demand> demand, boolean includeRetired) {

    public LibraryQuery {
        text = Objects.requireNonNullElse(text, "").strip();
    }

    public static LibraryQuery everything() {
        return new LibraryQuery("", Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), false);
    }

    public static LibraryQuery text(String text) {
        return new LibraryQuery(text, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), false);
    }
}
