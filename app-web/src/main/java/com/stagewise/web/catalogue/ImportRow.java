package com.stagewise.web.catalogue;

import java.util.EnumMap;
import java.util.Map;

/** One exercise as a file gave it, every field as text, before it is checked. */
record ImportRow(int number, Map<LibraryColumn, String> cells) {

    ImportRow {
        cells = cells.isEmpty() ? Map.of() : new EnumMap<>(cells);
    }

    String cell(LibraryColumn column) {
        String value = cells.get(column);
        return value == null ? "" : value;
    }

    boolean blank() {
        return cells.values().stream().allMatch(String::isBlank);
    }
}
