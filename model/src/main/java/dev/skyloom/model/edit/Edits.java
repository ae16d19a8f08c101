package dev.skyloom.model.edit;

import dev.skyloom.model.Bounds;
import dev.skyloom.model.Component;
import dev.skyloom.model.Design;
import dev.skyloom.model.InvalidDesignException;
import dev.skyloom.model.StructureProblem;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Checks and small operations shared by the edits. */
final class Edits {
    private Edits() {}

    static String kind(Component c) {
        return c.type().json().replace('-', ' ').replace("gpu", "GPU");
    }

    static void requireComponent(Design d, String id) {
        if (d.component(id).isEmpty()) {
            throw missing(id, "component");
        }
    }

    static InvalidDesignException missing(String id, String what) {
        return new InvalidDesignException(List.of(new StructureProblem(id, "id", "no " + what + " \"" + id + "\"")));
    }

    /** Bounds maps keep the caller's order so saved files stay stable. */
    static <K, V> Map<K, V> copyOrdered(Map<K, V> map) {
        Map<K, V> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> copy.put(Objects.requireNonNull(k), Objects.requireNonNull(v)));
        return Collections.unmodifiableMap(copy);
    }

    static Design setBounds(Design d, Map<String, Bounds> bounds) {
        for (String id : bounds.keySet()) {
            requireComponent(d, id);
        }
        Map<String, Bounds> layout = new LinkedHashMap<>(d.layout());
        layout.putAll(bounds);
        return d.withLayout(layout);
    }
}
