package dev.skyloom.app.canvas;

import dev.skyloom.export.diagram.Route;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.ArcType;
import javafx.scene.shape.StrokeLineCap;

/**
 * Shapes built from axis-aligned rectangle fills. Prism's software pipeline fills such a rectangle
 * directly, while every other shape (a stroked line, a rounded rectangle, a path) goes through the
 * Marlin path rasteriser, whose cost per shape is large and grows with the area the shape spans (a
 * region outline a screen wide costs as much as its fill). At low zoom, with thousands of shapes in
 * view, that made a frame cost 70-110 ms of renderer CPU; drawn this way it is a fraction of that.
 * Outline and line pieces never overlap, so translucent colours blend once (except where a dash turns a
 * corner).
 */
final class FlatShapes {
    private FlatShapes() {}

    /**
     * A rounded rectangle filled with an opaque colour (arc = corner diameter): a cross of two overlapping
     * rectangles and a disc in each corner. The pieces overlap so that no seam shows where their
     * anti-aliased edges meet at fractional coordinates; the colour must therefore be opaque.
     */
    static void fillRoundRect(GraphicsContext gc, double x, double y, double w, double h, double arc) {
        double a = Math.min(arc, Math.min(w, h));
        if (a < 2) {
            gc.fillRect(x, y, w, h);
            return;
        }
        double r = a / 2;
        gc.fillRect(x, y + r, w, h - a);
        gc.fillRect(x + r, y, w - a, h);
        gc.fillOval(x, y, a, a);
        gc.fillOval(x + w - a, y, a, a);
        gc.fillOval(x, y + h - a, a, a);
        gc.fillOval(x + w - a, y + h - a, a, a);
    }

    /**
     * The outline of a rounded rectangle in the current stroke colour and line width: four straight
     * sides as rectangle fills, the corners as short arcs (butt-capped so they do not overlap the sides).
     */
    static void strokeRoundRect(GraphicsContext gc, double x, double y, double w, double h, double arc) {
        double a = Math.min(arc, Math.min(w, h));
        if (a < 2) {
            strokeRect(gc, x, y, w, h);
            return;
        }
        double r = a / 2;
        double lw = gc.getLineWidth();
        double hw = lw / 2;
        gc.save();
        gc.setFill(gc.getStroke());
        gc.fillRect(x + r, y - hw, w - a, lw);
        gc.fillRect(x + r, y + h - hw, w - a, lw);
        if (h > a) {
            gc.fillRect(x - hw, y + r, lw, h - a);
            gc.fillRect(x + w - hw, y + r, lw, h - a);
        }
        gc.setLineCap(StrokeLineCap.BUTT);
        gc.strokeArc(x, y, a, a, 90, 90, ArcType.OPEN);
        gc.strokeArc(x + w - a, y, a, a, 0, 90, ArcType.OPEN);
        gc.strokeArc(x, y + h - a, a, a, 180, 90, ArcType.OPEN);
        gc.strokeArc(x + w - a, y + h - a, a, a, 270, 90, ArcType.OPEN);
        gc.restore();
    }

    /** The outline of a rectangle in the current stroke colour and line width, as four rectangle fills. */
    static void strokeRect(GraphicsContext gc, double x, double y, double w, double h) {
        double lw = gc.getLineWidth();
        double hw = lw / 2;
        gc.save();
        gc.setFill(gc.getStroke());
        gc.fillRect(x - hw, y - hw, w + lw, lw);
        gc.fillRect(x - hw, y + h - hw, w + lw, lw);
        if (h > lw) {
            gc.fillRect(x - hw, y + hw, lw, h - lw);
            gc.fillRect(x + w - hw, y + hw, lw, h - lw);
        }
        gc.restore();
    }

