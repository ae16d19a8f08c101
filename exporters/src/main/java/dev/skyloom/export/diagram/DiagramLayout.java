package dev.skyloom.export.diagram;

import dev.skyloom.model.Annotation;
import dev.skyloom.model.Bounds;
import dev.skyloom.model.Component;
import dev.skyloom.model.Design;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The effective geometry of a design: stored bounds where the layout has them, a deterministic
 * automatic placement for the rest (children in a grid inside their parent, top-level containers in a
 * row, top-level pipelines in rows below), and containers grown to fit their children. A container that
 * grows into a sibling pushes that sibling right or down (with its contents), so growth never draws one
 * container on top of another. Computed in one pass per immutable {@link Design}; presentation only.
 */
public final class DiagramLayout {
    public static final double PROVIDER_HEADER = 38;
    public static final double REGION_HEADER = 32;
    public static final double PAD = 16;
    public static final double GAP = 22;
    public static final double MARGIN = 40;

    private final Map<String, Rect> rects;
    private final Map<String, Integer> depth;
    private final Rect extent;

    private DiagramLayout(Map<String, Rect> rects, Map<String, Integer> depth, List<Annotation> annotations) {
        this.rects = Collections.unmodifiableMap(rects);
        this.depth = Collections.unmodifiableMap(depth);
        Rect e = null;
        for (Rect r : rects.values()) {
            e = e == null ? r : e.union(r);
        }
        for (Annotation a : annotations) {
            Rect r = rectOf(a);
            e = e == null ? r : e.union(r);
        }
        this.extent = e == null ? Rect.EMPTY : e;
    }

    /** Computes the layout of a design. */
    public static DiagramLayout of(Design design) {
        return new Placement(design).run();
    }

    public Optional<Rect> rect(String id) {
        return Optional.ofNullable(rects.get(id));
    }

    /** Effective rectangles of every component, in document order. */
    public Map<String, Rect> rects() {
        return rects;
    }

    /** Nesting depth: 0 for top-level components. */
    public int depth(String id) {
        return depth.getOrDefault(id, 0);
    }

    /** Where a note or zone is drawn. */
    public static Rect rectOf(Annotation a) {
        Bounds b = a.bounds();
        return new Rect(b.x(), b.y(), b.w(), b.h());
    }

    /** The union of all component and annotation rectangles ({@link Rect#EMPTY} for an empty design). */
    public Rect extent() {
        return extent;
    }

    public static boolean isContainer(Component c) {
        return c instanceof Component.Provider || c instanceof Component.Region;
    }

    /** Height of the header band of a container (0 for other components). */
    public static double headerHeight(Component c) {
        if (c instanceof Component.Provider) {
            return PROVIDER_HEADER;
        }
        return c instanceof Component.Region ? REGION_HEADER : 0;
    }

    /** The size a component gets when its layout entry is missing or has w/h 0. */
    public static double[] defaultSize(Component c) {
        if (c instanceof Component.Provider) {
            return new double[] {300, 180};
        }
        if (c instanceof Component.Region) {
            return new double[] {250, 140};
        }
        if (c instanceof Component.Pipeline) {
            return new double[] {190, 58};
        }
        return new double[] {200, 72};
    }

    /**
     * The layout map after moving {@code ids} by (dx, dy): the moved components get their current
     * effective position plus the offset, descendants with stored bounds move along (children without
     * stored bounds follow their parent automatically), and auto-placed ancestors are pinned where they
     * are now so that they do not jump. Stored sizes are kept (0 stays "fit to content").
     */
    public static Map<String, Bounds> moved(Design design, Set<String> ids, double dx, double dy) {
        DiagramLayout layout = of(design);
        Map<String, Bounds> result = new LinkedHashMap<>(design.layout());
        Set<String> moving = new java.util.LinkedHashSet<>();
        for (String id : ids) {
            if (design.component(id).isPresent()) {
                moving.add(id);
            }
        }
        for (String id : List.copyOf(moving)) {
            Component c = design.component(id).orElseThrow();
            Rect r = layout.rects.get(id);
            Bounds stored = design.layout().get(id);
            result.put(
                    id,
                    new Bounds(
                            r.x() + dx, r.y() + dy, stored == null ? 0 : stored.w(), stored == null ? 0 : stored.h()));
            moveStoredDescendants(design, layout, c, dx, dy, result, moving);
            Optional<String> parent = c.parent();
            while (parent.isPresent()) {
                String p = parent.get();
                if (!result.containsKey(p) && !moving.contains(p)) {
                    Rect pr = layout.rects.get(p);
                    result.put(p, new Bounds(pr.x(), pr.y(), 0, 0));
                }
                parent = design.component(p).flatMap(Component::parent);
            }
        }
        return result;
    }

