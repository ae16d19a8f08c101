package dev.skyloom.app.canvas;

import dev.skyloom.export.diagram.CardText;
import dev.skyloom.export.diagram.Colour;
import dev.skyloom.export.diagram.Diagram;
import dev.skyloom.export.diagram.DiagramLabels;
import dev.skyloom.export.diagram.DiagramLayout;
import dev.skyloom.export.diagram.DiagramStyle;
import dev.skyloom.export.diagram.DiagramText;
import dev.skyloom.export.diagram.EdgeLabel;
import dev.skyloom.export.diagram.EdgeRouter;
import dev.skyloom.export.diagram.HeaderText;
import dev.skyloom.export.diagram.LineStyle;
import dev.skyloom.export.diagram.Rect;
import dev.skyloom.export.diagram.Route;
import dev.skyloom.export.diagram.TextLine;
import dev.skyloom.icons.IconKey;
import dev.skyloom.icons.ProviderColours;
import dev.skyloom.model.Annotation;
import dev.skyloom.model.Component;
import dev.skyloom.model.ComponentType;
import dev.skyloom.model.Connection;
import dev.skyloom.model.ConnectionType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * Draws a {@link Diagram} onto a {@link GraphicsContext} for one {@link Viewport}, only what meets
 * the viewport. Below {@link #DETAIL_ZOOM} labels, icons and arrowheads are left out (they dominate the
 * cost of a zoomed-out frame in software rendering); below {@link #SHAPE_ZOOM} cards become plain blocks.
 */
final class DiagramPainter {
    static final double DETAIL_ZOOM = 0.5;
    static final double SHAPE_ZOOM = 0.2;
    /** Containers at least this wide on screen get their name in an overview. */
    static final double OVERVIEW_TITLE_MIN_WIDTH = 70;
    /** The smallest screen size of a container name in an overview. */
    static final double OVERVIEW_TITLE_MIN_SIZE = 9;
    /** Screen size of a card's short label in an overview. */
    static final double OVERVIEW_CARD_TEXT = 10;
    /** How far up and left of a highlighted item's corner its step number sits: past both outlines. */
    static final double STEP_OFFSET = 19;

    private final Map<String, ProviderPaints> providerPaints = new HashMap<>();
    private final Map<ComponentType, Color> kindColours = new EnumMap<>(ComponentType.class);
    private final Map<ConnectionType, Color> edgeColours = new EnumMap<>(ConnectionType.class);
    private final int[] count = new int[1];
    private final List<Component> overviewTitles = new ArrayList<>();
    private CanvasTheme theme = CanvasTheme.LIGHT;
    private DiagramLabels labels;
    private DrawLog log = DrawLog.NONE;

    /** A provider's colour and the shades the style derives from it, converted once. */
    private record ProviderPaints(Color base, Color outline, Color header, Color chip) {}

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
        this.theme = theme;
        providerPaints.clear();
        kindColours.clear();
        edgeColours.clear();
    }

    CanvasTheme theme() {
        return theme;
    }

    void setLog(DrawLog log) {
        this.log = log == null ? DrawLog.NONE : log;
    }

    void paint(GraphicsContext gc, Diagram d, DiagramLabels labels, Viewport v, PaintState s, boolean background) {
        this.labels = labels;
        gc.setFillRule(FillRule.NON_ZERO);
        gc.setLineCap(StrokeLineCap.ROUND);
        gc.setLineJoin(StrokeLineJoin.ROUND);
        gc.setGlobalAlpha(1);
        if (background) {
            // a clear of the whole canvas drops the recorded commands of earlier frames (fill alone does not)
            gc.clearRect(0, 0, v.width(), v.height());
            gc.setFill(theme.background());
            gc.fillRect(0, 0, v.width(), v.height());
            paintGrid(gc, v);
        }
        Rect world = v.world().inflated(24 / v.zoom());
        paintAnnotations(gc, d, v, s, world, Annotation.Kind.ZONE);
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
        paintAnnotations(gc, d, v, s, world, Annotation.Kind.NOTE);
        if (!s.compare.isEmpty()) {
            CompareLayer.paint(gc, v, d, s.compare, theme, log, it -> rectOf(it, s));
        }
        paintOverlays(gc, d, v, s);
        // last: in an overview the problem badges would otherwise cover the names
        paintOverviewTitles(gc, d, v, s);
    }

    /** The notes or zones meeting the view, where a drag or resize shows them; selected ones outlined. */
    private void paintAnnotations(
            GraphicsContext gc, Diagram d, Viewport v, PaintState s, Rect world, Annotation.Kind kind) {
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
            DiagramStyle st = theme.style();
            if (kind == Annotation.Kind.ZONE) {
                LineStyle line = st.zoneOutline();
                gc.setStroke(CanvasTheme.fx(line.colour()));
                gc.setLineWidth(Math.max(1, line.width() * Math.min(1, z)));
                double[] dash = line.dash();
                gc.setLineDashes(dash[0] * z, dash[1] * z);
                gc.strokeRoundRect(x, y, w, h, 12 * z, 12 * z);
                gc.setLineDashes();
                if (labels != null) {
                    labels.header(a.id())
                            .ifPresent(t -> line(gc, a.id(), t.title(), x, y, z, CanvasTheme.fx(st.accent())));
                }
            } else {
                gc.setFill(CanvasTheme.fx(st.noteFill()));
                gc.fillRect(x, y, w, h);
                gc.setStroke(CanvasTheme.fx(st.noteStroke()));
                gc.setLineWidth(1);
                gc.strokeRect(x, y, w, h);
                if (labels != null) {
                    labels.card(a.id()).ifPresent(t -> {
                        for (TextLine l : t.title()) {
                            line(gc, a.id(), l, x, y, z, theme.text());
                        }
                    });
                }
            }
            if (s.selection.contains(a.id())) {
                outline(gc, v, r, theme.accent(), 2, 3, 4);
            }
        }
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

    Rect rectOf(Diagram.Item it, PaintState s) {
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
        gc.setFill(theme.grid());
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
                paintContainer(gc, d, v, s, it.component(), r);
                break;
            case EDGE:
                paintEdge(gc, v, s, it.connection(), route);
                break;
            default:
                paintCard(gc, v, s, it.component(), r);
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

    private void paintContainer(GraphicsContext gc, Diagram d, Viewport v, PaintState s, Component c, Rect r) {
        double z = v.zoom();
        double x = v.toScreenX(r.x());
        double y = v.toScreenY(r.y());
        double w = r.w() * z;
        double h = r.h() * z;
        boolean provider = c instanceof Component.Provider;
        double arc = (provider ? 24 : 18) * z;
        double header = DiagramLayout.headerHeight(c) * z;
        ProviderPaints pc = providerPaints(d, c);
        // cut sides that lie far off screen: their corners stay invisible, and the rasteriser (and the
        // dasher) no longer walk a perimeter many screens long when zoomed in
        double pad = arc + 8;
        double cx0 = Math.max(x, -pad);
        double cy0 = Math.max(y, -pad);
        double cw = Math.min(x + w, v.width() + pad) - cx0;
        double ch = Math.min(y + h, v.height() + pad) - cy0;
        boolean opaque = gc.getGlobalAlpha() == 1;
        boolean dashed = !provider && z >= DETAIL_ZOOM;
        gc.setFill(provider ? theme.providerFill() : theme.regionFill());
        if (opaque) {
            FlatShapes.fillRoundRect(gc, cx0, cy0, cw, ch, arc);
        } else {
            gc.fillRoundRect(cx0, cy0, cw, ch, arc, arc);
        }
        if (z >= SHAPE_ZOOM && y + header > 0) {
            gc.setFill(provider ? pc.header() : theme.regionHeader());
            if (opaque) {
                FlatShapes.fillRoundRect(gc, cx0, y, cw, header, arc);
            } else {
                gc.fillRoundRect(cx0, y, cw, header, arc, arc);
            }
            gc.fillRect(cx0, y + header / 2, cw, header / 2);
        }
        gc.setStroke(provider ? pc.outline() : theme.regionStroke());
        gc.setLineWidth(provider ? 1.5 : 1);
        if (opaque && !dashed) {
            FlatShapes.strokeRoundRect(gc, cx0, cy0, cw, ch, arc);
        } else {
            if (dashed) {
                gc.setLineDashes(6, 4);
            }
            gc.strokeRoundRect(cx0, cy0, cw, ch, arc, arc);
            gc.setLineDashes((double[]) null);
        }
        if (s.dimmed.contains(c.id()) && z >= SHAPE_ZOOM) {
            gc.setGlobalAlpha(1);
            gc.setFill(theme.dimFill().deriveColor(0, 1, 1, 0.55));
            gc.fillRoundRect(cx0, cy0, cw, ch, arc, arc);
            hatch(gc, cx0, cy0, cw, ch, theme.mutedText());
        }
        if (z >= DETAIL_ZOOM) {
            paintContainerHeader(gc, c, pc, x, y, z);
        } else if (w >= OVERVIEW_TITLE_MIN_WIDTH && y + 12 < v.height() && y + h > 0) {
            overviewTitles.add(c);
        }
    }

    /**
     * Below {@link #DETAIL_ZOOM}: container names at a fixed screen size on a plate at the container's top-left,
     * drawn after everything else so that no card covers them (the header band is too thin to hold them).
     */
    private void paintOverviewTitles(GraphicsContext gc, Diagram d, Viewport v, PaintState s) {
        for (Component c : overviewTitles) {
            Rect r = d.item(c.id()).map(it -> rectOf(it, s)).orElse(null);
            if (r == null) {
                continue;
            }
            boolean provider = c instanceof Component.Provider;
            double x = Math.max(0, v.toScreenX(r.x())) + 4;
            double y = Math.max(0, v.toScreenY(r.y())) + 2;
            double room = Math.min(v.toScreenX(r.maxX()), v.width()) - x - 4;
            // the whole name a size or three smaller (down to the minimum) before cutting it
            double size = provider ? 12 : 11;
            while (size > OVERVIEW_TITLE_MIN_SIZE
                    && FxTextMeasure.shared().width(c.label(), size, provider) > room - 8) {
                size--;
            }
            String text = shortened(c.label(), room - 8, size, provider);
            if (text.isEmpty()) {
                continue;
            }
            double tw = Math.min(room, FxTextMeasure.shared().width(text, size, provider) + 8);
            gc.setGlobalAlpha(s.dimmed.contains(c.id()) ? 0.5 : 1);
            gc.setFill(provider ? providerPaints(d, c).header() : theme.regionHeader());
            gc.fillRect(x, y, tw, size + 6);
            text(gc, text, x + 4, y + (size + 6) / 2, size, provider, theme.text(), TextAlignment.LEFT);
        }
        gc.setGlobalAlpha(1);
        overviewTitles.clear();
    }

    /** A name in one or two lines of {@code room} pixels at the overview size, the last one shortened if need be. */
    static String[] overviewLines(String name, double room, boolean two) {
        FxTextMeasure m = FxTextMeasure.shared();
        if (!two || m.width(name, OVERVIEW_CARD_TEXT, false) <= room) {
            String one = shortened(name, room, OVERVIEW_CARD_TEXT, false);
            return one.isEmpty() ? new String[0] : new String[] {one};
        }
        // the longest run of whole words that fits the first line; the rest goes to the second
        int cut = -1;
        for (int i = name.indexOf(' '); i > 0; i = name.indexOf(' ', i + 1)) {
            if (m.width(name.substring(0, i), OVERVIEW_CARD_TEXT, false) > room) {
                break;
            }
            cut = i;
        }
        if (cut < 0) {
            String one = shortened(name, room, OVERVIEW_CARD_TEXT, false);
            return one.isEmpty() ? new String[0] : new String[] {one};
        }
        String rest = shortened(name.substring(cut + 1), room, OVERVIEW_CARD_TEXT, false);
        return rest.isEmpty() ? new String[] {name.substring(0, cut)} : new String[] {name.substring(0, cut), rest};
    }

    /** {@code text} cut with an ellipsis to fit {@code room} pixels at {@code size}; empty when under four characters fit. */
    static String shortened(String text, double room, double size, boolean bold) {
        FxTextMeasure m = FxTextMeasure.shared();
        if (m.width(text, size, bold) <= room) {
            return text;
        }
        int n = Math.min(text.length() - 1, (int) Math.floor(room / (size * 0.5)));
        while (n >= 3) {
            String cut = text.substring(0, n).stripTrailing() + "…";
            if (m.width(cut, size, bold) <= room) {
                return cut;
            }
            n--;
        }
        return "";
    }

    /**
     * The header's chip and title as the diagram's labels place them; below {@link #DETAIL_ZOOM} they are
     * drawn at that zoom's size so that container names stay readable in an overview.
     */
    private void paintContainerHeader(
            GraphicsContext gc, Component c, ProviderPaints pc, double x, double y, double z) {
        Optional<HeaderText> header = labels == null ? Optional.empty() : labels.header(c.id());
        if (header.isEmpty()) {
            return;
        }
        HeaderText h = header.get();
        Rect chip = h.chip();
        Color chipText = Color.WHITE;
        if (c instanceof Component.Provider p) {
            gc.setFill(pc.base());
            chipText = Color.web(ProviderColours.badge(p.provider()).textHex());
        } else {
            gc.setFill(pc.chip());
        }
        double radius = 2 * h.chipRadius() * z;
        gc.fillRoundRect(x + chip.x() * z, y + chip.y() * z, chip.w() * z, chip.h() * z, radius, radius);
        line(gc, c.id(), h.chipText(), x, y, z, chipText);
        line(gc, c.id(), h.title(), x, y, z, theme.text());
    }

    private ProviderPaints providerPaints(Diagram d, Component c) {
        String provider =
                d.design().providerOf(c.id()).map(Component.Provider::provider).orElse("custom");
        return providerPaints.computeIfAbsent(provider, p -> {
            DiagramStyle style = theme.style();
            Colour base = DiagramStyle.providerColour(p);
            return new ProviderPaints(
                    CanvasTheme.fx(base),
                    CanvasTheme.fx(style.providerOutline(base)),
                    CanvasTheme.fx(style.providerHeader(base)),
                    CanvasTheme.fx(style.regionChip(base)));
        });
    }

    private void paintCard(GraphicsContext gc, Viewport v, PaintState s, Component c, Rect r) {
        double z = v.zoom();
        double x = v.toScreenX(r.x());
        double y = v.toScreenY(r.y());
        double w = r.w() * z;
        double h = r.h() * z;
        Color kind = kindColour(c);
        boolean dim = s.dimmed.contains(c.id());
        if (z < SHAPE_ZOOM) {
            gc.setFill(dim ? theme.dimFill() : kind.deriveColor(0, 0.7, 1.1, 0.85));
            gc.fillRect(x, y, Math.max(w, 1), Math.max(h, 1));
            return;
        }
        boolean pipeline = c instanceof Component.Pipeline;
        if (z < DETAIL_ZOOM) {
            // plain blocks: rectangles rasterise far cheaper than rounded outlines at this size
            gc.setFill(dim ? theme.dimFill() : theme.cardFill());
            gc.fillRect(x, y, w, h);
            gc.setStroke(dim ? theme.cardStroke() : pipeline ? kind : theme.cardStroke());
            gc.setLineWidth(1);
            if (gc.getGlobalAlpha() == 1) {
                FlatShapes.strokeRect(gc, x, y, w, h);
            } else {
                gc.strokeRect(x, y, w, h);
            }
            if (!pipeline) {
                gc.setFill(dim ? theme.mutedText() : kind);
                gc.fillRect(x, y, Math.max(1.5, 5 * z), h);
            }
            // a short label where the block has room for one at a readable size: two lines when it is tall enough
            if (w >= 48 && h >= 14) {
                String[] lines = overviewLines(c.label(), w - 10, h >= 2.6 * OVERVIEW_CARD_TEXT);
                double lineY = y + h / 2 - (lines.length - 1) * OVERVIEW_CARD_TEXT * 0.6;
                for (String l : lines) {
                    log.text(c.id(), l, x + 6, lineY, OVERVIEW_CARD_TEXT, false);
                    text(gc, l, x + 6, lineY, OVERVIEW_CARD_TEXT, false, theme.text(), TextAlignment.LEFT);
                    lineY += OVERVIEW_CARD_TEXT * 1.2;
                }
            }
            return;
        }
        double arc = 2 * DiagramStyle.cardCornerRadius(c.type()) * z;
        if (pipeline) {
            double tip = Math.min(16 * z, h / 2);
            double[] xs = {x + tip, x + w - tip, x + w, x + w - tip, x + tip, x};
            double[] ys = {y, y, y + h / 2, y + h, y + h, y + h / 2};
            gc.setFill(dim ? theme.dimFill() : theme.cardFill());
            gc.fillPolygon(xs, ys, 6);
            gc.setStroke(dim ? theme.cardStroke() : kind);
            gc.setLineWidth(1.5);
            gc.strokePolygon(xs, ys, 6);
        } else {
            if (z >= DETAIL_ZOOM) {
                gc.setStroke(theme.shadow());
                gc.setLineWidth(2);
                gc.strokeLine(x + arc / 2, y + h + 1, x + w - arc / 2, y + h + 1);
            }
            boolean outlined = DiagramStyle.outlinedCard(c.type());
            gc.setFill(dim ? theme.dimFill() : theme.cardFill());
            gc.setStroke(outlined && !dim ? kind : theme.cardStroke());
            gc.setLineWidth(outlined ? 1.5 : 1);
            if (gc.getGlobalAlpha() == 1) {
                FlatShapes.fillRoundRect(gc, x, y, w, h, arc);
                FlatShapes.strokeRoundRect(gc, x, y, w, h, arc);
            } else {
                gc.fillRoundRect(x, y, w, h, arc, arc);
                gc.strokeRoundRect(x, y, w, h, arc, arc);
            }
            if (!outlined) {
                gc.setFill(dim ? theme.mutedText() : kind);
                gc.fillRoundRect(x, y, 5 * z, h, arc / 2, arc / 2);
                gc.fillRect(x + 2 * z, y, 3 * z, h);
            }
        }
        if (z < DETAIL_ZOOM) {
            return;
        }
        log.card(c.id(), x, y, w, h);
        Optional<CardText> text = labels == null ? Optional.empty() : labels.card(c.id());
        if (text.isEmpty()) {
            return;
        }
        CardText t = text.get();
        if (t.iconSize() > 0) {
            icon(
                    gc,
                    DiagramText.iconKey(c),
                    x + t.iconX() * z,
                    y + t.iconY() * z,
                    t.iconSize() * z,
                    dim ? theme.mutedText() : kind);
        }
        for (TextLine l : t.title()) {
            line(gc, c.id(), l, x, y, z, theme.text());
        }
        for (TextLine l : t.details()) {
            line(gc, c.id(), l, x, y, z, theme.mutedText());
        }
    }

    /** A line of the diagram's text, relative to (x, y), at zoom z, on its baseline. */
    private void line(GraphicsContext gc, String id, TextLine l, double x, double y, double z, Color colour) {
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

    private Color kindColour(Component c) {
        return kindColours.computeIfAbsent(
                c.type(), t -> CanvasTheme.fx(theme.style().kindColour(t)));
    }

    private void paintEdge(GraphicsContext gc, Viewport v, PaintState s, Connection k, Route route) {
        double z = v.zoom();
        Integer step = s.highlight.get(k.id());
        boolean selected = s.selection.contains(k.id());
        Color colour = edgeColour(k.type());
        double width = Math.max(1, 1.6 * Math.min(1.4, z));
        if (step != null) {
            gc.setStroke(theme.highlight().deriveColor(0, 1, 1, 0.35));
            gc.setLineWidth(width + 7);
            strokeRoute(gc, v, route);
            colour = theme.highlight();
            width += 1.5;
        } else if (selected) {
            gc.setStroke(theme.accent().deriveColor(0, 1, 1, 0.3));
            gc.setLineWidth(width + 6);
            strokeRoute(gc, v, route);
            colour = theme.accent();
        }
        double[] dashes = z >= DETAIL_ZOOM ? dashes(k.type(), Math.min(z, 1.5)) : null;
        boolean filled = step == null
                && !selected
                && gc.getGlobalAlpha() == 1
                && FlatShapes.fillRoute(gc, v, route, colour, width, dashes);
        if (!filled) {
            gc.setStroke(colour);
            gc.setLineWidth(width);
            gc.setLineDashes(dashes);
            strokeRoute(gc, v, route);
            gc.setLineDashes((double[]) null);
        }
        if (z < DETAIL_ZOOM) {
            return;
        }
        int n = route.size();
        double ex = v.toScreenX(route.xs()[n - 1]);
        double ey = v.toScreenY(route.ys()[n - 1]);
        double[] dir = route.endDirection();
        double len = 10 * Math.min(1.3, z) + width;
        double half = len * 0.45;
        double bx = ex - dir[0] * len;
        double by = ey - dir[1] * len;
        gc.setFill(colour);
        gc.fillPolygon(
                new double[] {ex, bx - dir[1] * half, bx + dir[1] * half},
                new double[] {ey, by + dir[0] * half, by - dir[0] * half},
                3);
        Optional<EdgeLabel> placed = labels == null ? Optional.empty() : labels.edge(k.id());
        if (placed.isEmpty() || placed.get().hidden()) {
            return; // no free spot: never drawn over a card or another label
        }
        Rect pill = placed.get().pill();
        double lx = v.toScreenX(pill.x());
        double ly = v.toScreenY(pill.y());
        double lw = pill.w() * z;
        double lh = pill.h() * z;
        log.pill(k.id(), lx, ly, lw, lh);
        gc.setFill(theme.edgeLabelFill());
        gc.setStroke(colour.deriveColor(0, 1, 1, 0.5));
        gc.setLineWidth(1);
        if (theme.edgeLabelFill().isOpaque() && gc.getGlobalAlpha() == 1) {
            FlatShapes.fillRoundRect(gc, lx, ly, lw, lh, lh);
            FlatShapes.strokeRoundRect(gc, lx, ly, lw, lh, lh);
        } else {
            gc.fillRoundRect(lx, ly, lw, lh, lh, lh);
            gc.strokeRoundRect(lx, ly, lw, lh, lh, lh);
        }
        line(
                gc,
                k.id(),
                placed.get().text(),
                v.toScreenX(0),
                v.toScreenY(0),
                z,
                step != null ? theme.highlight() : theme.mutedText());
    }

    /** The connection type's dash pattern at zoom z, or null for a solid line. */
    private static double[] dashes(ConnectionType t, double z) {
        double[] d = DiagramStyle.dashes(t);
        if (d.length == 0) {
            return null;
        }
        for (int i = 0; i < d.length; i++) {
            d[i] *= z;
        }
        return d;
    }

    private Color edgeColour(ConnectionType t) {
        return edgeColours.computeIfAbsent(
                t, type -> CanvasTheme.fx(theme.style().edgeColour(type)));
    }

    /**
     * Strokes the route segment by segment, each cut to the viewport first: Marlin dashes a line over
     * its whole length even where it is off screen, which made long dashed edges the cost of a frame.
     */
    private void strokeRoute(GraphicsContext gc, Viewport v, Route route) {
        double m = 20;
        double minX = -m;
        double minY = -m;
        double maxX = v.width() + m;
        double maxY = v.height() + m;
        gc.beginPath();
        for (int i = 1; i < route.size(); i++) {
            double x1 = v.toScreenX(route.xs()[i - 1]);
            double y1 = v.toScreenY(route.ys()[i - 1]);
            double x2 = v.toScreenX(route.xs()[i]);
            double y2 = v.toScreenY(route.ys()[i]);
            if (Math.max(x1, x2) < minX
                    || Math.min(x1, x2) > maxX
                    || Math.max(y1, y2) < minY
                    || Math.min(y1, y2) > maxY) {
                continue;
            }
            // route segments are axis-aligned, so clamping the coordinates clips them exactly
            gc.moveTo(clamp(x1, minX, maxX), clamp(y1, minY, maxY));
            gc.lineTo(clamp(x2, minX, maxX), clamp(y2, minY, maxY));
        }
        gc.stroke();
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    private void paintOverlays(GraphicsContext gc, Diagram d, Viewport v, PaintState s) {
        double z = v.zoom();
        for (Map.Entry<String, Integer> e : s.highlight.entrySet()) {
            d.item(e.getKey()).filter(it -> it.kind() != Diagram.Kind.EDGE).ifPresent(it -> {
                Rect r = rectOf(it, s);
                outline(gc, v, r, theme.highlight(), 3, 5, it.kind() == Diagram.Kind.CONTAINER ? 24 : 14);
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
            outline(gc, v, r, theme.accent(), 2, 3, it.kind() == Diagram.Kind.CONTAINER ? 24 : 14);
            if (it.kind() == Diagram.Kind.CONTAINER && s.selection.size() == 1 && s.showHandles) {
                for (double[] hnd : CanvasGeometry.handles(r, v)) {
                    gc.setFill(theme.cardFill());
                    gc.fillRect(hnd[0] - 4, hnd[1] - 4, 8, 8);
                    gc.setStroke(theme.accent());
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
                gc.setFill(theme.highlight());
                gc.fillOval(cx - rad, cy - rad, 2 * rad, 2 * rad);
                text(gc, Integer.toString(e.getValue()), cx, cy, 11, true, Color.WHITE, TextAlignment.CENTER);
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
                        gc.setFill(theme.accent());
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
                Color c = s.connectTarget == null ? theme.accent() : s.connectTargetOk ? theme.accept() : theme.error();
                if (s.connectTarget != null) {
                    d.item(s.connectTarget).ifPresent(t -> outline(gc, v, t.rect(), c, 2.5, 4, 14));
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
                    .ifPresent(
                            it -> outline(gc, v, it.rect(), s.dropAccepted ? theme.accept() : theme.error(), 3, 2, 24));
        }
        for (Map.Entry<String, CanvasBadge> e : s.badges.entrySet()) {
            d.item(e.getKey()).ifPresent(it -> {
                Rect r = rectOf(it, s);
                if (v.world().inflated(20 / z).intersects(r)) {
                    double[] p = CanvasGeometry.badgeCentre(labels, it, r, v);
                    badge(gc, p[0], p[1], e.getValue().level(), z);
                }
            });
        }
        if (s.band != null) {
            double x = v.toScreenX(s.band.x());
            double y = v.toScreenY(s.band.y());
            gc.setFill(theme.accent().deriveColor(0, 1, 1, 0.12));
            gc.fillRect(x, y, s.band.w() * z, s.band.h() * z);
            gc.setStroke(theme.accent());
            gc.setLineWidth(1);
            gc.strokeRect(x + 0.5, y + 0.5, s.band.w() * z, s.band.h() * z);
        }
    }

    /** Snap guides of a drag: lines across the screen where an edge of the dragged group met a neighbour's. */
    private void paintGuides(GraphicsContext gc, Viewport v, PaintState s) {
        if (s.moving.isEmpty() || (Double.isNaN(s.guideX) && Double.isNaN(s.guideY))) {
            return;
        }
        gc.setStroke(theme.error());
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
            gc.setFill(theme.background());
            gc.fillRect(cx - 5, cy - 5, 10, 10);
            gc.setFill(badgeColour(level));
            gc.fillRect(cx - 4, cy - 4, 8, 8);
            return;
        }
        double r = 9;
        gc.setFill(theme.background());
        gc.fillOval(cx - r - 2, cy - r - 2, 2 * r + 4, 2 * r + 4);
        if (level == CanvasBadge.Level.WARNING) {
            gc.setFill(theme.warning());
            gc.fillPolygon(new double[] {cx, cx + r + 1, cx - r - 1}, new double[] {cy - r, cy + r - 1, cy + r - 1}, 3);
            text(gc, "!", cx, cy + 2, 11, true, Color.WHITE, TextAlignment.CENTER);
        } else {
            gc.setFill(level == CanvasBadge.Level.ERROR ? theme.error() : theme.accent());
            gc.fillOval(cx - r, cy - r, 2 * r, 2 * r);
            text(gc, level == CanvasBadge.Level.ERROR ? "!" : "i", cx, cy, 12, true, Color.WHITE, TextAlignment.CENTER);
        }
    }

    Color badgeColour(CanvasBadge.Level level) {
        switch (level) {
            case ERROR:
                return theme.error();
            case WARNING:
                return theme.warning();
            default:
                return theme.accent();
        }
    }

    private void outline(GraphicsContext gc, Viewport v, Rect r, Color c, double width, double gap, double arc) {
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

    private void hatch(GraphicsContext gc, double x, double y, double w, double h, Color c) {
        gc.save();
        gc.beginPath();
        gc.rect(x, y, w, h);
        gc.clip();
        gc.setStroke(c.deriveColor(0, 1, 1, 0.25));
        gc.setLineWidth(1);
        for (double o = -h; o < w; o += 14) {
            gc.strokeLine(x + o, y + h, x + o + h, y);
        }
        gc.restore();
    }

    void icon(GraphicsContext gc, IconKey key, double x, double y, double size, Color colour) {
        gc.save();
        gc.translate(x, y);
        gc.scale(size / IconKey.VIEW_BOX, size / IconKey.VIEW_BOX);
        gc.setFillRule(FillRule.EVEN_ODD);
        gc.setFill(colour);
        gc.beginPath();
        gc.appendSVGPath(key.pathData());
        gc.fill();
        gc.restore();
    }

    private void text(
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
