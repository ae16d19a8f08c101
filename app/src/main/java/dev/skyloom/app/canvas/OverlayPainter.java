package dev.skyloom.app.canvas;

import static dev.skyloom.app.canvas.DiagramPainter.DETAIL_ZOOM;
import static dev.skyloom.app.canvas.DiagramPainter.rectOf;

import dev.skyloom.export.diagram.Diagram;
import dev.skyloom.export.diagram.Rect;
import java.util.Map;
import java.util.Optional;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/**
 * Draws what lies over the diagram: highlight outlines and step numbers, selection outlines and resize
 * handles, snap guides, the connect handle and its drag line, the drop target, problem badges and the
 * rubber band.
 */
final class OverlayPainter {
    /** How far up and left of a highlighted item's corner its step number sits: past both outlines. */
    static final double STEP_OFFSET = 19;

    private final CanvasPen pen;

    OverlayPainter(CanvasPen pen) {
        this.pen = pen;
    }

    void paint(GraphicsContext gc, Diagram d, Viewport v, PaintState s) {
        double z = v.zoom();
        for (Map.Entry<String, Integer> e : s.highlight.entrySet()) {
            d.item(e.getKey()).filter(it -> it.kind() != Diagram.Kind.EDGE).ifPresent(it -> {
                Rect r = rectOf(it, s);
                pen.outline(gc, v, r, pen.theme().highlight(), 3, 5, it.kind() == Diagram.Kind.CONTAINER ? 24 : 14);
            });
        }
        for (String id : s.selection) {
            Optional<Diagram.Item> item = d.item(id);
            if (item.isEmpty() || item.get().kind() == Diagram.Kind.EDGE) {
                continue;
            }
            Diagram.Item it = item.get();
            Rect r = rectOf(it, s);
            if (!v.world().intersects(r)) {
                continue;
            }
            pen.outline(gc, v, r, pen.theme().accent(), 2, 3, it.kind() == Diagram.Kind.CONTAINER ? 24 : 14);
            if (it.kind() == Diagram.Kind.CONTAINER && s.selection.size() == 1 && s.showHandles) {
                for (double[] hnd : CanvasGeometry.handles(r, v)) {
                    gc.setFill(pen.theme().cardFill());
                    gc.fillRect(hnd[0] - 4, hnd[1] - 4, 8, 8);
                    gc.setStroke(pen.theme().accent());
                    gc.setLineWidth(1.5);
                    gc.strokeRect(hnd[0] - 4, hnd[1] - 4, 8, 8);
                }
            }
        }
        // step numbers after the outlines, outside them (up and left of the corner): never under a selection
        for (Map.Entry<String, Integer> e : s.highlight.entrySet()) {
            d.item(e.getKey()).filter(it -> it.kind() != Diagram.Kind.EDGE).ifPresent(it -> {
                Rect r = rectOf(it, s);
                double rad = 10;
                double cx = v.toScreenX(r.x()) - STEP_OFFSET;
                double cy = v.toScreenY(r.y()) - STEP_OFFSET;
                gc.setFill(pen.theme().highlight());
                gc.fillOval(cx - rad, cy - rad, 2 * rad, 2 * rad);
                pen.text(gc, Integer.toString(e.getValue()), cx, cy, 11, true, Color.WHITE, TextAlignment.CENTER);
            });
        }
        paintGuides(gc, v, s);
        String handleOwner = s.connectFrom != null ? s.connectFrom : s.hoverId;
        if (handleOwner == null && s.selection.size() == 1) {
            handleOwner = s.selection.iterator().next();
        }
        if (handleOwner != null && s.moving.isEmpty()) {
            d.item(handleOwner)
                    .filter(it -> CanvasGeometry.canStartConnection(it.component()))
                    .ifPresent(it -> {
                        double[] p = CanvasGeometry.connectHandle(rectOf(it, s), v);
                        gc.setFill(pen.theme().accent());
                        gc.fillOval(p[0] - 7, p[1] - 7, 14, 14);
                        gc.setStroke(Color.WHITE);
                        gc.setLineWidth(1.8);
                        gc.strokeLine(p[0] - 3.5, p[1], p[0] + 3.5, p[1]);
                        gc.strokeLine(p[0], p[1] - 3.5, p[0], p[1] + 3.5);
                    });
        }
        if (s.connectFrom != null) {
            d.item(s.connectFrom).ifPresent(it -> {
                double[] p = CanvasGeometry.connectHandle(it.rect(), v);
                Color c = s.connectTarget == null
                        ? pen.theme().accent()
                        : s.connectTargetOk ? pen.theme().accept() : pen.theme().error();
                if (s.connectTarget != null) {
                    d.item(s.connectTarget).ifPresent(t -> pen.outline(gc, v, t.rect(), c, 2.5, 4, 14));
                }
                gc.setStroke(c);
                gc.setLineWidth(2);
                gc.setLineDashes(6, 4);
                gc.strokeLine(p[0], p[1], v.toScreenX(s.connectX), v.toScreenY(s.connectY));
                gc.setLineDashes((double[]) null);
            });
        }
        if (s.dropActive && s.dropTarget != null) {
            d.item(s.dropTarget)
                    .ifPresent(it -> pen.outline(
                            gc,
                            v,
                            it.rect(),
                            s.dropAccepted ? pen.theme().accept() : pen.theme().error(),
                            3,
                            2,
                            24));
        }
        Rect badgeArea = v.world().inflated(20 / z);
        for (Map.Entry<String, CanvasBadge> e : s.badges.entrySet()) {
            d.item(e.getKey()).ifPresent(it -> {
                Rect r = rectOf(it, s);
                if (badgeArea.intersects(r)) {
                    double[] p = CanvasGeometry.badgeCentre(pen.labels(), it, r, v);
                    badge(gc, p[0], p[1], e.getValue().level(), z);
                }
            });
        }
        if (s.band != null) {
            double x = v.toScreenX(s.band.x());
            double y = v.toScreenY(s.band.y());
            gc.setFill(pen.theme().accent().deriveColor(0, 1, 1, 0.12));
            gc.fillRect(x, y, s.band.w() * z, s.band.h() * z);
            gc.setStroke(pen.theme().accent());
            gc.setLineWidth(1);
            gc.strokeRect(x + 0.5, y + 0.5, s.band.w() * z, s.band.h() * z);
        }
    }

