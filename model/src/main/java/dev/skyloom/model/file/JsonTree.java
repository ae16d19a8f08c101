package dev.skyloom.model.file;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reader's own JSON tree. Every node remembers the line it starts on, so problems found while
 * binding (or after migrating) can still point at the file; numbers keep their literal text, so nothing
 * is rounded or coerced before the binder decides what a field may hold. Objects and arrays are mutable
 * so that {@link Migration}s can rewrite a tree in place.
 */
final class JsonTree {
    private JsonTree() {}

    /** A JSON value and the line it starts on (0 for nodes made by a migration). */
    sealed interface Node permits Obj, Arr, Str, Num, Bool, Null {
        int line();

        /** What the value is, for messages: "an object", "a string ("4")", "true", ... */
        String describe();
    }

    /** An object; fields keep file order. */
    record Obj(int line, Map<String, Node> fields) implements Node {
        Obj(int line) {
            this(line, new LinkedHashMap<>());
        }

        @Override
        public String describe() {
            return "an object";
        }
    }

    record Arr(int line, List<Node> items) implements Node {
        Arr(int line) {
            this(line, new ArrayList<>());
        }

        @Override
        public String describe() {
            return "a list";
        }
    }

    record Str(int line, String value) implements Node {
        @Override
        public String describe() {
            return "a string (" + Quoted.of(value) + ")";
        }
    }

    /** A number exactly as written; {@code integral} when it has no fraction or exponent. */
    record Num(int line, String text, boolean integral) implements Node {
        @Override
        public String describe() {
            return Quoted.plain(text);
        }
    }

    record Bool(int line, boolean value) implements Node {
        @Override
        public String describe() {
            return String.valueOf(value);
        }
    }

    record Null(int line) implements Node {
        @Override
        public String describe() {
            return "null";
        }
    }
}
