package dev.skyloom.app.canvas;

import dev.skyloom.export.diagram.Rect;
import java.util.Collection;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.geometry.VPos;

/**
 * Zoom to fit around overlays: each overlay covers a corner, and the fit keeps the design out of it by
 * giving up either a strip at that side or a band at that top/bottom edge — whichever leaves the larger zoom.
 */
final class FitArea {
    static final double MARGIN = 32;

    /** A corner area, in screen pixels, that an overlay covers. */
    record Reserve(Pos corner, double width, double height) {}

    private FitArea() {}

    static Viewport fit(Rect r, double width, double height, Collection<Reserve> reserves, double min, double max) {
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
