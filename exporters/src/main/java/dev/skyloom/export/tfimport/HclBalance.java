package dev.skyloom.export.tfimport;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Checks that a {@code .tf} text closes every brace, bracket, parenthesis, string and heredoc it opens.
 * hcl4j reads a truncated file (an unclosed block) without complaint and returns part of it; an import must
 * refuse such a file instead of importing half an estate. Strings may hold {@code ${...}} interpolations with
 * strings of their own, as HCL 2 allows.
 */
final class HclBalance {
    private HclBalance() {}

    /** The first problem as "line N: ...", or empty when the text is balanced. */
    static Optional<String> problem(String text) {
        Deque<int[]> stack = new ArrayDeque<>(); // {opening char, line}; '"' for a string, '$' for an interpolation
        int line = 1;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
            }
            boolean inString = !stack.isEmpty() && stack.peek()[0] == '"';
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    stack.pop();
                } else if ((c == '$' || c == '%') && i + 1 < n && text.charAt(i + 1) == '{') {
                    stack.push(new int[] {'$', line});
                    i++;
                }
                continue;
            }
            switch (c) {
                case '#' -> i = endOfLine(text, i) - 1;
                case '/' -> {
                    if (i + 1 < n && text.charAt(i + 1) == '/') {
                        i = endOfLine(text, i) - 1;
                    } else if (i + 1 < n && text.charAt(i + 1) == '*') {
                        int end = text.indexOf("*/", i + 2);
                        if (end < 0) {
                            return Optional.of("line " + line + ": comment not closed");
                        }
                        line += count(text, i, end);
                        i = end + 1;
                    }
                }
                case '"' -> stack.push(new int[] {'"', line});
                case '{', '[', '(' -> stack.push(new int[] {c, line});
                case '}', ']', ')' -> {
                    char open = c == '}' ? '{' : c == ']' ? '[' : '(';
                    if (stack.isEmpty()) {
                        return Optional.of("line " + line + ": '" + c + "' closes nothing");
                    }
                    int top = stack.peek()[0];
                    if (top == open || (c == '}' && top == '$')) {
                        stack.pop();
                    } else {
                        return Optional.of("line " + line + ": '" + c + "' does not close the '" + (char) top
                                + "' of line " + stack.peek()[1]);
                    }
                }
                case '<' -> {
                    if (text.startsWith("<<", i) && !text.startsWith("<<<", i)) {
                        int start = i + 2 + (text.startsWith("<<-", i) ? 1 : 0);
                        int eol = endOfLine(text, start);
                        String marker = text.substring(start, eol).strip();
                        if (marker.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                            int at = eol;
                            int opened = line;
                            boolean closed = false;
                            while (at < n) {
                                int next = endOfLine(text, at + 1);
                                line++;
                                if (text.substring(Math.min(at + 1, n), next)
                                        .strip()
                                        .equals(marker)) {
                                    closed = true;
                                    at = next;
                                    break;
                                }
                                at = next;
                            }
                            if (!closed) {
                                return Optional.of("line " + opened + ": heredoc <<" + marker + " not closed");
                            }
                            i = at - 1;
                        }
                    }
                }
                default -> {}
            }
        }
        if (!stack.isEmpty()) {
            int[] top = stack.peek();
            String what = top[0] == '"' ? "string" : top[0] == '$' ? "interpolation '${'" : "'" + (char) top[0] + "'";
            return Optional.of("line " + top[1] + ": " + what + " is never closed (file ends at line " + line + ")");
        }
        return Optional.empty();
    }

    private static int endOfLine(String text, int from) {
        int e = text.indexOf('\n', from);
        return e < 0 ? text.length() : e;
    }

    private static int count(String text, int from, int to) {
        int k = 0;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') {
                k++;
            }
        }
        return k;
    }
}
