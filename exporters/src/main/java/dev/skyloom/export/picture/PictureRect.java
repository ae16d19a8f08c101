package dev.skyloom.export.picture;

/** An axis-aligned rectangle in picture (world) units. */
public record PictureRect(double x, double y, double w, double h) {
    public PictureRect {
        if (!Double.isFinite(x) || !Double.isFinite(y) || !Double.isFinite(w) || !Double.isFinite(h)) {
            throw new IllegalArgumentException("rectangle must be finite: " + x + ", " + y + ", " + w + ", " + h);
        }
        if (w < 0 || h < 0) {
            throw new IllegalArgumentException("rectangle size must not be negative: " + w + " x " + h);
        }
    }

    public double maxX() {
        return x + w;
    }

    public double maxY() {
        return y + h;
    }

    public PictureRect union(PictureRect r) {
        double nx = Math.min(x, r.x);
        double ny = Math.min(y, r.y);
        return new PictureRect(nx, ny, Math.max(maxX(), r.maxX()) - nx, Math.max(maxY(), r.maxY()) - ny);
    }

    public PictureRect inflated(double d) {
        return new PictureRect(x - d, y - d, w + 2 * d, h + 2 * d);
    }
}
