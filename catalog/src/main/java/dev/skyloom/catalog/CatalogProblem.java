package dev.skyloom.catalog;

import java.util.Objects;

/**
 * One thing wrong with catalog or price-list input: the file, the 1-based line (0 when the problem
 * concerns the whole file), the column name (empty when it concerns the whole row) and what is wrong.
 */
public record CatalogProblem(String file, int line, String column, String message) {
    public CatalogProblem {
        Objects.requireNonNull(file, "file");
        column = column == null ? "" : column;
        Objects.requireNonNull(message, "message");
    }

    /** {@code file:line: column: message}, the form used in error output. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(':').append(line);
        }
        sb.append(": ");
        if (!column.isEmpty()) {
            sb.append("column ").append(column).append(": ");
        }
        return sb.append(message).toString();
    }
}
