package com.stagewise.persistence.programme;

import com.stagewise.domain.catalogue.Dose;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.statement.SqlStatement;

/** Doses, dates and enum sets in and out of rows, the same way for every table that holds them. */
final class Columns {

    private Columns() {
    }

    static <T extends SqlStatement<T>> T bindDose(T statement, Dose dose) {
        return statement.bind("sets", dose.sets()).bind("reps", dose.reps()).bind("hold", dose.holdSeconds())
                .bind("duration", dose.durationSeconds()).bind("perSide", dose.perSide())
                .bind("timesPerDay", dose.timesPerDay()).bind("daysPerWeek", dose.daysPerWeek());
    }

    static Dose dose(ResultSet rs) throws SQLException {
        return new Dose(integer(rs, "sets"), integer(rs, "reps"), integer(rs, "hold_seconds"),
                integer(rs, "duration_seconds"), rs.getBoolean("per_side"), integer(rs, "times_per_day"),
                integer(rs, "days_per_week"));
    }

    static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date value = rs.getDate(column);
        return value == null ? null : value.toLocalDate();
    }

    static String codes(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().collect(Collectors.joining(";"));
    }

    static <E extends Enum<E>> Set<E> parse(String codes, Class<E> type) {
        Set<E> set = EnumSet.noneOf(type);
        Arrays.stream(codes.split(";")).filter(code -> !code.isBlank()).forEach(code -> set.add(Enum.valueOf(type, code)));
        return set;
    }
}
