package dev.skyloom.export.diagram;

import dev.skyloom.model.Component;
import dev.skyloom.model.Connection;
import dev.skyloom.model.Design;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the canvas draws for one {@link Design}, compiled once: the layout, routed edges, the
 * draw order (containers by depth, then edges, then cards) and a spatial index over it for culling and
 * hit-testing.
 */
public final class Diagram {
    /** What an item of the draw order is. */
    public enum Kind {
        CONTAINER,
        EDGE,
        CARD
    }

    /** One drawable: a component or a connection, with its world rectangle (an edge's bounding box). */
    public record Item(
            int index, Kind kind, String id, Rect rect, Component component, Connection connection, Route route) {}

    private static final double CELL = 400;

    private final Design design;
    private final DiagramLayout layout;
    private final List<Item> items;
    private final Map<String, Item> byId;
    private final SpatialIndex index;
    private final Map<String, Integer> lanes;
    /** How each edge's route was found: what the router looked at and what its detours spent. */
    private final Map<String, RouteTrace> traces;
    /** Detour candidates all of this diagram's edges may weigh ({@link #DETOUR_BUDGET} but in tests). */
    private final int detourBudget;

    /**
     * What routing one edge read besides its ends and lane: the union of every area it asked the obstacles
     * about (null if none) and its draw on the detour budget. Obstacles outside {@code looked} cannot have
     * changed any answer it got.
     */
    private record RouteTrace(Rect looked, boolean detoured, EdgeRouter.BudgetUse budget) {}

    /** A card or container that was moved, added or removed, with its rectangle (old or new). */
    private record Change(String id, Rect rect) {}

    /** Beyond this many moved, added or removed cards and containers an edit routes every edge again. */
    private static final int MAX_CHANGES = 64;

    private Diagram(Design design, DiagramLayout layout, Diagram previous, int detourBudget) {
        this.design = design;
        this.layout = layout;
        this.detourBudget = detourBudget;
        // routes found with another budget may have stopped elsewhere: none of them is kept
        previous = previous != null && previous.detourBudget == detourBudget ? previous : null;
        List<Component> containers = new ArrayList<>();
        List<Component> cards = new ArrayList<>();
        for (Component c : design.components()) {
            (DiagramLayout.isContainer(c) ? containers : cards).add(c);
        }
        containers.sort(Comparator.comparingInt(c -> layout.depth(c.id())));
        List<Item> list = new ArrayList<>(
                design.components().size() + design.connections().size());
        for (Component c : containers) {
            list.add(
                    new Item(list.size(), Kind.CONTAINER, c.id(), layout.rects().get(c.id()), c, null, null));
        }
        Map<String, Integer> lanes = new HashMap<>();
        Map<String, Integer> lanesById = new HashMap<>();
        List<Rect> cardRects = new ArrayList<>(cards.size());
        List<String> cardIds = new ArrayList<>(cards.size());
        for (Component c : cards) {
            cardRects.add(layout.rects().get(c.id()));
            cardIds.add(c.id());
        }
        // Routing is most of the cost of a diagram (about 150 ms at 5,000 components). Cards and containers
        // moved, added or removed since the previous diagram: a route that looked at none of them comes out
        // as before (see routeUnaffected), so an edit that moves nothing (count, pricing, a rename) keeps
        // every route; null when every edge must be routed again
        List<Change> changes = previous == null ? null : previous.changes(layout, cards, containers);
        // the obstacle indexes are built when the first edge is routed again: an edit that moves nothing
        // any route looked at (adding a component, say) needs none
        SpatialIndex cardIndex = null;
        ContainerIndex containerIndex = null;
        Map<String, RouteTrace> traces = new HashMap<>();
        // detours cost tens of candidate routes each: in a region packed with hundreds of cards where most
        // direct routes cross something, they stop after a fixed amount of work (the rest keep the best
        // direct candidate), so a diagram stays linear in its connections. A kept route spends what it spent
        // when it was found, so every later edge starts with the budget a fresh diagram would give it.
        int[] budgetLeft = {detourBudget};
        Map<String, Boolean> ancestry = new HashMap<>();
        for (Connection k : design.connections()) {
            Rect from = layout.rects().get(k.from());
            Rect to = layout.rects().get(k.to());
            if (from == null || to == null) {
                continue;
            }
            int lane = lanes.merge(k.from(), 1, Integer::sum) - 1;
            lanesById.put(k.id(), lane);
            boolean reuse = previous != null
                    && previous.routeUnaffected(k, from, to, lane, changes, design, ancestry, budgetLeft[0]);
            Route route;
            if (reuse) {
                RouteTrace trace = previous.traces.get(k.id());
                route = previous.byId.get(k.id()).route();
                traces.put(k.id(), trace);
                budgetLeft[0] -= trace.budget().spent();
            } else {
                if (cardIndex == null) {
                    cardIndex = new SpatialIndex(cards.size(), CELL);
                    for (int i = 0; i < cardRects.size(); i++) {
                        cardIndex.add(i, cardRects.get(i));
                    }
                    // containers an edge should not cross (those holding neither end), weighed below cards
                    containerIndex = new ContainerIndex(containers, layout);
                }
                EdgeObstacles obstacles = new EdgeObstacles(design, k, cardIndex, cardIds, cardRects, containerIndex);
                EdgeRouter.Routed routed = EdgeRouter.routed(from, to, lane, obstacles, budgetLeft);
                route = routed.route();
                traces.put(k.id(), new RouteTrace(obstacles.looked(), routed.detoured(), routed.budget()));
            }
            list.add(new Item(list.size(), Kind.EDGE, k.id(), route.bounds().inflated(8), null, k, route));
        }
        for (Component c : cards) {
            list.add(new Item(list.size(), Kind.CARD, c.id(), layout.rects().get(c.id()), c, null, null));
        }
        this.items = List.copyOf(list);
        Map<String, Item> ids = new HashMap<>(items.size() * 2);
        for (Item it : items) {
            ids.put(it.id(), it);
        }
        this.byId = ids;
        this.lanes = lanesById;
        this.traces = traces;
        this.index = sameGeometry(previous, items) ? previous.index : indexOf(items);
    }

