package dev.skyloom.export.diagram;

import dev.skyloom.export.diagram.DiagramLabels.EdgeRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where each edge label of a diagram goes (see {@link DiagramLabels} for the rule), placed in connection
 * order, each avoiding the cards, the header bands and the labels placed before it. Placing labels again
 * after an edit keeps every label whose placement could not change: each label records the area its
 * placement asked about, and is kept while no card, header band, line of another edge or earlier label
 * changed within it. The result is always the placement a fresh run would give.
 */
final class EdgeLabelPlacement {
    private static final double[] ALONG = {0.5, 0.35, 0.65, 0.2, 0.8, 0.1, 0.9};

    /**
     * How one label was placed: its request, the union of every area its placement asked the obstacles and
     * lines about (null if none) and the label (null when its text fits nowhere).
     */
    private record Trace(EdgeRequest request, Rect looked, EdgeLabel label) {
        /** Whether this label is an obstacle to later ones: only labels on a free spot are. */
        boolean obstacle() {
            return label != null && !label.hidden();
        }
    }

    private final Map<String, EdgeLabel> labels;
    private final List<EdgeRequest> requests;
    private final List<Rect> obstacles;
    private final Map<String, Trace> traces;

    private EdgeLabelPlacement(
            Map<String, EdgeLabel> labels,
            List<EdgeRequest> requests,
            List<Rect> obstacles,
            Map<String, Trace> traces) {
        this.labels = labels;
        this.requests = requests;
        this.obstacles = obstacles;
        this.traces = traces;
    }

    Map<String, EdgeLabel> labels() {
        return labels;
    }

    /** The {@code k}th request placed. */
    EdgeRequest request(int k) {
        return requests.get(k);
    }

    /**
     * The labels of {@code edges} among {@code cards} (card and header rectangles), keeping those of
     * {@code previous} (placed with the same {@code fit}, or null) that would come out the same.
     */
    static EdgeLabelPlacement place(
            TextFit fit, List<EdgeRequest> edges, List<Rect> cards, EdgeLabelPlacement previous) {
        if (previous != null && previous.obstacles.equals(cards) && sameRequests(previous.requests, edges)) {
            return previous;
        }
        Looked looked = new Looked();
        Map<String, EdgeLabel> placed = new HashMap<>(edges.size() * 2);
        Map<String, Trace> traces = new HashMap<>(edges.size() * 2);
        Obstacles taken = new Obstacles(cards.size() + edges.size(), looked);
        for (Rect c : cards) {
            taken.add(c.inflated(2));
        }
        Lines lines = new Lines(edges, looked);
        Changes changes = previous == null ? null : Changes.between(previous, edges, cards);
        for (int k = 0; k < edges.size(); k++) {
            EdgeRequest e = edges.get(k);
            Trace before = previous == null ? null : previous.traces.get(e.id());
            Trace trace =
                    changes != null && changes.keeps(before, e) ? before : placeOne(fit, e, taken, lines, k, looked);
            if (changes != null && trace != before) {
                changes.placed(before, trace);
            }
            if (trace.obstacle()) {
                // only labels on a free spot become obstacles: those in the index never overlap, so a grid
                // cell holds a bounded number of them and each look-up stays cheap however many edges
                taken.add(trace.label().pill());
            }
            traces.put(e.id(), trace);
            if (trace.label() != null) {
                placed.put(e.id(), trace.label());
            }
        }
        return new EdgeLabelPlacement(placed, List.copyOf(edges), List.copyOf(cards), traces);
    }

    private static Trace placeOne(TextFit fit, EdgeRequest e, Obstacles taken, Lines lines, int k, Looked looked) {
        String label = fit.fit(e.label(), DiagramLabels.MAX_EDGE_LABEL, DiagramStyle.EDGE_LABEL, false);
        if (label.isEmpty()) {
            return new Trace(e, null, null);
        }
        double lw = fit.width(label, DiagramStyle.EDGE_LABEL, false) + 14;
        double lh = DiagramStyle.EDGE_LABEL + 8;
        looked.reset();
        double[] at = position(e.route(), lw, lh, taken, lines, k);
        Rect pill = new Rect(at[0] - lw / 2, at[1] - lh / 2, lw, lh);
        EdgeLabel placed = new EdgeLabel(
                TextFit.singleLine(e.label()),
                pill,
                new TextLine(
                        label,
                        at[0],
                        TextLine.baselineFor(at[1], DiagramStyle.EDGE_LABEL),
                        DiagramStyle.EDGE_LABEL,
                        false,
                        TextLine.Align.CENTER),
                at[2] != 0);
        return new Trace(e, looked.area(), placed);
    }

