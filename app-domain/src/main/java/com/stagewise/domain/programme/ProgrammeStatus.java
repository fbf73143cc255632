package com.stagewise.domain.programme;

/** A draft is being built; an active programme has been issued to the patient; archived ones are history. */
public enum ProgrammeStatus {
    DRAFT,
    ACTIVE,
    ARCHIVED
}
