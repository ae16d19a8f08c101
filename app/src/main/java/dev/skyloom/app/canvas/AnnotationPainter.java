package dev.skyloom.app.canvas;

import dev.skyloom.export.diagram.Diagram;
import dev.skyloom.export.diagram.DiagramLayout;
import dev.skyloom.export.diagram.DiagramStyle;
import dev.skyloom.export.diagram.LineStyle;
import dev.skyloom.export.diagram.Rect;
import dev.skyloom.export.diagram.TextLine;
import dev.skyloom.model.Annotation;
import javafx.scene.canvas.GraphicsContext;

/** Draws the design's annotations: zones (dashed outlines under everything) and notes (over the items). */
final class AnnotationPainter {
    private final CanvasPen pen;

    AnnotationPainter(CanvasPen pen) {
        this.pen = pen;
    }

    /** The notes or zones meeting the view, where a drag or resize shows them; selected ones outlined. */
    void paint(GraphicsContext gc, Diagram d, Viewport v, PaintState s, Rect world, Annotation.Kind kind) {
        double z = v.zoom();
        for (Annotation a : d.design().annotations()) {
            if (a.kind() != kind) {
                continue;
            }
            Rect r = DiagramLayout.rectOf(a);
            if (a.id().equals(s.resizingId) && s.resizeRect != null) {
                r = s.resizeRect;
            } else if (s.moving.contains(a.id())) {
                r = r.translated(s.moveDx, s.moveDy);
            }
            if (!r.intersects(world)) {
                continue;
            }
            double x = v.toScreenX(r.x());
            double y = v.toScreenY(r.y());
            double w = r.w() * z;
            double h = r.h() * z;
            DiagramStyle st = pen.theme().style();
            if (kind == Annotation.Kind.ZONE) {
                LineStyle line = st.zoneOutline();
                gc.setStroke(CanvasTheme.fx(line.colour()));
                gc.setLineWidth(Math.max(1, line.width() * Math.min(1, z)));
                double[] dash = line.dash();
                gc.setLineDashes(dash[0] * z, dash[1] * z);
                gc.strokeRoundRect(x, y, w, h, 12 * z, 12 * z);
                gc.setLineDashes();
                if (pen.labels() != null) {
                    pen.labels()
                            .header(a.id())
                            .ifPresent(t -> pen.line(gc, a.id(), t.title(), x, y, z, CanvasTheme.fx(st.accent())));
                }
            } else {
                gc.setFill(CanvasTheme.fx(st.noteFill()));
                gc.fillRect(x, y, w, h);
                gc.setStroke(CanvasTheme.fx(st.noteStroke()));
                gc.setLineWidth(1);
                gc.strokeRect(x, y, w, h);
                if (pen.labels() != null) {
                    pen.labels().card(a.id()).ifPresent(t -> {
                        for (TextLine l : t.title()) {
                            pen.line(gc, a.id(), l, x, y, z, pen.theme().text());
                        }
                    });
                }
            }
            if (s.selection.contains(a.id())) {
                pen.outline(gc, v, r, pen.theme().accent(), 2, 3, 4);
            }
        }
    }
}
