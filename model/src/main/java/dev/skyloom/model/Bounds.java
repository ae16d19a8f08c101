package dev.skyloom.model;

/**
 * Where a component is drawn; presentation only. A width or height of 0 means "the default size".
 * Negative zero is stored as zero, so bounds equal after a round trip through the file.
 */
public record Bounds(double x, double y, double w, double h) {
    public Bounds {
        x += 0.0;
        y += 0.0;
        w += 0.0;
        h += 0.0;
        if (!Double.isFinite(x)
                || !Double.isFinite(y)
                || !Double.isFinite(w)
                || !Double.isFinite(h)
                || w < 0
                || h < 0) {
            throw new IllegalArgumentException("bad bounds " + x + "," + y + "," + w + "," + h);
        }
    }

    public Bounds movedBy(double dx, double dy) {
        return new Bounds(x + dx, y + dy, w, h);
    }

    /**
     * These bounds on a grid of half units, as files store them: a drag gives coordinates such as
     * {@code 147.69999035490588}, which would make every save differ from the last in the layout.
     */
    public Bounds onHalfUnits() {
        return new Bounds(half(x), half(y), half(w), half(h));
    }

    private static double half(double v) {
        return Math.abs(v) < 1e15 ? Math.round(v * 2) / 2.0 : v;
    }
}