    private static void moveStoredDescendants(
            Design design,
            DiagramLayout layout,
            Component c,
            double dx,
            double dy,
            Map<String, Bounds> result,
            Set<String> moving) {
        for (Component child : design.children(c.id())) {
            if (moving.contains(child.id())) {
                continue;
            }
            Bounds b = design.layout().get(child.id());
            if (b != null) {
                // from where it is drawn: a push by a growing sibling is kept, not undone
                Rect r = layout.rects.get(child.id());
                result.put(child.id(), new Bounds(r.x() + dx, r.y() + dy, b.w(), b.h()));
            }
            moveStoredDescendants(design, layout, child, dx, dy, result, moving);
        }
    }

    /** One placement run; holds the working maps. */
    private static final class Placement {
        private final Design design;
        private final Map<String, Rect> rects = new HashMap<>();
        private final Map<String, Integer> depth = new HashMap<>();

        Placement(Design design) {
            this.design = design;
        }

        DiagramLayout run() {
            List<Component> top = new ArrayList<>();
            for (Component c : design.components()) {
                if (c.parent().isEmpty()) {
                    top.add(c);
                }
            }
            List<Component> storedTop = new ArrayList<>();
            for (Component c : top) {
                Bounds b = design.layout().get(c.id());
                if (b != null) {
                    place(c, b.x(), b.y(), 0);
                    storedTop.add(c);
                }
            }
            separate(storedTop);
            Rect storedExtent = null;
            for (Component c : storedTop) {
                Rect r = rects.get(c.id());
                storedExtent = storedExtent == null ? r : storedExtent.union(r);
            }
            double x = storedExtent == null ? MARGIN : storedExtent.maxX() + 3 * GAP;
            double y = storedExtent == null ? MARGIN : storedExtent.y();
            double rowBottom = storedExtent == null ? MARGIN : storedExtent.maxY();
            double rowRight = x;
            List<Component> looseLeaves = new ArrayList<>();
            List<Component> autoContainers = new ArrayList<>();
            for (Component c : top) {
                if (!design.layout().containsKey(c.id())) {
                    (isContainer(c) ? autoContainers : looseLeaves).add(c);
                }
            }
            // a row, wrapped into a roughly square block when there are many containers
            int columns = (int) Math.ceil(Math.sqrt(autoContainers.size()));
            double rowStart = x;
            double rowTop = y;
            double wrapAt = Double.MAX_VALUE;
            for (Component c : autoContainers) {
                if (x > rowStart && x > wrapAt) {
                    x = rowStart;
                    rowTop = rowBottom + 2 * GAP;
                }
                Rect r = place(c, x, rowTop, 0);
                if (wrapAt == Double.MAX_VALUE && autoContainers.size() > 4) {
                    wrapAt = rowStart + (columns - 1) * (r.w() + 2 * GAP) - 1;
                }
                x = r.maxX() + 2 * GAP;
                rowRight = Math.max(rowRight, r.maxX());
                rowBottom = Math.max(rowBottom, r.maxY());
            }
            if (!looseLeaves.isEmpty()) {
                double left = storedExtent == null ? MARGIN : Math.min(storedExtent.x(), MARGIN);
                double width = Math.max(rowRight - left, columnsWidth(looseLeaves));
                shelf(looseLeaves, left, rowBottom + 3 * GAP, width, 1);
            }
            Map<String, Rect> ordered = new LinkedHashMap<>();
            for (Component c : design.components()) {
                Rect r = rects.get(c.id());
                if (r != null) {
                    ordered.put(c.id(), r);
                }
            }
            return new DiagramLayout(ordered, depth, design.annotations());
        }

