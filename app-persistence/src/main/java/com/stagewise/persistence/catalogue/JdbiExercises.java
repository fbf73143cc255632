package com.stagewise.persistence.catalogue;

import com.stagewise.domain.Page;
import com.stagewise.domain.catalogue.Demand;
import com.stagewise.domain.catalogue.Dose;
import com.stagewise.domain.catalogue.Equipment;
import com.stagewise.domain.catalogue.Exercise;
import com.stagewise.domain.catalogue.ExerciseAttributes;
import com.stagewise.domain.catalogue.ExerciseContent;
import com.stagewise.domain.catalogue.Exercises;
import com.stagewise.domain.catalogue.KindOfWork;
import com.stagewise.domain.catalogue.Level;
import com.stagewise.domain.catalogue.LibraryQuery;
import com.stagewise.domain.catalogue.Position;
import com.stagewise.domain.catalogue.Texts;
import com.stagewise.persistence.Timestamps;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.Update;

public final class JdbiExercises implements Exercises {

    private static final String VERSION_JOIN = "SELECT e.id AS exercise_id, e.slug, e.retired, v.* "
            + "FROM exercise e JOIN exercise_version v ON v.exercise_id = e.id ";
    private static final RowMapper<Exercise> EXERCISE = JdbiExercises::map;

    /**
     * A typed word that starts at most this many of a clinic's indexed words is rare enough to find the
     * entries from: they are fetched through the word index and sorted. A commoner word leaves the walk
     * in name order, which stops as soon as a page is full.
     */
    static final int RARE_WORD_LIMIT = 1_000;

    private final Jdbi jdbi;
    private final int rareWordLimit;

    public JdbiExercises(Jdbi jdbi) {
        this(jdbi, RARE_WORD_LIMIT);
    }

    /** With another limit, so tests can take each road through {@link #search}. */
    JdbiExercises(Jdbi jdbi, int rareWordLimit) {
        this.jdbi = jdbi;
        this.rareWordLimit = rareWordLimit;
    }

    @Override
    public long create(long clinicId, ExerciseContent content, Long pictureId, Instant now) {
        return jdbi.inTransaction(h -> create(h, clinicId, content, pictureId, now));
    }

    /** Within a caller's transaction, so an import writes all of its rows or none. */
    public static long create(Handle h, long clinicId, ExerciseContent content, Long pictureId, Instant now) {
        boolean taken = h.createQuery("SELECT COUNT(*) FROM exercise WHERE clinic_id = :clinic AND slug = :slug")
                .bind("clinic", clinicId).bind("slug", content.slug()).mapTo(Integer.class).one() > 0;
        if (taken) {
            throw new SlugTakenException(content.slug());
        }
        long id = bindCurrent(h.createUpdate("INSERT INTO exercise (clinic_id, slug, current_version, retired, name_en, "
                        + "name_sort, position, kind, level, equipment, demands, updated_at) VALUES (:clinic, :slug, 1, FALSE, "
                        + ":nameEn, :nameSort, :position, :kind, :level, :equipment, :demands, :now)"), content)
                .bind("clinic", clinicId).bind("slug", content.slug()).bind("now", Timestamps.bind(now))
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        insertVersion(h, clinicId, id, 1, content, pictureId, now);
        indexTerms(h, clinicId, id, content);
        return id;
    }

    @Override
    public Optional<Integer> saveNewVersion(long clinicId, long exerciseId, int expectedVersion, ExerciseContent content,
            Long pictureId, Instant now) {
        return jdbi.inTransaction(h -> saveNewVersion(h, clinicId, exerciseId, expectedVersion, content, pictureId, now));
    }

