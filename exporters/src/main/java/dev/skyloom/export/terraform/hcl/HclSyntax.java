package dev.skyloom.export.terraform.hcl;

/** Lexical rules of the HCL subset the writer emits, and the string escaper every user string goes through. */
public final class HclSyntax {
    private HclSyntax() {}

    /** An identifier as Terraform accepts it in labels and names: ASCII letter or underscore, then letters, digits, _ or -. */
    public static boolean isIdentifier(String s) {
        if (s == null || s.isEmpty()) {
            return false;
        }
        char first = s.charAt(0);
        if (!(isAsciiLetter(first) || first == '_')) {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '_' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /** An identifier followed by zero or more {@code [n]} indexes, e.g. {@code availability_domains[0]}. */
    static boolean isTraversalStep(String s) {
        int bracket = s.indexOf('[');
        if (bracket < 0) {
            return isIdentifier(s);
        }
        if (!isIdentifier(s.substring(0, bracket))) {
            return false;
        }
        // the rest must be one or more [digits] groups
        int i = bracket;
        while (i < s.length()) {
            if (s.charAt(i) != '[') {
                return false;
            }
            int digits = ++i;
            while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                i++;
            }
            if (i == digits || i >= s.length() || s.charAt(i) != ']') {
                return false;
            }
            i++;
        }
        return true;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /**
     * Appends {@code text} escaped for the inside of a quoted HCL string: quotes, backslashes, line
     * breaks, control, format (bidi, zero-width) and separator characters become escapes; {@code ${}
     * and {@code %{} are doubled so they stay text. Text is NFC-normalised first, as Terraform does.
     */
    public static void appendEscaped(StringBuilder out, String text) {
        if (isPlainAscii(text)) {
            out.append(text); // nothing to escape or normalise: the common case for ids and types
            return;
        }
        String s = java.text.Normalizer.isNormalized(text, java.text.Normalizer.Form.NFC)
                ? text
                : java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC);
        int n = s.length();
        for (int i = 0; i < n; ) {
            int cp = s.codePointAt(i);
            int width = Character.charCount(cp);
            switch (cp) {
                case '"':
                    out.append("\\\"");
                    break;
                case '\\':
                    out.append("\\\\");
                    break;
                case '\n':
                    out.append("\\n");
                    break;
                case '\r':
                    out.append("\\r");
                    break;
                case '\t':
                    out.append("\\t");
                    break;
                case '$':
                case '%':
                    out.append((char) cp);
                    if (i + 1 < n && s.charAt(i + 1) == '{') {
                        out.append((char) cp);
                    }
                    break;
                default:
                    if (needsUnicodeEscape(cp)) {
                        appendUnicodeEscape(out, cp);
                    } else {
                        out.appendCodePoint(cp);
                    }
            }
            i += width;
        }
    }

    /** Printable ASCII without quote, backslash, {@code $} or {@code %}: appended as it is. */
    private static boolean isPlainAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c > 0x7e || c == '"' || c == '\\' || c == '$' || c == '%') {
                return false;
            }
        }
        return true;
    }

    /** The quoted, escaped form of {@code text}. */
    public static String quoted(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 2);
        sb.append('"');
        appendEscaped(sb, text);
        return sb.append('"').toString();
    }

    private static boolean needsUnicodeEscape(int cp) {
        if (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f)) {
            return true;
        }
        if (Character.isSurrogate((char) cp) && cp <= 0xFFFF) {
            return true; // a lone surrogate: escaped (as U+FFFD below) rather than written as broken UTF-8
        }
        int type = Character.getType(cp);
        return type == Character.FORMAT
                || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR
                || type == Character.UNASSIGNED
                || type == Character.PRIVATE_USE;
    }

    private static void appendUnicodeEscape(StringBuilder out, int cp) {
        int value = cp <= 0xFFFF && Character.isSurrogate((char) cp) ? 0xFFFD : cp;
        if (value <= 0xFFFF) {
            out.append("\\u");
            appendHex(out, value, 4);
        } else {
            out.append("\\U");
            appendHex(out, value, 8);
        }
    }

    private static void appendHex(StringBuilder out, int value, int digits) {
        String hex = Integer.toHexString(value).toUpperCase(java.util.Locale.ROOT);
        for (int i = hex.length(); i < digits; i++) {
            out.append('0');
        }
        out.append(hex);
    }

    /**
     * Text safe for a {@code #} comment: one line, with the same escapes as a string (so a name can
     * never end the comment and start code), cut to {@code max} code points with an ellipsis.
     */
    public static String commentText(String text, int max) {
        String cut = text;
        if (text.codePointCount(0, text.length()) > max) {
            cut = text.substring(0, text.offsetByCodePoints(0, max)) + "...";
        }
        StringBuilder sb = new StringBuilder();
        appendEscaped(sb, cut);
        return sb.toString();
    }
}
