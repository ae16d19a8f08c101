package dev.skyloom.model.diff;

import java.util.Locale;

/** How an element differs between the base and the head design. */
public enum ChangeKind {
    ADDED,
    REMOVED,
    CHANGED;

    /** The JSON name: {@code added}, {@code removed}, {@code changed}. */
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
