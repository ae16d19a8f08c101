package dev.skyloom.export.picture;

import dev.skyloom.icons.IconKey;
import java.awt.geom.Path2D;
import java.util.EnumMap;
import java.util.Map;

/**
 * Parses the SVG path data of the icon set (M, L, H, V, C, S, Q, T, Z in absolute and relative form;
 * arcs are not used by the icons and are refused) into a Java2D path with the even-odd rule, for the
 * PNG and PDF writers.
 */
public final class SvgPathData {
    private static final Map<IconKey, Path2D.Double> ICONS = new EnumMap<>(IconKey.class);

    private final String d;
    private int pos;

    private SvgPathData(String d) {
        this.d = d;
    }

    /** The icon's path on its 24 x 24 view box (shared; callers must not modify it). */
    public static synchronized Path2D icon(IconKey key) {
        return ICONS.computeIfAbsent(key, k -> parse(k.pathData()));
    }

    static Path2D.Double parse(String data) {
        return new SvgPathData(data).run();
    }

    private Path2D.Double run() {
        Path2D.Double p = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        double x = 0;
        double y = 0;
        double startX = 0;
        double startY = 0;
        double ctrlX = 0;
        double ctrlY = 0;
        char previous = ' ';
        char command = ' ';
        while (true) {
            skipSeparators();
            if (pos >= d.length()) {
                return p;
            }
            char ch = d.charAt(pos);
            if (Character.isLetter(ch)) {
                command = ch;
                pos++;
            } else if (command == ' ') {
                throw new IllegalArgumentException("path data must start with a command: " + d);
            } else if (command == 'M') {
                command = 'L';
            } else if (command == 'm') {
                command = 'l';
            }
            boolean rel = Character.isLowerCase(command);
            double ox = rel ? x : 0;
            double oy = rel ? y : 0;
            switch (Character.toUpperCase(command)) {
                case 'M':
                    x = ox + number();
                    y = oy + number();
                    p.moveTo(x, y);
                    startX = x;
                    startY = y;
                    break;
                case 'L':
                    x = ox + number();
                    y = oy + number();
                    p.lineTo(x, y);
                    break;
                case 'H':
                    x = ox + number();
                    p.lineTo(x, y);
                    break;
                case 'V':
                    y = oy + number();
                    p.lineTo(x, y);
                    break;
                case 'C': {
                    double x1 = ox + number();
                    double y1 = oy + number();
                    ctrlX = ox + number();
                    ctrlY = oy + number();
                    x = ox + number();
                    y = oy + number();
                    p.curveTo(x1, y1, ctrlX, ctrlY, x, y);
                    break;
                }
                case 'S': {
                    boolean smooth = "CcSs".indexOf(previous) >= 0;
                    double x1 = smooth ? 2 * x - ctrlX : x;
                    double y1 = smooth ? 2 * y - ctrlY : y;
                    ctrlX = ox + number();
                    ctrlY = oy + number();
                    x = ox + number();
                    y = oy + number();
                    p.curveTo(x1, y1, ctrlX, ctrlY, x, y);
                    break;
                }
                case 'Q':
                    ctrlX = ox + number();
                    ctrlY = oy + number();
                    x = ox + number();
                    y = oy + number();
                    p.quadTo(ctrlX, ctrlY, x, y);
                    break;
                case 'T': {
                    boolean smooth = "QqTt".indexOf(previous) >= 0;
                    ctrlX = smooth ? 2 * x - ctrlX : x;
                    ctrlY = smooth ? 2 * y - ctrlY : y;
                    x = ox + number();
                    y = oy + number();
                    p.quadTo(ctrlX, ctrlY, x, y);
                    break;
                }
                case 'Z':
                    p.closePath();
                    x = startX;
                    y = startY;
                    break;
                default:
                    throw new IllegalArgumentException("unsupported path command '" + command + "' in " + d);
            }
            previous = command;
        }
    }

    private void skipSeparators() {
        while (pos < d.length() && (Character.isWhitespace(d.charAt(pos)) || d.charAt(pos) == ',')) {
            pos++;
        }
    }

    private double number() {
        skipSeparators();
        int start = pos;
        if (pos < d.length() && (d.charAt(pos) == '-' || d.charAt(pos) == '+')) {
            pos++;
        }
        boolean dot = false;
        while (pos < d.length()) {
            char ch = d.charAt(pos);
            if (Character.isDigit(ch)) {
                pos++;
            } else if (ch == '.' && !dot) {
                dot = true;
                pos++;
            } else if ((ch == 'e' || ch == 'E') && pos > start) {
                pos++;
                if (pos < d.length() && (d.charAt(pos) == '-' || d.charAt(pos) == '+')) {
                    pos++;
                }
            } else {
                break;
            }
        }
        if (start == pos) {
            throw new IllegalArgumentException("number expected at " + start + " in " + d);
        }
        return Double.parseDouble(d.substring(start, pos));
    }
}
