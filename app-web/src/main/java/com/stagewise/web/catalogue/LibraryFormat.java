package com.stagewise.web.catalogue;

/** The two shapes of a library file, and how each names a place in the file for a problem report. */
enum LibraryFormat {
    CSV("import.problem.csv.cell", "import.problem.csv.row"),
    JSON("import.problem.json.field", "import.problem.json.entry");

    private final String cellKey;
    private final String rowKey;

    LibraryFormat(String cellKey, String rowKey) {
        this.cellKey = cellKey;
        this.rowKey = rowKey;
    }

    /** "Row {0}, column {1}: {2}" or "Exercise {0}, field {1}: {2}". */
    String cellKey() {
        return cellKey;
    }

    /** "Row {0}: {1}" or "Exercise {0}: {1}". */
    String rowKey() {
        return rowKey;
    }

    String label(LibraryColumn column) {
        return this == CSV ? column.csv() : column.json();
    }

    /** Decided by the content, never by the file's name: JSON starts with an object or a list. */
    static LibraryFormat of(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                return c == '{' || c == '[' ? JSON : CSV;
            }
        }
        return CSV;
    }
}
