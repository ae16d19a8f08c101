package dev.skyloom.export.diagram;

import java.util.Locale;

/**
 * An sRGB colour with opacity, components in 0..1, free of any toolkit. The colour arithmetic
 * ({@link #derive}, {@link #interpolate}) follows JavaFX's {@code Color.deriveColor} and {@code interpolate}
 * exactly, so the canvas and the picture exporters compute the same shades from one {@link DiagramStyle}.
 */
public record Colour(double red, double green, double blue, double opacity) {
    public static final Colour TRANSPARENT = new Colour(0, 0, 0, 0);
    public static final Colour WHITE = new Colour(1, 1, 1, 1);

    public Colour {
        red = clamp(red);
        green = clamp(green);
        blue = clamp(blue);
        opacity = clamp(opacity);
    }

    /** Parses {@code #rrggbb}. */
    public static Colour web(String hex) {
        String h = hex.startsWith("#") ? hex.substring(1) : hex;
        if (h.length() != 6) {
            throw new IllegalArgumentException("not a colour: " + hex);
        }
        int v = Integer.parseInt(h, 16);
        return new Colour(((v >> 16) & 0xFF) / 255.0, ((v >> 8) & 0xFF) / 255.0, (v & 0xFF) / 255.0, 1);
    }

    /** From 0..255 components and an opacity in 0..1. */
    public static Colour rgb(int r, int g, int b, double opacity) {
        return new Colour(r / 255.0, g / 255.0, b / 255.0, opacity);
    }

    public boolean isOpaque() {
        return opacity >= 1;
    }

    /** {@code #rrggbb}, without the opacity. */
    public String hex() {
        return String.format(
                Locale.ROOT, "#%02X%02X%02X", Math.round(red * 255), Math.round(green * 255), Math.round(blue * 255));
    }

    /** The colour with its hue shifted and its saturation, brightness and opacity scaled (JavaFX's rule). */
    public Colour derive(double hueShift, double saturationFactor, double brightnessFactor, double opacityFactor) {
        double[] hsb = hsb(red, green, blue);
        double b = hsb[2];
        if (b == 0 && brightnessFactor > 1.0) {
            b = 0.05;
        }
        double h = (((hsb[0] + hueShift) % 360) + 360) % 360;
        double s = clamp(hsb[1] * saturationFactor);
        b = clamp(b * brightnessFactor);
        double a = clamp(opacity * opacityFactor);
        double[] rgb = rgbOf(h, s, b);
        return new Colour(rgb[0], rgb[1], rgb[2], a);
    }

    /** The colour {@code t} of the way to {@code other}, opacity included. */
    public Colour interpolate(Colour other, double t) {
        if (t <= 0) {
            return this;
        }
        if (t >= 1) {
            return other;
        }
        return new Colour(
                red + (other.red - red) * t,
                green + (other.green - green) * t,
                blue + (other.blue - blue) * t,
                opacity + (other.opacity - opacity) * t);
    }

    public Colour withOpacity(double o) {
        return new Colour(red, green, blue, o);
    }

    private static double[] hsb(double r, double g, double b) {
        double cmax = Math.max(r, Math.max(g, b));
        double cmin = Math.min(r, Math.min(g, b));
        double saturation = cmax != 0 ? (cmax - cmin) / cmax : 0;
        double hue;
        if (saturation == 0) {
            hue = 0;
        } else {
            double redc = (cmax - r) / (cmax - cmin);
            double greenc = (cmax - g) / (cmax - cmin);
            double bluec = (cmax - b) / (cmax - cmin);
            if (r == cmax) {
                hue = bluec - greenc;
            } else if (g == cmax) {
                hue = 2.0 + redc - bluec;
            } else {
                hue = 4.0 + greenc - redc;
            }
            hue = hue / 6.0;
            if (hue < 0) {
                hue = hue + 1.0;
            }
        }
        return new double[] {hue * 360, saturation, cmax};
    }

    private static double[] rgbOf(double hueDegrees, double saturation, double brightness) {
        double hue = (((hueDegrees % 360) + 360) % 360) / 360;
        if (saturation == 0) {
            return new double[] {brightness, brightness, brightness};
        }
        double h = (hue - Math.floor(hue)) * 6.0;
        double f = h - Math.floor(h);
        double p = brightness * (1.0 - saturation);
        double q = brightness * (1.0 - saturation * f);
        double t = brightness * (1.0 - (saturation * (1.0 - f)));
        switch ((int) h) {
            case 0:
                return new double[] {brightness, t, p};
            case 1:
                return new double[] {q, brightness, p};
            case 2:
                return new double[] {p, brightness, t};
            case 3:
                return new double[] {p, q, brightness};
            case 4:
                return new double[] {t, p, brightness};
            default:
                return new double[] {brightness, p, q};
        }
    }

    private static double clamp(double v) {
        return Double.isNaN(v) ? 0 : Math.max(0, Math.min(1, v));
    }
}
