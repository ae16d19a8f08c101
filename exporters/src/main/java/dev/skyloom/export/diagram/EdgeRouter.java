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

    /**
     * What a route must keep clear of: the cost of an axis-aligned segment (crossed cards other than the two
     * ends, weighted above crossed foreign containers) and, for detours, the union of what it crosses.
     */
    @FunctionalInterface
    public interface Obstacles {
        int crossings(double x1, double y1, double x2, double y2);

        /** The union of the obstacles the segment crosses, or null; routes detour around it. */
        default Rect blocking(double x1, double y1, double x2, double y2) {
            return null;
        }

        Obstacles NONE = (x1, y1, x2, y2) -> 0;
    }

    /**
     * A route, whether detours beyond the two ends' neighbourhood were weighed to find it, and what they
     * drew on the shared budget.
     */
    public record Routed(Route route, boolean detoured, BudgetUse budget) {
        Routed(Route route, boolean detoured) {
            this(route, detoured, BudgetUse.NONE);
        }
    }

    /**
     * What one route's detour rounds drew on the budget shared by a diagram's edges: the candidates they
     * spent, those spent before the last round began, how many rounds began, and whether an empty budget
     * stopped a further round. Routing the same edge among the same obstacles with another budget left gives
     * the same route exactly when {@link #sameRoundsWith} holds: the budget is only read when a round may
     * begin.
     */
    public record BudgetUse(int spent, int beforeLastRound, int rounds, boolean stopped) {
        static final BudgetUse NONE = new BudgetUse(0, 0, 0, false);

        /** Whether a route started with {@code budget} candidates left would begin the same rounds. */
        public boolean sameRoundsWith(int budget) {
            return (rounds == 0 || budget - beforeLastRound > 0) && (!stopped || budget - spent <= 0);
        }
    }

    /**
     * The best of a few orthogonal candidates (side to side, top to bottom, and the two L shapes): fewest
     * cards crossed, then shortest with fewest bends.
     */
    public static Route route(Rect from, Rect to, int lane, Obstacles obstacles) {
        return routed(from, to, lane, obstacles, new int[] {Integer.MAX_VALUE}).route();
    }

    /**
     * As {@link #route(Rect, Rect, int, Obstacles)}; when every such candidate crosses something, also
     * detours: routes leaving a side of the source and entering a side of the target through a channel
     * just beyond what the earlier candidates cross (a few rounds, each around the newly found obstacles).
     * Only edges that cross something pay for this; {@code budget[0]} is the number of detour candidates
     * still allowed (shared by the edges of one diagram), decreased here. {@code detoured} is set whenever
     * the direct candidates all cross something, budget or not.
     */
    public static Routed routed(Rect from, Rect to, int lane, Obstacles obstacles, int[] budget) {
        if (!from.equals(to) && (to.contains(from) || from.contains(to))) {
            return new Routed(nested(from, to, laneOffset(lane), obstacles), false);
        }
        Route basic = route(from, to, lane);
        if (from.equals(to) || obstacles == Obstacles.NONE) {
            return new Routed(basic, false);
        }
        Route best = basic;
        double bestScore = score(basic, obstacles);
        if (bestScore < 100_000) {
            return new Routed(basic, false);
        }
        double off = laneOffset(lane);
        java.util.List<Route> tried = new java.util.ArrayList<>();
        tried.add(basic);
        for (Route r : alternatives(from, to, off)) {
            tried.add(r);
            double sc = score(r, obstacles);
            if (sc < bestScore) {
                best = r;
                bestScore = sc;
            }
        }
        if (bestScore < 100_000) {
            return new Routed(best, false);
        }
        // detours: channels beside the union of what the candidates so far cross
        Rect blocked = null;
        int start = budget[0];
        int lastRoundStart = start;
        int rounds = 0;
        for (int round = 0; round < 3 && bestScore >= 100_000 && budget[0] > 0; round++) {
            rounds++;
            lastRoundStart = budget[0];
            Rect found = blockedBy(tried, obstacles);
            if (found == null || (blocked != null && blocked.contains(found))) {
                break;
            }
            blocked = blocked == null ? found : blocked.union(found);
            tried.clear();
            for (Route r : detours(from, to, off, blocked)) {
                if (throughEnds(r, from, to)) {
                    continue;
                }
                budget[0]--;
                tried.add(r);
                double sc = score(r, obstacles);
                if (sc < bestScore) {
                    best = r;
                    bestScore = sc;
                }
            }
        }
        boolean stopped = rounds < 3 && bestScore >= 100_000 && budget[0] <= 0;
        return new Routed(best, true, new BudgetUse(start - budget[0], start - lastRoundStart, rounds, stopped));
    }

    private static Rect blockedBy(java.util.List<Route> routes, Obstacles obstacles) {
        Rect all = null;
        for (Route r : routes) {
            for (int i = 1; i < r.size(); i++) {
                Rect b = obstacles.blocking(r.xs()[i - 1], r.ys()[i - 1], r.xs()[i], r.ys()[i]);
                if (b != null) {
                    all = all == null ? b : all.union(b);
                }
            }
        }
        return all;
    }

    /** Whether a middle segment of the route runs through one of its own ends (obstacles skip the ends). */
    private static boolean throughEnds(Route r, Rect from, Rect to) {
        Rect a = from.inflated(-1);
        Rect b = to.inflated(-1);
        for (int i = 1; i < r.size(); i++) {
            Rect seg = Rect.spanning(r.xs()[i - 1], r.ys()[i - 1], r.xs()[i], r.ys()[i]);
            if ((i > 1 && seg.intersects(a)) || (i < r.size() - 1 && seg.intersects(b))) {
                return true;
            }
        }
        return false;
    }

    /** Space kept between a detour and what it goes around. */
    private static final double CLEARANCE = 14;

    /**
     * Routes from a side of {@code from} to a side of {@code to} through a channel just outside
     * {@code blocked} (above, below, left or right of it), each leaving and entering with a short stub.
     */
    private static java.util.List<Route> detours(Rect from, Rect to, double off, Rect blocked) {
        java.util.List<Route> out = new java.util.ArrayList<>();
        double[] ys = {blocked.y() - CLEARANCE + off, blocked.maxY() + CLEARANCE + off};
        double[] xs = {blocked.x() - CLEARANCE + off, blocked.maxX() + CLEARANCE + off};
        char[] sides = {'R', 'L', 'T', 'B'};
        for (char a : sides) {
            for (char b : sides) {
                double[] p = port(from, a, off);
                double[] q = port(to, b, off);
                double[] p1 = stub(p, a);
                double[] q1 = stub(q, b);
                for (double y : ys) {
                    if (horizontalSide(a) && horizontalSide(b)) {
                        out.add(path(p, p1, new double[] {p1[0], y}, new double[] {q1[0], y}, q1, q));
                    }
                }
                for (double x : xs) {
                    if (!horizontalSide(a) && !horizontalSide(b)) {
                        out.add(path(p, p1, new double[] {x, p1[1]}, new double[] {x, q1[1]}, q1, q));
                    }
                }
                if (horizontalSide(a) && !horizontalSide(b)) {
                    // out of a side to the channel beside the obstacle, then along to above/below the target
                    for (double x : xs) {
                        out.add(path(p, new double[] {x, p[1]}, new double[] {x, q1[1]}, q1, q));
                    }
                } else if (!horizontalSide(a) && horizontalSide(b)) {
                    for (double y : ys) {
                        out.add(path(p, new double[] {p[0], y}, new double[] {q1[0], y}, q1, q));
                    }
                }
            }
        }
        return out;
    }

    private static boolean horizontalSide(char side) {
        return side == 'L' || side == 'R';
    }

    private static double[] port(Rect r, char side, double off) {
        return switch (side) {
            case 'R' -> new double[] {r.maxX(), clamp(r.centerY() + off, r.y() + 6, r.maxY() - 6)};
            case 'L' -> new double[] {r.x(), clamp(r.centerY() + off, r.y() + 6, r.maxY() - 6)};
            case 'T' -> new double[] {clamp(r.centerX() + off, r.x() + 6, r.maxX() - 6), r.y()};
            default -> new double[] {clamp(r.centerX() + off, r.x() + 6, r.maxX() - 6), r.maxY()};
        };
    }

    private static double[] stub(double[] p, char side) {
        double d = CLEARANCE;
        return switch (side) {
            case 'R' -> new double[] {p[0] + d, p[1]};
            case 'L' -> new double[] {p[0] - d, p[1]};
            case 'T' -> new double[] {p[0], p[1] - d};
            default -> new double[] {p[0], p[1] + d};
        };
    }

    /** An orthogonal polyline through the points (repeated points dropped), labelled on its longest segment. */
    private static Route path(double[]... points) {
        java.util.List<double[]> kept = new java.util.ArrayList<>();
        for (double[] pt : points) {
            if (kept.isEmpty() || kept.get(kept.size() - 1)[0] != pt[0] || kept.get(kept.size() - 1)[1] != pt[1]) {
                kept.add(pt);
            }
        }
        double[] xs = new double[kept.size()];
        double[] ys = new double[kept.size()];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = kept.get(i)[0];
            ys[i] = kept.get(i)[1];
        }
        int longest = 1;
        double len = -1;
        for (int i = 1; i < xs.length; i++) {
            double l = Math.abs(xs[i] - xs[i - 1]) + Math.abs(ys[i] - ys[i - 1]);
            if (l > len) {
                len = l;
                longest = i;
            }
        }
        if (xs.length < 2) {
            return Route.of(new double[] {xs[0], xs[0]}, new double[] {ys[0], ys[0]}, xs[0], ys[0]);
        }
        return Route.of(xs, ys, (xs[longest - 1] + xs[longest]) / 2, (ys[longest - 1] + ys[longest]) / 2);
    }

    /**
     * An edge between a card and a container that holds it (an identity provider federating the cloud it
     * sits in, a provider shipping telemetry to a sink inside it): a straight line from the card's side to
     * the container's border on that side, on the side crossing least, then the shortest of those with room
     * for its arrow and label ({@link #NESTED_ROOM}); the arrow ends at {@code to}. Routing such an edge like
     * one between two separate boxes would cross the container's cards; a stub a few units long (a card
     * beside its container's border) leaves the label no room inside, so it would sit on the border or
     * outside the container.
     */
    private static Route nested(Rect from, Rect to, double off, Obstacles obstacles) {
        boolean outward = to.contains(from);
        Rect inner = outward ? from : to;
        Rect outer = outward ? to : from;
        double y = clamp(inner.centerY() + off, inner.y() + 6, inner.maxY() - 6);
        double x = clamp(inner.centerX() + off, inner.x() + 6, inner.maxX() - 6);
        double[][] sides = {
            {inner.x(), y, outer.x(), y},
            {inner.maxX(), y, outer.maxX(), y},
            {x, inner.y(), x, outer.y()},
            {x, inner.maxY(), x, outer.maxY()}
        };
        Route best = null;
        double bestScore = Double.MAX_VALUE;
        for (double[] side : sides) {
            double[] xs = outward ? new double[] {side[0], side[2]} : new double[] {side[2], side[0]};
            double[] ys = outward ? new double[] {side[1], side[3]} : new double[] {side[3], side[1]};
            Route r = Route.of(xs, ys, (side[0] + side[2]) / 2, (side[1] + side[3]) / 2);
            // a label pill lies across a vertical line but along a horizontal one: that needs its width
            boolean horizontal = side[1] == side[3];
            double length = Math.abs(side[2] - side[0]) + Math.abs(side[3] - side[1]);
            double sc = score(r, obstacles) + (length < (horizontal ? NESTED_ROOM_ALONG : NESTED_ROOM) ? 50_000 : 0);
            if (sc < bestScore) {
                best = r;
                bestScore = sc;
            }
        }
        return best;
    }

    /**
     * The shortest line from a card to its container's border that is preferred: an arrow head and a label
     * pill beside the card (below one crossing, which still counts more).
     */
    static final double NESTED_ROOM = 48;

    /** As {@link #NESTED_ROOM} for a horizontal line, where the label lies along it: a label's width. */
    static final double NESTED_ROOM_ALONG = 130;

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
        if (!from.equals(to) && (to.contains(from) || from.contains(to))) {
            return nested(from, to, off, Obstacles.NONE);
        }
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
