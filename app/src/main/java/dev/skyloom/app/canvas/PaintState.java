package dev.skyloom.app.canvas;

import dev.skyloom.export.diagram.Rect;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the painter needs besides the diagram and viewport: selection, analysis overlays and gesture previews. */
final class PaintState {
    Set<String> selection = Set.of();
    Map<String, Integer> highlight = Map.of();
    Map<String, CanvasBadge> badges = Map.of();
    Set<String> dimmed = Set.of();
    CompareMarks compare = CompareMarks.NONE;
    String hoverId;

    /** Drag preview: the dragged components with their descendants, and the offset. */
    Set<String> moving = Set.of();

    double moveDx;
    double moveDy;

    /** Snap guides of the drag in world coordinates (NaN when none): a vertical line at x, a horizontal at y. */
    double guideX = Double.NaN;

    double guideY = Double.NaN;

    /** Resize preview. */
    String resizingId;

    Rect resizeRect;

    /** Connect preview: source id and the pointer in world coordinates; target id when over one. */
    String connectFrom;

    double connectX;
    double connectY;
    String connectTarget;
    boolean connectTargetOk;

    /** Rubber band in world coordinates. */
    Rect band;

    /** Drop feedback during a palette drag. */
    String dropTarget;

    boolean dropAccepted;
    boolean dropActive;

    /** Whether the selection outline shows resize handles (exactly one container selected). */
    boolean showHandles = true;

    static Map<String, Integer> orderOf(List<String> ids) {
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            m.putIfAbsent(ids.get(i), i + 1);
        }
        return m;
    }

    static Set<String> copy(Set<String> s) {
        return new HashSet<>(s);
    }
}
