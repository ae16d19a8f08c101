package dev.skyloom.export.diagram;

/** An axis-aligned rectangle in world coordinates (no JavaFX, so geometry is testable without a toolkit). */
public record Rect(double x, double y, double w, double h) {
    public static final Rect EMPTY = new Rect(0, 0, 0, 0);

    public double maxX() {
        return x + w;
    }

    public double maxY() {
        return y + h;
    }

    public double centerX() {
        return x + w / 2;
    }

    public double centerY() {
        return y + h / 2;
    }

    public boolean contains(double px, double py) {
        return px >= x && px <= x + w && py >= y && py <= y + h;
    }

    public boolean contains(Rect r) {
        return r.x >= x && r.y >= y && r.maxX() <= maxX() && r.maxY() <= maxY();
    }

    public boolean intersects(Rect r) {
        return r.x <= x + w && r.x + r.w >= x && r.y <= y + h && r.y + r.h >= y;
    }

    public Rect union(Rect r) {
        double nx = Math.min(x, r.x);
        double ny = Math.min(y, r.y);
        return new Rect(nx, ny, Math.max(maxX(), r.maxX()) - nx, Math.max(maxY(), r.maxY()) - ny);
    }

    public Rect translated(double dx, double dy) {
        return new Rect(x + dx, y + dy, w, h);
    }

    /** Grows by {@code d} on every side (shrinks when negative). */
    public Rect inflated(double d) {
        return new Rect(x - d, y - d, w + 2 * d, h + 2 * d);
    }

    /** The rectangle spanned by two corner points in any order. */
    public static Rect spanning(double x1, double y1, double x2, double y2) {
        return new Rect(Math.min(x1, x2), Math.min(y1, y2), Math.abs(x2 - x1), Math.abs(y2 - y1));
    }
}