    /** Snap guides of a drag: lines across the screen where an edge of the dragged group met a neighbour's. */
    private void paintGuides(GraphicsContext gc, Viewport v, PaintState s) {
        if (s.moving.isEmpty() || (Double.isNaN(s.guideX) && Double.isNaN(s.guideY))) {
            return;
        }
        gc.setStroke(pen.theme().error());
        gc.setLineWidth(1);
        gc.setLineDashes(4, 3);
        if (!Double.isNaN(s.guideX)) {
            double x = Math.round(v.toScreenX(s.guideX)) + 0.5;
            gc.strokeLine(x, 0, x, v.height());
        }
        if (!Double.isNaN(s.guideY)) {
            double y = Math.round(v.toScreenY(s.guideY)) + 0.5;
            gc.strokeLine(0, y, v.width(), y);
        }
        gc.setLineDashes((double[]) null);
    }

    private void badge(GraphicsContext gc, double cx, double cy, CanvasBadge.Level level, double z) {
        if (z < DETAIL_ZOOM) {
            // a square mark in the level's colour: at fit zoom thousands of badges can be in view, and
            // each disc or triangle is a path for the rasteriser while a square is a plain fill
            gc.setFill(pen.theme().background());
            gc.fillRect(cx - 5, cy - 5, 10, 10);
            gc.setFill(badgeColour(level));
            gc.fillRect(cx - 4, cy - 4, 8, 8);
            return;
        }
        double r = 9;
        gc.setFill(pen.theme().background());
        gc.fillOval(cx - r - 2, cy - r - 2, 2 * r + 4, 2 * r + 4);
        if (level == CanvasBadge.Level.WARNING) {
            gc.setFill(pen.theme().warning());
            gc.fillPolygon(new double[] {cx, cx + r + 1, cx - r - 1}, new double[] {cy - r, cy + r - 1, cy + r - 1}, 3);
            pen.text(gc, "!", cx, cy + 2, 11, true, Color.WHITE, TextAlignment.CENTER);
        } else {
            gc.setFill(
                    level == CanvasBadge.Level.ERROR
                            ? pen.theme().error()
                            : pen.theme().accent());
            gc.fillOval(cx - r, cy - r, 2 * r, 2 * r);
            pen.text(
                    gc,
                    level == CanvasBadge.Level.ERROR ? "!" : "i",
                    cx,
                    cy,
                    12,
                    true,
                    Color.WHITE,
                    TextAlignment.CENTER);
        }
    }

    Color badgeColour(CanvasBadge.Level level) {
        switch (level) {
            case ERROR:
                return pen.theme().error();
            case WARNING:
                return pen.theme().warning();
            default:
                return pen.theme().accent();
        }
    }
}
