package com.stagewise.domain.account;

/** What a person may do in their clinic; one person may hold both. */
public enum Role {
    /** Keeps the library, the clinic's users and details, and its API keys. */
    ADMIN,
    /** Looks after patients and their programmes. */
    CLINICIAN
}
