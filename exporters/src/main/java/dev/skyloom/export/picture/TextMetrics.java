package dev.skyloom.export.picture;

import dev.skyloom.export.diagram.TextFit;
import java.awt.Font;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Measures and shortens text for the picture writers with the bundled DejaVu Sans ({@link AwtTextMeasure})
 * through the diagram's {@link TextFit}, and gives the PNG writer the AWT font of each size.
 */
final class TextMetrics {
    static final String ELLIPSIS = TextFit.ELLIPSIS;

    private final AwtTextMeasure measure = AwtTextMeasure.shared();
    private final TextFit fit = new TextFit(measure);
    private final Map<Long, Font> fonts = new HashMap<>();

    /** The AWT font used for PNG output. */
    Font font(double size, boolean bold) {
        long key = Math.round(size * 4) * 2 + (bold ? 1 : 0);
        return fonts.computeIfAbsent(key, k -> measure.font(bold).deriveFont((float) size));
    }

    TextFit fit() {
        return fit;
    }

    double width(String s, double size, boolean bold) {
        return fit.width(s, size, bold);
    }

    /** The text cut with an ellipsis so that it is at most {@code room} wide ("" if nothing fits). */
    String fit(String text, double room, double size, boolean bold) {
        return fit.fit(text, room, size, bold);
    }

    /** At most {@code maxLines} lines of at most {@code room} width, broken at spaces (see {@link TextFit}). */
    List<String> wrap(String text, double room, double size, boolean bold, int maxLines) {
        return fit.wrap(text, room, size, bold, maxLines);
    }

    /** Line breaks, tabs and other control characters become single spaces; the ends are trimmed. */
    static String singleLine(String text) {
        return TextFit.singleLine(text);
    }
}
