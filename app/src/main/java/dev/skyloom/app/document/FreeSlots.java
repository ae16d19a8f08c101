package dev.skyloom.app.document;

import dev.skyloom.export.diagram.DiagramLayout;
import dev.skyloom.export.diagram.Rect;
import dev.skyloom.model.Bounds;
import dev.skyloom.model.Component;
import dev.skyloom.model.Design;
import dev.skyloom.model.edit.Edit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Puts added cards where nothing else is: a card dropped or pasted onto its siblings moves to the nearest
 * free place of its container (growing it downwards when it is full). Siblings that the layout still places
 * automatically are pinned where they are, so that a stored card does not push them around.
 */
public final class FreeSlots {
    /** Candidate positions are tried on this grid (design units). */
    static final double STEP = 10;

    private FreeSlots() {}

    /**
     * The edit with every added non-container component that has bounds moved to the nearest free slot of
     * its parent (or of the top level); other edits unchanged. The result is still one edit (one undo step).
     */
    public static Edit settle(Design design, Edit edit) {
        List<Edit> parts = edit instanceof Edit.Composite c ? c.edits() : List.of(edit);
        DiagramLayout layout = DiagramLayout.of(design);
        Map<String, List<Rect>> taken = new LinkedHashMap<>();
        Map<String, Bounds> pins = new LinkedHashMap<>();
        List<Edit> out = new ArrayList<>();
        boolean changed = false;
        for (Edit e : parts) {
            if (e instanceof Edit.AddComponent a
                    && a.bounds().isPresent()
                    && !DiagramLayout.isContainer(a.component())
                    && a.component()
                            .parent()
                            .map(p -> design.component(p).isPresent())
                            .orElse(true)) {
                Component c = a.component();
                String parent = c.parent().orElse("");
                List<Rect> occupied = taken.computeIfAbsent(parent, p -> siblings(design, layout, p, pins));
                Bounds b = a.bounds().get();
                double[] size = DiagramLayout.defaultSize(c);
                double w = b.w() > 0 ? b.w() : size[0];
                double h = b.h() > 0 ? b.h() : size[1];
                Rect area =
                        c.parent().flatMap(p -> contentArea(design, layout, p)).orElse(null);
                Rect slot = nearestFree(new Rect(b.x(), b.y(), w, h), area, occupied);
                occupied.add(slot);
                out.add(new Edit.AddComponent(c, new Bounds(slot.x(), slot.y(), b.w(), b.h()).onHalfUnits()));
                changed = true;
            } else {
                out.add(e);
            }
        }
        if (!changed) {
            return edit;
        }
        if (!pins.isEmpty()) {
            out.add(0, new Edit.Move(pins));
        }
        String label = edit instanceof Edit.Composite c ? c.label() : edit.label();
        return new Edit.Composite(label, out);
    }

    /**
     * The free rectangle of the wanted size nearest to {@code wanted}: inside {@code area} when it fits
     * there, otherwise below it (the container grows); anywhere when {@code area} is null.
     */
    public static Rect nearestFree(Rect wanted, Rect area, List<Rect> occupied) {
        if (isFree(wanted, area, occupied)) {
            return wanted;
        }
        double w = wanted.w();
        double h = wanted.h();
        double minX = area == null ? wanted.x() - 40 * STEP : area.x();
        double maxX = area == null ? wanted.x() + 40 * STEP : Math.max(area.x(), area.maxX() - w);
        double minY = area == null ? wanted.y() - 40 * STEP : area.y();
        double bottom = area == null ? wanted.y() + 40 * STEP : area.maxY();
        for (Rect r : occupied) {
            bottom = Math.max(bottom, r.maxY());
        }
        double maxY = bottom + DiagramLayout.GAP;
        Rect best = null;
        double bestDistance = Double.MAX_VALUE;
        for (double y = minY; y <= maxY; y += STEP) {
            for (double x = minX; x <= maxX; x += STEP) {
                Rect r = new Rect(x, y, w, h);
                double d = Math.hypot(x - wanted.x(), y - wanted.y());
                // past the container's bottom only when nothing inside is free
                if (area != null && r.maxY() > area.maxY()) {
                    d += 1e6;
                }
                if (d < bestDistance && isFree(r, null, occupied)) {
                    best = r;
                    bestDistance = d;
                }
            }
        }
        return best != null ? best : new Rect(minX, maxY, w, h);
    }

    private static boolean isFree(Rect r, Rect area, List<Rect> occupied) {
        if (area != null && !area.contains(r)) {
            return false;
        }
        Rect padded = r.inflated(DiagramLayout.GAP / 2 - 1);
        for (Rect o : occupied) {
            if (padded.intersects(o.inflated(DiagramLayout.GAP / 2 - 1))) {
                return false;
            }
        }
        return true;
    }

    /** Where a container's children go: inside its padding, below its header. */
    public static Optional<Rect> contentArea(Design design, DiagramLayout layout, String id) {
        Optional<Component> c = design.component(id);
        Optional<Rect> r = layout.rect(id);
        if (c.isEmpty() || r.isEmpty()) {
            return Optional.empty();
        }
        double header = DiagramLayout.headerHeight(c.get());
        double pad = DiagramLayout.PAD;
        Rect o = r.get();
        return Optional.of(new Rect(
                o.x() + pad,
                o.y() + header + pad,
                Math.max(0, o.w() - 2 * pad),
                Math.max(0, o.h() - header - 2 * pad)));
    }

    /** The current rectangles of a parent's children (top-level components for ""); auto-placed ones pinned. */
    private static List<Rect> siblings(Design design, DiagramLayout layout, String parent, Map<String, Bounds> pins) {
        List<Rect> result = new ArrayList<>();
        List<Component> kids = parent.isEmpty()
                ? design.components().stream().filter(c -> c.parent().isEmpty()).toList()
                : design.children(parent);
        for (Component k : kids) {
            layout.rect(k.id()).ifPresent(r -> {
                result.add(r);
                if (!parent.isEmpty() && !design.layout().containsKey(k.id())) {
                    pins.put(k.id(), new Bounds(r.x(), r.y(), 0, 0));
                }
            });
        }
        return result;
    }
}
