package dev.skyloom.export.diagram;

import java.util.HashMap;
import java.util.Map;

/**
 * A {@link TextMeasure} that sums per-character advances read once from a font and cached: a line's
 * width is the sum of its characters' advances (no kerning, as both toolkits draw it), so two toolkits
 * reading the same font file measure the same, and measuring thousands of labels costs array look-ups.
 */
public abstract class GlyphAdvances implements TextMeasure {
    private final double[][] latin = new double[2][];
    private final Map<Integer, Double> others = new HashMap<>();

    /** The advance of one character at font size 1. */
    protected abstract double advance(int codePoint, boolean bold);

    @Override
    public final synchronized double width(String text, double size, boolean bold) {
        double sum = 0;
        int face = bold ? 1 : 0;
        if (latin[face] == null) {
            latin[face] = new double[0x3000];
            java.util.Arrays.fill(latin[face], Double.NaN);
        }
        double[] table = latin[face];
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            double a;
            if (cp < table.length) {
                a = table[cp];
                if (Double.isNaN(a)) {
                    a = advance(cp, bold);
                    table[cp] = a;
                }
            } else {
                int key = cp * 2 + face;
                Double known = others.get(key);
                if (known == null) {
                    known = advance(cp, bold);
                    others.put(key, known);
                }
                a = known;
            }
            sum += a;
        }
        return sum * size;
    }
}