    public static Optional<Integer> saveNewVersion(Handle h, long clinicId, long exerciseId, int expectedVersion,
            ExerciseContent content, Long pictureId, Instant now) {
        int next = expectedVersion + 1;
        // the version check in the WHERE clause is the optimistic lock: a concurrent save changes nothing here
        int updated = bindCurrent(h.createUpdate("UPDATE exercise SET current_version = :next, name_en = :nameEn, "
                        + "name_sort = :nameSort, position = :position, kind = :kind, level = :level, equipment = :equipment, "
                        + "demands = :demands, updated_at = :now "
                        + "WHERE id = :id AND clinic_id = :clinic AND current_version = :expected"), content)
                .bind("next", next).bind("now", Timestamps.bind(now)).bind("id", exerciseId).bind("clinic", clinicId)
                .bind("expected", expectedVersion)
                .execute();
        if (updated != 1) {
            return Optional.empty();
        }
        insertVersion(h, clinicId, exerciseId, next, content, pictureId, now);
        h.createUpdate("DELETE FROM exercise_term WHERE exercise_id = :id").bind("id", exerciseId).execute();
        indexTerms(h, clinicId, exerciseId, content);
        return Optional.of(next);
    }

    @Override
    public Optional<Exercise> find(long clinicId, long exerciseId) {
        return jdbi.withHandle(h -> h.createQuery(VERSION_JOIN
                        + "WHERE e.id = :id AND e.clinic_id = :clinic AND v.version = e.current_version")
                .bind("id", exerciseId).bind("clinic", clinicId).map(EXERCISE).findOne());
    }

    @Override
    public Optional<Exercise> findBySlug(long clinicId, String slug) {
        return jdbi.withHandle(h -> h.createQuery(VERSION_JOIN
                        + "WHERE e.slug = :slug AND e.clinic_id = :clinic AND v.version = e.current_version")
                .bind("slug", slug).bind("clinic", clinicId).map(EXERCISE).findOne());
    }

    @Override
    public Optional<Exercise> findVersion(long clinicId, long exerciseId, int version) {
        return jdbi.withHandle(h -> h.createQuery(VERSION_JOIN
                        + "WHERE e.id = :id AND e.clinic_id = :clinic AND v.version = :version")
                .bind("id", exerciseId).bind("clinic", clinicId).bind("version", version).map(EXERCISE).findOne());
    }

    @Override
    public List<Exercise> versions(long clinicId, List<VersionRef> refs) {
        if (refs.isEmpty()) {
            return List.of();
        }
        Set<VersionRef> wanted = Set.copyOf(refs);
        return jdbi.withHandle(h -> h.createQuery(VERSION_JOIN + "WHERE e.clinic_id = :clinic AND v.exercise_id IN (<ids>)")
                .bind("clinic", clinicId).bindList("ids", exerciseIds(wanted)).map(EXERCISE).stream()
                .filter(e -> wanted.contains(new VersionRef(e.id(), e.version()))).toList());
    }

    /**
     * The entries' ids, bound as parameters: the statement's text then depends only on how many there
     * are, so the database plans it once (a list of literal (id, version) pairs was a new statement to
     * parse and plan on every page), and the index on exercise_id finds the rows. An entry has few
     * versions, so reading all of them and keeping the wanted ones costs little.
     */
    private static List<Long> exerciseIds(Set<VersionRef> refs) {
        return refs.stream().map(VersionRef::exerciseId).distinct().sorted().toList();
    }