    public static Diagram of(Design design) {
        return new Diagram(design, DiagramLayout.of(design), null, DETOUR_BUDGET);
    }

    /**
     * The diagram of {@code design}, reusing every routed edge of {@code previous} that routing again would
     * give unchanged: all of them after an edit that moved nothing, otherwise those whose router looked at
     * no moved, added or removed card or container (see {@code routeUnaffected}). Equal to a fresh diagram.
     */
    public static Diagram of(Design design, Diagram previous) {
        return of(design, previous, DETOUR_BUDGET);
    }

    /** As {@link #of(Design, Diagram)} with another detour budget: tests run out of it at a small size. */
    static Diagram of(Design design, Diagram previous, int detourBudget) {
        boolean sameLayout = previous != null && sameLayoutInputs(previous.design, design);
        return new Diagram(design, sameLayout ? previous.layout : DiagramLayout.of(design), previous, detourBudget);
    }

    /**
     * Whether two designs have the same layout entries and the same components by id, kind and parent in
     * the same order: everything {@link DiagramLayout} reads, so the layout would come out the same.
     */
    public static boolean sameLayoutInputs(Design a, Design b) {
        if (!a.layout().equals(b.layout()) || !a.annotations().equals(b.annotations())) {
            return false;
        }
        List<Component> x = a.components();
        List<Component> y = b.components();
        if (x.size() != y.size()) {
            return false;
        }
        for (int i = 0; i < x.size(); i++) {
            Component p = x.get(i);
            Component q = y.get(i);
            if (p.getClass() != q.getClass()
                    || !p.id().equals(q.id())
                    || !p.parent().equals(q.parent())) {
                return false;
            }
        }
        return true;
    }

