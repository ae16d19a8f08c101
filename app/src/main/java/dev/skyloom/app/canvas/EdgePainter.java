package dev.skyloom.app.canvas;

import static dev.skyloom.app.canvas.DiagramPainter.DETAIL_ZOOM;

import dev.skyloom.export.diagram.DiagramStyle;
import dev.skyloom.export.diagram.EdgeLabel;
import dev.skyloom.export.diagram.Rect;
import dev.skyloom.export.diagram.Route;
import dev.skyloom.model.Connection;
import dev.skyloom.model.ConnectionType;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/** Draws connections: the route (halo when selected or highlighted), the arrowhead and the label pill. */
final class EdgePainter {
    private final CanvasPen pen;
    private final Map<ConnectionType, Color> edgeColours = new EnumMap<>(ConnectionType.class);

    EdgePainter(CanvasPen pen) {
        this.pen = pen;
    }

    /** Forgets the colours converted for the previous theme. */
    void clearColours() {
        edgeColours.clear();
    }

    void paint(GraphicsContext gc, Viewport v, PaintState s, Connection k, Route route) {
        double z = v.zoom();
        Integer step = s.highlight.get(k.id());
        boolean selected = s.selection.contains(k.id());
        Color colour = edgeColour(k.type());
        double width = Math.max(1, 1.6 * Math.min(1.4, z));
        if (step != null) {
            gc.setStroke(pen.theme().highlight().deriveColor(0, 1, 1, 0.35));
            gc.setLineWidth(width + 7);
            strokeRoute(gc, v, route);
            colour = pen.theme().highlight();
            width += 1.5;
        } else if (selected) {
            gc.setStroke(pen.theme().accent().deriveColor(0, 1, 1, 0.3));
            gc.setLineWidth(width + 6);
            strokeRoute(gc, v, route);
            colour = pen.theme().accent();
        }
        double[] dashes = z >= DETAIL_ZOOM ? dashes(k.type(), Math.min(z, 1.5)) : null;
        boolean filled = step == null
                && !selected
                && gc.getGlobalAlpha() == 1
                && FlatShapes.fillRoute(gc, v, route, colour, width, dashes);
        if (!filled) {
            gc.setStroke(colour);
            gc.setLineWidth(width);
            gc.setLineDashes(dashes);
            strokeRoute(gc, v, route);
            gc.setLineDashes((double[]) null);
        }
        if (z < DETAIL_ZOOM) {
            return;
        }
        int n = route.size();
        double ex = v.toScreenX(route.xs()[n - 1]);
        double ey = v.toScreenY(route.ys()[n - 1]);
        double[] dir = route.endDirection();
        double len = 10 * Math.min(1.3, z) + width;
        double half = len * 0.45;
        double bx = ex - dir[0] * len;
        double by = ey - dir[1] * len;
        gc.setFill(colour);
        gc.fillPolygon(
                new double[] {ex, bx - dir[1] * half, bx + dir[1] * half},
                new double[] {ey, by + dir[0] * half, by - dir[0] * half},
                3);
        Optional<EdgeLabel> placed =
                pen.labels() == null ? Optional.empty() : pen.labels().edge(k.id());
        if (placed.isEmpty() || placed.get().hidden()) {
            return; // no free spot: never drawn over a card or another label
        }
        Rect pill = placed.get().pill();
        double lx = v.toScreenX(pill.x());
        double ly = v.toScreenY(pill.y());
        double lw = pill.w() * z;
        double lh = pill.h() * z;
        pen.log().pill(k.id(), lx, ly, lw, lh);
        gc.setFill(pen.theme().edgeLabelFill());
        gc.setStroke(colour.deriveColor(0, 1, 1, 0.5));
        gc.setLineWidth(1);
        if (pen.theme().edgeLabelFill().isOpaque() && gc.getGlobalAlpha() == 1) {
            FlatShapes.fillRoundRect(gc, lx, ly, lw, lh, lh);
            FlatShapes.strokeRoundRect(gc, lx, ly, lw, lh, lh);
        } else {
            gc.fillRoundRect(lx, ly, lw, lh, lh, lh);
            gc.strokeRoundRect(lx, ly, lw, lh, lh, lh);
        }
        pen.line(
                gc,
                k.id(),
                placed.get().text(),
                v.toScreenX(0),
                v.toScreenY(0),
                z,
                step != null ? pen.theme().highlight() : pen.theme().mutedText());
    }

    /** The connection type's dash pattern at zoom z, or null for a solid line. */
    private static double[] dashes(ConnectionType t, double z) {
        double[] d = DiagramStyle.dashes(t);
        if (d.length == 0) {
            return null;
        }
        for (int i = 0; i < d.length; i++) {
            d[i] *= z;
        }
        return d;
    }

    private Color edgeColour(ConnectionType t) {
        return edgeColours.computeIfAbsent(
                t, type -> CanvasTheme.fx(pen.theme().style().edgeColour(type)));
    }

    /**
     * Strokes the route segment by segment, each cut to the viewport first: Marlin dashes a line over
     * its whole length even where it is off screen, which made long dashed edges the cost of a frame.
     */
    private void strokeRoute(GraphicsContext gc, Viewport v, Route route) {
        double m = 20;
        double minX = -m;
        double minY = -m;
        double maxX = v.width() + m;
        double maxY = v.height() + m;
        gc.beginPath();
        for (int i = 1; i < route.size(); i++) {
            double x1 = v.toScreenX(route.xs()[i - 1]);
            double y1 = v.toScreenY(route.ys()[i - 1]);
            double x2 = v.toScreenX(route.xs()[i]);
            double y2 = v.toScreenY(route.ys()[i]);
            if (Math.max(x1, x2) < minX
                    || Math.min(x1, x2) > maxX
                    || Math.max(y1, y2) < minY
                    || Math.min(y1, y2) > maxY) {
                continue;
            }
            // route segments are axis-aligned, so clamping the coordinates clips them exactly
            gc.moveTo(clamp(x1, minX, maxX), clamp(y1, minY, maxY));
            gc.lineTo(clamp(x2, minX, maxX), clamp(y2, minY, maxY));
        }
        gc.stroke();
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
