package dev.skyloom.app.canvas;

import dev.skyloom.export.diagram.DiagramLabels;
import dev.skyloom.export.diagram.Rect;
import dev.skyloom.export.diagram.TextLine;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * What the painters share for one canvas: the theme, the frame's labels and the draw log, and the small
 * drawing calls they all use (a line of diagram text, a centred text, an outline around an item).
 */
final class CanvasPen {
    private CanvasTheme theme = CanvasTheme.LIGHT;
    private DiagramLabels labels;
    private DiagramPainter.DrawLog log = DiagramPainter.DrawLog.NONE;

    CanvasTheme theme() {
        return theme;
    }

    void setTheme(CanvasTheme theme) {
        this.theme = theme;
    }

    DiagramLabels labels() {
        return labels;
    }

    void setLabels(DiagramLabels labels) {
        this.labels = labels;
    }

    DiagramPainter.DrawLog log() {
        return log;
    }

    void setLog(DiagramPainter.DrawLog log) {
        this.log = log;
    }

    /** A line of the diagram's text, relative to (x, y), at zoom z, on its baseline. */
    void line(GraphicsContext gc, String id, TextLine l, double x, double y, double z, Color colour) {
        double size = l.size() * z;
        if (size < 5 || l.text().isEmpty()) {
            return;
        }
        double lx = x + l.x() * z;
        double ly = y + l.baseline() * z;
        log.text(id, l.text(), lx, ly, size, l.bold());
        gc.setFont(font(size, l.bold()));
        gc.setFill(colour);
        gc.setTextAlign(
                switch (l.align()) {
                    case LEFT -> TextAlignment.LEFT;
                    case CENTER -> TextAlignment.CENTER;
                    case RIGHT -> TextAlignment.RIGHT;
                });
        gc.setTextBaseline(VPos.BASELINE);
        gc.fillText(l.text(), lx, ly);
    }

    void outline(GraphicsContext gc, Viewport v, Rect r, Color c, double width, double gap, double arc) {
        double z = v.zoom();
        gc.setStroke(c);
        gc.setLineWidth(width);
        gc.strokeRoundRect(
                v.toScreenX(r.x()) - gap,
                v.toScreenY(r.y()) - gap,
                r.w() * z + 2 * gap,
                r.h() * z + 2 * gap,
                arc * z + gap,
                arc * z + gap);
    }

    void text(
            GraphicsContext gc, String s, double x, double y, double size, boolean bold, Color c, TextAlignment align) {
        if (size < 5 || s.isEmpty()) {
            return;
        }
        gc.setFont(font(size, bold));
        gc.setFill(c);
        gc.setTextAlign(align);
        gc.setTextBaseline(VPos.CENTER);
        gc.fillText(s, x, y);
    }

    Font font(double size, boolean bold) {
        return FxTextMeasure.shared().font(size, bold);
    }
}
