package dev.skyloom.app.canvas;

import dev.skyloom.export.diagram.Diagram;
import dev.skyloom.export.diagram.Rect;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Snapping of a drag: the dragged group's left, centre or right edge (top, middle, bottom) goes to a visible
 * neighbour's matching line when it comes within a few pixels, and shows a guide there; otherwise its
 * top-left corner goes to the {@link #GRID}. Neighbours are taken once when the drag starts.
 */
final class Snapper {
    /** The snapping grid, in design units. */
    static final double GRID = 10;

    /** A snapped offset and the guide lines drawn for it (NaN when it snapped to the grid or not at all). */
    record Snap(double dx, double dy, double guideX, double guideY) {}

    private final Rect group;
    private final double[] xs;
    private final double[] ys;

    private Snapper(Rect group, double[] xs, double[] ys) {
        this.group = group;
        this.xs = xs;
        this.ys = ys;
    }

    /**
     * @param moving the dragged components with their descendants (never a neighbour)
     * @param dragged the dragged components themselves (their union is the group that snaps)
     */
    static Snapper of(Diagram d, Set<String> moving, Set<String> dragged, Viewport v) {
        Rect group = null;
        for (String id : dragged) {
            Rect r = d.item(id).map(Diagram.Item::rect).orElse(null);
            if (r != null) {
                group = group == null ? r : group.union(r);
            }
        }
        if (group == null) {
            group = Rect.EMPTY;
        }
        List<Double> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        int[] count = new int[1];
        int[] visible = d.visible(v.world(), count);
        for (int i = 0; i < count[0]; i++) {
            Diagram.Item it = d.items().get(visible[i]);
            // containers around the group are where it moves, not lines to line up with
            if (it.kind() == Diagram.Kind.EDGE
                    || moving.contains(it.id())
                    || it.rect().contains(group)) {
                continue;
            }
            Rect r = it.rect();
            xs.add(r.x());
            xs.add(r.centerX());
            xs.add(r.maxX());
            ys.add(r.y());
            ys.add(r.centerY());
            ys.add(r.maxY());
        }
        return new Snapper(group, toArray(xs), toArray(ys));
    }

    private static double[] toArray(List<Double> list) {
        double[] a = new double[list.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = list.get(i);
        }
        return a;
    }

    /** The offset (dx, dy) snapped within {@code tolerance} design units. */
    Snap snap(double dx, double dy, double tolerance) {
        double[] x = axis(group.x() + dx, group.w(), xs, tolerance);
        double[] y = axis(group.y() + dy, group.h(), ys, tolerance);
        return new Snap(x[0] - group.x(), y[0] - group.y(), x[1], y[1]);
    }

    /** {new start, guide line or NaN} for one axis. */
    private static double[] axis(double start, double size, double[] lines, double tolerance) {
        double[] own = {start, start + size / 2, start + size};
        // strictly nearer wins: on a tie the first line found (a left or top edge) keeps the guide
        double best = tolerance + 1e-9;
        double shift = Double.NaN;
        double guide = Double.NaN;
        for (double line : lines) {
            for (double o : own) {
                double d = Math.abs(line - o);
                if (d < best) {
                    best = d;
                    shift = line - o;
                    guide = line;
                }
            }
        }
        if (!Double.isNaN(shift)) {
            return new double[] {start + shift, guide};
        }
        double grid = Math.round(start / GRID) * GRID;
        return new double[] {Math.abs(grid - start) <= tolerance ? grid : start, Double.NaN};
    }
}
