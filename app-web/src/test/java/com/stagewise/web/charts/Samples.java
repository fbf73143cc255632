package com.stagewise.web.charts;

import com.stagewise.domain.programme.ExerciseSession;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Not a test: sample sessions shared by the tests and the gallery. */
final class Samples {

    /** A Friday. */
    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    private Samples() {
    }

    static ExerciseSession session(LocalDate day, int pain) {
        return new ExerciseSession(day.toEpochDay() * 10 + pain, 1, 1, day.atTime(18, 0).toInstant(ZoneOffset.UTC), day,
                pain, "");
    }

    /** About three days a week for twelve weeks, pain easing from 6 to 2 with a flare of 8, and a double day. */
    static List<ExerciseSession> realistic() {
        List<ExerciseSession> sessions = new ArrayList<>();
        LocalDate start = AdherenceHeatMap.firstMonday(TODAY);
        int[][] pattern = {{0, 2, 4}, {0, 3}, {1, 2, 4, 6}, {0, 2, 4}, {}, {1, 3, 5}, {0, 2, 4, 5}, {0, 2, 4},
            {1, 3}, {0, 1, 2, 3, 4}, {0, 2, 4}, {0, 2, 4}};
        int n = 0;
        for (int w = 0; w < pattern.length; w++) {
            for (int d : pattern[w]) {
                LocalDate day = start.plusDays(w * 7L + d);
                if (day.isAfter(TODAY)) {
                    continue;
                }
                int pain = Math.max(1, 6 - n / 8) + (n % 3 == 0 ? 1 : 0);
                if (w == 6 && d == 2) {
                    pain = 8;
                }
                sessions.add(session(day, pain));
                n++;
            }
        }
        sessions.add(session(start.plusDays(9 * 7 + 2), 2)); // a second session that day
        sessions.add(session(TODAY.minusDays(14), 2));
        sessions.add(session(TODAY.minusDays(14), 3)); // two on one day
        return sessions;
    }

    static List<LocalDate> days(List<ExerciseSession> sessions) {
        return sessions.stream().map(ExerciseSession::loggedOn).toList();
    }
}
