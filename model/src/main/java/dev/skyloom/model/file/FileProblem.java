package dev.skyloom.model.file;

import java.util.Objects;

/**
 * One problem found in a design file: the file name, the line it is on ({@code 0} when unknown), the
 * component, connection or data-class id it concerns ({@code ""} for the file as a whole), the JSON field
 * ({@code ""} when none) and a one-line description that names the field.
 */
public record FileProblem(String file, int line, String subject, String field, String message) {
    public FileProblem {
        file = file == null ? "" : file;
        if (line < 0) {
            throw new IllegalArgumentException("line must not be negative: " + line);
        }
        subject = subject == null ? "" : subject;
        field = field == null ? "" : field;
        Objects.requireNonNull(message, "message");
    }

    /** {@code "<file>: line L: <subject>: <message>"}, leaving out the parts that are unknown. */
    public String describe() {
        StringBuilder s = new StringBuilder();
        if (!file.isEmpty()) {
            s.append(file).append(": ");
        }
        if (line > 0) {
            s.append("line ").append(line).append(": ");
        }
        if (!subject.isEmpty()) {
            s.append(Quoted.plain(subject)).append(": ");
        }
        return s.append(message).toString();
    }

    @Override
    public String toString() {
        return describe();
    }
}
