package com.stagewise.domain.catalogue;

import com.stagewise.domain.Page;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port: a clinic's exercise library, every query scoped by the clinic. */
public interface Exercises {

    /** Fails with {@link SlugTakenException} when the clinic already has the slug. */
    long create(long clinicId, ExerciseContent content, Long pictureId, Instant now);

    /**
     * Saves a new version when {@code expectedVersion} is still current; empty when someone else
     * saved in between. The slug never changes.
     */
    Optional<Integer> saveNewVersion(long clinicId, long exerciseId, int expectedVersion, ExerciseContent content,
            Long pictureId, Instant now);

    Optional<Exercise> find(long clinicId, long exerciseId);

    Optional<Exercise> findBySlug(long clinicId, String slug);

    Optional<Exercise> findVersion(long clinicId, long exerciseId, int version);

    /** Given versions of several entries in one go (a programme's items); missing ones are left out. */
    List<Exercise> versions(long clinicId, List<VersionRef> refs);

    /** What the stage rules read of given versions, without the texts, by version; missing ones are left out. */
    java.util.Map<VersionRef, ExerciseAttributes> attributes(long clinicId, java.util.Collection<VersionRef> refs);

    /** The current version number of each of these entries. */
    java.util.Map<Long, Integer> currentVersions(long clinicId, java.util.Collection<Long> exerciseIds);

    record VersionRef(long exerciseId, int version) {
    }

    Page<Exercise> search(long clinicId, LibraryQuery query, int pageNumber, int pageSize);

    /** Every current entry, retired ones included, in name order: for export and the "suitable now" check. */
    List<Exercise> all(long clinicId);

    boolean setRetired(long clinicId, long exerciseId, boolean retired, Instant now);

    int count(long clinicId);

    long savePicture(long clinicId, String contentType, byte[] bytes, Instant now);

    Optional<Picture> picture(long clinicId, long pictureId);

    record Picture(String contentType, byte[] bytes) {
    }

    final class SlugTakenException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public SlugTakenException(String slug) {
            super("slug already in use: " + slug);
        }
    }
}
