package dev.skyloom.export.xlsx;

/**
 * User text made safe for a cell: characters XML 1.0 cannot hold become U+FFFD, and text is cut to
 * Excel's 32,767-character limit with a visible marker. Whether the text needs the quote prefix (it
 * would be read as a formula or spans lines) is decided by {@link #needsQuotePrefix}.
 */
public final class CellText {
    public static final int MAX = 32_767;
    static final String TRUNCATED = "...(truncated)";

    private CellText() {}

    public static String clean(String text) {
        String s = text == null ? "" : text;
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean bad = (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
                    || c == 0xFFFE
                    || c == 0xFFFF
                    || (Character.isHighSurrogate(c)
                            && (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))))
                    || (Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1))));
            if (bad && sb == null) {
                sb = new StringBuilder(s.length());
                sb.append(s, 0, i);
            }
            if (sb != null) {
                sb.append(bad ? '\uFFFD' : c);
            }
        }
        String result = sb == null ? s : sb.toString();
        if (result.length() > MAX) {
            int cut = MAX - TRUNCATED.length();
            if (Character.isHighSurrogate(result.charAt(cut - 1))) {
                cut--;
            }
            result = result.substring(0, cut) + TRUNCATED;
        }
        return result;
    }

    /** Text that a spreadsheet could take for a formula (or that spans lines) gets the quote-prefix style. */
    public static boolean needsQuotePrefix(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        if (first == '=' || first == '+' || first == '-' || first == '@') {
            return true;
        }
        return text.indexOf('\t') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0;
    }
}
