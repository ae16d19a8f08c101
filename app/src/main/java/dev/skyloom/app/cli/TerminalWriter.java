package dev.skyloom.app.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * Everything the command line prints goes through here, so a file or design name cannot drive the
 * terminal: control characters (ESC sequences, C1 controls such as CSI), line and paragraph separators
 * and bidirectional formatting characters (right-to-left overrides, embeddings, isolates, marks) are
 * written as {@code \\uXXXX}. Line breaks ({@code \n}, {@code \r\n}) and tabs stay. JSON output passes
 * through unchanged in meaning: these characters only occur inside JSON strings, where {@code \\uXXXX}
 * is the same value.
 */
final class TerminalWriter extends FilterWriter {
    private boolean pendingReturn;
    private char pendingHigh;

    TerminalWriter(Writer out) {
        super(out);
    }

    /** A user's text (a file or design name) for one line of a report: line breaks and tabs escaped too. */
    static String inline(Object text) {
        String s = String.valueOf(text);
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                b.append(c).append(s.charAt(++i));
            } else if (needsEscape(c)) {
                appendEscaped(b, c);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Control characters, bidi formatting, line/paragraph separators and lone surrogates. */
    static boolean needsEscape(char c) {
        return c < 0x20
                || (c >= 0x7F && c <= 0x9F)
                || c == 0x061C
                || c == 0x200E
                || c == 0x200F
                || (c >= 0x2028 && c <= 0x202E)
                || (c >= 0x2066 && c <= 0x2069)
                || Character.isSurrogate(c);
    }

    private static void appendEscaped(StringBuilder b, char c) {
        b.append(String.format("\\u%04x", (int) c));
    }

    @Override
    public void write(int c) throws IOException {
        synchronized (lock) {
            emit((char) c);
        }
    }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
        synchronized (lock) {
            for (int i = off; i < off + len; i++) {
                emit(buf[i]);
            }
        }
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
        synchronized (lock) {
            for (int i = off; i < off + len; i++) {
                emit(s.charAt(i));
            }
        }
    }

    private void emit(char c) throws IOException {
        if (pendingReturn) {
            pendingReturn = false;
            if (c == '\n') {
                out.write("\r\n");
                return;
            }
            out.write("\\u000d");
        }
        if (pendingHigh != 0) {
            char high = pendingHigh;
            pendingHigh = 0;
            if (Character.isLowSurrogate(c)) {
                out.write(high);
                out.write(c);
                return;
            }
            out.write(String.format("\\u%04x", (int) high));
        }
        if (c == '\r') {
            pendingReturn = true;
        } else if (Character.isHighSurrogate(c)) {
            pendingHigh = c;
        } else if (c != '\n' && c != '\t' && needsEscape(c)) {
            out.write(String.format("\\u%04x", (int) c));
        } else {
            out.write(c);
        }
    }

    @Override
    public void close() throws IOException {
        synchronized (lock) {
            if (pendingReturn) {
                pendingReturn = false;
                out.write("\\u000d");
            }
            if (pendingHigh != 0) {
                out.write(String.format("\\u%04x", (int) pendingHigh));
                pendingHigh = 0;
            }
        }
        super.close();
    }
}
