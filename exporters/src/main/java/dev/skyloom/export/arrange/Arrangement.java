package dev.skyloom.export.arrange;

import dev.skyloom.catalog.Catalog;
import dev.skyloom.export.diagram.DiagramLabels;
import dev.skyloom.export.diagram.DiagramLayout;
import dev.skyloom.export.diagram.DiagramStyle;
import dev.skyloom.export.diagram.DiagramText;
import dev.skyloom.export.diagram.Rect;
import dev.skyloom.export.diagram.TextFit;
import dev.skyloom.export.diagram.TextMeasure;
import dev.skyloom.model.Bounds;
import dev.skyloom.model.Component;
import dev.skyloom.model.ComponentType;
import dev.skyloom.model.Connection;
import dev.skyloom.model.Design;
import dev.skyloom.model.edit.Edit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * <em>Arrange</em>: lays out containers and cards with the Eclipse Layout Kernel's layered algorithm
 * (left to right, in the direction of the connections), nesting providers → regions → cards. Each
 * container is laid out on its own, innermost first, as a flat graph of its direct children, with every
 * connection between their descendants drawn as an edge between the children holding its ends; the
 * container is then sized to its content plus its header and padding, so nothing overlaps, and at least
 * as wide as its header title needs to be drawn whole (measured as the diagram fits it, with the catalog's
 * city names the diagram shows). The space between layers is wide enough for the widest connection label
 * that crosses it, so the diagram's label placement finds a free spot. Cards keep their height and grow
 * wide enough for the diagram to draw their name and detail whole. Pure: the result is a new layout map.
 */
public final class Arrangement {
    /** Space from a container's border to its content (edges leave cards along it). */
    static final double PAD = 28;

    private static final double NODE_SPACING = 34;
    private static final double MIN_LAYER_SPACING = 70;

    private final Design design;
    private final TextMeasure measure;
    private final Optional<Catalog> catalog;
    private final Map<String, Bounds> out = new LinkedHashMap<>();
    private final Map<String, Rect> current;

    private Arrangement(Design design, TextMeasure measure, Optional<Catalog> catalog) {
        this.design = design;
        this.measure = measure;
        this.catalog = catalog;
        this.current = DiagramLayout.of(design).rects();
    }

    /**
     * The edit arranging {@code containers} (each with everything inside it; its top-left corner stays),
     * or the whole design when {@code containers} is empty: one undo step. {@code catalog} is the one the
     * diagram will name regions with (their titles say the city), so every title fits.
     */
    public static Edit edit(Design design, Set<String> containers, TextMeasure measure, Optional<Catalog> catalog) {
        return new Edit.Composite("Arrange", List.of(new Edit.Move(layout(design, containers, measure, catalog))));
    }

    /** The layout map after arranging (see {@link #edit}); entries of untouched components are kept. */
    public static Map<String, Bounds> layout(
            Design design, Set<String> containers, TextMeasure measure, Optional<Catalog> catalog) {
        Arrangement a = new Arrangement(design, measure, catalog);
        Map<String, Bounds> result = new LinkedHashMap<>(design.layout());
        Set<String> roots = a.outermost(containers);
        if (roots.isEmpty()) {
            List<Component> top = new ArrayList<>();
            for (Component c : design.components()) {
                if (c.parent().isEmpty()) {
                    top.add(c);
                }
            }
            for (Component c : top) {
                double[] size = a.arrangeInside(c);
                a.out.put(c.id(), new Bounds(0, 0, size[0], size[1]));
            }
            a.place(top, DiagramLayout.MARGIN, DiagramLayout.MARGIN, 0, 0);
        } else {
            for (String id : roots) {
                Component c = design.component(id).orElseThrow();
                Rect at = a.current.get(id);
                double[] size = a.arrangeInside(c);
                a.out.put(id, new Bounds(at.x(), at.y(), size[0], size[1]));
                a.shiftDescendants(c, at.x(), at.y());
            }
        }
        for (Map.Entry<String, Bounds> e : a.out.entrySet()) {
            result.put(e.getKey(), e.getValue().onHalfUnits());
        }
        return roots.isEmpty() ? result : a.clearSiblings(roots, result);
    }

