package dev.skyloom.app.board;

import dev.skyloom.model.Bounds;
import dev.skyloom.model.Component;
import dev.skyloom.model.Design;
import java.util.LinkedHashMap;
import java.util.Map;

/** Bounds for drawing: the design's layout, default sizes for width/height 0, and a place for the unplaced. */
final class BoardLayout {
    private BoardLayout() {}

    static Map<String, Bounds> place(Design d) {
        Map<String, Bounds> out = new LinkedHashMap<>();
        double nextTopX = 40;
        Map<String, Integer> childIndex = new LinkedHashMap<>();
        for (Component c : d.components()) {
            boolean container = c instanceof Component.Provider || c instanceof Component.Region;
            double w = container ? (c instanceof Component.Provider ? 460 : 400) : BoardView.LEAF_W;
            double h = container ? (c instanceof Component.Provider ? 320 : 240) : BoardView.LEAF_H;
            Bounds b = d.bounds(c.id()).orElse(null);
            if (b == null) {
                Bounds parent = c.parent().map(out::get).orElse(null);
                if (parent != null) {
                    int i = childIndex.merge(c.parent().get(), 1, Integer::sum) - 1;
                    b = new Bounds(parent.x() + 20 + (i % 2) * (w + 20), parent.y() + 40 + (i / 2) * (h + 20), w, h);
                } else {
                    b = new Bounds(nextTopX, 40, w, h);
                }
            }
            if (b.w() == 0 || b.h() == 0) {
                b = new Bounds(b.x(), b.y(), b.w() == 0 ? w : b.w(), b.h() == 0 ? h : b.h());
            }
            if (c.parent().isEmpty()) {
                nextTopX = Math.max(nextTopX, b.x() + b.w() + 40);
            }
            out.put(c.id(), b);
        }
        return out;
    }
}