    /**
     * What differs between a previous placement and this one, for {@link #keeps}: the card and header
     * rectangles only one of them has, the line segments of edges only one of them has or routes otherwise,
     * and, growing as placement goes on, the pills of labels placed otherwise (or only in one of them).
     */
    private static final class Changes {
        private final List<Rect> changed = new ArrayList<>();
        private final boolean orderKept;

        private Changes(boolean orderKept) {
            this.orderKept = orderKept;
        }

        static Changes between(EdgeLabelPlacement previous, List<EdgeRequest> edges, List<Rect> cards) {
            // counted, not just present: two cards on one spot cover a pill twice. Only the stretch between
            // the longest common head and tail of the two lists is counted: an edit changes a few cards, and
            // the rest, equal in place, add the same to both counts
            List<Rect> before = previous.obstacles;
            int head = 0;
            int max = Math.min(before.size(), cards.size());
            while (head < max && before.get(head).equals(cards.get(head))) {
                head++;
            }
            int tail = 0;
            while (tail < max - head
                    && before.get(before.size() - 1 - tail).equals(cards.get(cards.size() - 1 - tail))) {
                tail++;
            }
            Map<Rect, Integer> was = counts(before.subList(head, before.size() - tail));
            Map<Rect, Integer> is = counts(cards.subList(head, cards.size() - tail));
            // the edges both placements have must come in the same order: each label sees only earlier ones
            Map<String, Integer> order = new HashMap<>(previous.requests.size() * 2);
            for (int i = 0; i < previous.requests.size(); i++) {
                order.put(previous.requests.get(i).id(), i);
            }
            int last = -1;
            boolean orderKept = true;
            Set<String> now = new HashSet<>();
            for (EdgeRequest e : edges) {
                now.add(e.id());
                Integer at = order.get(e.id());
                if (at != null) {
                    orderKept &= at > last;
                    last = at;
                }
            }
            Changes c = new Changes(orderKept);
            was.forEach((r, n) -> {
                if (!n.equals(is.get(r))) {
                    c.changed.add(r.inflated(2));
                }
            });
            is.forEach((r, n) -> {
                if (!n.equals(was.get(r))) {
                    c.changed.add(r.inflated(2));
                }
            });
            for (EdgeRequest e : edges) {
                Trace t = previous.traces.get(e.id());
                if (t == null || !sameRoute(t.request().route(), e.route())) {
                    segmentsOf(e.route(), c.changed);
                    if (t != null) {
                        segmentsOf(t.request().route(), c.changed);
                    }
                }
            }
            // an edge gone: its lines, and its pill if it was an obstacle (to every label: the order it had
            // among the others is not known here)
            for (EdgeRequest e : previous.requests) {
                if (!now.contains(e.id())) {
                    Trace t = previous.traces.get(e.id());
                    segmentsOf(e.route(), c.changed);
                    if (t.obstacle()) {
                        c.changed.add(t.label().pill());
                    }
                }
            }
            return c;
        }

        private static Map<Rect, Integer> counts(List<Rect> rects) {
            Map<Rect, Integer> n = new HashMap<>(rects.size() * 2);
            for (Rect r : rects) {
                n.merge(r, 1, Integer::sum);
            }
            return n;
        }

        /** Whether {@code before} (the previous trace of {@code e}'s edge, or null) would be placed the same now. */
        boolean keeps(Trace before, EdgeRequest e) {
            if (!orderKept
                    || before == null
                    || !before.request().id().equals(e.id())
                    || !before.request().label().equals(e.label())
                    || !sameRoute(before.request().route(), e.route())) {
                return false;
            }
            if (before.looked() == null) {
                return true;
            }
            for (Rect r : changed) {
                if (r.intersects(before.looked())) {
                    return false;
                }
            }
            return true;
        }

        /** A label placed again: if it came out otherwise, later labels see another obstacle. */
        void placed(Trace before, Trace now) {
            if (before != null
                    && before.obstacle() == now.obstacle()
                    && (!now.obstacle()
                            || before.label().pill().equals(now.label().pill()))) {
                return;
            }
            if (before != null && before.obstacle()) {
                changed.add(before.label().pill());
            }
            if (now.obstacle()) {
                changed.add(now.label().pill());
            }
        }
    }

