-- The dashboard reads at most a page of each kind of item. Each query walks an index already in the
-- order it shows, so it stops at its limit instead of reading a clinic's whole history; the id at the
-- end of each index decides between equal times and dates, so the items shown do not depend on the
-- database.

-- High pain: one range per pain score, walked newest first (an IN list over the scores is no index
-- condition in H2, which read every session of the clinic).
CREATE INDEX exercise_session_pain_newest ON exercise_session (clinic_id, pain, logged_at, id);
DROP INDEX exercise_session_high_pain;

CREATE INDEX programme_review_due ON programme (clinic_id, status, review_date, id);
DROP INDEX programme_review;

-- patient_facts keeps every superseded row, so an index over all rows would have the dashboard walk a
-- patient's history; the flag keeps only the rows patient.current_facts_id points at in the indexes'
-- ranges. It has no default: whoever writes facts has to say whether the row is the current one.
ALTER TABLE patient_facts ADD COLUMN is_current BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE patient_facts SET is_current = TRUE WHERE id IN (SELECT current_facts_id FROM patient);
ALTER TABLE patient_facts ALTER COLUMN is_current DROP DEFAULT;

CREATE INDEX patient_facts_due_passed ON patient_facts (clinic_id, is_current, stage, due_date, id);
DROP INDEX patient_facts_stage;

-- One per referral prompt, so each walks only the current facts that carry its symptom.
CREATE INDEX patient_facts_pelvic_girdle_pain ON patient_facts (clinic_id, is_current, stage, pelvic_girdle_pain, recorded_at, id);
CREATE INDEX patient_facts_back_pain ON patient_facts (clinic_id, is_current, stage, back_pain_not_improving, recorded_at, id);
CREATE INDEX patient_facts_bleeding ON patient_facts (clinic_id, is_current, stage, ongoing_bleeding, recorded_at, id);
CREATE INDEX patient_facts_pelvic_floor ON patient_facts (clinic_id, is_current, stage, pelvic_floor_symptoms, recorded_at, id);
