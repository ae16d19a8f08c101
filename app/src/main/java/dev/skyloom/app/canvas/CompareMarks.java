package dev.skyloom.app.canvas;

import dev.skyloom.export.diagram.Rect;
import dev.skyloom.model.diff.ChangeKind;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.scene.paint.Color;

/**
 * What compare mode marks on the canvas: components of the shown design that are added or changed (by
 * id), and ghosts of removed components at the place the other design had them (world units). The canvas
 * draws them over the diagram; they are a view, never part of the design.
 */
public record CompareMarks(Map<String, ChangeKind> marked, List<Ghost> ghosts) {
    public static final CompareMarks NONE = new CompareMarks(Map.of(), List.of());

    /** A removed component: its id, name and bounds in the other design; containers are drawn larger. */
    public record Ghost(String id, String label, Rect bounds, boolean container) {
        public Ghost {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(bounds, "bounds");
        }
    }

    public CompareMarks {
        marked = Map.copyOf(marked);
        ghosts = List.copyOf(ghosts);
        if (marked.containsValue(ChangeKind.REMOVED)) {
            throw new IllegalArgumentException("a removed component is a ghost, not a mark on the design");
        }
    }

    /** The colour of a change kind in a theme: added = accept (green), changed = warning (amber), removed = error. */
    public static Color colour(CanvasTheme theme, ChangeKind kind) {
        return switch (kind) {
            case ADDED -> theme.accept();
            case CHANGED -> theme.warning();
            case REMOVED -> theme.error();
        };
    }

    public boolean isEmpty() {
        return marked.isEmpty() && ghosts.isEmpty();
    }
}