        /** Places {@code c} with its top-left at (x, y) unless it has stored bounds; returns its final rect. */
        private Rect place(Component c, double x, double y, int level) {
            Bounds b = design.layout().get(c.id());
            double[] size = defaultSize(c);
            double w = b != null && b.w() > 0 ? b.w() : size[0];
            double h = b != null && b.h() > 0 ? b.h() : size[1];
            Rect r = b != null ? new Rect(b.x(), b.y(), w, h) : new Rect(x, y, w, h);
            depth.put(c.id(), level);
            List<Component> children = design.children(c.id());
            if (!children.isEmpty()) {
                r = placeChildren(c, r, children, level + 1);
            }
            rects.put(c.id(), r);
            return r;
        }

        private Rect placeChildren(Component c, Rect own, List<Component> children, int level) {
            double header = headerHeight(c);
            double contentX = own.x() + PAD;
            double contentY = own.y() + header + PAD;
            List<Component> auto = new ArrayList<>();
            List<Component> stored = new ArrayList<>();
            for (Component child : children) {
                Bounds b = design.layout().get(child.id());
                if (b == null) {
                    auto.add(child);
                } else {
                    place(child, b.x(), b.y(), level);
                    stored.add(child);
                }
            }
            separate(stored);
            Rect content = null;
            for (Component child : stored) {
                Rect r = rects.get(child.id());
                content = content == null ? r : content.union(r);
            }
            if (!auto.isEmpty()) {
                double startY = content == null ? contentY : Math.max(contentY, content.maxY() + GAP);
                double width = Math.max(own.w() - 2 * PAD, columnsWidth(auto));
                Rect r = shelf(auto, contentX, startY, width, level);
                content = content == null ? r : content.union(r);
            }
            if (content == null) {
                return own;
            }
            Rect needed = new Rect(
                    content.x() - PAD,
                    content.y() - header - PAD,
                    content.w() + 2 * PAD,
                    content.h() + header + 2 * PAD);
            return own.union(needed);
        }

        /**
         * Pushes apart siblings (placed at their stored positions) that overlap only because one grew
         * around its children: where the stored rectangles were apart, the one that was right of the
         * other moves right, the one below moves down (the shorter way when both), by a gap, with its
         * contents, repeated until nothing grown overlaps. Siblings stored on top of each other stay so.
         */
        private void separate(List<Component> siblings) {
            if (siblings.size() < 2) {
                return;
            }
            List<Component> order = new ArrayList<>(siblings);
            order.sort(java.util.Comparator.comparingDouble(
                            (Component c) -> nominal(c).y())
                    .thenComparingDouble(c -> nominal(c).x()));
            int n = order.size();
            Rect[] nominal = new Rect[n];
            for (int k = 0; k < n; k++) {
                nominal[k] = nominal(order.get(k));
            }
            // Two siblings that both stand where they were stored overlap exactly as stored, so pushApart leaves
            // them alone: only pairs with a grown or pushed one are visited (in the order of all pairs), which
            // keeps a region of thousands of stored cards linear instead of quadratic.
            java.util.TreeSet<Integer> off = new java.util.TreeSet<>();
            Rect[] now = new Rect[n]; // current rectangles: pairs that do not overlap now need no push either
            int budget = 2 * n + 4; // pushes go only right and down: a chain settles in n passes
            boolean changed = true;
            while (changed && budget-- > 0) {
                changed = false;
                off.clear();
                for (int k = 0; k < n; k++) {
                    now[k] = rects.get(order.get(k).id());
                    if (!now[k].equals(nominal[k])) {
                        off.add(k);
                    }
                }
                for (int i = 0; i < n && !off.isEmpty(); i++) {
                    int j = i + 1;
                    while (j < n) {
                        if (!off.contains(i)) {
                            Integer next = off.ceiling(j);
                            if (next == null) {
                                break;
                            }
                            j = next;
                        }
                        if (overlaps(now[i], now[j]) && pushApart(order.get(i), order.get(j))) {
                            changed = true;
                            now[i] = rects.get(order.get(i).id());
                            now[j] = rects.get(order.get(j).id());
                            if (!now[i].equals(nominal[i])) {
                                off.add(i);
                            }
                            if (!now[j].equals(nominal[j])) {
                                off.add(j);
                            }
                        }
                        j++;
                    }
                }
            }
        }

