package dev.skyloom.model.edit;

import dev.skyloom.model.Assumptions;
import dev.skyloom.model.Bounds;
import dev.skyloom.model.Component;
import dev.skyloom.model.Connection;
import dev.skyloom.model.DataClass;
import dev.skyloom.model.Design;
import dev.skyloom.model.InvalidDesignException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One change to a design. {@link #applyTo} is pure: it returns a new design and never mutates its
 * argument. An edit that would produce an invalid design throws {@link InvalidDesignException} (or
 * {@link IllegalArgumentException} for a bad value), so a caller can keep the old design unchanged.
 */
public sealed interface Edit
        permits Edit.AddComponent,
                Edit.RemoveComponents,
                Edit.UpdateComponent,
                Edit.Connect,
                Edit.Disconnect,
                Edit.UpdateConnection,
                Edit.Move,
                Edit.Resize,
                Edit.SetDataClasses,
                Edit.SetDesignProperties,
                Edit.SetAnnotations,
                Edit.Composite {

    Design applyTo(Design d);

    /** Short text for menus: "Undo Add GPU pool". */
    String label();

    /** Adds a component at the end of the document, optionally with its drawing bounds. */
    record AddComponent(Component component, Optional<Bounds> bounds) implements Edit {
        public AddComponent {
            Objects.requireNonNull(component, "component");
            Objects.requireNonNull(bounds, "bounds");
        }

        public AddComponent(Component component, Bounds bounds) {
            this(component, Optional.of(bounds));
        }

        @Override
        public Design applyTo(Design d) {
            List<Component> components = new ArrayList<>(d.components());
            components.add(component);
            Design next = d.withComponents(components);
            if (bounds.isPresent()) {
                Map<String, Bounds> layout = new LinkedHashMap<>(next.layout());
                layout.put(component.id(), bounds.get());
                next = next.withLayout(layout);
            }
            return next;
        }

        @Override
        public String label() {
            return "Add " + Edits.kind(component);
        }
    }

    /** Removes components with their descendants, every connection touching them and their layout entries. */
    record RemoveComponents(Set<String> ids) implements Edit {
        public RemoveComponents {
            ids = Set.copyOf(ids);
        }

        @Override
        public Design applyTo(Design d) {
            for (String id : ids) {
                Edits.requireComponent(d, id);
            }
            Set<String> doomed = new HashSet<>();
            Deque<String> todo = new ArrayDeque<>(ids);
            while (!todo.isEmpty()) {
                String id = todo.pop();
                if (doomed.add(id)) {
                    for (Component child : d.children(id)) {
                        todo.push(child.id());
                    }
                }
            }
            List<Component> components = new ArrayList<>();
            for (Component c : d.components()) {
                if (!doomed.contains(c.id())) {
                    components.add(c);
                }
            }
            List<Connection> connections = new ArrayList<>();
            for (Connection k : d.connections()) {
                if (!doomed.contains(k.from()) && !doomed.contains(k.to())) {
                    connections.add(k);
                }
            }
            Map<String, Bounds> layout = new LinkedHashMap<>(d.layout());
            layout.keySet().removeAll(doomed);
            return d.withTopology(components, connections).withLayout(layout);
        }

        @Override
        public String label() {
            return ids.size() == 1 ? "Delete" : "Delete " + ids.size() + " components";
        }
    }

    /** Replaces the component with the same id, keeping its place in the document. */
    record UpdateComponent(Component component) implements Edit {
        public UpdateComponent {
            Objects.requireNonNull(component, "component");
        }

        @Override
        public Design applyTo(Design d) {
            Edits.requireComponent(d, component.id());
            List<Component> components = new ArrayList<>(d.components());
            components.replaceAll(c -> c.id().equals(component.id()) ? component : c);
            return d.withComponents(components);
        }

        @Override
        public String label() {
            return "Edit " + Edits.kind(component);
        }
    }

    /** Adds a connection. */
    record Connect(Connection connection) implements Edit {
        public Connect {
            Objects.requireNonNull(connection, "connection");
        }

        @Override
        public Design applyTo(Design d) {
            List<Connection> connections = new ArrayList<>(d.connections());
            connections.add(connection);
            return d.withConnections(connections);
        }

        @Override
        public String label() {
            return "Connect (" + connection.type().json() + ")";
        }
    }

    /** Removes connections by id. */
    record Disconnect(Set<String> ids) implements Edit {
        public Disconnect {
            ids = Set.copyOf(ids);
        }

        @Override
        public Design applyTo(Design d) {
            for (String id : ids) {
                if (d.connection(id).isEmpty()) {
                    throw Edits.missing(id, "connection");
                }
            }
            List<Connection> connections = new ArrayList<>(d.connections());
            connections.removeIf(k -> ids.contains(k.id()));
            return d.withConnections(connections);
        }

        @Override
        public String label() {
            return ids.size() == 1 ? "Delete connection" : "Delete " + ids.size() + " connections";
        }
    }

    /** Replaces the connection with the same id. */
    record UpdateConnection(Connection connection) implements Edit {
        public UpdateConnection {
            Objects.requireNonNull(connection, "connection");
        }

        @Override
        public Design applyTo(Design d) {
            if (d.connection(connection.id()).isEmpty()) {
                throw Edits.missing(connection.id(), "connection");
            }
            List<Connection> connections = new ArrayList<>(d.connections());
            connections.replaceAll(k -> k.id().equals(connection.id()) ? connection : k);
            return d.withConnections(connections);
        }

        @Override
        public String label() {
            return "Edit connection";
        }
    }

    /**
     * Sets the bounds of a set of components (a drag, with the children it carries along). Consecutive
     * moves of the same ids coalesce into one undo step in {@link EditHistory}.
     */
    record Move(Map<String, Bounds> bounds) implements Edit {
        public Move {
            bounds = Edits.copyOrdered(bounds);
        }

        @Override
        public Design applyTo(Design d) {
            return Edits.setBounds(d, bounds);
        }

        @Override
        public String label() {
            return bounds.size() == 1 ? "Move" : "Move " + bounds.size() + " components";
        }

        /** True when {@code other} moves exactly the same ids, so the two can be one undo step. */
        public boolean coalescesWith(Move other) {
            return bounds.keySet().equals(other.bounds.keySet());
        }
    }

    /** Sets the bounds of one component (resizing a container). */
    record Resize(String id, Bounds bounds) implements Edit {
        public Resize {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(bounds, "bounds");
        }

        @Override
        public Design applyTo(Design d) {
            return Edits.setBounds(d, Map.of(id, bounds));
        }

        @Override
        public String label() {
            return "Resize";
        }
    }

    /** Replaces the design's data classes; fails if a storage or pipeline still refers to a removed one. */
    record SetDataClasses(List<DataClass> dataClasses) implements Edit {
        public SetDataClasses {
            dataClasses = List.copyOf(dataClasses);
        }

        @Override
        public Design applyTo(Design d) {
            return d.withDataClasses(dataClasses);
        }

        @Override
        public String label() {
            return "Edit data classes";
        }
    }

    /** Sets the design's name, currency and pricing assumptions. */
    record SetDesignProperties(String name, String currency, Assumptions assumptions) implements Edit {
        public SetDesignProperties {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(currency, "currency");
            Objects.requireNonNull(assumptions, "assumptions");
        }

        @Override
        public Design applyTo(Design d) {
            return d.withName(name).withCurrency(currency).withAssumptions(assumptions);
        }

        @Override
        public String label() {
            return "Edit design properties";
        }
    }

    /** Replaces the design's notes and zones (add, move, resize, retext or delete them: one undo step). */
    record SetAnnotations(String label, List<dev.skyloom.model.Annotation> annotations) implements Edit {
        public SetAnnotations {
            Objects.requireNonNull(label, "label");
            annotations = List.copyOf(annotations);
        }

        @Override
        public Design applyTo(Design d) {
            return d.withAnnotations(annotations);
        }
    }

    /** Several edits as one undo step (paste, duplicate, drop that creates a provider and a region). */
    record Composite(String label, List<Edit> edits) implements Edit {
        public Composite {
            Objects.requireNonNull(label, "label");
            edits = List.copyOf(edits);
        }

        @Override
        public Design applyTo(Design d) {
            Design result = d;
            for (Edit e : edits) {
                result = e.applyTo(result);
            }
            return result;
        }
    }
}
