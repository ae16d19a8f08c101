package dev.skyloom.app.canvas;

import dev.skyloom.export.diagram.Diagram;
import dev.skyloom.export.diagram.DiagramLabels;
import dev.skyloom.export.diagram.EdgeRouter;
import dev.skyloom.export.diagram.Rect;
import dev.skyloom.export.diagram.Route;
import dev.skyloom.model.Annotation;
import dev.skyloom.model.Connection;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;

/**
 * Draws a {@link Diagram} onto a {@link GraphicsContext} for one {@link Viewport}, only what meets
 * the viewport. Below {@link #DETAIL_ZOOM} labels, icons and arrowheads are left out (they dominate the
 * cost of a zoomed-out frame in software rendering); below {@link #SHAPE_ZOOM} cards become plain blocks.
 * This class keeps the drawing order (grid, zones, items with the moving ones last, notes, compare marks,
 * overlays, overview titles); each layer is drawn by its own painter, all sharing one {@link CanvasPen}.
 */
final class DiagramPainter {
    static final double DETAIL_ZOOM = 0.5;
    static final double SHAPE_ZOOM = 0.2;

    private final CanvasPen pen = new CanvasPen();
    private final AnnotationPainter annotations = new AnnotationPainter(pen);
    private final ContainerPainter containers = new ContainerPainter(pen);
    private final CardPainter cards = new CardPainter(pen);
    private final EdgePainter edges = new EdgePainter(pen);
    private final OverlayPainter overlays = new OverlayPainter(pen);
    private final int[] count = new int[1];

    /**
     * What the painter put where, in screen coordinates, for tests that compare the canvas with the
     * picture exporters: every card, every line of diagram text and every edge-label pill.
     */
    interface DrawLog {
        DrawLog NONE = new DrawLog() {};

        default void card(String id, double x, double y, double w, double h) {}

        default void text(String id, String text, double x, double baseline, double size, boolean bold) {}

        default void pill(String id, double x, double y, double w, double h) {}

        /** A compare-mode mark: {@code kind} is {@code added}, {@code changed} or {@code removed} (a ghost). */
        default void mark(String id, String kind, double x, double y, double w, double h) {}
    }

    void setTheme(CanvasTheme theme) {
        pen.setTheme(theme);
        containers.clearColours();
        cards.clearColours();
        edges.clearColours();
    }

    CanvasTheme theme() {
        return pen.theme();
    }

    void setLog(DrawLog log) {
        pen.setLog(log == null ? DrawLog.NONE : log);
    }

    void paint(GraphicsContext gc, Diagram d, DiagramLabels labels, Viewport v, PaintState s, boolean background) {
        pen.setLabels(labels);
        gc.setFillRule(FillRule.NON_ZERO);
        gc.setLineCap(StrokeLineCap.ROUND);
        gc.setLineJoin(StrokeLineJoin.ROUND);
        gc.setGlobalAlpha(1);
        if (background) {
            // a clear of the whole canvas drops the recorded commands of earlier frames (fill alone does not)
            gc.clearRect(0, 0, v.width(), v.height());
            gc.setFill(pen.theme().background());
            gc.fillRect(0, 0, v.width(), v.height());
            paintGrid(gc, v);
        }
        Rect world = v.world().inflated(24 / v.zoom());
        annotations.paint(gc, d, v, s, world, Annotation.Kind.ZONE);
        int[] visible = d.visible(world, count);
        int n = count[0];
        int[] order = java.util.Arrays.copyOf(visible, n);
        List<Diagram.Item> movingItems = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Diagram.Item it = d.items().get(order[i]);
            if (isMoving(it, s)) {
                continue;
            }
            paintItem(gc, d, v, s, it, rectOf(it, s), routeOf(d, it, s));
        }
        if (!s.moving.isEmpty() || s.resizingId != null) {
            for (Diagram.Item it : d.items()) {
                if (isMoving(it, s)) {
                    movingItems.add(it);
                }
            }
            gc.setGlobalAlpha(1);
            for (Diagram.Item it : movingItems) {
                paintItem(gc, d, v, s, it, rectOf(it, s), routeOf(d, it, s));
            }
        }
        gc.setGlobalAlpha(1);
        annotations.paint(gc, d, v, s, world, Annotation.Kind.NOTE);
        if (!s.compare.isEmpty()) {
            CompareLayer.paint(gc, v, d, s.compare, pen.theme(), pen.log(), it -> rectOf(it, s));
        }
        overlays.paint(gc, d, v, s);
        // last: in an overview the problem badges would otherwise cover the names
        containers.paintOverviewTitles(gc, d, v, s);
    }

    private boolean isMoving(Diagram.Item it, PaintState s) {
        if (s.moving.isEmpty() && s.resizingId == null) {
            return false;
        }
        if (it.kind() == Diagram.Kind.EDGE) {
            Connection k = it.connection();
            return s.moving.contains(k.from())
                    || s.moving.contains(k.to())
                    || k.from().equals(s.resizingId)
                    || k.to().equals(s.resizingId);
        }
        return s.moving.contains(it.id()) || it.id().equals(s.resizingId);
    }

    static Rect rectOf(Diagram.Item it, PaintState s) {
        if (it.id().equals(s.resizingId) && s.resizeRect != null) {
            return s.resizeRect;
        }
        if (s.moving.contains(it.id())) {
            return it.rect().translated(s.moveDx, s.moveDy);
        }
        return it.rect();
    }

    private Route routeOf(Diagram d, Diagram.Item it, PaintState s) {
        if (it.kind() != Diagram.Kind.EDGE || !isMoving(it, s)) {
            return it.route();
        }
        Connection k = it.connection();
        Rect from = rectOf(d.item(k.from()).orElseThrow(), s);
        Rect to = rectOf(d.item(k.to()).orElseThrow(), s);
        return EdgeRouter.route(from, to, 0);
    }

    private void paintGrid(GraphicsContext gc, Viewport v) {
        double step = 40;
        while (step * v.zoom() < 16) {
            step *= 4;
        }
        double z = v.zoom();
        // one-pixel rectangle fills on whole pixels: stroking these lines as one path cost ~20 ms a frame
        gc.setFill(pen.theme().grid());
        double startX = Math.floor(v.originX() / step) * step;
        double startY = Math.floor(v.originY() / step) * step;
        for (double x = startX; (x - v.originX()) * z < v.width(); x += step) {
            gc.fillRect(Math.round((x - v.originX()) * z), 0, 1, v.height());
        }
        for (double y = startY; (y - v.originY()) * z < v.height(); y += step) {
            gc.fillRect(0, Math.round((y - v.originY()) * z), v.width(), 1);
        }
    }

    private void paintItem(
            GraphicsContext gc, Diagram d, Viewport v, PaintState s, Diagram.Item it, Rect r, Route route) {
        boolean dim = isDimmed(it, s);
        gc.setGlobalAlpha(dim ? 0.28 : 1);
        switch (it.kind()) {
            case CONTAINER:
                containers.paint(gc, d, v, s, it.component(), r);
                break;
            case EDGE:
                edges.paint(gc, v, s, it.connection(), route);
                break;
            default:
                cards.paint(gc, v, s, it.component(), r);
                break;
        }
    }

    private boolean isDimmed(Diagram.Item it, PaintState s) {
        if (s.dimmed.isEmpty()) {
            return false;
        }
        if (it.kind() == Diagram.Kind.EDGE) {
            return s.dimmed.contains(it.connection().from())
                    || s.dimmed.contains(it.connection().to());
        }
        return s.dimmed.contains(it.id());
    }
}
