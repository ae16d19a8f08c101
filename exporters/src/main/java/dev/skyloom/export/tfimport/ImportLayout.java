package dev.skyloom.export.tfimport;

import dev.skyloom.model.Bounds;
import dev.skyloom.model.Component;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Places an imported design so it is readable at once: providers side by side, their regions side by side
 * inside them, cards in rows of up to three inside each region (cards without a region below the regions),
 * with the sizes and margins of the bundled examples.
 */
final class ImportLayout {
    static final double CARD_W = 130;
    static final double CARD_H = 64;
    private static final double PITCH_X = 150;
    private static final double PITCH_Y = 90;
    private static final double PAD_X = 30;
    private static final double PAD_TOP = 50;
    private static final double PAD_BOTTOM = 26;
    private static final double GAP = 40;
    private static final int COLUMNS = 3;

    private ImportLayout() {}

    static Map<String, Bounds> layout(List<Component> components) {
        Map<String, List<Component>> children = new LinkedHashMap<>();
        List<Component> providers = new ArrayList<>();
        for (Component c : components) {
            if (c instanceof Component.Provider) {
                providers.add(c);
            }
            c.parent().ifPresent(p -> children.computeIfAbsent(p, k -> new ArrayList<>())
                    .add(c));
        }
        Map<String, Bounds> out = new LinkedHashMap<>();
        double x = 40;
        for (Component provider : providers) {
            List<Component> inside = children.getOrDefault(provider.id(), List.of());
            List<Component> regions =
                    inside.stream().filter(c -> c instanceof Component.Region).toList();
            List<Component> loose = inside.stream()
                    .filter(c -> !(c instanceof Component.Region))
                    .toList();
            double rx = x + 20;
            double top = 40 + PAD_TOP;
            double tallest = 0;
            for (Component region : regions) {
                List<Component> cards = children.getOrDefault(region.id(), List.of());
                Bounds b = grid(out, cards, rx, top);
                out.put(region.id(), b);
                rx += b.w() + GAP / 2;
                tallest = Math.max(tallest, b.h());
            }
            double width = Math.max(rx - x - GAP / 2 + 20, 240);
            double bottom = top + tallest;
            if (!loose.isEmpty()) {
                double ly = regions.isEmpty() ? top : bottom + 20;
                Bounds b = grid(out, loose, x + 20 - PAD_X, ly - PAD_TOP);
                width = Math.max(width, b.w() + 20);
                bottom = ly - PAD_TOP + b.h();
            }
            double height = Math.max(bottom - 40 + 20, 160);
            out.put(provider.id(), new Bounds(x, 40, width, height));
            x += width + GAP;
        }
        return out;
    }

    /** Lays cards out in rows inside a frame at (x, y); returns the frame. */
    private static Bounds grid(Map<String, Bounds> out, List<Component> cards, double x, double y) {
        int columns = Math.max(1, Math.min(COLUMNS, cards.size()));
        int rows = Math.max(1, (cards.size() + COLUMNS - 1) / COLUMNS);
        for (int i = 0; i < cards.size(); i++) {
            double cx = x + PAD_X + (i % COLUMNS) * PITCH_X;
            double cy = y + PAD_TOP + (i / COLUMNS) * PITCH_Y;
            out.put(cards.get(i).id(), new Bounds(cx, cy, CARD_W, CARD_H));
        }
        double w = Math.max(PAD_X * 2 + (columns - 1) * PITCH_X + CARD_W, 200);
        double h = Math.max(PAD_TOP + (rows - 1) * PITCH_Y + CARD_H + PAD_BOTTOM, 150);
        return new Bounds(x, y, w, h);
    }
}
