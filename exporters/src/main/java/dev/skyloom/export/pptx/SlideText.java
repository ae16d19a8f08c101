package dev.skyloom.export.pptx;

/**
 * User text made safe for the slide XML: characters XML 1.0 forbids (C0 controls other than tab and line
 * breaks, U+FFFE/U+FFFF, unpaired surrogates) become U+FFFD, and very long texts are cut with an ellipsis
 * so a 10,000-character name cannot bury a slide. Everything stays text: a deck has no formulas and Skyloom
 * adds no links.
 */
final class SlideText {
    static final int MAX = 400;

    private SlideText() {}

    static String clean(String s) {
        return clean(s, MAX);
    }

    static String clean(String s, int max) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(Math.min(s.length(), max + 1));
        int shown = 0;
        for (int i = 0; i < s.length() && shown < max; i++) {
            char ch = s.charAt(i);
            if (Character.isHighSurrogate(ch) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                sb.append(ch).append(s.charAt(++i));
            } else if ((ch < 0x20 && ch != '\t' && ch != '\n')
                    || Character.isSurrogate(ch)
                    || ch == '\uFFFE'
                    || ch == '\uFFFF') {
                sb.append(ch == '\r' ? ' ' : '\uFFFD');
            } else {
                sb.append(ch);
            }
            shown++;
        }
        if (shown >= max && sb.length() < s.length()) {
            sb.append('…');
        }
        return sb.toString();
    }
}
