package dev.skyloom.model.diff;

import java.util.Objects;

/**
 * One field that differs, as display text: {@code before} is empty when the field is absent in the base
 * (an added element, an optional value that was not set), {@code after} likewise in the head.
 */
public record FieldChange(String field, String before, String after) {
    public FieldChange {
        Objects.requireNonNull(field, "field");
        before = before == null ? "" : before;
        after = after == null ? "" : after;
    }
}
