package dev.skyloom.app.canvas;

import dev.skyloom.export.diagram.Diagram;
import dev.skyloom.export.diagram.Rect;
import dev.skyloom.model.diff.ChangeKind;
import java.util.Map;
import java.util.function.Function;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/**
 * Draws {@link CompareMarks} over a painted diagram: removed components as dashed ghosts at their old
 * place (under the outlines), then added components outlined in the theme's accept colour and changed ones
 * in its warning colour. A layer of its own so the painter only calls it; the legend uses the same colours
 * ({@link CompareMarks#colour}).
 */
final class CompareLayer {
    private CompareLayer() {}

    static void paint(
            GraphicsContext gc,
            Viewport v,
            Diagram d,
            CompareMarks marks,
            CanvasTheme theme,
            DiagramPainter.DrawLog log,
            Function<Diagram.Item, Rect> rectOf) {
        double z = v.zoom();
        Rect world = v.world();
        gc.save();
        gc.setGlobalAlpha(1);
        Color removed = CompareMarks.colour(theme, ChangeKind.REMOVED);
        for (CompareMarks.Ghost g : marks.ghosts()) {
            Rect r = g.bounds();
            if (!world.intersects(r)) {
                continue;
            }
            double x = v.toScreenX(r.x());
            double y = v.toScreenY(r.y());
            double w = r.w() * z;
            double h = r.h() * z;
            double arc = (g.container() ? 24 : 14) * z;
            gc.setFill(removed.deriveColor(0, 1, 1, 0.08));
            gc.fillRoundRect(x, y, w, h, arc, arc);
            gc.setStroke(removed);
            gc.setLineWidth(2);
            gc.setLineDashes(8, 6);
            gc.strokeRoundRect(x, y, w, h, arc, arc);
            gc.setLineDashes((double[]) null);
            if (z >= DiagramPainter.DETAIL_ZOOM) {
                double size = Math.min(13, Math.max(9, 12 * z));
                gc.setFont(FxTextMeasure.shared().font(size, true));
                gc.setFill(removed);
                gc.setTextAlign(TextAlignment.CENTER);
                gc.setTextBaseline(VPos.CENTER);
                double cy = g.container() ? y + Math.min(h / 2, 18 * z) : y + h / 2;
                gc.fillText(g.label() + " (removed)", x + w / 2, cy, Math.max(w - 8, 8));
            }
            log.mark(g.id(), ChangeKind.REMOVED.json(), x, y, w, h);
        }
        for (Map.Entry<String, ChangeKind> e : marks.marked().entrySet()) {
            d.item(e.getKey()).filter(it -> it.kind() != Diagram.Kind.EDGE).ifPresent(it -> {
                Rect r = rectOf.apply(it);
                if (!world.intersects(r)) {
                    return;
                }
                double gap = 4;
                double x = v.toScreenX(r.x()) - gap;
                double y = v.toScreenY(r.y()) - gap;
                double w = r.w() * z + 2 * gap;
                double h = r.h() * z + 2 * gap;
                double arc = (it.kind() == Diagram.Kind.CONTAINER ? 24 : 14) * z + gap;
                gc.setStroke(CompareMarks.colour(theme, e.getValue()));
                gc.setLineWidth(3);
                gc.strokeRoundRect(x, y, w, h, arc, arc);
                log.mark(e.getKey(), e.getValue().json(), x, y, w, h);
            });
        }
        gc.restore();
    }
}
