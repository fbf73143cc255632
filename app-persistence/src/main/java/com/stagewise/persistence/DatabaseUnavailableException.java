package com.stagewise.persistence;

/** The database could not be reached or migrated at start-up; the message is one line meant for an operator. */
public final class DatabaseUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DatabaseUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
