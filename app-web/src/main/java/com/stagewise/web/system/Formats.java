package com.stagewise.web.system;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/** Dates and times as pages show them, in the clinic's time zone. */
public final class Formats {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    private final ZoneId zone;

    public Formats(ZoneId zone) {
        this.zone = zone;
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(zone));
    }

    public String dateTime(Optional<Instant> instant) {
        return instant.map(this::dateTime).orElse("");
    }

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public ZoneId zone() {
        return zone;
    }
}
