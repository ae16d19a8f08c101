package dev.skyloom.app.canvas;

import dev.skyloom.model.Bounds;
import java.util.Set;

/**
 * Where the canvas sends gestures. The canvas never edits the model; the shell turns each intent into
 * an undoable edit (or refuses it) and sets the resulting design back on the canvas.
 */
public interface CanvasIntents {
    /** A finished drag (or an arrow-key nudge) of the given components: called once per gesture. */
    void move(Set<String> ids, double dx, double dy);

    /**
     * A finished drag of GPU pools or storage released over another container than their region (empty: the
     * bare canvas): the shell moves them into it or refuses with the palette's reason. By default a move.
     */
    default void moveInto(
            Set<String> ids, java.util.Optional<String> container, double dx, double dy, double sceneX, double sceneY) {
        move(ids, dx, dy);
    }

    /** A finished resize of a container to new world bounds. */
    void resize(String id, Bounds bounds);

    /** A connection gesture from one component to another, released at the scene point. */
    void connect(String fromId, String toId, double sceneX, double sceneY);

    /** The in-place editor committed a new name. */
    void rename(String id, String newName);

    /** Delete key on a non-empty selection. */
    void delete(Set<String> ids);

    /** A context-menu request on a component or connection, or on the bare canvas ({@code null}). */
    void contextMenu(String idOrNull, double screenX, double screenY);

    /** Intents that ignore everything (the default before the shell sets its own). */
    CanvasIntents NONE = new CanvasIntents() {
        @Override
        public void move(Set<String> ids, double dx, double dy) {}

        @Override
        public void resize(String id, Bounds bounds) {}

        @Override
        public void connect(String fromId, String toId, double sceneX, double sceneY) {}

        @Override
        public void rename(String id, String newName) {}

        @Override
        public void delete(Set<String> ids) {}

        @Override
        public void contextMenu(String idOrNull, double screenX, double screenY) {}
    };
}
