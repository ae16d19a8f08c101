package dev.skyloom.app.canvas;

import dev.skyloom.export.diagram.Rect;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;

/**
 * The canvas drawn into an image of its own for screenshots and PNG export: the analysis marks stay, the
 * selection and gesture previews do not (a fresh paint state carries only the marks).
 */
final class CanvasSnapshot {
    private CanvasSnapshot() {}

    static WritableImage of(DesignCanvas canvas, DesignCanvas.SnapshotArea area, double scale) {
        PaintState state = canvas.state();
        DiagramPainter painter = canvas.painter();
        Rect r = area == DesignCanvas.SnapshotArea.VIEW
                ? canvas.viewport().world()
                : canvas.getDiagram().extent().inflated(40);
        double s = scale;
        if (area == DesignCanvas.SnapshotArea.VIEW) {
            s = scale * canvas.viewport().zoom();
        }
        s = Math.min(s, 8192 / Math.max(1, Math.max(r.w(), r.h())));
        int w = (int) Math.max(1, Math.ceil(r.w() * s));
        int h = (int) Math.max(1, Math.ceil(r.h() * s));
        Canvas c = new Canvas(w, h);
        PaintState plain = new PaintState();
        plain.highlight = state.highlight;
        plain.badges = state.badges;
        plain.dimmed = state.dimmed;
        plain.compare = state.compare;
        painter.paint(
                c.getGraphicsContext2D(),
                canvas.getDiagram(),
                canvas.getLabels(),
                new Viewport(r.x(), r.y(), s, w, h),
                plain,
                true);
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(painter.theme().background());
        return c.snapshot(params, null);
    }
}
