package dev.skyloom.export.picture;

import java.util.Locale;

/** An sRGB colour with opacity, as {@code 0xAARRGGBB}; alpha 0 means "not drawn". */
public record PictureColour(int argb) {
    /** Fully transparent: a fill or stroke with this colour is skipped. */
    public static final PictureColour NONE = new PictureColour(0);

    public static final PictureColour WHITE = rgb(255, 255, 255);

    public static PictureColour rgb(int r, int g, int b) {
        return new PictureColour(0xFF000000 | (clamp(r) << 16) | (clamp(g) << 8) | clamp(b));
    }

    /** Parses {@code #rrggbb} or {@code #aarrggbb}. */
    public static PictureColour of(String hex) {
        String h = hex.startsWith("#") ? hex.substring(1) : hex;
        if (h.length() == 6) {
            return new PictureColour(0xFF000000 | Integer.parseInt(h, 16));
        }
        if (h.length() == 8) {
            return new PictureColour((int) Long.parseLong(h, 16));
        }
        throw new IllegalArgumentException("not a colour: " + hex);
    }

    /** From components in 0..1, as JavaFX and most toolkits give them. */
    public static PictureColour of(double r, double g, double b, double opacity) {
        return new PictureColour(((int) Math.round(clamp01(opacity) * 255) << 24)
                | ((int) Math.round(clamp01(r) * 255) << 16)
                | ((int) Math.round(clamp01(g) * 255) << 8)
                | (int) Math.round(clamp01(b) * 255));
    }

    public int red() {
        return (argb >> 16) & 0xFF;
    }

    public int green() {
        return (argb >> 8) & 0xFF;
    }

    public int blue() {
        return argb & 0xFF;
    }

    /** Opacity in 0..1. */
    public double opacity() {
        return ((argb >>> 24) & 0xFF) / 255.0;
    }

    public boolean isVisible() {
        return (argb >>> 24) != 0;
    }

    /** {@code #rrggbb}, without the opacity. */
    public String hex() {
        return String.format(Locale.ROOT, "#%06X", argb & 0xFFFFFF);
    }

    public PictureColour withOpacity(double opacity) {
        return new PictureColour(((int) Math.round(clamp01(opacity) * 255) << 24) | (argb & 0xFFFFFF));
    }

    /** The colour {@code t} of the way towards {@code other} (opacity from this colour). */
    public PictureColour mix(PictureColour other, double t) {
        double u = clamp01(t);
        int r = (int) Math.round(red() + (other.red() - red()) * u);
        int g = (int) Math.round(green() + (other.green() - green()) * u);
        int b = (int) Math.round(blue() + (other.blue() - blue()) * u);
        return new PictureColour((argb & 0xFF000000) | (r << 16) | (g << 8) | b);
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }

    private static double clamp01(double v) {
        return Double.isNaN(v) ? 0 : Math.max(0, Math.min(1, v));
    }
}
