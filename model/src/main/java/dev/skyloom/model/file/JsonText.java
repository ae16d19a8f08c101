package dev.skyloom.model.file;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes JSON text: string escaping and the canonical rendering of an arbitrary tree (used for fields
 * this version does not know). Non-ASCII text is written as is so names stay readable in diffs; control
 * characters and invisible formatting characters (bidi overrides, zero-width characters, BOM) are
 * escaped so that what a reviewer sees in a diff is what the file holds.
 */
final class JsonText {
    private JsonText() {}

    /**
     * Characters that can make text look different from what it is (bidi embeddings, overrides and
     * isolates, zero-width space, word joiner, BOM, line and paragraph separators). Joiners used inside
     * emoji and scripts (U+200C, U+200D) and the directional marks (U+200E, U+200F) are ordinary text.
     */
    static boolean isInvisible(int c) {
        return c == 0x200B
                || (c >= 0x202A && c <= 0x202E)
                || c == 0x2060
                || (c >= 0x2066 && c <= 0x2069)
                || c == 0xFEFF
                || c == 0x2028
                || c == 0x2029;
    }

    /** Whether the char at {@code i} is half of a surrogate pair without its other half. */
    static boolean isUnpaired(CharSequence s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
        }
        return false;
    }

    static void appendString(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c == 0x7F || isInvisible(c) || isUnpaired(s, i)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /** Compact canonical text of a tree: no spaces, object keys sorted, numbers as written. */
    static String compact(JsonTree.Node node) {
        StringBuilder out = new StringBuilder();
        writeCompact(out, node);
        return out.toString();
    }

    private static void writeCompact(StringBuilder out, JsonTree.Node node) {
        if (node instanceof JsonTree.Obj o) {
            out.append('{');
            boolean first = true;
            for (String key : sortedKeys(o)) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                appendString(out, key);
                out.append(':');
                writeCompact(out, o.fields().get(key));
            }
            out.append('}');
        } else if (node instanceof JsonTree.Arr a) {
            out.append('[');
            for (int i = 0; i < a.items().size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                writeCompact(out, a.items().get(i));
            }
            out.append(']');
        } else {
            appendScalar(out, node);
        }
    }

    /**
     * Pretty canonical text of a tree at an indentation level: objects one key per line with keys sorted,
     * lists of scalars on one line, other lists one item per line.
     */
    static void appendPretty(StringBuilder out, JsonTree.Node node, int indent) {
        if (node instanceof JsonTree.Obj o) {
            if (o.fields().isEmpty()) {
                out.append("{}");
                return;
            }
            out.append("{\n");
            List<String> keys = sortedKeys(o);
            for (int i = 0; i < keys.size(); i++) {
                indent(out, indent + 1);
                appendString(out, keys.get(i));
                out.append(": ");
                appendPretty(out, o.fields().get(keys.get(i)), indent + 1);
                out.append(i + 1 < keys.size() ? ",\n" : "\n");
            }
            indent(out, indent);
            out.append('}');
        } else if (node instanceof JsonTree.Arr a) {
            boolean scalars = a.items().stream().noneMatch(n -> n instanceof JsonTree.Obj || n instanceof JsonTree.Arr);
            if (scalars) {
                out.append('[');
                for (int i = 0; i < a.items().size(); i++) {
                    out.append(i > 0 ? ", " : "");
                    appendScalar(out, a.items().get(i));
                }
                out.append(']');
                return;
            }
            out.append("[\n");
            for (int i = 0; i < a.items().size(); i++) {
                indent(out, indent + 1);
                appendPretty(out, a.items().get(i), indent + 1);
                out.append(i + 1 < a.items().size() ? ",\n" : "\n");
            }
            indent(out, indent);
            out.append(']');
        } else {
            appendScalar(out, node);
        }
    }

    static void indent(StringBuilder out, int level) {
        for (int i = 0; i < level; i++) {
            out.append("  ");
        }
    }

    private static void appendScalar(StringBuilder out, JsonTree.Node node) {
        if (node instanceof JsonTree.Str s) {
            appendString(out, s.value());
        } else if (node instanceof JsonTree.Num n) {
            out.append(n.text());
        } else if (node instanceof JsonTree.Bool b) {
            out.append(b.value());
        } else {
            out.append("null");
        }
    }

    private static List<String> sortedKeys(JsonTree.Obj o) {
        List<String> keys = new ArrayList<>(o.fields().keySet());
        keys.sort(null);
        return keys;
    }

    /** Sorted keys of a map, for writers that need a stable order. */
    static <V> List<String> sortedKeys(Map<String, V> map) {
        List<String> keys = new ArrayList<>(map.keySet());
        keys.sort(null);
        return keys;
    }
}
