package dev.skyloom.export.diagram;

/**
 * Simple orthogonal routing between two boxes: leave the side facing the target, run to the midpoint,
 * turn once, and enter the facing side of the target. Boxes stacked vertically are joined top/bottom;
 * a box joined to itself gets a loop over its top-right corner. {@code lane} spreads several edges that
 * share a box side (0 = centred, then +1, -1, +2, ...).
 */
public final class EdgeRouter {
    /** Space between parallel edges on one side of a box. */
    public static final double LANE_SPACING = 10;

    /** How far a route may leave its two ends' rectangles (self-loops and detours around them). */
    public static final double DETOUR = 24;

    private EdgeRouter() {}

    /** Counts the cards (other than the two ends) that an axis-aligned segment crosses. */
    @FunctionalInterface
    public interface Obstacles {
        int crossings(double x1, double y1, double x2, double y2);

        Obstacles NONE = (x1, y1, x2, y2) -> 0;
    }

    /**
     * The best of a few orthogonal candidates (side to side, top to bottom, and the two L shapes): fewest
     * cards crossed, then shortest with fewest bends.
     */
    public static Route route(Rect from, Rect to, int lane, Obstacles obstacles) {
        Route basic = route(from, to, lane);
        if (from.equals(to) || obstacles == Obstacles.NONE) {
            return basic;
        }
        Route best = basic;
        double bestScore = score(basic, obstacles);
        if (bestScore < 100_000) {
            return basic;
        }
        double off = laneOffset(lane);
        for (Route r : alternatives(from, to, off)) {
            double sc = score(r, obstacles);
            if (sc < bestScore) {
                best = r;
                bestScore = sc;
            }
        }
        return best;
    }

    private static double score(Route r, Obstacles obstacles) {
        int crossings = 0;
        double length = 0;
        for (int i = 1; i < r.size(); i++) {
            crossings += obstacles.crossings(r.xs()[i - 1], r.ys()[i - 1], r.xs()[i], r.ys()[i]);
            length += Math.abs(r.xs()[i] - r.xs()[i - 1]) + Math.abs(r.ys()[i] - r.ys()[i - 1]);
        }
        return crossings * 100_000.0 + length + (r.size() - 2) * 30;
    }

    private static java.util.List<Route> alternatives(Rect from, Rect to, double off) {
        java.util.List<Route> out = new java.util.ArrayList<>();
        boolean right = to.centerX() >= from.centerX();
        boolean down = to.centerY() >= from.centerY();
        // side to side with the bend at the middle
        double sx = right ? from.maxX() : from.x();
        double tx = right ? to.x() : to.maxX();
        if (right ? tx > sx + 16 : tx < sx - 16) {
            double sy = clamp(from.centerY() + off, from.y() + 6, from.maxY() - 6);
            double ty = clamp(to.centerY() + off, to.y() + 6, to.maxY() - 6);
            double mx = (sx + tx) / 2 + off;
            out.add(Route.of(new double[] {sx, mx, mx, tx}, new double[] {sy, sy, ty, ty}, mx, (sy + ty) / 2));
        }
        // top to bottom with the bend at the middle
        double sy = down ? from.maxY() : from.y();
        double ty = down ? to.y() : to.maxY();
        if (down ? ty > sy + 16 : ty < sy - 16) {
            double vx = clamp(from.centerX() + off, from.x() + 6, from.maxX() - 6);
            double wx = clamp(to.centerX() + off, to.x() + 6, to.maxX() - 6);
            double my = (sy + ty) / 2 + off;
            out.add(Route.of(new double[] {vx, vx, wx, wx}, new double[] {sy, my, my, ty}, (vx + wx) / 2, my));
        }
        // out of the side, into the top or bottom
        double lx = clamp(to.centerX() + off, to.x() + 6, to.maxX() - 6);
        if (right ? lx > from.maxX() + 16 : lx < from.x() - 16) {
            double ly = clamp(from.centerY() + off, from.y() + 6, from.maxY() - 6);
            if (down ? to.y() > ly + 16 : to.maxY() < ly - 16) {
                double ey = down ? to.y() : to.maxY();
                out.add(Route.of(new double[] {sx, lx, lx}, new double[] {ly, ly, ey}, (sx + lx) / 2, ly));
            }
        }
        // out of the top or bottom, into the side
        double ky = clamp(to.centerY() + off, to.y() + 6, to.maxY() - 6);
        if (down ? ky > from.maxY() + 16 : ky < from.y() - 16) {
            double kx = clamp(from.centerX() + off, from.x() + 6, from.maxX() - 6);
            if (right ? to.x() > kx + 16 : to.maxX() < kx - 16) {
                double ex = right ? to.x() : to.maxX();
                out.add(Route.of(new double[] {kx, kx, ex}, new double[] {sy, ky, ky}, (kx + ex) / 2, ky));
            }
        }
        return out;
    }

    public static Route route(Rect from, Rect to, int lane) {
        double off = laneOffset(lane);
        if (from.equals(to)) {
            double x0 = from.maxX() - DETOUR + off;
            double y0 = from.y();
            double[] xs = {x0, x0, from.maxX() + DETOUR, from.maxX() + DETOUR, from.maxX()};
            double[] ys = {y0, y0 - DETOUR, y0 - DETOUR, y0 + DETOUR, y0 + DETOUR};
            return Route.of(xs, ys, from.maxX() + DETOUR, y0 - DETOUR);
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
                double out = right ? Math.max(sx, to.maxX()) + DETOUR : Math.min(sx, to.x()) - DETOUR;
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

    public static double laneOffset(int lane) {
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
