package com.stagewise.persistence.programme;

import com.stagewise.domain.Page;
import com.stagewise.domain.programme.FactsRecord;
import com.stagewise.domain.programme.Patient;
import com.stagewise.domain.programme.PatientDetails;
import com.stagewise.domain.programme.Patients;
import com.stagewise.domain.programme.Programme;
import com.stagewise.domain.stage.AbdominalSeparation;
import com.stagewise.domain.stage.Contraindication;
import com.stagewise.domain.stage.DeliveryMode;
import com.stagewise.domain.stage.PatientState;
import com.stagewise.domain.stage.PerinealTrauma;
import com.stagewise.domain.stage.RedFlag;
import com.stagewise.domain.stage.Stage;
import com.stagewise.persistence.Timestamps;
import com.stagewise.persistence.catalogue.SearchTerms;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

public final class JdbiPatients implements Patients {

    private static final String PATIENT_WITH_FACTS = "SELECT p.id AS p_id, p.clinic_id AS p_clinic, p.display_name, "
            + "p.pseudonym, p.contact, p.language, p.version AS p_version, f.* "
            + "FROM patient p JOIN patient_facts f ON f.id = p.current_facts_id ";

    private final Jdbi jdbi;
    private final JdbiProgrammes programmes;

    public JdbiPatients(Jdbi jdbi, JdbiProgrammes programmes) {
        this.jdbi = jdbi;
        this.programmes = programmes;
    }

    @Override
    public long create(long clinicId, PatientDetails details, PatientState facts, Long byUserId, String byName, Instant now) {
        return jdbi.inTransaction(h -> {
            long id = h.createUpdate("INSERT INTO patient (clinic_id, display_name, name_sort, pseudonym, contact, language, "
                            + "clinician_user_id, version, created_at, updated_at) VALUES (:clinic, :name, :sort, :pseudonym, "
                            + ":contact, :language, :clinician, 1, :now, :now)")
                    .bind("clinician", byUserId)
                    .bind("clinic", clinicId).bind("name", details.displayName()).bind("sort", sortKey(details.displayName()))
                    .bind("pseudonym", details.pseudonym()).bind("contact", details.contact())
                    .bind("language", details.language()).bind("now", Timestamps.bind(now))
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            insertFacts(h, clinicId, id, facts, byUserId, byName, now);
            return id;
        });
    }

    @Override
    public Optional<Patient> find(long clinicId, long patientId) {
        return jdbi.withHandle(h -> h.createQuery(PATIENT_WITH_FACTS + "WHERE p.id = :id AND p.clinic_id = :clinic")
                .bind("id", patientId).bind("clinic", clinicId).map((rs, ctx) -> patient(rs)).findOne());
    }

    @Override
    public Map<Long, Patient> findAll(long clinicId, Collection<Long> patientIds) {
        if (patientIds.isEmpty()) {
            return Map.of();
        }
        return jdbi.withHandle(h -> h.createQuery(PATIENT_WITH_FACTS + "WHERE p.clinic_id = :clinic AND p.id IN (<ids>)")
                .bind("clinic", clinicId).bindList("ids", List.copyOf(new HashSet<>(patientIds)))
                .map((rs, ctx) -> patient(rs)).collectToMap(Patient::id, patient -> patient));
    }

    @Override
    public Optional<Integer> updateDetails(long clinicId, long patientId, int expectedVersion, PatientDetails details,
            Instant now) {
        int updated = jdbi.withHandle(h -> h.createUpdate("UPDATE patient SET display_name = :name, name_sort = :sort, "
                        + "pseudonym = :pseudonym, contact = :contact, language = :language, version = version + 1, "
                        + "updated_at = :now WHERE id = :id AND clinic_id = :clinic AND version = :expected")
                .bind("name", details.displayName()).bind("sort", sortKey(details.displayName()))
                .bind("pseudonym", details.pseudonym()).bind("contact", details.contact())
                .bind("language", details.language()).bind("now", Timestamps.bind(now))
                .bind("id", patientId).bind("clinic", clinicId).bind("expected", expectedVersion).execute());
        return updated == 1 ? Optional.of(expectedVersion + 1) : Optional.empty();
    }