    /**
     * The cards and containers that differ between this diagram and {@code next} (moved, added, removed or
     * changed between card and container), each with its old and its new rectangle, or null if there are
     * more than {@link #MAX_CHANGES} of them.
     */
    private List<Change> changes(DiagramLayout next, List<Component> nextCards, List<Component> nextContainers) {
        if (next == layout) {
            // kept by Diagram.of because every component kept its id, kind and parent: nothing moved
            return List.of();
        }
        List<Change> changed = new ArrayList<>();
        Set<String> nextCardIds = new java.util.HashSet<>();
        for (Component c : nextCards) {
            nextCardIds.add(c.id());
        }
        for (Item it : items) {
            if (it.kind() == Kind.EDGE) {
                continue;
            }
            boolean stillCard = nextCardIds.contains(it.id());
            if ((it.kind() == Kind.CARD) != stillCard
                    || !it.rect().equals(next.rects().get(it.id()))) {
                changed.add(new Change(it.id(), it.rect()));
            }
        }
        for (List<Component> group : List.of(nextCards, nextContainers)) {
            Kind kind = group == nextCards ? Kind.CARD : Kind.CONTAINER;
            for (Component c : group) {
                Item old = byId.get(c.id());
                Rect r = next.rects().get(c.id());
                if (r != null
                        && (old == null || old.kind() != kind || !old.rect().equals(r))) {
                    changed.add(new Change(c.id(), r));
                }
                if (changed.size() > MAX_CHANGES) {
                    return null;
                }
            }
        }
        return changed.size() > MAX_CHANGES ? null : changed;
    }

