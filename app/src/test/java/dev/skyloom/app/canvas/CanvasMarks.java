package dev.skyloom.app.canvas;

import java.util.Map;
import java.util.TreeMap;

/**
 * What a canvas' painter draws as compare-mode marks, for tests outside this package: a recording
 * {@link DiagramPainter.DrawLog} on the canvas; {@link #paintNow()} paints one frame and returns, per id,
 * the kind and screen rectangle of each mark drawn. Use on the FX thread.
 */
public final class CanvasMarks {
    /** A mark as drawn: {@code added}, {@code changed} or {@code removed}, and where (screen pixels). */
    public record Mark(String kind, double x, double y, double w, double h) {}

    private final DesignCanvas canvas;
    private final Map<String, Mark> marks = new TreeMap<>();

    private CanvasMarks(DesignCanvas canvas) {
        this.canvas = canvas;
    }

    public static CanvasMarks record(DesignCanvas canvas) {
        CanvasMarks m = new CanvasMarks(canvas);
        canvas.painter().setLog(new DiagramPainter.DrawLog() {
            @Override
            public void mark(String id, String kind, double x, double y, double w, double h) {
                m.marks.put(id, new Mark(kind, x, y, w, h));
            }
        });
        return m;
    }

    /** Paints a frame now and returns the marks it drew. */
    public Map<String, Mark> paintNow() {
        marks.clear();
        canvas.paintNow();
        return Map.copyOf(marks);
    }

    public void stop() {
        canvas.painter().setLog(null);
    }
}