    @Override
    public Map<VersionRef, ExerciseAttributes> attributes(long clinicId, java.util.Collection<VersionRef> refs) {
        if (refs.isEmpty()) {
            return Map.of();
        }
        Set<VersionRef> wanted = Set.copyOf(refs);
        return jdbi.withHandle(h -> h.createQuery("SELECT exercise_id, version, position, kind, level, demands "
                        + "FROM exercise_version WHERE clinic_id = :clinic AND exercise_id IN (<ids>)")
                .bind("clinic", clinicId).bindList("ids", exerciseIds(wanted))
                .map((rs, ctx) -> Map.entry(new VersionRef(rs.getLong("exercise_id"), rs.getInt("version")), attributes(rs)))
                .filter(entry -> wanted.contains(entry.getKey()))
                .collectToMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    @Override
    public java.util.Map<Long, Integer> currentVersions(long clinicId, java.util.Collection<Long> exerciseIds) {
        if (exerciseIds.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<Long, Integer> versions = new java.util.HashMap<>();
        jdbi.useHandle(h -> h.createQuery("SELECT id, current_version FROM exercise WHERE clinic_id = :clinic AND id IN (<ids>)")
                .bind("clinic", clinicId).bindList("ids", new ArrayList<>(exerciseIds))
                .map((rs, ctx) -> Map.entry(rs.getLong("id"), rs.getInt("current_version")))
                .forEach(e -> versions.put(e.getKey(), e.getValue())));
        return versions;
    }

    /**
     * One page of the library. The cost follows the page, not the size of the library: without a rare
     * word the query walks an index in name order (the ORDER BY names the index's columns, which H2
     * needs to see that no sort is left to do) and checks each entry's words with one seek; with a rare
     * word it starts from that word's few entries.
     */
    @Override
    public Page<Exercise> search(long clinicId, LibraryQuery query, int pageNumber, int pageSize) {
        StringBuilder where = new StringBuilder("e.clinic_id = :clinic");
        if (!query.includeRetired()) {
            where.append(" AND e.retired = FALSE");
        }
        query.position().ifPresent(p -> where.append(" AND e.position = :position"));
        query.kind().ifPresent(k -> where.append(" AND e.kind = :kind"));
        query.level().ifPresent(l -> where.append(" AND e.level = :level"));
        query.equipment().ifPresent(eq -> where.append(" AND e.equipment LIKE :equipment"));
        query.demand().ifPresent(d -> where.append(" AND e.demands LIKE :demand"));
        List<String> words = SearchTerms.query(query.text());
        return jdbi.withHandle(h -> {
            int rare = rarestWord(h, clinicId, words);
            for (int i = 0; i < words.size(); i++) {
                if (i == rare) {
                    where.append(" AND e.id IN (SELECT t.exercise_id FROM exercise_term t WHERE t.clinic_id = :clinic"
                            + " AND t.term >= :w").append(i).append(" AND t.term < :u").append(i).append(")");
                } else {
                    // e is already this clinic's, so its words are too; leaving clinic_id out lets the seek use (exercise_id, term)
                    where.append(" AND EXISTS (SELECT 1 FROM exercise_term t WHERE t.exercise_id = e.id"
                            + " AND t.term >= :w").append(i).append(" AND t.term < :u").append(i).append(")");
                }
            }
            String order = rare >= 0 ? "e.name_sort, e.id"
                    : query.includeRetired() ? "e.clinic_id, e.name_sort, e.id" : "e.clinic_id, e.retired, e.name_sort, e.id";
            Query idQuery = h.createQuery("SELECT e.id FROM exercise e WHERE " + where + " ORDER BY " + order
                            + " LIMIT :limit OFFSET :offset")
                    .bind("clinic", clinicId).bind("limit", pageSize + 1).bind("offset", Page.offset(pageNumber, pageSize));
            query.position().ifPresent(p -> idQuery.bind("position", p.name()));
            query.kind().ifPresent(k -> idQuery.bind("kind", k.name()));
            query.level().ifPresent(l -> idQuery.bind("level", l.name()));
            query.equipment().ifPresent(eq -> idQuery.bind("equipment", "%," + eq.name() + ",%"));
            query.demand().ifPresent(d -> idQuery.bind("demand", "%," + d.name() + ",%"));
            for (int i = 0; i < words.size(); i++) {
                idQuery.bind("w" + i, words.get(i)).bind("u" + i, SearchTerms.upperBound(words.get(i)));
            }
            List<Long> found = idQuery.mapTo(Long.class).list();
            boolean hasNext = found.size() > pageSize;
            List<Long> pageIds = hasNext ? found.subList(0, pageSize) : found;
            return new Page<>(current(h, clinicId, pageIds), Math.max(pageNumber, 1), pageSize, hasNext);
        });
    }

    /** The index of the word that starts the fewest indexed words, if it is rare; -1 otherwise. Counts stop at the limit. */
    private int rarestWord(Handle h, long clinicId, List<String> words) {
        int rarest = -1;
        int fewest = rareWordLimit + 1;
        for (int i = 0; i < words.size(); i++) {
            int count = h.createQuery("SELECT COUNT(*) FROM (SELECT 1 FROM exercise_term WHERE clinic_id = :clinic "
                            + "AND term >= :w AND term < :u LIMIT :cap) x")
                    .bind("clinic", clinicId).bind("w", words.get(i)).bind("u", SearchTerms.upperBound(words.get(i)))
                    .bind("cap", rareWordLimit + 1).mapTo(Integer.class).one();
            if (count < fewest) {
                fewest = count;
                rarest = i;
            }
        }
        return rarest;
    }

    /** The current versions of these entries in the given order, in one query. */
    private static List<Exercise> current(Handle h, long clinicId, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Exercise> rows = h.createQuery(VERSION_JOIN + "WHERE e.clinic_id = :clinic AND v.version = e.current_version "
                        + "AND e.id IN (<ids>)")
                .bind("clinic", clinicId).bindList("ids", ids).map(EXERCISE).list();
        List<Exercise> ordered = new ArrayList<>(rows);
        ordered.sort((a, b) -> Integer.compare(ids.indexOf(a.id()), ids.indexOf(b.id())));
        return ordered;
    }

    @Override
    public List<Exercise> all(long clinicId) {
        return jdbi.withHandle(h -> h.createQuery(VERSION_JOIN
                        + "WHERE e.clinic_id = :clinic AND v.version = e.current_version ORDER BY e.name_sort, e.id")
                .bind("clinic", clinicId).map(EXERCISE).list());
    }

    @Override
    public boolean setRetired(long clinicId, long exerciseId, boolean retired, Instant now) {
        return jdbi.withHandle(h -> h.createUpdate("UPDATE exercise SET retired = :retired, updated_at = :now "
                        + "WHERE id = :id AND clinic_id = :clinic")
                .bind("retired", retired).bind("now", Timestamps.bind(now)).bind("id", exerciseId)
                .bind("clinic", clinicId).execute()) == 1;
    }

    @Override
    public int count(long clinicId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM exercise WHERE clinic_id = :clinic")
                .bind("clinic", clinicId).mapTo(Integer.class).one());
    }

    @Override
    public long savePicture(long clinicId, String contentType, byte[] bytes, Instant now) {
        return jdbi.withHandle(h -> h.createUpdate("INSERT INTO picture (clinic_id, content_type, data, created_at) "
                        + "VALUES (:clinic, :type, :data, :now)")
                .bind("clinic", clinicId).bind("type", contentType).bind("data", bytes).bind("now", Timestamps.bind(now))
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }

    @Override
    public Optional<Picture> picture(long clinicId, long pictureId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT content_type, data FROM picture WHERE id = :id AND clinic_id = :clinic")
                .bind("id", pictureId).bind("clinic", clinicId)
                .map((rs, ctx) -> new Picture(rs.getString("content_type"), rs.getBytes("data")))
                .findOne());
    }

    private static Update bindCurrent(Update update, ExerciseContent content) {
        ExerciseAttributes attributes = content.attributes();
        return update.bind("nameEn", content.name().en())
                .bind("nameSort", SearchTerms.fold(content.name().en()))
                .bind("position", attributes.position().name())
                .bind("kind", attributes.kind().name())
                .bind("level", attributes.level().name())
                .bind("equipment", codes(content.equipment()))
                .bind("demands", codes(attributes.demands()));
    }

    private static void insertVersion(Handle h, long clinicId, long exerciseId, int version, ExerciseContent c,
            Long pictureId, Instant now) {
        Dose dose = c.defaultDose();
        h.createUpdate("INSERT INTO exercise_version (exercise_id, clinic_id, version, name_en, name_de, position, kind, "
                        + "level, demands, equipment, dose_sets, dose_reps, dose_hold_seconds, dose_duration_seconds, "
                        + "dose_per_side, dose_times_per_day, dose_days_per_week, dose_is_clinic_default, dose_note_en, "
                        + "dose_note_de, steps_en, steps_de, cues_en, cues_de, pregnancy_note_en, pregnancy_note_de, sources, "
                        + "figure, picture_id, created_at) VALUES (:exercise, :clinic, :version, :nameEn, :nameDe, :position, "
                        + ":kind, :level, :demands, :equipment, :sets, :reps, :hold, :duration, :perSide, :timesPerDay, "
                        + ":daysPerWeek, :clinicDefault, :doseNoteEn, :doseNoteDe, :stepsEn, :stepsDe, :cuesEn, :cuesDe, "
                        + ":pregEn, :pregDe, :sources, :figure, :picture, :now)")
                .bind("exercise", exerciseId).bind("clinic", clinicId).bind("version", version)
                .bind("nameEn", c.name().en()).bind("nameDe", c.name().de())
                .bind("position", c.attributes().position().name()).bind("kind", c.attributes().kind().name())
                .bind("level", c.attributes().level().name()).bind("demands", codes(c.attributes().demands()))
                .bind("equipment", codes(c.equipment()))
                .bind("sets", dose.sets()).bind("reps", dose.reps()).bind("hold", dose.holdSeconds())
                .bind("duration", dose.durationSeconds()).bind("perSide", dose.perSide())
                .bind("timesPerDay", dose.timesPerDay()).bind("daysPerWeek", dose.daysPerWeek())
                .bind("clinicDefault", c.doseIsClinicDefault())
                .bind("doseNoteEn", c.doseNote().en()).bind("doseNoteDe", c.doseNote().de())
                .bind("stepsEn", c.steps().en()).bind("stepsDe", c.steps().de())
                .bind("cuesEn", c.cues().en()).bind("cuesDe", c.cues().de())
                .bind("pregEn", c.pregnancyNote().en()).bind("pregDe", c.pregnancyNote().de())
                .bind("sources", c.sources()).bind("figure", c.figure()).bind("picture", pictureId)
                .bind("now", Timestamps.bind(now))
                .execute();
    }

    private static void indexTerms(Handle h, long clinicId, long exerciseId, ExerciseContent c) {
        PreparedBatch batch = h.prepareBatch("INSERT INTO exercise_term (clinic_id, term, exercise_id) VALUES (:clinic, :term, :id)");
        for (String term : SearchTerms.of(c.slug().replace('-', ' '), c.name().en(), c.name().de(), c.steps().en(),
                c.steps().de(), c.cues().en(), c.cues().de())) {
            batch.bind("clinic", clinicId).bind("term", term).bind("id", exerciseId).add();
        }
        if (batch.size() > 0) {
            batch.execute();
        }
    }

    /** Enum sets as ",A,B," so a LIKE '%,A,%' finds one code and never a code that merely contains it. */
    static String codes(Set<? extends Enum<?>> values) {
        return values.isEmpty() ? "," : "," + values.stream().map(Enum::name).sorted().collect(Collectors.joining(",")) + ",";
    }

    private static <E extends Enum<E>> Set<E> parse(String codes, Class<E> type) {
        Set<E> set = EnumSet.noneOf(type);
        Arrays.stream(codes.split(",")).filter(code -> !code.isBlank()).forEach(code -> set.add(Enum.valueOf(type, code)));
        return set;
    }

    private static Exercise map(ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx) throws SQLException {
        Dose dose = new Dose(integer(rs, "dose_sets"), integer(rs, "dose_reps"), integer(rs, "dose_hold_seconds"),
                integer(rs, "dose_duration_seconds"), rs.getBoolean("dose_per_side"), integer(rs, "dose_times_per_day"),
                integer(rs, "dose_days_per_week"));
        ExerciseAttributes attributes = attributes(rs);
        ExerciseContent content = new ExerciseContent(rs.getString("slug"),
                new Texts(rs.getString("name_en"), rs.getString("name_de")), attributes,
                parse(rs.getString("equipment"), Equipment.class), dose, rs.getBoolean("dose_is_clinic_default"),
                new Texts(rs.getString("dose_note_en"), rs.getString("dose_note_de")),
                new Texts(rs.getString("steps_en"), rs.getString("steps_de")),
                new Texts(rs.getString("cues_en"), rs.getString("cues_de")),
                new Texts(rs.getString("pregnancy_note_en"), rs.getString("pregnancy_note_de")),
                rs.getString("sources"), rs.getString("figure"));
        long picture = rs.getLong("picture_id");
        Optional<Long> pictureId = rs.wasNull() ? Optional.empty() : Optional.of(picture);
        return new Exercise(rs.getLong("exercise_id"), rs.getLong("clinic_id"), rs.getInt("version"),
                rs.getBoolean("retired"), content, pictureId, Timestamps.read(rs, "created_at"));
    }

    private static ExerciseAttributes attributes(ResultSet rs) throws SQLException {
        return new ExerciseAttributes(Position.valueOf(rs.getString("position")), KindOfWork.valueOf(rs.getString("kind")),
                Level.valueOf(rs.getString("level")), parse(rs.getString("demands"), Demand.class));
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}
