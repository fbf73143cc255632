package com.stagewise.domain.account;

import java.util.Map;

/**
 * Port: every record of one clinic, table by table and row by row, for data portability. Secrets
 * (password, session, key and token hashes) are never part of it.
 */
public interface ClinicExport {

    void export(long clinicId, Sink sink);

    /** Receives the rows as they are read, so an export of years of data never sits in memory. */
    interface Sink {
        void startTable(String name);

        void row(Map<String, Object> row);

        void endTable();
    }
}