    /**
     * After arranging {@code roots} in place (each keeps its corner and may have grown right and down):
     * pushes the siblings they now overlap right (those that were to their right) or down (those below),
     * and whatever those run into in turn, then does the same one level up, where a parent may have grown
     * around its arranged child, up to the top level. Nothing that was apart ends on top of something.
     */
    private Map<String, Bounds> clearSiblings(Set<String> roots, Map<String, Bounds> arranged) {
        Map<String, Bounds> result = arranged;
        Set<String> anchors = new LinkedHashSet<>(roots);
        while (!anchors.isEmpty()) {
            Design now = design.withLayout(result);
            Map<String, Rect> rects = DiagramLayout.of(now).rects();
            Map<Optional<String>, List<String>> byParent = new LinkedHashMap<>();
            for (String id : anchors) {
                byParent.computeIfAbsent(design.component(id).orElseThrow().parent(), k -> new ArrayList<>())
                        .add(id);
            }
            Set<String> parents = new LinkedHashSet<>();
            for (Map.Entry<Optional<String>, List<String>> group : byParent.entrySet()) {
                List<Component> siblings = new ArrayList<>();
                for (Component c : design.components()) {
                    if (c.parent().equals(group.getKey())) {
                        siblings.add(c);
                    }
                }
                Map<String, double[]> moves = pushApart(group.getValue(), siblings, rects);
                for (Map.Entry<String, double[]> m : moves.entrySet()) {
                    result = DiagramLayout.moved(
                            design.withLayout(result), Set.of(m.getKey()), m.getValue()[0], m.getValue()[1]);
                }
                group.getKey().ifPresent(parents::add);
            }
            anchors = parents;
        }
        Map<String, Bounds> rounded = new LinkedHashMap<>();
        for (Map.Entry<String, Bounds> e : result.entrySet()) {
            rounded.put(e.getKey(), e.getValue().onHalfUnits());
        }
        return rounded;
    }

    /**
     * The offsets that move {@code siblings} off the {@code anchors} and off each other where a push made
     * them meet: a sibling that was right of what hits it moves right, one below moves down, any other the
     * shorter of the two. Only right and down, so pushes do not bounce back. The top-left anchor stays
     * where it is (other anchors stay too unless an anchor grew into them).
     */
    private Map<String, double[]> pushApart(List<String> anchors, List<Component> siblings, Map<String, Rect> rects) {
        Map<String, Rect> at = new LinkedHashMap<>();
        for (Component c : siblings) {
            at.put(c.id(), rects.get(c.id()));
        }
        List<String> seeds = new ArrayList<>(anchors);
        seeds.sort(java.util.Comparator.comparingDouble(
                        (String id) -> current.get(id).y())
                .thenComparingDouble(id -> current.get(id).x()));
        String pinned = seeds.get(0);
        Map<String, double[]> moves = new LinkedHashMap<>();
        java.util.ArrayDeque<String> work = new java.util.ArrayDeque<>(seeds);
        int budget = 4 * siblings.size() * siblings.size() + 16;
        while (!work.isEmpty() && budget-- > 0) {
            String id = work.poll();
            if (!id.equals(pinned) && overlaps(at.get(pinned), at.get(id))) {
                push(id, pinned, at, moves); // pushed into the one that stays: off it again
            }
            for (Component c : siblings) {
                if (c.id().equals(id) || c.id().equals(pinned) || !overlaps(at.get(id), at.get(c.id()))) {
                    continue;
                }
                push(c.id(), id, at, moves);
                work.add(c.id());
            }
        }
        return moves;
    }

