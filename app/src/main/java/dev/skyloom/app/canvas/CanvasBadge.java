package dev.skyloom.app.canvas;

import java.util.List;
import java.util.Objects;

/** A problem marker on a component: the worst severity and the messages shown on hover. */
public record CanvasBadge(Level level, List<String> messages) {
    /** Badge severity, worst first. */
    public enum Level {
        ERROR,
        WARNING,
        INFO
    }

    public CanvasBadge {
        Objects.requireNonNull(level, "level");
        messages = List.copyOf(messages);
    }
}