    /**
     * Whether routing {@code k} in {@code next} would give the route it has here: same ends, same
     * rectangles, same lane, the same containers holding its ends, no changed card or container (other
     * than those holding its ends, which are never obstacles to it) within the area its router looked at,
     * and a budget left that begins the same detour rounds ({@link EdgeRouter.BudgetUse#sameRoundsWith}).
     * The router's answers depend on nothing else, so this holds for routes with detours too.
     */
    private boolean routeUnaffected(
            Connection k,
            Rect from,
            Rect to,
            int lane,
            List<Change> changes,
            Design next,
            Map<String, Boolean> ancestry,
            int budgetLeft) {
        if (changes == null) {
            return false;
        }
        Item old = byId.get(k.id());
        RouteTrace trace = traces.get(k.id());
        if (old == null
                || trace == null
                || old.kind() != Kind.EDGE
                || !old.connection().from().equals(k.from())
                || !old.connection().to().equals(k.to())
                || !Integer.valueOf(lane).equals(lanes.get(k.id()))
                || !from.equals(layout.rects().get(k.from()))
                || !to.equals(layout.rects().get(k.to()))
                || !trace.budget().sameRoundsWith(budgetLeft)
                || !sameAncestry(k.from(), next, ancestry)
                || !sameAncestry(k.to(), next, ancestry)) {
            return false;
        }
        if (trace.looked() == null) {
            return true;
        }
        for (Change c : changes) {
            if (c.rect().intersects(trace.looked()) && !holdsEnd(c.id(), k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code id} and its containers are the same here and in {@code next}; {@code known} holds the
     * answers found so far for this {@code next} (every edge asks for both its ends, and ends share
     * containers).
     */
    private boolean sameAncestry(String id, Design next, Map<String, Boolean> known) {
        Boolean same = known.get(id);
        if (same == null) {
            Optional<String> a = design.component(id).flatMap(Component::parent);
            Optional<String> b = next.component(id).flatMap(Component::parent);
            same = a.equals(b) && (a.isEmpty() || sameAncestry(a.get(), next, known));
            known.put(id, same);
        }
        return same;
    }

    /** Whether {@code id} is one of {@code k}'s ends or a container holding one (never an obstacle to it). */
    private boolean holdsEnd(String id, Connection k) {
        for (String end : new String[] {k.from(), k.to()}) {
            Optional<String> at = Optional.of(end);
            while (at.isPresent()) {
                if (at.get().equals(id)) {
                    return true;
                }
                at = design.component(at.get()).flatMap(Component::parent);
            }
        }
        return false;
    }

    /** Candidate routes the detours of one diagram may weigh in all (about 150 ms of work). */
    private static final int DETOUR_BUDGET = 40_000;

    /** The providers and regions, with what each holds, for the edges to keep out of foreign ones. */
    private static final class ContainerIndex {
        final SpatialIndex index;
        final List<Component> containers;
        final List<Rect> rects;

        ContainerIndex(List<Component> containers, DiagramLayout layout) {
            this.containers = containers;
            this.rects = new ArrayList<>(containers.size());
            this.index = new SpatialIndex(containers.size(), CELL);
            for (int i = 0; i < containers.size(); i++) {
                Rect r = layout.rects().get(containers.get(i).id());
                rects.add(r);
                index.add(i, r);
            }
        }
    }

    /**
     * What one edge's route must keep clear of: cards other than its ends (weight 10) and containers that
     * hold neither end (weight 1, so a route through a foreign region beats one through a card).
     */
    private static final class EdgeObstacles implements EdgeRouter.Obstacles {
        private static final int CARD = 10;
        private final Connection k;
        private final SpatialIndex cardIndex;
        private final List<String> cardIds;
        private final List<Rect> cardRects;
        private final ContainerIndex containers;
        private final Set<String> own = new java.util.HashSet<>();
        private final int[] found = new int[1];
        /** The union of every area asked about so far (null before the first question). */
        private Rect looked;

        EdgeObstacles(
                Design design,
                Connection k,
                SpatialIndex cardIndex,
                List<String> cardIds,
                List<Rect> cardRects,
                ContainerIndex containers) {
            this.k = k;
            this.cardIndex = cardIndex;
            this.cardIds = cardIds;
            this.cardRects = cardRects;
            this.containers = containers;
            this.design = design;
        }

        private final Design design;

        /** The ends and every container holding one: not obstacles to this edge (found on first use). */
        private Set<String> own() {
            if (!own.isEmpty()) {
                return own;
            }
            for (String end : new String[] {k.from(), k.to()}) {
                Optional<String> id = Optional.of(end);
                while (id.isPresent()) {
                    own.add(id.get());
                    id = design.component(id.get()).flatMap(Component::parent);
                }
            }
            return own;
        }

        Rect looked() {
            return looked;
        }

        private void look(Rect seg) {
            looked = looked == null ? seg : looked.union(seg);
        }

        @Override
        public int crossings(double x1, double y1, double x2, double y2) {
            Rect seg = Rect.spanning(x1, y1, x2, y2).inflated(2);
            look(seg);
            int[] hits = cardIndex.query(seg, found);
            int crossings = 0;
            for (int i = 0; i < found[0]; i++) {
                String id = cardIds.get(hits[i]);
                if (!id.equals(k.from()) && !id.equals(k.to())) {
                    crossings += CARD;
                }
            }
            Rect line = Rect.spanning(x1, y1, x2, y2);
            hits = containers.index.query(line, found);
            for (int i = 0; i < found[0]; i++) {
                if (!own().contains(containers.containers.get(hits[i]).id())
                        && containers.rects.get(hits[i]).inflated(-1).intersects(line)) {
                    crossings++;
                }
            }
            return crossings;
        }

        @Override
        public Rect blocking(double x1, double y1, double x2, double y2) {
            Rect seg = Rect.spanning(x1, y1, x2, y2).inflated(2);
            look(seg);
            Rect all = null;
            int[] hits = cardIndex.query(seg, found);
            for (int i = 0; i < found[0]; i++) {
                String id = cardIds.get(hits[i]);
                if (!id.equals(k.from()) && !id.equals(k.to())) {
                    Rect r = cardRects.get(hits[i]);
                    all = all == null ? r : all.union(r);
                }
            }
            Rect line = Rect.spanning(x1, y1, x2, y2);
            hits = containers.index.query(line, found);
            for (int i = 0; i < found[0]; i++) {
                Rect r = containers.rects.get(hits[i]);
                if (!own().contains(containers.containers.get(hits[i]).id())
                        && r.inflated(-1).intersects(line)) {
                    all = all == null ? r : all.union(r);
                }
            }
            return all;
        }
    }

    private static SpatialIndex indexOf(List<Item> items) {
        SpatialIndex idx = new SpatialIndex(items.size(), CELL);
        for (Item it : items) {
            idx.add(it.index(), it.rect());
        }
        return idx;
    }

    /**
     * Whether {@code items} has the same ids and rectangles in the same draw order as {@code previous}: the
     * spatial index (which holds only draw positions and rectangles) then comes out the same and is shared.
     */
    private static boolean sameGeometry(Diagram previous, List<Item> items) {
        if (previous == null || previous.items.size() != items.size()) {
            return false;
        }
        for (int i = 0; i < items.size(); i++) {
            Item a = previous.items.get(i);
            Item b = items.get(i);
            if (a.kind() != b.kind() || !a.id().equals(b.id()) || !a.rect().equals(b.rect())) {
                return false;
            }
        }
        return true;
    }

    /** Whether a connection's route needed detours (weighed candidates beyond its ends' neighbourhood). */
    public boolean detoured(String connectionId) {
        RouteTrace trace = traces.get(connectionId);
        return trace != null && trace.detoured();
    }

    /** Whether both diagrams share one spatial index (for tests of the reuse). */
    public boolean sharesIndexWith(Diagram other) {
        return index == other.index;
    }

    public Design design() {
        return design;
    }

    public DiagramLayout layout() {
        return layout;
    }

    public List<Item> items() {
        return items;
    }

    public Optional<Item> item(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Rect extent() {
        return layout.extent();
    }

    /** Items meeting the world rectangle, in draw order. The array is reused by the next query. */
    public int[] visible(Rect world, int[] countOut) {
        return index.query(world, countOut);
    }

    /** The topmost item at a world point; edges count within {@code tolerance} world units. */
    public Optional<Item> hit(double wx, double wy, double tolerance) {
        int[] n = new int[1];
        int[] found = index.query(new Rect(wx - tolerance, wy - tolerance, 2 * tolerance, 2 * tolerance), n);
        for (int i = n[0] - 1; i >= 0; i--) {
            Item it = items.get(found[i]);
            if (it.kind() == Kind.EDGE) {
                if (it.route().distanceTo(wx, wy) <= tolerance) {
                    return Optional.of(it);
                }
            } else if (it.rect().contains(wx, wy)) {
                return Optional.of(it);
            }
        }
        return Optional.empty();
    }

    /**
     * The note or zone to pick at a world point: a note anywhere on it (the last drawn first), a zone on its
     * label band or within {@code tolerance} of its frame (so clicks inside a zone still reach the design).
     */
    public Optional<dev.skyloom.model.Annotation> annotationAt(double wx, double wy, double tolerance) {
        List<dev.skyloom.model.Annotation> all = design.annotations();
        for (int i = all.size() - 1; i >= 0; i--) {
            dev.skyloom.model.Annotation a = all.get(i);
            Rect r = DiagramLayout.rectOf(a);
            if (!r.inflated(tolerance).contains(wx, wy)) {
                continue;
            }
            boolean note = a.kind() == dev.skyloom.model.Annotation.Kind.NOTE;
            boolean band = wy <= r.y() + DiagramStyle.ZONE_HEADER;
            boolean frame = !r.inflated(-tolerance).contains(wx, wy);
            if (note || band || frame) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /** The innermost provider or region containing the world point. */
    public Optional<Item> containerAt(double wx, double wy) {
        int[] n = new int[1];
        int[] found = index.query(new Rect(wx, wy, 0, 0), n);
        for (int i = n[0] - 1; i >= 0; i--) {
            Item it = items.get(found[i]);
            if (it.kind() == Kind.CONTAINER && it.rect().contains(wx, wy)) {
                return Optional.of(it);
            }
        }
        return Optional.empty();
    }

    /** Components lying wholly inside the world rectangle (rubber-band selection), in document order. */
    public Set<String> componentsInside(Rect world) {
        int[] n = new int[1];
        int[] found = index.query(world, n);
        Set<String> result = new LinkedHashSet<>();
        for (int i = 0; i < n[0]; i++) {
            Item it = items.get(found[i]);
            if (it.kind() != Kind.EDGE && world.contains(it.rect())) {
                result.add(it.id());
            }
        }
        return result;
    }

    /** The component and every component nested in it. */
    public Set<String> withDescendants(Set<String> ids) {
        Set<String> result = new LinkedHashSet<>();
        for (String id : ids) {
            collect(id, result);
        }
        return result;
    }

    private void collect(String id, Set<String> out) {
        if (out.add(id)) {
            for (Component c : design.children(id)) {
                collect(c.id(), out);
            }
        }
    }

    /** The union of the rectangles of the given ids (components or connections). */
    public Optional<Rect> boundsOf(Iterable<String> ids) {
        Rect r = null;
        for (String id : ids) {
            Item it = byId.get(id);
            if (it != null) {
                r = r == null ? it.rect() : r.union(it.rect());
            }
        }
        return Optional.ofNullable(r);
    }
}
