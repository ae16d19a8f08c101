package dev.skyloom.app.canvas;

/**
 * Simple orthogonal routing between two boxes: leave the side facing the target, run to the midpoint,
 * turn once, and enter the facing side of the target. Boxes stacked vertically are joined top/bottom;
 * a box joined to itself gets a loop over its top-right corner. {@code lane} spreads several edges that
 * share a box side (0 = centred, then +1, -1, +2, ...).
 */
public final class EdgeRouter {
    /** Space between parallel edges on one side of a box. */
    public static final double LANE_SPACING = 10;

    private EdgeRouter() {}

    public static Route route(Rect from, Rect to, int lane) {
        double off = laneOffset(lane);
        if (from.equals(to)) {
            double x0 = from.maxX() - 24 + off;
            double y0 = from.y();
            double[] xs = {x0, x0, from.maxX() + 24, from.maxX() + 24, from.maxX()};
            double[] ys = {y0, y0 - 24, y0 - 24, y0 + 24, y0 + 24};
            return Route.of(xs, ys, from.maxX() + 24, y0 - 24);
        }
        double gapRight = to.x() - from.maxX();
        double gapLeft = from.x() - to.maxX();
        double gapDown = to.y() - from.maxY();
        double gapUp = from.y() - to.maxY();
        boolean horizontal = Math.max(gapRight, gapLeft) >= Math.max(gapDown, gapUp) || Math.max(gapDown, gapUp) < 12;
        if (horizontal) {
            boolean right = to.centerX() >= from.centerX();
            double sx = right ? from.maxX() : from.x();
            double tx = right ? to.x() : to.maxX();
            double sy = clamp(from.centerY() + off, from.y() + 6, from.maxY() - 6);
            double ty = clamp(to.centerY() + off, to.y() + 6, to.maxY() - 6);
            if ((right && tx < sx + 16) || (!right && tx > sx - 16)) {
                // overlapping columns: go out and come back in from the same side
                double out = right ? Math.max(sx, to.maxX()) + 24 : Math.min(sx, to.x()) - 24;
                tx = right ? to.maxX() : to.x();
                double[] xs = {sx, out, out, tx};
                double[] ys = {sy, sy, ty, ty};
                return Route.of(xs, ys, out, (sy + ty) / 2);
            }
            double mx = (sx + tx) / 2 + off;
            double[] xs = {sx, mx, mx, tx};
            double[] ys = {sy, sy, ty, ty};
            return Route.of(xs, ys, mx, (sy + ty) / 2);
        }
        boolean down = to.centerY() >= from.centerY();
        double sy = down ? from.maxY() : from.y();
        double ty = down ? to.y() : to.maxY();
        double sx = clamp(from.centerX() + off, from.x() + 6, from.maxX() - 6);
        double tx = clamp(to.centerX() + off, to.x() + 6, to.maxX() - 6);
        double my = (sy + ty) / 2 + off;
        double[] xs = {sx, sx, tx, tx};
        double[] ys = {sy, my, my, ty};
        return Route.of(xs, ys, (sx + tx) / 2, my);
    }

    static double laneOffset(int lane) {
        if (lane <= 0) {
            return 0;
        }
        int k = (lane + 1) / 2;
        return (lane % 2 == 1 ? k : -k) * LANE_SPACING;
    }

    private static double clamp(double v, double lo, double hi) {
        return hi < lo ? (lo + hi) / 2 : Math.max(lo, Math.min(hi, v));
    }
}
