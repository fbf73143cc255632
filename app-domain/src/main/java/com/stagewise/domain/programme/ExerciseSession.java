package com.stagewise.domain.programme;

import com.stagewise.domain.FieldProblem;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A session the patient logged: the day, how much it hurt (0–10) and what she wanted to say. */
public record ExerciseSession(long id, long patientId, long programmeId, Instant loggedAt, LocalDate loggedOn, int pain,
        String comment) {

    public static final int PAIN_MIN = 0;
    public static final int PAIN_MAX = 10;
    public static final int COMMENT_MAX = 500;
    /** Pain the dashboard treats as needing the clinician's attention. */
    public static final int HIGH_PAIN = 7;

    public static List<FieldProblem> problems(Integer pain, String comment) {
        List<FieldProblem> problems = new ArrayList<>();
        if (pain == null || pain < PAIN_MIN || pain > PAIN_MAX) {
            problems.add(FieldProblem.of("pain", "share.pain.required"));
        }
        if (comment != null && comment.strip().length() > COMMENT_MAX) {
            problems.add(FieldProblem.of("comment", "field.too-long", COMMENT_MAX));
        }
        return problems;
    }
}
