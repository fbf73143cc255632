package com.stagewise.web.catalogue;

import java.util.List;

/** A file read into rows of text, and what kept parts of it from being read (bad quotes, unknown columns). */
record ParsedFile(LibraryFormat format, List<ImportRow> rows, List<ImportProblem> problems) {

    ParsedFile {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }
}