        /** Moves whichever of {@code a} and {@code b} was right of or below the other off it; true if moved. */
        private boolean pushApart(Component a, Component b) {
            Rect ra = rects.get(a.id());
            Rect rb = rects.get(b.id());
            Rect na = nominal(a);
            Rect nb = nominal(b);
            if (!overlaps(ra, rb) || overlaps(na, nb)) {
                return false;
            }
            Component mover;
            Rect by;
            boolean mayRight;
            boolean mayDown;
            if (nb.x() >= na.maxX() - 1 || nb.y() >= na.maxY() - 1) {
                mover = b;
                by = ra;
                mayRight = nb.x() >= na.maxX() - 1;
                mayDown = nb.y() >= na.maxY() - 1;
            } else {
                mover = a;
                by = rb;
                mayRight = na.x() >= nb.maxX() - 1;
                mayDown = na.y() >= nb.maxY() - 1;
            }
            Rect m = rects.get(mover.id());
            double right = by.maxX() + GAP - m.x();
            double down = by.maxY() + GAP - m.y();
            boolean toRight = mayRight && (!mayDown || right <= down);
            shift(mover, toRight ? right : 0, toRight ? 0 : down);
            return true;
        }

        /** Where {@code c} stands before any growth: its stored corner with its stored or default size. */
        private Rect nominal(Component c) {
            Bounds b = design.layout().get(c.id());
            double[] size = defaultSize(c);
            return new Rect(b.x(), b.y(), b.w() > 0 ? b.w() : size[0], b.h() > 0 ? b.h() : size[1]);
        }

        private void shift(Component c, double dx, double dy) {
            rects.put(c.id(), rects.get(c.id()).translated(dx, dy));
            for (Component child : design.children(c.id())) {
                shift(child, dx, dy);
            }
        }

        /** Overlap of more than a unit in both directions (touching borders do not count). */
        private static boolean overlaps(Rect a, Rect b) {
            return Math.min(a.maxX(), b.maxX()) - Math.max(a.x(), b.x()) > 1
                    && Math.min(a.maxY(), b.maxY()) - Math.max(a.y(), b.y()) > 1;
        }

        /** Width of a roughly square grid of the given components. */
        private double columnsWidth(Collection<Component> items) {
            int columns = (int) Math.ceil(Math.sqrt(items.size()));
            double widest = 0;
            for (Component c : items) {
                widest = Math.max(widest, measureWidth(c));
            }
            return columns * widest + (columns - 1) * GAP;
        }

        private double measureWidth(Component c) {
            Bounds b = design.layout().get(c.id());
            if (b != null && b.w() > 0) {
                return b.w();
            }
            return defaultSize(c)[0];
        }

        /** Left-to-right rows wrapping at {@code width}; returns the union of what it placed. */
        private Rect shelf(List<Component> items, double left, double top, double width, int level) {
            double x = left;
            double y = top;
            double rowHeight = 0;
            Rect all = null;
            for (Component c : items) {
                if (x > left && x + measureWidth(c) > left + width + 0.5) {
                    x = left;
                    y += rowHeight + GAP;
                    rowHeight = 0;
                }
                Rect r = place(c, x, y, level);
                x = r.maxX() + GAP;
                rowHeight = Math.max(rowHeight, r.h());
                all = all == null ? r : all.union(r);
            }
            return all;
        }
    }
}
