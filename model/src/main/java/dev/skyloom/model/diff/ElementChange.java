package dev.skyloom.model.diff;

import java.util.List;
import java.util.Objects;

/**
 * A component, connection, data class or the design's own settings, added, removed or changed; matched by
 * id. {@code kind} is the component or connection type's JSON name, {@code data-class} or {@code design}.
 * Labels are the display names on each side (empty on the side where the element does not exist); for an
 * added or removed element {@code fields} lists every field against an empty other side.
 */
public record ElementChange(
        String id, String kind, ChangeKind change, String beforeLabel, String afterLabel, List<FieldChange> fields) {
    public ElementChange {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(change, "change");
        beforeLabel = beforeLabel == null ? "" : beforeLabel;
        afterLabel = afterLabel == null ? "" : afterLabel;
        fields = List.copyOf(fields);
    }

    /** The name to show: the head's label, or the base's for a removed element. */
    public String label() {
        return afterLabel.isEmpty() ? beforeLabel : afterLabel;
    }
}
