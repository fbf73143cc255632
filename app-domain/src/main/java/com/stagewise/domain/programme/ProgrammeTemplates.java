package com.stagewise.domain.programme;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port: programme templates, scoped by clinic. */
public interface ProgrammeTemplates {

    long create(long clinicId, Long ownerUserId, String name, List<ProgrammeTemplate.Entry> entries, Instant now);

    /** The clinic's templates and this user's own. */
    List<ProgrammeTemplate> visibleTo(long clinicId, long userId);

    Optional<ProgrammeTemplate> find(long clinicId, long templateId);

    boolean update(long clinicId, long templateId, String name, Long ownerUserId, List<ProgrammeTemplate.Entry> entries,
            Instant now);

    boolean delete(long clinicId, long templateId);
}
