package com.stagewise.persistence.testing;

/** The two databases every persistence test runs on. */
public enum DatabaseKind {
    H2,
    POSTGRES
}
