package dev.skyloom.model.file;

import dev.skyloom.model.Design;
import java.util.List;

/**
 * The chain of {@link Migration}s from the oldest readable format to the current one. Format 2 only adds
 * component and connection kinds and assumptions to format 1, so its step only raises the version: every
 * format 1 file is a valid format 2 file. Files newer than the current format are refused, never guessed at.
 */
final class Migrations {
    /** Format 1 → 2: nothing to rewrite (format 2 adds kinds and fields, changes none). */
    static final Migration ADDS_KINDS = new Migration() {
        @Override
        public int from() {
            return 1;
        }

        @Override
        public void apply(JsonTree.Obj root) {}
    };

    static final Migrations STANDARD = new Migrations(Design.FORMAT_VERSION, List.of(ADDS_KINDS));

    static final String VERSION_KEY = "skyloom";

    private final int current;
    private final List<Migration> steps;

    /** {@code steps} must be consecutive and end just below {@code current}. */
    Migrations(int current, List<Migration> steps) {
        this.current = current;
        this.steps = List.copyOf(steps);
        for (int i = 0; i < this.steps.size(); i++) {
            int expected = current - this.steps.size() + i;
            if (this.steps.get(i).from() != expected) {
                throw new IllegalArgumentException("migration " + i + " must start at format " + expected);
            }
        }
    }

    int current() {
        return current;
    }

    int oldest() {
        return current - steps.size();
    }

    /** Rewrites a tree of format {@code version} (between {@link #oldest()} and current) into the current format. */
    JsonTree.Obj upgrade(JsonTree.Obj root, int version) {
        if (version < oldest() || version > current) {
            throw new IllegalArgumentException("format " + version + " is outside " + oldest() + ".." + current);
        }
        for (Migration step : steps.subList(version - oldest(), steps.size())) {
            step.apply(root);
            int line = root.fields().containsKey(VERSION_KEY)
                    ? root.fields().get(VERSION_KEY).line()
                    : 0;
            root.fields().put(VERSION_KEY, new JsonTree.Num(line, String.valueOf(step.from() + 1), true));
        }
        return root;
    }
}
