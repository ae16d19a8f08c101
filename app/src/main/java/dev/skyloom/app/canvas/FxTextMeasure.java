package dev.skyloom.app.canvas;

import dev.skyloom.export.diagram.DiagramStyle;
import dev.skyloom.export.diagram.GlyphAdvances;
import dev.skyloom.export.diagram.TextMeasure;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * Measures text on the canvas with the bundled DejaVu Sans loaded into JavaFX, the font the picture
 * exporters measure and draw with; the canvas draws with the same faces ({@link #font}). Needs a running
 * JavaFX toolkit.
 */
final class FxTextMeasure extends GlyphAdvances {
    private static final double REFERENCE = 1000;
    private static FxTextMeasure shared;

    private final Font regularReference;
    private final Font boldReference;
    private final String family;
    private final Map<Long, Font> fonts = new HashMap<>();
    private final Text probe = new Text();

    private FxTextMeasure() {
        regularReference = load(TextMeasure.FONT_RESOURCE);
        boldReference = load(TextMeasure.BOLD_FONT_RESOURCE);
        family = regularReference == null ? DiagramStyle.FONT_FAMILY : regularReference.getFamily();
    }

    static synchronized FxTextMeasure shared() {
        if (shared == null) {
            shared = new FxTextMeasure();
        }
        return shared;
    }

    private static Font load(String resource) {
        try (InputStream in = FxTextMeasure.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font resource missing: " + resource);
            }
            return Font.loadFont(in, REFERENCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled font " + resource, e);
        }
    }

    /** The bundled face at a size (sizes are cached to half units). */
    synchronized Font font(double size, boolean bold) {
        long q = Math.round(size * 2);
        long key = q * 2 + (bold ? 1 : 0);
        return fonts.computeIfAbsent(key, k -> Font.font(family, bold ? FontWeight.BOLD : FontWeight.NORMAL, q / 2.0));
    }

    @Override
    protected double advance(int codePoint, boolean bold) {
        Font f = bold ? boldReference : regularReference;
        if (f == null) {
            f = Font.font(family, bold ? FontWeight.BOLD : FontWeight.NORMAL, REFERENCE);
        }
        probe.setFont(f);
        probe.setText(new String(Character.toChars(codePoint)));
        return probe.getLayoutBounds().getWidth() / REFERENCE;
    }
}
