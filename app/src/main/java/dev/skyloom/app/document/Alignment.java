package dev.skyloom.app.document;

import dev.skyloom.export.diagram.DiagramLayout;
import dev.skyloom.export.diagram.Rect;
import dev.skyloom.model.Bounds;
import dev.skyloom.model.Component;
import dev.skyloom.model.Design;
import dev.skyloom.model.edit.Edit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** Align and distribute for a selection: each is one edit that moves the selected components (with their contents). */
public enum Alignment {
    LEFT("Align left", 2),
    CENTER("Align centres", 2),
    RIGHT("Align right", 2),
    TOP("Align top", 2),
    MIDDLE("Align middles", 2),
    BOTTOM("Align bottom", 2),
    DISTRIBUTE_HORIZONTALLY("Distribute horizontally", 3),
    DISTRIBUTE_VERTICALLY("Distribute vertically", 3);

    private final String label;
    private final int minimum;

    Alignment(String label, int minimum) {
        this.label = label;
        this.minimum = minimum;
    }

    public String label() {
        return label;
    }

    /** How many components the selection needs (two to align, three to distribute). */
    public int minimum() {
        return minimum;
    }

    /**
     * The edit that aligns or distributes the selected components whose ancestors are not selected too;
     * empty when fewer than {@link #minimum()} take part or nothing would move.
     */
    public Optional<Edit> apply(Design design, Set<String> selection) {
        DiagramLayout layout = DiagramLayout.of(design);
        Map<String, Rect> rects = new LinkedHashMap<>();
        for (String id : topmost(design, selection)) {
            layout.rect(id).ifPresent(r -> rects.put(id, r));
        }
        if (rects.size() < minimum) {
            return Optional.empty();
        }
        Map<String, double[]> offsets = offsets(rects);
        Design moved = design;
        for (Map.Entry<String, double[]> e : offsets.entrySet()) {
            double[] d = e.getValue();
            if (Math.abs(d[0]) > 1e-9 || Math.abs(d[1]) > 1e-9) {
                moved = new Edit.Move(DiagramLayout.moved(moved, Set.of(e.getKey()), d[0], d[1])).applyTo(moved);
            }
        }
        Map<String, Bounds> changed = new LinkedHashMap<>();
        for (Map.Entry<String, Bounds> e : moved.layout().entrySet()) {
            Bounds b = e.getValue().onHalfUnits();
            if (!Objects.equals(design.layout().get(e.getKey()), b)) {
                changed.put(e.getKey(), b);
            }
        }
        if (changed.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Edit.Composite(label, List.of(new Edit.Move(changed))));
    }

    private Map<String, double[]> offsets(Map<String, Rect> rects) {
        Map<String, double[]> result = new LinkedHashMap<>();
        double minX = rects.values().stream().mapToDouble(Rect::x).min().orElse(0);
        double maxX = rects.values().stream().mapToDouble(Rect::maxX).max().orElse(0);
        double minY = rects.values().stream().mapToDouble(Rect::y).min().orElse(0);
        double maxY = rects.values().stream().mapToDouble(Rect::maxY).max().orElse(0);
        switch (this) {
            case DISTRIBUTE_HORIZONTALLY, DISTRIBUTE_VERTICALLY -> {
                boolean h = this == DISTRIBUTE_HORIZONTALLY;
                List<Map.Entry<String, Rect>> sorted = new ArrayList<>(rects.entrySet());
                sorted.sort(Comparator.comparingDouble(
                        e -> h ? e.getValue().x() : e.getValue().y()));
                double total = 0;
                for (Map.Entry<String, Rect> e : sorted) {
                    total += h ? e.getValue().w() : e.getValue().h();
                }
                // equal gaps between neighbours; the first and the last stay where they are
                double gap = ((h ? maxX - minX : maxY - minY) - total) / (sorted.size() - 1);
                double at = h ? minX : minY;
                for (Map.Entry<String, Rect> e : sorted) {
                    Rect r = e.getValue();
                    result.put(e.getKey(), h ? new double[] {at - r.x(), 0} : new double[] {0, at - r.y()});
                    at += (h ? r.w() : r.h()) + gap;
                }
            }
            default -> {
                for (Map.Entry<String, Rect> e : rects.entrySet()) {
                    Rect r = e.getValue();
                    result.put(
                            e.getKey(),
                            switch (this) {
                                case LEFT -> new double[] {minX - r.x(), 0};
                                case CENTER -> new double[] {(minX + maxX) / 2 - r.centerX(), 0};
                                case RIGHT -> new double[] {maxX - r.maxX(), 0};
                                case TOP -> new double[] {0, minY - r.y()};
                                case MIDDLE -> new double[] {0, (minY + maxY) / 2 - r.centerY()};
                                case BOTTOM -> new double[] {0, maxY - r.maxY()};
                                case DISTRIBUTE_HORIZONTALLY, DISTRIBUTE_VERTICALLY -> new double[] {0, 0};
                            });
                }
            }
        }
        return result;
    }

    /** Selected components whose ancestors are not selected (connections and unknown ids left out). */
    static Set<String> topmost(Design design, Set<String> selection) {
        Set<String> result = new LinkedHashSet<>();
        for (String id : selection) {
            Optional<Component> c = design.component(id);
            if (c.isEmpty()) {
                continue;
            }
            boolean ancestorSelected = false;
            Optional<String> p = c.get().parent();
            while (p.isPresent() && !ancestorSelected) {
                ancestorSelected = selection.contains(p.get());
                p = design.component(p.get()).flatMap(Component::parent);
            }
            if (!ancestorSelected) {
                result.add(id);
            }
        }
        return result;
    }
}
