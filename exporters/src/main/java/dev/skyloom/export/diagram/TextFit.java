package dev.skyloom.export.diagram;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Fits user text into a measured width: one line cut with an ellipsis, or wrapped at spaces into a few
 * lines with an ellipsis only past the last. User text is made single-line first (control characters and
 * line breaks become spaces). Everything is measured through a {@link TextMeasure}.
 */
public final class TextFit {
    public static final String ELLIPSIS = "…";

    private final TextMeasure measure;

    public TextFit(TextMeasure measure) {
        this.measure = measure;
    }

    public TextMeasure measure() {
        return measure;
    }

    public double width(String s, double size, boolean bold) {
        return s.isEmpty() ? 0 : measure.width(s, size, bold);
    }

    /** The text cut with an ellipsis so that it is at most {@code room} wide ("" if nothing fits). */
    public String fit(String text, double room, double size, boolean bold) {
        String s = singleLine(text);
        if (s.isEmpty() || room <= 0) {
            return "";
        }
        // no glyph is narrower than a fifth of the font size: never measure more than could fit
        int cap = (int) Math.min(s.length(), room / (size * 0.2) + 2);
        String head = s.substring(0, safeEnd(s, cap));
        if (head.length() == s.length() && width(s, size, bold) <= room) {
            return s;
        }
        int lo = 0;
        int hi = head.length();
        while (lo < hi) {
            int mid = (lo + hi + 1) / 2;
            if (width(head.substring(0, safeEnd(head, mid)).stripTrailing() + ELLIPSIS, size, bold) <= room) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        String cut = head.substring(0, safeEnd(head, lo)).stripTrailing();
        return cut.isEmpty() ? "" : cut + ELLIPSIS;
    }

    /**
     * Breaks text into at most {@code maxLines} lines of at most {@code room} width, at spaces only; what
     * does not fit (the rest of the text, or a single word wider than a line) ends in an ellipsis.
     */
    public List<String> wrap(String text, double room, double size, boolean bold, int maxLines) {
        String whole = singleLine(text);
        List<String> lines = new ArrayList<>();
        if (whole.isEmpty()) {
            lines.add("");
            return lines;
        }
        String[] words = whole.split(" ");
        String line = "";
        int i = 0;
        while (i < words.length) {
            String candidate = line.isEmpty() ? words[i] : line + " " + words[i];
            boolean fits = candidate.length() < 400 && width(candidate, size, bold) <= room;
            if (fits) {
                line = candidate;
                i++;
                continue;
            }
            if (line.isEmpty() || lines.size() == maxLines - 1) {
                String rest = String.join(" ", Arrays.copyOfRange(words, i, words.length));
                lines.add(fit(line.isEmpty() ? rest : line + " " + rest, room, size, bold));
                return lines;
            }
            lines.add(line);
            line = "";
        }
        lines.add(line);
        return lines;
    }

    /** Line breaks, tabs and other control characters become single spaces; the ends are trimmed. */
    public static String singleLine(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            boolean blank = Character.isISOControl(ch) || ch == '\u2028' || ch == '\u2029' || ch == ' ';
            if (blank) {
                space = sb.length() > 0;
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(ch);
            }
        }
        return sb.toString();
    }

    /** An end index that does not split a surrogate pair. */
    private static int safeEnd(String s, int end) {
        if (end > 0 && end < s.length() && Character.isHighSurrogate(s.charAt(end - 1))) {
            return end - 1;
        }
        return end;
    }
}
