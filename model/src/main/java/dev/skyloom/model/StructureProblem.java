package dev.skyloom.model;

import java.util.Objects;

/** One way a set of components fails to be a design: the id concerned, the field, and what is wrong. */
public record StructureProblem(String subject, String field, String message) {
    public StructureProblem {
        subject = subject == null ? "" : subject;
        field = field == null ? "" : field;
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return (subject.isEmpty() ? "" : subject + ": ") + message;
    }
}
