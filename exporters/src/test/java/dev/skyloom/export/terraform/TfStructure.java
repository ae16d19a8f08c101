package dev.skyloom.export.terraform;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A structural reader for the exporter's {@code terraform fmt}-canonical output: blocks with their
 * labels, attribute names with their raw expression text, and nested blocks. It is deliberately
 * small (the hcl4j and real terraform checks cover syntax); it exists so schema facts can be
 * checked argument by argument and block by block.
 */
final class TfStructure {
    private static final Pattern BLOCK_OPEN =
            Pattern.compile("^\\s*([A-Za-z_][A-Za-z0-9_-]*)((?:\\s+\"(?:[^\"\\\\]|\\\\.)*\")*)\\s*\\{(\\})?\\s*$");
    private static final Pattern LABEL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern ATTRIBUTE = Pattern.compile("^\\s*([A-Za-z_][A-Za-z0-9_-]*)\\s*=\\s*(.*)$");

    /** One block: {@code resource "aws_vpc" "main" { ... }} has keyword resource and two labels. */
    static final class Node {
        final String keyword;
        final List<String> labels;
        final int line;
        final Map<String, String> attributes = new LinkedHashMap<>();
        final List<Node> blocks = new ArrayList<>();

        Node(String keyword, List<String> labels, int line) {
            this.keyword = keyword;
            this.labels = labels;
            this.line = line;
        }

        List<Node> blocks(String name) {
            List<Node> out = new ArrayList<>();
            for (Node b : blocks) {
                if (b.keyword.equals(name)) {
                    out.add(b);
                }
            }
            return out;
        }

        @Override
        public String toString() {
            return keyword + (labels.isEmpty() ? "" : " " + String.join(".", labels)) + " (line " + line + ")";
        }
    }

    private TfStructure() {}

    /** Top-level blocks of one file; a line it cannot place is an error (the output is canonical). */
    static List<Node> parse(String text) {
        Node root = new Node("<file>", List.of(), 0);
        Deque<Node> open = new ArrayDeque<>();
        open.push(root);
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String trimmed = line.trim();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            if (trimmed.equals("}")) {
                if (open.size() == 1) {
                    throw new IllegalArgumentException("unbalanced } at line " + (i + 1));
                }
                open.pop();
                continue;
            }
            Matcher block = BLOCK_OPEN.matcher(line);
            if (block.matches()) {
                List<String> labels = new ArrayList<>();
                Matcher l = LABEL.matcher(block.group(2));
                while (l.find()) {
                    labels.add(l.group(1));
                }
                Node node = new Node(block.group(1), labels, i + 1);
                open.peek().blocks.add(node);
                if (block.group(3) == null) {
                    open.push(node);
                }
                continue;
            }
            Matcher attr = ATTRIBUTE.matcher(line);
            if (!attr.matches()) {
                throw new IllegalArgumentException("unexpected line " + (i + 1) + ": " + line);
            }
            StringBuilder value = new StringBuilder(attr.group(2));
            int depth = depth(attr.group(2));
            while (depth > 0 && i + 1 < lines.length) {
                i++;
                value.append('\n').append(lines[i]);
                depth += depth(lines[i]);
            }
            open.peek().attributes.put(attr.group(1), value.toString());
        }
        if (open.size() != 1) {
            throw new IllegalArgumentException("unclosed block " + open.peek());
        }
        return root.blocks;
    }

    /** Net bracket depth of a line, ignoring brackets inside string literals. */
    private static int depth(String s) {
        int d = 0;
        boolean inString = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[' || c == '(') {
                d++;
            } else if (c == '}' || c == ']' || c == ')') {
                d--;
            }
        }
        return d;
    }

    /** The expression text with string literals emptied, so references are never read from user text. */
    static String withoutStrings(String expression) {
        StringBuilder out = new StringBuilder();
        boolean inString = false;
        for (int i = 0; i < expression.length(); i++) {
            char c = expression.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                    out.append('"');
                }
            } else {
                if (c == '"') {
                    inString = true;
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
