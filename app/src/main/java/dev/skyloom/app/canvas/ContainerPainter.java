package dev.skyloom.app.canvas;

import static dev.skyloom.app.canvas.DiagramPainter.DETAIL_ZOOM;
import static dev.skyloom.app.canvas.DiagramPainter.SHAPE_ZOOM;
import static dev.skyloom.app.canvas.DiagramPainter.rectOf;

import dev.skyloom.export.diagram.Colour;
import dev.skyloom.export.diagram.Diagram;
import dev.skyloom.export.diagram.DiagramLayout;
import dev.skyloom.export.diagram.DiagramStyle;
import dev.skyloom.export.diagram.HeaderText;
import dev.skyloom.export.diagram.Rect;
import dev.skyloom.icons.ProviderColours;
import dev.skyloom.model.Component;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/**
 * Draws provider and region containers: body, header band, outline, the dimmed hatch, the header's chip and
 * title, and in an overview the container names on plates drawn last.
 */
final class ContainerPainter {
    /** Containers at least this wide on screen get their name in an overview. */
    static final double OVERVIEW_TITLE_MIN_WIDTH = 70;
    /** The smallest screen size of a container name in an overview. */
    static final double OVERVIEW_TITLE_MIN_SIZE = 9;

    private final CanvasPen pen;
    private final Map<String, ProviderPaints> providerPaints = new HashMap<>();
    private final List<Component> overviewTitles = new ArrayList<>();

    /** A provider's colour and the shades the style derives from it, converted once. */
    private record ProviderPaints(Color base, Color outline, Color header, Color chip) {}

    ContainerPainter(CanvasPen pen) {
        this.pen = pen;
    }

    /** Forgets the colours converted for the previous theme. */
    void clearColours() {
        providerPaints.clear();
    }

    void paint(GraphicsContext gc, Diagram d, Viewport v, PaintState s, Component c, Rect r) {
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
        gc.setFill(provider ? pen.theme().providerFill() : pen.theme().regionFill());
        if (opaque) {
            FlatShapes.fillRoundRect(gc, cx0, cy0, cw, ch, arc);
        } else {
            gc.fillRoundRect(cx0, cy0, cw, ch, arc, arc);
        }
        if (z >= SHAPE_ZOOM && y + header > 0) {
            gc.setFill(provider ? pc.header() : pen.theme().regionHeader());
            if (opaque) {
                FlatShapes.fillRoundRect(gc, cx0, y, cw, header, arc);
            } else {
                gc.fillRoundRect(cx0, y, cw, header, arc, arc);
            }
            gc.fillRect(cx0, y + header / 2, cw, header / 2);
        }
        gc.setStroke(provider ? pc.outline() : pen.theme().regionStroke());
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
            gc.setFill(pen.theme().dimFill().deriveColor(0, 1, 1, 0.55));
            gc.fillRoundRect(cx0, cy0, cw, ch, arc, arc);
            hatch(gc, cx0, cy0, cw, ch, pen.theme().mutedText());
        }
        if (z >= DETAIL_ZOOM) {
            paintContainerHeader(gc, c, pc, x, y, z);
        } else if (w >= OVERVIEW_TITLE_MIN_WIDTH && y + 12 < v.height() && y + h > 0) {
            overviewTitles.add(c);
        }
    }

    /**
     * Below {@link DiagramPainter#DETAIL_ZOOM}: container names at a fixed screen size on a plate at the container's top-left,
     * drawn after everything else so that no card covers them (the header band is too thin to hold them).
     */
    void paintOverviewTitles(GraphicsContext gc, Diagram d, Viewport v, PaintState s) {
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
            String text = CardPainter.shortened(c.label(), room - 8, size, provider);
            if (text.isEmpty()) {
                continue;
            }
            double tw = Math.min(room, FxTextMeasure.shared().width(text, size, provider) + 8);
            gc.setGlobalAlpha(s.dimmed.contains(c.id()) ? 0.5 : 1);
            gc.setFill(provider ? providerPaints(d, c).header() : pen.theme().regionHeader());
            gc.fillRect(x, y, tw, size + 6);
            pen.text(
                    gc,
                    text,
                    x + 4,
                    y + (size + 6) / 2,
                    size,
                    provider,
                    pen.theme().text(),
                    TextAlignment.LEFT);
        }
        gc.setGlobalAlpha(1);
        overviewTitles.clear();
    }

    /**
     * The header's chip and title as the diagram's pen.labels() place them; below {@link DiagramPainter#DETAIL_ZOOM} they are
     * drawn at that zoom's size so that container names stay readable in an overview.
     */
    private void paintContainerHeader(
            GraphicsContext gc, Component c, ProviderPaints pc, double x, double y, double z) {
        Optional<HeaderText> header =
                pen.labels() == null ? Optional.empty() : pen.labels().header(c.id());
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
        pen.line(gc, c.id(), h.chipText(), x, y, z, chipText);
        pen.line(gc, c.id(), h.title(), x, y, z, pen.theme().text());
    }

    private ProviderPaints providerPaints(Diagram d, Component c) {
        String provider =
                d.design().providerOf(c.id()).map(Component.Provider::provider).orElse("custom");
        return providerPaints.computeIfAbsent(provider, p -> {
            DiagramStyle style = pen.theme().style();
            Colour base = DiagramStyle.providerColour(p);
            return new ProviderPaints(
                    CanvasTheme.fx(base),
                    CanvasTheme.fx(style.providerOutline(base)),
                    CanvasTheme.fx(style.providerHeader(base)),
                    CanvasTheme.fx(style.regionChip(base)));
        });
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
}
