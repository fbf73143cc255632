package com.stagewise.domain.catalogue;

/**
 * What an import did: new entries, new versions of existing entries, rows that matched the library
 * already, and entries whose retired flag the file changed (with or without a new version).
 */
public record ImportCounts(int created, int newVersions, int unchanged, int retiredChanged) {

    public static ImportCounts none() {
        return new ImportCounts(0, 0, 0, 0);
    }

    public int total() {
        return created + newVersions + unchanged;
    }

    @Override
    public String toString() {
        return "created " + created + ", new versions " + newVersions + ", unchanged " + unchanged
                + ", retired or restored " + retiredChanged;
    }
}
