package dev.skyloom.app.canvas;

import dev.skyloom.model.Bounds;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Intents that record every call, for gesture tests. */
final class RecordingIntents implements CanvasIntents {
    record Move(Set<String> ids, double dx, double dy) {}

    record Resize(String id, Bounds bounds) {}

    record Connect(String from, String to) {}

    record Rename(String id, String name) {}

    final List<Move> moves = new ArrayList<>();
    final List<Resize> resizes = new ArrayList<>();
    final List<Connect> connects = new ArrayList<>();
    final List<Rename> renames = new ArrayList<>();
    final List<Set<String>> deletes = new ArrayList<>();
    final List<String> menus = new ArrayList<>();

    @Override
    public void move(Set<String> ids, double dx, double dy) {
        moves.add(new Move(Set.copyOf(ids), dx, dy));
    }

    @Override
    public void resize(String id, Bounds bounds) {
        resizes.add(new Resize(id, bounds));
    }

    @Override
    public void connect(String fromId, String toId, double sceneX, double sceneY) {
        connects.add(new Connect(fromId, toId));
    }

    @Override
    public void rename(String id, String newName) {
        renames.add(new Rename(id, newName));
    }

    @Override
    public void delete(Set<String> ids) {
        deletes.add(Set.copyOf(ids));
    }

    @Override
    public void contextMenu(String idOrNull, double screenX, double screenY) {
        menus.add(String.valueOf(idOrNull));
    }
}
