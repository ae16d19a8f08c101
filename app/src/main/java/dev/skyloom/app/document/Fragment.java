package dev.skyloom.app.document;

import dev.skyloom.model.Bounds;
import dev.skyloom.model.Component;
import dev.skyloom.model.Connection;
import dev.skyloom.model.Design;
import dev.skyloom.model.edit.Edit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A copied part of a design: components with their descendants, the connections among them and their
 * bounds. Pasting gives every component and connection a new id.
 */
public record Fragment(List<Component> components, List<Connection> connections, Map<String, Bounds> bounds) {
    public Fragment {
        components = List.copyOf(components);
        connections = List.copyOf(connections);
        bounds = Map.copyOf(bounds);
    }

    /** What a paste adds and which new ids to select. */
    public record Paste(Edit edit, Set<String> newIds) {}

    /** Copies {@code ids} (and everything inside them) from {@code design}, in document order. */
    public static Fragment of(Design design, Set<String> ids) {
        Set<String> wanted = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>();
        ids.stream().filter(id -> design.component(id).isPresent()).forEach(todo::add);
        while (!todo.isEmpty()) {
            String id = todo.pop();
            if (wanted.add(id)) {
                design.children(id).forEach(c -> todo.push(c.id()));
            }
        }
        List<Component> components = new ArrayList<>();
        Map<String, Bounds> bounds = new LinkedHashMap<>();
        for (Component c : design.components()) {
            if (wanted.contains(c.id())) {
                components.add(c);
                design.bounds(c.id()).ifPresent(b -> bounds.put(c.id(), b));
            }
        }
        List<Connection> connections = new ArrayList<>();
        for (Connection k : design.connections()) {
            if (wanted.contains(k.from()) && wanted.contains(k.to())) {
                connections.add(k);
            }
        }
        return new Fragment(components, connections, bounds);
    }

    public boolean isEmpty() {
        return components.isEmpty();
    }

    /**
     * An edit adding a copy of this fragment to {@code design}, shifted by (dx, dy). Parents outside the
     * fragment are kept when they still exist; otherwise the copy is placed at the top level if its kind
     * allows that, and left out if not.
     */
    public Paste pasteInto(Design design, double dx, double dy, String label) {
        NewIds ids = new NewIds(design);
        Map<String, String> renamed = new HashMap<>();
        for (Component c : components) {
            renamed.put(c.id(), ids.next(c.id()));
        }
        List<Edit> edits = new ArrayList<>();
        Set<String> added = new LinkedHashSet<>();
        for (Component c : components) {
            Optional<String> parent = c.parent();
            Optional<String> newParent;
            if (parent.isPresent() && renamed.containsKey(parent.get())) {
                if (!added.contains(renamed.get(parent.get()))) {
                    continue;
                }
                newParent = Optional.of(renamed.get(parent.get()));
            } else if (parent.isPresent() && design.component(parent.get()).isPresent()) {
                newParent = parent;
            } else {
                newParent = Optional.empty();
            }
            if (newParent.isEmpty() && needsParent(c)) {
                continue;
            }
            Component copy = Components.withId(c, renamed.get(c.id())).withParent(newParent);
            Optional<Bounds> b = Optional.ofNullable(bounds.get(c.id())).map(x -> x.movedBy(dx, dy));
            edits.add(new Edit.AddComponent(copy, b));
            added.add(copy.id());
        }
        for (Connection k : connections) {
            String from = renamed.get(k.from());
            String to = renamed.get(k.to());
            if (added.contains(from) && added.contains(to)) {
                edits.add(new Edit.Connect(new Connection(
                        ids.next(k.id()), k.type(), from, to, k.monthlyTb(), k.dataClasses(), k.extras())));
            }
        }
        return new Paste(new Edit.Composite(label, edits), added);
    }

    private static boolean needsParent(Component c) {
        return c instanceof Component.Region;
    }
}
