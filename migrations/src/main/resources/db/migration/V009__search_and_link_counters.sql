-- Library search walks the clinic's entries in name order and asks, for each, whether it has a word
-- with the typed prefix: this index answers that with one seek instead of a scan of the prefix's words.
CREATE INDEX exercise_term_by_exercise ON exercise_term (exercise_id, term);

-- Name order over retired and current entries alike (the admin's "include retired" listing).
CREATE INDEX exercise_clinic_all_names ON exercise (clinic_id, name_sort, id);

-- How often and when a link was last opened, kept on the link: counting share_open on every view
-- of the patient's page made the page slower with every view. share_open keeps the times themselves.
ALTER TABLE share_link ADD COLUMN open_count INT NOT NULL DEFAULT 0;
ALTER TABLE share_link ADD COLUMN last_opened_at TIMESTAMP WITH TIME ZONE;
UPDATE share_link SET
    open_count = (SELECT COUNT(*) FROM share_open o WHERE o.share_link_id = share_link.id),
    last_opened_at = (SELECT MAX(o.opened_at) FROM share_open o WHERE o.share_link_id = share_link.id);