    @Override
    public void recordFacts(long clinicId, long patientId, PatientState facts, Long byUserId, String byName, Instant now) {
        jdbi.useTransaction(h -> {
            boolean ours = h.createQuery("SELECT COUNT(*) FROM patient WHERE id = :id AND clinic_id = :clinic")
                    .bind("id", patientId).bind("clinic", clinicId).mapTo(Integer.class).one() == 1;
            if (!ours) {
                throw new IllegalArgumentException("no such patient in this clinic");
            }
            insertFacts(h, clinicId, patientId, facts, byUserId, byName, now);
        });
    }

    @Override
    public List<FactsRecord> history(long clinicId, long patientId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM patient_facts WHERE patient_id = :id AND clinic_id = :clinic "
                        + "ORDER BY id DESC")
                .bind("id", patientId).bind("clinic", clinicId)
                .map((rs, ctx) -> new FactsRecord(rs.getLong("id"), Timestamps.read(rs, "recorded_at"),
                        rs.getString("recorded_by"), facts(rs)))
                .list());
    }

    @Override
    public Page<PatientSummary> search(long clinicId, String text, int pageNumber, int pageSize) {
        String term = sortKey(text == null ? "" : text);
        return jdbi.withHandle(h -> {
            List<Patient> rows = h.createQuery(PATIENT_WITH_FACTS + "WHERE p.clinic_id = :clinic "
                            + (term.isEmpty() ? "" : "AND p.name_sort LIKE :term ")
                            + "ORDER BY p.name_sort, p.id LIMIT :limit OFFSET :offset")
                    .bind("clinic", clinicId).bind("term", "%" + escapeLike(term) + "%")
                    .bind("limit", pageSize + 1).bind("offset", Page.offset(pageNumber, pageSize))
                    .map((rs, ctx) -> patient(rs)).list();
            boolean hasNext = rows.size() > pageSize;
            List<Patient> page = hasNext ? rows.subList(0, pageSize) : rows;
            Map<Long, Programme> newest = programmes.newestFor(h, clinicId, page.stream().map(Patient::id).toList());
            List<PatientSummary> summaries = new ArrayList<>();
            for (Patient patient : page) {
                summaries.add(new PatientSummary(patient, Optional.ofNullable(newest.get(patient.id()))));
            }
            return new Page<>(summaries, Math.max(pageNumber, 1), pageSize, hasNext);
        });
    }

    private static void insertFacts(Handle h, long clinicId, long patientId, PatientState f, Long byUserId, String byName,
            Instant now) {
        String stage;
        java.time.LocalDate due = null;
        java.time.LocalDate delivery = null;
        String mode = null;
        if (f.stage() instanceof Stage.Pregnancy pregnancy) {
            stage = "PREGNANT";
            due = pregnancy.dueDate();
        } else {
            Stage.Postpartum postpartum = (Stage.Postpartum) f.stage();
            stage = "POSTPARTUM";
            delivery = postpartum.deliveryDate();
            mode = postpartum.mode().name();
        }
        long factsId = h.createUpdate("INSERT INTO patient_facts (patient_id, clinic_id, recorded_at, recorded_by_user_id, "
                        + "recorded_by, stage, due_date, delivery_date, delivery_mode, medical_clearance_date, contraindications, "
                        + "contraindications_signed_off, obstetric_approval, supine_symptoms, pelvic_girdle_pain, "
                        + "abdominal_separation, perineal_trauma, perineal_healed, pelvic_health_review, pelvic_floor_symptoms, "
                        + "impact_screen_passed, red_flags, back_pain_not_improving, ongoing_bleeding, is_current) VALUES (:patient, "
                        + ":clinic, :now, :byId, :by, :stage, :due, :delivery, :mode, :clearance, :contra, :signedOff, :approval, "
                        + ":supine, :pgp, :separation, :trauma, :healed, :review, :floor, :screen, :flags, :backPain, :bleeding, TRUE)")
                .bind("patient", patientId).bind("clinic", clinicId).bind("now", Timestamps.bind(now))
                .bind("byId", byUserId).bind("by", byName).bind("stage", stage).bind("due", due).bind("delivery", delivery)
                .bind("mode", mode).bind("clearance", f.medicalClearanceDate())
                .bind("contra", Columns.codes(f.contraindications()))
                .bind("signedOff", f.contraindicationsSignedOff()).bind("approval", f.obstetricApproval())
                .bind("supine", f.supineSymptoms()).bind("pgp", f.pelvicGirdlePain())
                .bind("separation", f.abdominalSeparation().name()).bind("trauma", f.perinealTrauma().name())
                .bind("healed", f.perinealHealed()).bind("review", f.pelvicHealthReview())
                .bind("floor", f.pelvicFloorSymptoms()).bind("screen", f.impactScreenPassed())
                .bind("flags", Columns.codes(f.redFlags())).bind("backPain", f.backPainNotImproving())
                .bind("bleeding", f.ongoingBleeding())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        h.createUpdate("UPDATE patient SET current_facts_id = :facts, updated_at = :now WHERE id = :id")
                .bind("facts", factsId).bind("now", Timestamps.bind(now)).bind("id", patientId).execute();
        // after the patient row is locked above, so that of two people recording facts at once the second
        // also clears the first one's row and exactly the row current_facts_id names stays current
        h.createUpdate("UPDATE patient_facts SET is_current = FALSE WHERE patient_id = :id AND is_current = TRUE AND id <> :facts")
                .bind("id", patientId).bind("facts", factsId).execute();
    }

    private static Patient patient(ResultSet rs) throws SQLException {
        PatientDetails details = new PatientDetails(rs.getString("display_name"), rs.getBoolean("pseudonym"),
                rs.getString("contact"), rs.getString("language"));
        return new Patient(rs.getLong("p_id"), rs.getLong("p_clinic"), details, facts(rs),
                Timestamps.read(rs, "recorded_at"), rs.getInt("p_version"));
    }

    static PatientState facts(ResultSet rs) throws SQLException {
        Stage stage = "PREGNANT".equals(rs.getString("stage"))
                ? Stage.pregnancy(Columns.date(rs, "due_date"))
                : Stage.postpartum(Columns.date(rs, "delivery_date"), DeliveryMode.valueOf(rs.getString("delivery_mode")));
        return PatientState.withNothingRecorded(stage)
                .withMedicalClearance(Columns.date(rs, "medical_clearance_date"))
                .withContraindications(Columns.parse(rs.getString("contraindications"), Contraindication.class))
                .withContraindicationsSignedOff(rs.getBoolean("contraindications_signed_off"))
                .withObstetricApproval(rs.getBoolean("obstetric_approval"))
                .withSupineSymptoms(rs.getBoolean("supine_symptoms"))
                .withPelvicGirdlePain(rs.getBoolean("pelvic_girdle_pain"))
                .withAbdominalSeparation(AbdominalSeparation.valueOf(rs.getString("abdominal_separation")))
                .withPerinealTrauma(PerinealTrauma.valueOf(rs.getString("perineal_trauma")))
                .withPerinealHealed(rs.getBoolean("perineal_healed"))
                .withPelvicHealthReview(rs.getBoolean("pelvic_health_review"))
                .withPelvicFloorSymptoms(rs.getBoolean("pelvic_floor_symptoms"))
                .withImpactScreenPassed(rs.getBoolean("impact_screen_passed"))
                .withRedFlags(Columns.parse(rs.getString("red_flags"), RedFlag.class))
                .withBackPainNotImproving(rs.getBoolean("back_pain_not_improving"))
                .withOngoingBleeding(rs.getBoolean("ongoing_bleeding"));
    }

    /** How a patient's name sorts and is searched; public so the data generator writes the same key. */
    public static String sortKey(String name) {
        return SearchTerms.fold(name.strip());
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
