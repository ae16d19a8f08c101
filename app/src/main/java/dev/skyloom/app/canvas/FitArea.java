package dev.skyloom.app.canvas;

import dev.skyloom.export.diagram.Rect;
import java.util.Collection;
import java.util.List;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.geometry.VPos;

/**
 * Zoom to fit around overlays: each overlay covers a corner. The fit first tries larger zooms at which the
 * design's empty corners may sit under an overlay as long as no card, title, line or label does; failing that,
 * it keeps the whole design out of each corner by giving up either a strip at that side or a band at that
 * top/bottom edge, whichever leaves the larger zoom.
 */
final class FitArea {
    static final double MARGIN = 32;

    /** Zooms tried between the fit of the whole canvas and the fit clear of every corner. */
    private static final int STEPS = 12;

    /** A corner area, in screen pixels, that an overlay covers. */
    record Reserve(Pos corner, double width, double height) {}

    private FitArea() {}

    /** As {@link #fit(Rect, List, double, double, Collection, double, double)} with nothing known inside. */
    static Viewport fit(Rect r, double width, double height, Collection<Reserve> reserves, double min, double max) {
        return clear(r, width, height, reserves, min, max);
    }

    /**
     * The largest zoom (and a position: centred, else flush with a margin) at which the design {@code r}
     * fits the canvas and no rectangle of {@code content} (world units: cards, headers, edge lines, labels) meets an
     * overlay's corner; the fit clear of every corner when no larger zoom does.
     */
    static Viewport fit(
            Rect r,
            List<Rect> content,
            double width,
            double height,
            Collection<Reserve> reserves,
            double min,
            double max) {
        Viewport clear = clear(r, width, height, reserves, min, max);
        if (reserves.isEmpty()) {
            return clear;
        }
        double full = Viewport.fitting(r, width, height, MARGIN, min, max).zoom();
        if (full <= clear.zoom() * 1.001) {
            return clear;
        }
        Rect[] corners =
                reserves.stream().map(c -> screenRect(c, width, height)).toArray(Rect[]::new);
        for (int step = 0; step < STEPS; step++) {
            double z = full * Math.pow(clear.zoom() / full, step / (double) STEPS);
            double dw = r.w() * z;
            double dh = r.h() * z;
            double[] xs = positions(MARGIN, width - MARGIN - dw);
            double[] ys = positions(MARGIN, height - MARGIN - dh);
            if (xs == null || ys == null) {
                continue;
            }
            // at one zoom, a position where no overlay meets the design at all (not even an empty corner of
            // it) comes first; then one where an overlay meets only empty parts
            List<Rect> whole = List.of(r);
            for (List<Rect> kept : List.of(whole, content)) {
                for (double sy : ys) {
                    for (double sx : xs) {
                        Viewport v = new Viewport(r.x() - sx / z, r.y() - sy / z, z, width, height);
                        if (!covers(v, kept, corners)) {
                            return v;
                        }
                    }
                }
            }
        }
        return clear;
    }

    /** Centred between {@code lo} and {@code hi}, then flush with each; null when the design does not fit. */
    private static double[] positions(double lo, double hi) {
        if (hi < lo - 0.5) {
            return null;
        }
        return hi <= lo ? new double[] {(lo + hi) / 2} : new double[] {(lo + hi) / 2, lo, hi};
    }

    private static Rect screenRect(Reserve c, double width, double height) {
        double x = c.corner().getHpos() == HPos.LEFT ? 0 : width - c.width();
        double y = c.corner().getVpos() == VPos.TOP ? 0 : height - c.height();
        return new Rect(x, y, c.width(), c.height());
    }

    /** Whether some content rectangle, on screen through {@code v}, meets a corner. */
    static boolean covers(Viewport v, List<Rect> content, Rect[] corners) {
        for (Rect w : content) {
            double x0 = v.toScreenX(w.x());
            double y0 = v.toScreenY(w.y());
            double x1 = v.toScreenX(w.maxX());
            double y1 = v.toScreenY(w.maxY());
            for (Rect c : corners) {
                if (x0 < c.maxX() && c.x() < x1 && y0 < c.maxY() && c.y() < y1) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Viewport clear(
            Rect r, double width, double height, Collection<Reserve> reserves, double min, double max) {
        // insets: top, right, bottom, left
        double[] insets = new double[4];
        for (Reserve reserve : reserves) {
            double[] sideways = insets.clone();
            double[] upright = insets.clone();
            int side = reserve.corner().getHpos() == HPos.LEFT ? 3 : 1;
            int edge = reserve.corner().getVpos() == VPos.TOP ? 0 : 2;
            sideways[side] = Math.max(sideways[side], reserve.width());
            upright[edge] = Math.max(upright[edge], reserve.height());
            insets = zoomWith(r, width, height, sideways, min, max) >= zoomWith(r, width, height, upright, min, max)
                    ? sideways
                    : upright;
        }
        double w = Math.max(1, width - insets[1] - insets[3]);
        double h = Math.max(1, height - insets[0] - insets[2]);
        Viewport inner = Viewport.fitting(r, w, h, MARGIN, min, max);
        double z = inner.zoom();
        return new Viewport(inner.originX() - insets[3] / z, inner.originY() - insets[0] / z, z, width, height);
    }

    private static double zoomWith(Rect r, double width, double height, double[] insets, double min, double max) {
        double w = Math.max(1, width - insets[1] - insets[3]);
        double h = Math.max(1, height - insets[0] - insets[2]);
        return Viewport.fitting(r, w, h, MARGIN, min, max).zoom();
    }
}