    /** Moves {@code id} right or down (see {@link #pushApart}) until it clears {@code by}, by a gap. */
    private void push(String id, String by, Map<String, Rect> at, Map<String, double[]> moves) {
        Rect x = at.get(by);
        Rect s = at.get(id);
        Rect xWas = current.get(by);
        Rect sWas = current.get(id);
        double right = x.maxX() + DiagramLayout.GAP - s.x();
        double down = x.maxY() + DiagramLayout.GAP - s.y();
        boolean wasRight = sWas.x() >= xWas.maxX() - 1;
        boolean wasBelow = sWas.y() >= xWas.maxY() - 1;
        boolean toRight = wasRight || (!wasBelow && right <= down);
        double dx = toRight ? right : 0;
        double dy = toRight ? 0 : down;
        at.put(id, new Rect(s.x() + dx, s.y() + dy, s.w(), s.h()));
        double[] m = moves.computeIfAbsent(id, k -> new double[2]);
        m[0] += dx;
        m[1] += dy;
    }

    /** Overlap of more than a unit in both directions (touching borders do not count). */
    private static boolean overlaps(Rect a, Rect b) {
        return Math.min(a.maxX(), b.maxX()) - Math.max(a.x(), b.x()) > 1
                && Math.min(a.maxY(), b.maxY()) - Math.max(a.y(), b.y()) > 1;
    }

    /** The selected containers that are not inside another selected one. */
    private Set<String> outermost(Set<String> ids) {
        Set<String> roots = new LinkedHashSet<>();
        for (String id : ids) {
            Optional<Component> c = design.component(id);
            if (c.isEmpty() || !DiagramLayout.isContainer(c.get())) {
                continue;
            }
            boolean nested = false;
            for (Optional<String> p = c.get().parent(); p.isPresent() && !nested; ) {
                nested = ids.contains(p.get());
                p = design.component(p.get()).flatMap(Component::parent);
            }
            if (!nested) {
                roots.add(id);
            }
        }
        return roots;
    }

    /**
     * Lays out the children of {@code c} (recursively) relative to its top-left corner at (0, 0), storing
     * their bounds; returns the size of {@code c}.
     */
    private double[] arrangeInside(Component c) {
        List<Component> children = design.children(c.id());
        if (children.isEmpty()) {
            Rect r = current.get(c.id());
            if (DiagramLayout.isContainer(c)) {
                double[] size = DiagramLayout.defaultSize(c);
                return new double[] {Math.max(titleWidth(c), Math.min(r.w(), size[0])), Math.min(r.h(), size[1])};
            }
            return new double[] {cardWidth(c, r), r.h()};
        }
        double widened = 0;
        for (Component child : children) {
            double[] size = arrangeInside(child);
            out.put(child.id(), new Bounds(0, 0, size[0], size[1]));
            if (!DiagramLayout.isContainer(child)
                    && size[0] > current.get(child.id()).w()) {
                widened = Math.max(widened, size[0]);
            }
        }
        // cards widened for their text: their neighbours take the same width, so columns stay even
        for (Component child : children) {
            Bounds b = out.get(child.id());
            if (!DiagramLayout.isContainer(child) && b.w() < widened) {
                out.put(child.id(), new Bounds(0, 0, widened, b.h()));
            }
        }
        double header = DiagramLayout.headerHeight(c);
        double[] content = place(children, PAD, header + PAD, 0, 0);
        double minW = DiagramLayout.defaultSize(c)[0] * 0.8;
        return new double[] {
            Math.max(titleWidth(c), Math.max(minW, content[0] + 2 * PAD)), content[1] + header + 2 * PAD
        };
    }

    /**
     * A card's width: its own, or wider where the diagram would cut its name or detail line (measured as
     * the diagram fits them, so the canvas and every picture show them whole).
     */
    private double cardWidth(Component c, Rect r) {
        String fact = DiagramText.fact(c);
        return DiagramLabels.cardWidth(
                new TextFit(measure),
                r.w(),
                r.h(),
                c.type() == ComponentType.PIPELINE,
                c.label(),
                fact.isEmpty() ? List.of() : List.of(fact));
    }

