package dev.skyloom.export.picture;

import dev.skyloom.export.diagram.GlyphAdvances;
import dev.skyloom.export.diagram.TextMeasure;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Measures text with the bundled DejaVu Sans through AWT (works headless), for the picture exporters and
 * the command line; the PNG writer draws with the same fonts. Advances are unhinted (fractional metrics),
 * as JavaFX measures them on the canvas.
 */
public final class AwtTextMeasure extends GlyphAdvances {
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);
    private static final double REFERENCE = 1000;

    private static volatile AwtTextMeasure shared;

    private final Font regular;
    private final Font bold;
    private final Font regularReference;
    private final Font boldReference;

    private AwtTextMeasure(Font regular, Font bold) {
        this.regular = regular;
        this.bold = bold;
        this.regularReference = regular.deriveFont((float) REFERENCE);
        this.boldReference = bold.deriveFont((float) REFERENCE);
    }

    /** The one instance (the fonts are loaded once per process). */
    public static AwtTextMeasure shared() {
        AwtTextMeasure m = shared;
        if (m == null) {
            synchronized (AwtTextMeasure.class) {
                m = shared;
                if (m == null) {
                    m = new AwtTextMeasure(load(TextMeasure.FONT_RESOURCE), load(TextMeasure.BOLD_FONT_RESOURCE));
                    shared = m;
                }
            }
        }
        return m;
    }

    private static Font load(String resource) {
        try (InputStream in = AwtTextMeasure.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font resource missing: " + resource);
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled font " + resource, e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("bundled font " + resource + " is not a TrueType font", e);
        }
    }

    /** The bundled face at size 1 (derive the size needed). */
    public Font font(boolean boldFace) {
        return boldFace ? bold : regular;
    }

    @Override
    protected double advance(int codePoint, boolean boldFace) {
        Font f = boldFace ? boldReference : regularReference;
        return f.getStringBounds(new String(Character.toChars(codePoint)), FRC).getWidth() / REFERENCE;
    }
}
