package dev.skyloom.export.picture;

/**
 * Escapes user text for XML 1.0 content and attribute values. Markup characters become entities
 * ({@code ]]>} cannot survive since {@code >} is escaped), characters XML 1.0 forbids (most C0
 * controls, U+FFFE/U+FFFF, unpaired surrogates) become U+FFFD, and in attributes line breaks and tabs
 * become character references so that they are not normalised away.
 */
public final class XmlText {
    private XmlText() {}

    public static String content(String s) {
        return escape(s, false);
    }

    public static String attribute(String s) {
        return escape(s, true);
    }

    private static String escape(String s, boolean attribute) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '&':
                    sb.append("&amp;");
                    break;
                case '<':
                    sb.append("&lt;");
                    break;
                case '>':
                    sb.append("&gt;");
                    break;
                case '"':
                    sb.append("&quot;");
                    break;
                case '\'':
                    sb.append("&apos;");
                    break;
                case '\n':
                    sb.append(attribute ? "&#10;" : "\n");
                    break;
                case '\r':
                    sb.append("&#13;");
                    break;
                case '\t':
                    sb.append(attribute ? "&#9;" : "\t");
                    break;
                default:
                    if (Character.isHighSurrogate(ch)
                            && i + 1 < s.length()
                            && Character.isLowSurrogate(s.charAt(i + 1))) {
                        sb.append(ch).append(s.charAt(i + 1));
                        i++;
                    } else if (ch < 0x20 || Character.isSurrogate(ch) || ch == '\uFFFE' || ch == '\uFFFF') {
                        sb.append('\uFFFD');
                    } else {
                        sb.append(ch);
                    }
                    break;
            }
        }
        return sb.toString();
    }
}