    /** The width at which the diagram draws the container's header title whole. */
    private double titleWidth(Component c) {
        return DiagramLabels.headerWidth(
                new TextFit(measure),
                DiagramLayout.headerHeight(c),
                DiagramText.chipText(design, catalog, c),
                DiagramText.containerTitle(design, catalog, c));
    }

    /**
     * Runs the layered algorithm over {@code items} (sizes already in {@link #out} or their current
     * rectangles) and places them with the content's top-left at (left, top) relative to (ox, oy); returns
     * the content's width and height.
     */
    private double[] place(List<Component> items, double left, double top, double ox, double oy) {
        ElkNode graph = ElkGraphUtil.createGraph();
        graph.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        graph.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
        graph.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        graph.setProperty(CoreOptions.PADDING, new ElkPadding(0));
        graph.setProperty(CoreOptions.SPACING_NODE_NODE, NODE_SPACING);
        graph.setProperty(CoreOptions.SPACING_COMPONENT_COMPONENT, NODE_SPACING);
        graph.setProperty(CoreOptions.ASPECT_RATIO, 1.6);
        graph.setProperty(CoreOptions.RANDOM_SEED, 1);
        Map<String, ElkNode> nodes = new LinkedHashMap<>();
        Map<String, String> holder = new HashMap<>();
        for (Component c : items) {
            ElkNode n = ElkGraphUtil.createNode(graph);
            double[] size = size(c);
            n.setDimensions(size[0], size[1]);
            nodes.put(c.id(), n);
            collectHolder(c, c.id(), holder);
        }
        double widestLabel = 0;
        Set<String> joined = new LinkedHashSet<>();
        for (Connection k : design.connections()) {
            String a = holder.get(k.from());
            String b = holder.get(k.to());
            if (a == null || b == null || a.equals(b)) {
                continue;
            }
            widestLabel =
                    Math.max(widestLabel, measure.width(DiagramText.edgeLabel(k), DiagramStyle.EDGE_LABEL, false) + 14);
            if (joined.add(a + "\u0000" + b)) {
                ElkGraphUtil.createSimpleEdge(nodes.get(a), nodes.get(b));
            }
        }
        graph.setProperty(
                LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS,
                Math.max(MIN_LAYER_SPACING, Math.min(widestLabel, 260) + 40));
        new RecursiveGraphLayoutEngine().layout(graph, new BasicProgressMonitor());
        double w = 0;
        double h = 0;
        for (Component c : items) {
            ElkNode n = nodes.get(c.id());
            double x = left + n.getX();
            double y = top + n.getY();
            out.put(c.id(), new Bounds(ox + x, oy + y, n.getWidth(), n.getHeight()));
            shiftDescendants(c, ox + x, oy + y);
            w = Math.max(w, n.getX() + n.getWidth());
            h = Math.max(h, n.getY() + n.getHeight());
        }
        return new double[] {w, h};
    }

    private double[] size(Component c) {
        Bounds b = out.get(c.id());
        if (b != null) {
            return new double[] {b.w(), b.h()};
        }
        Rect r = current.get(c.id());
        return new double[] {r.w(), r.h()};
    }

    /** Moves the descendants of {@code c}, laid out relative to its top-left corner, to the page. */
    private void shiftDescendants(Component c, double dx, double dy) {
        for (Component child : design.children(c.id())) {
            Bounds b = out.get(child.id());
            if (b != null) {
                out.put(child.id(), b.movedBy(dx, dy));
            }
            shiftDescendants(child, dx, dy);
        }
    }

    private void collectHolder(Component c, String holderId, Map<String, String> holder) {
        holder.put(c.id(), holderId);
        for (Component child : design.children(c.id())) {
            collectHolder(child, holderId, holder);
        }
    }
}
