package dev.skyloom.export.diagram;

/**
 * A routed edge: an orthogonal polyline from the source port to the target port ({@code xs}/{@code ys}
 * hold the points in order), with a label anchor on its middle segment and a bounding box for culling.
 */
public record Route(double[] xs, double[] ys, double labelX, double labelY, Rect bounds) {

    public int size() {
        return xs.length;
    }

    /** Direction of the last segment as a unit vector {dx, dy} (for the arrowhead). */
    public double[] endDirection() {
        int n = xs.length;
        double dx = xs[n - 1] - xs[n - 2];
        double dy = ys[n - 1] - ys[n - 2];
        double len = Math.hypot(dx, dy);
        return len == 0 ? new double[] {1, 0} : new double[] {dx / len, dy / len};
    }

    /** Shortest distance from a point to the polyline. */
    public double distanceTo(double px, double py) {
        double best = Double.MAX_VALUE;
        for (int i = 1; i < xs.length; i++) {
            best = Math.min(best, segmentDistance(px, py, xs[i - 1], ys[i - 1], xs[i], ys[i]));
        }
        return best;
    }

    public static double segmentDistance(double px, double py, double ax, double ay, double bx, double by) {
        double dx = bx - ax;
        double dy = by - ay;
        double len2 = dx * dx + dy * dy;
        double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
        return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
    }

    public static Route of(double[] xs, double[] ys, double labelX, double labelY) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (int i = 0; i < xs.length; i++) {
            minX = Math.min(minX, xs[i]);
            maxX = Math.max(maxX, xs[i]);
            minY = Math.min(minY, ys[i]);
            maxY = Math.max(maxY, ys[i]);
        }
        return new Route(xs, ys, labelX, labelY, new Rect(minX, minY, maxX - minX, maxY - minY));
    }
}
