package dev.skyloom.app.canvas;

import dev.skyloom.catalog.Catalog;
import dev.skyloom.export.diagram.Diagram;
import dev.skyloom.export.diagram.DiagramLayout;
import dev.skyloom.export.diagram.DiagramText;
import dev.skyloom.export.diagram.EdgeRouter;
import dev.skyloom.export.diagram.Rect;
import dev.skyloom.export.diagram.Route;
import dev.skyloom.icons.IconKey;
import dev.skyloom.icons.ProviderColours;
import dev.skyloom.model.Component;
import dev.skyloom.model.Connection;
import dev.skyloom.model.ConnectionType;
import java.util.ArrayList;
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
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * Draws a {@link Diagram} onto a {@link GraphicsContext} for one {@link Viewport}, only what meets
 * the viewport. Below {@link #DETAIL_ZOOM} labels, icons and arrowheads are left out (they dominate the
 * cost of a zoomed-out frame in software rendering); below {@link #SHAPE_ZOOM} cards become plain blocks.
 */
final class DiagramPainter {
    static final double DETAIL_ZOOM = 0.5;
    static final double SHAPE_ZOOM = 0.2;

    private final Map<Long, Font> fonts = new HashMap<>();
    private final Map<String, Color> providerColours = new HashMap<>();
    private final int[] count = new int[1];
    private CanvasTheme theme = CanvasTheme.LIGHT;
    private Catalog catalog;

    void setTheme(CanvasTheme theme) {
        this.theme = theme;
    }

    CanvasTheme theme() {
        return theme;
    }

    void setCatalog(Catalog catalog) {
        this.catalog = catalog;
    }

    void paint(GraphicsContext gc, Diagram d, Viewport v, PaintState s, boolean background) {
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
        paintOverlays(gc, d, v, s);
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
        Color pc = providerColour(d, c);
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
            gc.setFill(provider ? theme.providerFill().interpolate(pc, 0.12) : theme.regionHeader());
            if (opaque) {
                FlatShapes.fillRoundRect(gc, cx0, y, cw, header, arc);
            } else {
                gc.fillRoundRect(cx0, y, cw, header, arc, arc);
            }
            gc.fillRect(cx0, y + header / 2, cw, header / 2);
        }
        gc.setStroke(provider ? pc.deriveColor(0, 0.8, 1, 0.75) : theme.regionStroke());
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
        if (z >= DETAIL_ZOOM || (w > 90 && z >= SHAPE_ZOOM)) {
            paintContainerHeader(gc, d, c, pc, x, y, w, header, Math.max(z, DETAIL_ZOOM));
        }
    }

    private void paintContainerHeader(
            GraphicsContext gc,
            Diagram d,
            Component c,
            Color pc,
            double x,
            double y,
            double w,
            double header,
            double z) {
        double fontSize = 13 * z;
        double cy = y + header / 2;
        double pad = 10 * z;
        if (c instanceof Component.Provider p) {
            ProviderColours.Badge badge = ProviderColours.badge(p.provider());
            double bh = 24 * z;
            double bw = Math.max(bh, (badge.initials().length() * 7.5 + 10) * z);
            gc.setFill(pc);
            gc.fillRoundRect(x + pad, cy - bh / 2, bw, bh, 7 * z, 7 * z);
            text(
                    gc,
                    badge.initials(),
                    x + pad + bw / 2,
                    cy,
                    11 * z,
                    true,
                    Color.web(badge.textHex()),
                    TextAlignment.CENTER);
            String title = p.name().isEmpty() ? DiagramText.providerName(Optional.ofNullable(catalog), p) : p.name();
            double tx = x + pad + bw + 8 * z;
            text(
                    gc,
                    DiagramText.fit(title, w - (tx - x) - pad, fontSize),
                    tx,
                    cy,
                    fontSize,
                    true,
                    theme.text(),
                    TextAlignment.LEFT);
            return;
        }
        Component.Region r = (Component.Region) c;
        String cc = DiagramText.countryCode(d.design(), Optional.ofNullable(catalog), r);
        double chipW = Math.max(22, cc.length() * 8 + 8) * z;
        double chipH = 18 * z;
        gc.setFill(pc.deriveColor(0, 0.9, 1, 0.9));
        gc.fillRoundRect(x + pad, cy - chipH / 2, chipW, chipH, 5 * z, 5 * z);
        text(gc, cc, x + pad + chipW / 2, cy, 10 * z, true, Color.WHITE, TextAlignment.CENTER);
        double tx = x + pad + chipW + 7 * z;
        String title = DiagramText.regionTitle(d.design(), Optional.ofNullable(catalog), r);
        text(
                gc,
                DiagramText.fit(title, w - (tx - x) - pad, 12 * z),
                tx,
                cy,
                12 * z,
                true,
                theme.text(),
                TextAlignment.LEFT);
    }

    private Color providerColour(Diagram d, Component c) {
        String provider =
                d.design().providerOf(c.id()).map(Component.Provider::provider).orElse("custom");
        return providerColours.computeIfAbsent(provider, p -> Color.web(ProviderColours.hex(p)));
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
            return;
        }
        double arc = 12 * z;
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
            gc.setFill(dim ? theme.dimFill() : theme.cardFill());
            gc.setStroke(theme.cardStroke());
            gc.setLineWidth(1);
            if (gc.getGlobalAlpha() == 1) {
                FlatShapes.fillRoundRect(gc, x, y, w, h, arc);
                FlatShapes.strokeRoundRect(gc, x, y, w, h, arc);
            } else {
                gc.fillRoundRect(x, y, w, h, arc, arc);
                gc.strokeRoundRect(x, y, w, h, arc, arc);
            }
            gc.setFill(dim ? theme.mutedText() : kind);
            gc.fillRoundRect(x, y, 5 * z, h, arc / 2, arc / 2);
            gc.fillRect(x + 2 * z, y, 3 * z, h);
        }
        if (z < DETAIL_ZOOM) {
            return;
        }
        double inset = pipeline ? 18 * z : 14 * z;
        double iconSize = 22 * z;
        icon(gc, DiagramText.iconKey(c), x + inset, y + (h - iconSize) / 2, iconSize, dim ? theme.mutedText() : kind);
        double tx = x + inset + iconSize + 9 * z;
        double room = w - (tx - x) - (pipeline ? 16 * z : 8 * z);
        String fact = DiagramText.fact(c);
        double nameY = fact.isEmpty() ? y + h / 2 : y + h / 2 - 8 * z;
        text(gc, DiagramText.fit(c.label(), room, 13 * z), tx, nameY, 13 * z, true, theme.text(), TextAlignment.LEFT);
        if (!fact.isEmpty()) {
            text(
                    gc,
                    DiagramText.fit(fact, room, 11 * z),
                    tx,
                    y + h / 2 + 9 * z,
                    11 * z,
                    false,
                    theme.mutedText(),
                    TextAlignment.LEFT);
        }
    }

    private Color kindColour(Component c) {
        if (c instanceof Component.GpuPool) {
            return theme.gpu();
        }
        if (c instanceof Component.Storage) {
            return theme.storage();
        }
        return theme.pipeline();
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
        double[] dashes = z >= DETAIL_ZOOM ? DiagramText.dashes(k.type(), Math.min(z, 1.5)) : null;
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
        String label = k.type().json()
                + (k.monthlyTb().signum() > 0 ? " · " + DiagramText.plain(k.monthlyTb()) + " TB/mo" : "");
        double fs = 10.5 * Math.min(z, 1.4);
        double lw = label.length() * fs * 0.56 + 10 * z;
        double lh = fs + 7 * z;
        double lx = v.toScreenX(route.labelX());
        double ly = v.toScreenY(route.labelY());
        gc.setFill(theme.edgeLabelFill());
        gc.setStroke(colour.deriveColor(0, 1, 1, 0.5));
        gc.setLineWidth(1);
        if (theme.edgeLabelFill().isOpaque() && gc.getGlobalAlpha() == 1) {
            FlatShapes.fillRoundRect(gc, lx - lw / 2, ly - lh / 2, lw, lh, lh);
            FlatShapes.strokeRoundRect(gc, lx - lw / 2, ly - lh / 2, lw, lh, lh);
        } else {
            gc.fillRoundRect(lx - lw / 2, ly - lh / 2, lw, lh, lh, lh);
            gc.strokeRoundRect(lx - lw / 2, ly - lh / 2, lw, lh, lh, lh);
        }
        text(gc, label, lx, ly, fs, false, step != null ? theme.highlight() : theme.mutedText(), TextAlignment.CENTER);
    }

    private Color edgeColour(ConnectionType t) {
        switch (t) {
            case RUNS_ON:
                return theme.gpu().deriveColor(0, 0.8, 1, 0.9);
            case REPLICATES_TO:
                return theme.storage();
            case WRITES:
                return theme.pipeline();
            default:
                return theme.edge();
        }
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
                double cx = v.toScreenX(r.x());
                double cy = v.toScreenY(r.y());
                double rad = 10;
                gc.setFill(theme.highlight());
                gc.fillOval(cx - rad, cy - rad, 2 * rad, 2 * rad);
                text(gc, Integer.toString(e.getValue()), cx, cy, 11, true, Color.WHITE, TextAlignment.CENTER);
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
                    double[] p = CanvasGeometry.badgeCentre(r, v);
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
        long q = Math.round(size * 2);
        long key = q * 2 + (bold ? 1 : 0);
        return fonts.computeIfAbsent(
                key, k -> Font.font("System", bold ? FontWeight.BOLD : FontWeight.NORMAL, q / 2.0));
    }
}
