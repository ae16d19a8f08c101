package dev.skyloom.app.canvas;

import dev.skyloom.export.diagram.Diagram;
import dev.skyloom.export.diagram.DiagramLabels;
import dev.skyloom.export.diagram.Rect;
import dev.skyloom.model.Component;
import dev.skyloom.model.ComponentType;
import dev.skyloom.model.ConnectionType;
import java.util.ArrayList;
import java.util.List;

/** Screen positions of handles and badges, and the rules for resizing; pure functions, testable without JavaFX. */
final class CanvasGeometry {
    /** Handle positions, clockwise from the top-left corner. */
    static final int NW = 0;

    static final int N = 1;
    static final int NE = 2;
    static final int E = 3;
    static final int SE = 4;
    static final int S = 5;
    static final int SW = 6;
    static final int W = 7;

    static final double MIN_W = 120;
    static final double MIN_H = 80;

    private CanvasGeometry() {}

    /** Eight resize handles of a rectangle in screen coordinates: {x, y} each. */
    static List<double[]> handles(Rect r, Viewport v) {
        double x0 = v.toScreenX(r.x()) - 3;
        double y0 = v.toScreenY(r.y()) - 3;
        double x1 = v.toScreenX(r.maxX()) + 3;
        double y1 = v.toScreenY(r.maxY()) + 3;
        double mx = (x0 + x1) / 2;
        double my = (y0 + y1) / 2;
        List<double[]> h = new ArrayList<>(8);
        h.add(new double[] {x0, y0});
        h.add(new double[] {mx, y0});
        h.add(new double[] {x1, y0});
        h.add(new double[] {x1, my});
        h.add(new double[] {x1, y1});
        h.add(new double[] {mx, y1});
        h.add(new double[] {x0, y1});
        h.add(new double[] {x0, my});
        return h;
    }

    /** The handle under a screen point (within 6 px), or -1. */
    static int handleAt(Rect r, Viewport v, double sx, double sy) {
        List<double[]> hs = handles(r, v);
        for (int i = 0; i < hs.size(); i++) {
            if (Math.abs(hs.get(i)[0] - sx) <= 6 && Math.abs(hs.get(i)[1] - sy) <= 6) {
                return i;
            }
        }
        return -1;
    }

    /** The rectangle after dragging handle {@code h} by (dx, dy) world units, never below the minimum size. */
    static Rect resized(Rect r, int h, double dx, double dy) {
        double x0 = r.x();
        double y0 = r.y();
        double x1 = r.maxX();
        double y1 = r.maxY();
        if (h == NW || h == W || h == SW) {
            x0 = Math.min(x0 + dx, x1 - MIN_W);
        }
        if (h == NE || h == E || h == SE) {
            x1 = Math.max(x1 + dx, x0 + MIN_W);
        }
        if (h == NW || h == N || h == NE) {
            y0 = Math.min(y0 + dy, y1 - MIN_H);
        }
        if (h == SW || h == S || h == SE) {
            y1 = Math.max(y1 + dy, y0 + MIN_H);
        }
        return new Rect(x0, y0, x1 - x0, y1 - y0);
    }

    /** The connection handle of a card: a dot just outside the middle of its right edge. */
    static double[] connectHandle(Rect r, Viewport v) {
        return new double[] {v.toScreenX(r.maxX()) + 2, v.toScreenY(r.centerY())};
    }

    /**
     * Centre of a problem badge of {@code it} drawn at {@code r}, where the shared diagram puts it (a
     * container's in its header clear of the title, a card's on its top-right corner).
     */
    static double[] badgeCentre(DiagramLabels labels, Diagram.Item it, Rect r, Viewport v) {
        double[] c = labels.badgeCentre(it, r, v.zoom());
        return new double[] {v.toScreenX(c[0]), v.toScreenY(c[1])};
    }

    /** Pipelines and storage start connections (reads/writes/runs-on, replicates-to). */
    static boolean canStartConnection(Component c) {
        return c instanceof Component.Pipeline
                || c instanceof Component.Storage
                || c instanceof Component.GpuPool
                || c instanceof Component.Identity;
    }

    /**
     * Whether some connection type starts at {@code c}: with Alt (or in connect mode) a container can start
     * one too (a provider or region ships telemetry), though only cards show the connect handle.
     */
    static boolean startsSomeConnection(Component c) {
        if (c == null) {
            return false;
        }
        for (ConnectionType t : ConnectionType.values()) {
            if (t.fromTypes().contains(c.type())) {
                return true;
            }
        }
        return false;
    }

    /** Whether some connection type joins these two kinds (the shell still validates and picks the type). */
    static boolean someTypeJoins(Component from, Component to) {
        if (from == null || to == null || from.id().equals(to.id())) {
            return false;
        }
        ComponentType a = from.type();
        ComponentType b = to.type();
        for (ConnectionType t : ConnectionType.values()) {
            if (t.joins(a, b)) {
                return true;
            }
        }
        return false;
    }
}
