package com.stagewise.persistence.catalogue;

import com.stagewise.domain.catalogue.ExerciseContent;
import com.stagewise.domain.catalogue.Exercise;
import com.stagewise.domain.catalogue.Exercises;
import com.stagewise.domain.catalogue.ImportCounts;
import com.stagewise.domain.catalogue.ImportPlan;
import com.stagewise.domain.catalogue.LibraryImports;
import com.stagewise.persistence.Timestamps;
import java.time.Instant;
import java.util.Optional;
import java.util.function.IntConsumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Writes an import plan in one transaction with {@link JdbiExercises}' own statements: a new entry,
 * or a new version guarded by the version the plan was made against. Any conflict rolls back all of it.
 */
public final class JdbiLibraryImports implements LibraryImports {

    private final Jdbi jdbi;

    public JdbiLibraryImports(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public ImportCounts write(long clinicId, ImportPlan plan, Instant now, IntConsumer progress) {
        return jdbi.inTransaction(h -> {
            int done = 0;
            for (ImportPlan.Step step : plan.steps()) {
                write(h, clinicId, step, now);
                progress.accept(++done);
            }
            return plan.counts();
        });
    }

    private static void write(Handle h, long clinicId, ImportPlan.Step step, Instant now) {
        ExerciseContent content = step.row().content();
        if (step.creates()) {
            long id;
            try {
                id = JdbiExercises.create(h, clinicId, content, null, now);
            } catch (Exercises.SlugTakenException taken) {
                throw new LibraryChangedException(content.slug());
            }
            if (step.row().retired()) {
                setRetired(h, clinicId, id, true, now);
            }
            return;
        }
        Exercise existing = step.existing().orElseThrow();
        if (step.changesContent()) {
            Optional<Integer> saved = JdbiExercises.saveNewVersion(h, clinicId, existing.id(), existing.version(), content,
                    existing.pictureId().orElse(null), now);
            if (saved.isEmpty()) {
                throw new LibraryChangedException(content.slug());
            }
        } else if (!stillAtVersion(h, clinicId, existing)) {
            throw new LibraryChangedException(content.slug());
        }
        if (step.changesRetired()) {
            setRetired(h, clinicId, existing.id(), step.row().retired(), now);
        }
    }

    private static boolean stillAtVersion(Handle h, long clinicId, Exercise existing) {
        return h.createQuery("SELECT COUNT(*) FROM exercise WHERE id = :id AND clinic_id = :clinic "
                        + "AND current_version = :version")
                .bind("id", existing.id()).bind("clinic", clinicId).bind("version", existing.version())
                .mapTo(Integer.class).one() == 1;
    }

    private static void setRetired(Handle h, long clinicId, long exerciseId, boolean retired, Instant now) {
        h.createUpdate("UPDATE exercise SET retired = :retired, updated_at = :now WHERE id = :id AND clinic_id = :clinic")
                .bind("retired", retired).bind("now", Timestamps.bind(now)).bind("id", exerciseId)
                .bind("clinic", clinicId).execute();
    }
}