    private static void segmentsOf(Route r, List<Rect> out) {
        for (int i = 1; i < r.size(); i++) {
            out.add(Rect.spanning(r.xs()[i - 1], r.ys()[i - 1], r.xs()[i], r.ys()[i]));
        }
    }

    /** Whether two lists of edge requests are equal item by item, routes compared by their points. */
    private static boolean sameRequests(List<EdgeRequest> a, List<EdgeRequest> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            EdgeRequest x = a.get(i);
            EdgeRequest y = b.get(i);
            if (!x.id().equals(y.id()) || !x.label().equals(y.label()) || !sameRoute(x.route(), y.route())) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameRoute(Route a, Route b) {
        return a == b
                || (Arrays.equals(a.xs(), b.xs())
                        && Arrays.equals(a.ys(), b.ys())
                        && Double.compare(a.labelX(), b.labelX()) == 0
                        && Double.compare(a.labelY(), b.labelY()) == 0
                        && java.util.Objects.equals(a.bounds(), b.bounds()));
    }

    /** The union of the areas asked about since the last reset. */
    private static final class Looked {
        private Rect area;

        void reset() {
            area = null;
        }

        void see(Rect r) {
            area = area == null ? r : area.union(r);
        }

        Rect area() {
            return area;
        }
    }

    /** The cards and placed labels, in a grid of cells about a label's size. */
    private static final class Obstacles {
        // built at the first question, from the rectangles added so far: an edit that places no label
        // again (most edits, once the previous placement is kept) never needs it
        private SpatialIndex index;
        private final int capacity;
        private final List<Rect> rects;
        private final int[] count = new int[1];
        private final Looked looked;

        Obstacles(int capacity, Looked looked) {
            this.looked = looked;
            this.capacity = capacity;
            rects = new ArrayList<>(capacity);
        }

        void add(Rect r) {
            if (index != null) {
                index.add(rects.size(), r);
            }
            rects.add(r);
        }

        /** The area of {@code pill} covered by obstacles (0 = free). */
        double cover(double x0, double y0, double w, double h) {
            if (index == null) {
                index = new SpatialIndex(capacity, 120);
                for (int i = 0; i < rects.size(); i++) {
                    index.add(i, rects.get(i));
                }
            }
            Rect asked = new Rect(x0, y0, w, h);
            looked.see(asked);
            int[] found = index.query(asked, count);
            double x1 = x0 + w;
            double y1 = y0 + h;
            double sum = 0;
            for (int i = 0; i < count[0]; i++) {
                Rect o = rects.get(found[i]);
                double cw = Math.min(x1, o.maxX()) - Math.max(x0, o.x());
                double ch = Math.min(y1, o.maxY()) - Math.max(y0, o.y());
                if (cw > 0 && ch > 0) {
                    sum += cw * ch;
                }
            }
            return sum;
        }
    }

    /** The segments of every route, each with the index of its edge, in a grid. */
    private static final class Lines {
        private final List<EdgeRequest> edges;
        private SpatialIndex index; // built at the first question, as the obstacles' index is
        private final List<Rect> segments = new ArrayList<>();
        private int[] owners = new int[16];
        private final int[] count = new int[1];
        private final Looked looked;

        Lines(List<EdgeRequest> edges, Looked looked) {
            this.edges = edges;
            this.looked = looked;
        }

        private void build() {
            int n = 0;
            for (EdgeRequest e : edges) {
                n += Math.max(0, e.route().size() - 1);
            }
            index = new SpatialIndex(n, 120);
            for (int k = 0; k < edges.size(); k++) {
                Route r = edges.get(k).route();
                for (int i = 1; i < r.size(); i++) {
                    Rect seg = Rect.spanning(r.xs()[i - 1], r.ys()[i - 1], r.xs()[i], r.ys()[i]);
                    if (segments.size() == owners.length) {
                        owners = Arrays.copyOf(owners, owners.length * 2);
                    }
                    owners[segments.size()] = k;
                    index.add(segments.size(), seg);
                    segments.add(seg);
                }
            }
        }

        /** Whether a segment of another edge than {@code owner} runs through the pill (not only along its rim). */
        boolean crossed(double x0, double y0, double w, double h, int owner) {
            if (index == null) {
                build();
            }
            Rect asked = new Rect(x0, y0, w, h);
            looked.see(asked);
            int[] found = index.query(asked, count);
            for (int i = 0; i < count[0]; i++) {
                Rect seg = segments.get(found[i]);
                // one unit inside the pill on both axes: a line along the rim does not count
                if (owners[found[i]] != owner
                        && seg.maxX() > x0 + 1
                        && seg.x() < x0 + w - 1
                        && seg.maxY() > y0 + 1
                        && seg.y() < y0 + h - 1) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * {x, y, cover} of the label's centre: a spot free of obstacles where no other edge's line runs through
     * the pill (the anchor, then along the route, then just beside it), else the anchor if free, else the
     * first free or least covered spot.
     */
    private static double[] position(Route route, double lw, double lh, Obstacles taken, Lines lines, int owner) {
        double[] clear = clearOfLines(route, lw, lh, taken, lines, owner);
        if (clear != null) {
            return clear;
        }
        return position(route, lw, lh, taken);
    }

    /** The first spot (the anchor, then along the route) free of obstacles and of other edges' lines. */
    private static double[] clearOfLines(Route route, double lw, double lh, Obstacles taken, Lines lines, int owner) {
        if (free(route.labelX(), route.labelY(), lw, lh, taken, lines, owner)) {
            return new double[] {route.labelX(), route.labelY(), 0};
        }
        double[] xs = route.xs();
        double[] ys = route.ys();
        for (int i : longestFirst(route)) {
            for (double t : ALONG) {
                double cx = xs[i - 1] + (xs[i] - xs[i - 1]) * t;
                double cy = ys[i - 1] + (ys[i] - ys[i - 1]) * t;
                if (free(cx, cy, lw, lh, taken, lines, owner)) {
                    return new double[] {cx, cy, 0};
                }
            }
        }
        return null;
    }

    /** Whether a pill centred at (cx, cy) is free of obstacles (checked first: cheaper) and of other lines. */
    private static boolean free(double cx, double cy, double lw, double lh, Obstacles taken, Lines lines, int owner) {
        double x0 = cx - lw / 2;
        double y0 = cy - lh / 2;
        return taken.cover(x0, y0, lw, lh) == 0 && !lines.crossed(x0, y0, lw, lh, owner);
    }

    /** The indices (1..n-1) of a route's segments, longest first. */
    private static Integer[] longestFirst(Route route) {
        int n = route.size();
        Integer[] segments = new Integer[Math.max(0, n - 1)];
        for (int i = 1; i < n; i++) {
            segments[i - 1] = i;
        }
        double[] xs = route.xs();
        double[] ys = route.ys();
        Arrays.sort(
                segments,
                (a, b) -> Double.compare(
                        Math.hypot(xs[b] - xs[b - 1], ys[b] - ys[b - 1]),
                        Math.hypot(xs[a] - xs[a - 1], ys[a] - ys[a - 1])));
        return segments;
    }

    /** {x, y, cover} of the label's centre: the anchor if free, else the first free or least covered spot. */
    private static double[] position(Route route, double lw, double lh, Obstacles taken) {
        double cover = taken.cover(route.labelX() - lw / 2, route.labelY() - lh / 2, lw, lh);
        double[] best = {route.labelX(), route.labelY(), cover};
        if (cover == 0) {
            return best;
        }
        Integer[] segments = longestFirst(route);
        double[] xs = route.xs();
        double[] ys = route.ys();
        for (int i : segments) {
            for (double t : ALONG) {
                double cx = xs[i - 1] + (xs[i] - xs[i - 1]) * t;
                double cy = ys[i - 1] + (ys[i] - ys[i - 1]) * t;
                double cv = taken.cover(cx - lw / 2, cy - lh / 2, lw, lh);
                if (cv == 0) {
                    return new double[] {cx, cy, 0};
                }
                if (cv < best[2]) {
                    best = new double[] {cx, cy, cv};
                }
            }
        }
        // no free spot on the route (a short edge between two cards): beside it, above or below a
        // horizontal segment, left or right of a vertical one, nearest first
        for (int k = 1; k <= 6; k++) {
            for (int i : segments) {
                double mx = (xs[i - 1] + xs[i]) / 2;
                double my = (ys[i - 1] + ys[i]) / 2;
                boolean horizontal = ys[i - 1] == ys[i];
                if (xs[i - 1] == xs[i] && horizontal) {
                    continue;
                }
                for (int sign = -1; sign <= 1; sign += 2) {
                    double cx = horizontal ? mx : mx + sign * (lw / 2 + 4 + (k - 1) * lh);
                    double cy = horizontal ? my + sign * k * lh : my;
                    double cv = taken.cover(cx - lw / 2, cy - lh / 2, lw, lh);
                    if (cv == 0) {
                        return new double[] {cx, cy, 0};
                    }
                }
            }
        }
        return best;
    }
}
