package com.stagewise.web.catalogue;

import java.util.List;

/**
 * One thing wrong with an import file: the row (1 is a CSV file's header; for JSON the exercise's
 * place in the list; 0 for the file as a whole), the column or field as the file names it (empty
 * for the whole row), and a message key with its arguments.
 */
record ImportProblem(int row, String column, String messageKey, List<Object> arguments) {

    ImportProblem {
        column = column == null ? "" : column;
        arguments = List.copyOf(arguments);
    }

    static ImportProblem of(int row, String column, String messageKey, Object... arguments) {
        return new ImportProblem(row, column, messageKey, List.of(arguments));
    }

    static ImportProblem ofFile(String messageKey, Object... arguments) {
        return new ImportProblem(0, "", messageKey, List.of(arguments));
    }
}