    /**
     * A routed edge in {@code colour} (see {@link #fillOrthogonal}), cut to the viewport with a margin;
     * false, drawing nothing, if the route is not orthogonal.
     */
    static boolean fillRoute(GraphicsContext gc, Viewport v, Route route, Color colour, double width, double[] dashes) {
        int n = route.size();
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = v.toScreenX(route.xs()[i]);
            ys[i] = v.toScreenY(route.ys()[i]);
        }
        gc.setFill(colour);
        return fillOrthogonal(gc, xs, ys, n, width, dashes, -20, -20, v.width() + 20, v.height() + 20);
    }

    /**
     * An orthogonal polyline (screen coordinates) as one rectangle per segment, {@code width} thick with
     * square ends; each joint belongs to the segment that ends there. Segments wholly outside
     * {@code [minX, maxX] x [minY, maxY]} are skipped and the rest clamped to it. With {@code dashes} (on,
     * off lengths, or null for a solid line) the pattern runs on across the joints. Returns false, drawing
     * nothing, if a segment is not axis-aligned (the caller then strokes the path).
     */
    static boolean fillOrthogonal(
            GraphicsContext gc,
            double[] xs,
            double[] ys,
            int n,
            double width,
            double[] dashes,
            double minX,
            double minY,
            double maxX,
            double maxY) {
        for (int i = 1; i < n; i++) {
            if (xs[i] != xs[i - 1] && ys[i] != ys[i - 1]) {
                return false;
            }
        }
        if (dashes != null && dashes.length >= 2 && dashes[0] > 0 && dashes[1] > 0) {
            fillDashed(gc, xs, ys, n, width, dashes, minX, minY, maxX, maxY);
            return true;
        }
        double h = width / 2;
        for (int i = 1; i < n; i++) {
            double x1 = xs[i - 1];
            double y1 = ys[i - 1];
            double x2 = xs[i];
            double y2 = ys[i];
            if (Math.max(x1, x2) < minX
                    || Math.min(x1, x2) > maxX
                    || Math.max(y1, y2) < minY
                    || Math.min(y1, y2) > maxY) {
                continue;
            }
            // the start joint was drawn as the end of the previous segment
            double startCap = i == 1 ? -h : h;
            double left;
            double right;
            double top;
            double bottom;
            if (y1 == y2) {
                left = x2 >= x1 ? x1 + startCap : x2 - h;
                right = x2 >= x1 ? x2 + h : x1 - startCap;
                top = y1 - h;
                bottom = y1 + h;
            } else {
                top = y2 >= y1 ? y1 + startCap : y2 - h;
                bottom = y2 >= y1 ? y2 + h : y1 - startCap;
                left = x1 - h;
                right = x1 + h;
            }
            left = Math.max(left, minX);
            top = Math.max(top, minY);
            right = Math.min(right, maxX);
            bottom = Math.min(bottom, maxY);
            if (right > left && bottom > top) {
                gc.fillRect(left, top, right - left, bottom - top);
            }
        }
        return true;
    }

    /** The dashed case of {@link #fillOrthogonal}: each dash is a rectangle extended by half the width at both ends. */
    private static void fillDashed(
            GraphicsContext gc,
            double[] xs,
            double[] ys,
            int n,
            double width,
            double[] dashes,
            double minX,
            double minY,
            double maxX,
            double maxY) {
        double h = width / 2;
        double on = dashes[0];
        double period = dashes[0] + dashes[1];
        double travelled = 0;
        for (int i = 1; i < n; i++) {
            double x1 = xs[i - 1];
            double y1 = ys[i - 1];
            double x2 = xs[i];
            double y2 = ys[i];
            double len = Math.abs(x2 - x1) + Math.abs(y2 - y1);
            double dx = Math.signum(x2 - x1);
            double dy = Math.signum(y2 - y1);
            boolean outside = Math.max(x1, x2) < minX - h
                    || Math.min(x1, x2) > maxX + h
                    || Math.max(y1, y2) < minY - h
                    || Math.min(y1, y2) > maxY + h;
            if (!outside && len > 0) {
                // dashes meeting this segment: from the one in progress at its start to its end
                double first = Math.floor(travelled / period) * period;
                for (double d = first; d < travelled + len; d += period) {
                    double a = Math.max(d, travelled) - travelled;
                    double b = Math.min(d + on, travelled + len) - travelled;
                    if (b <= a) {
                        continue;
                    }
                    double ax = x1 + dx * a;
                    double ay = y1 + dy * a;
                    double bx = x1 + dx * b;
                    double by = y1 + dy * b;
                    double left = Math.min(ax, bx) - h;
                    double right = Math.max(ax, bx) + h;
                    double top = Math.min(ay, by) - h;
                    double bottom = Math.max(ay, by) + h;
                    left = Math.max(left, minX);
                    top = Math.max(top, minY);
                    right = Math.min(right, maxX);
                    bottom = Math.min(bottom, maxY);
                    if (right > left && bottom > top) {
                        gc.fillRect(left, top, right - left, bottom - top);
                    }
                }
            }
            travelled += len;
        }
    }
}
