package dev.skyloom.app.canvas;

import static dev.skyloom.app.canvas.DiagramPainter.DETAIL_ZOOM;
import static dev.skyloom.app.canvas.DiagramPainter.SHAPE_ZOOM;

import dev.skyloom.export.diagram.CardText;
import dev.skyloom.export.diagram.DiagramStyle;
import dev.skyloom.export.diagram.DiagramText;
import dev.skyloom.export.diagram.Rect;
import dev.skyloom.export.diagram.TextLine;
import dev.skyloom.icons.IconKey;
import dev.skyloom.model.Component;
import dev.skyloom.model.ComponentType;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.FillRule;
import javafx.scene.text.TextAlignment;

/**
 * Draws component cards: plain blocks below {@link DiagramPainter#SHAPE_ZOOM}, labelled blocks below
 * {@link DiagramPainter#DETAIL_ZOOM}, and above it the card shape with its icon, title and details.
 */
final class CardPainter {
    /** Screen size of a card's short label in an overview. */
    static final double OVERVIEW_CARD_TEXT = 10;

    private final CanvasPen pen;
    private final Map<ComponentType, Color> kindColours = new EnumMap<>(ComponentType.class);

    CardPainter(CanvasPen pen) {
        this.pen = pen;
    }

    /** Forgets the colours converted for the previous theme. */
    void clearColours() {
        kindColours.clear();
    }

    void paint(GraphicsContext gc, Viewport v, PaintState s, Component c, Rect r) {
        double z = v.zoom();
        double x = v.toScreenX(r.x());
        double y = v.toScreenY(r.y());
        double w = r.w() * z;
        double h = r.h() * z;
        Color kind = kindColour(c);
        boolean dim = s.dimmed.contains(c.id());
        if (z < SHAPE_ZOOM) {
            gc.setFill(dim ? pen.theme().dimFill() : kind.deriveColor(0, 0.7, 1.1, 0.85));
            gc.fillRect(x, y, Math.max(w, 1), Math.max(h, 1));
            return;
        }
        boolean pipeline = c instanceof Component.Pipeline;
        if (z < DETAIL_ZOOM) {
            // plain blocks: rectangles rasterise far cheaper than rounded outlines at this size
            gc.setFill(dim ? pen.theme().dimFill() : pen.theme().cardFill());
            gc.fillRect(x, y, w, h);
            gc.setStroke(
                    dim
                            ? pen.theme().cardStroke()
                            : pipeline ? kind : pen.theme().cardStroke());
            gc.setLineWidth(1);
            if (gc.getGlobalAlpha() == 1) {
                FlatShapes.strokeRect(gc, x, y, w, h);
            } else {
                gc.strokeRect(x, y, w, h);
            }
            if (!pipeline) {
                gc.setFill(dim ? pen.theme().mutedText() : kind);
                gc.fillRect(x, y, Math.max(1.5, 5 * z), h);
            }
            // a short label where the block has room for one at a readable size: two lines when it is tall enough
            if (w >= 48 && h >= 14) {
                String[] lines = overviewLines(c.label(), w - 10, h >= 2.6 * OVERVIEW_CARD_TEXT);
                double lineY = y + h / 2 - (lines.length - 1) * OVERVIEW_CARD_TEXT * 0.6;
                for (String l : lines) {
                    pen.log().text(c.id(), l, x + 6, lineY, OVERVIEW_CARD_TEXT, false);
                    pen.text(
                            gc,
                            l,
                            x + 6,
                            lineY,
                            OVERVIEW_CARD_TEXT,
                            false,
                            pen.theme().text(),
                            TextAlignment.LEFT);
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
            gc.setFill(dim ? pen.theme().dimFill() : pen.theme().cardFill());
            gc.fillPolygon(xs, ys, 6);
            gc.setStroke(dim ? pen.theme().cardStroke() : kind);
            gc.setLineWidth(1.5);
            gc.strokePolygon(xs, ys, 6);
        } else {
            if (z >= DETAIL_ZOOM) {
                gc.setStroke(pen.theme().shadow());
                gc.setLineWidth(2);
                gc.strokeLine(x + arc / 2, y + h + 1, x + w - arc / 2, y + h + 1);
            }
            boolean outlined = DiagramStyle.outlinedCard(c.type());
            gc.setFill(dim ? pen.theme().dimFill() : pen.theme().cardFill());
            gc.setStroke(outlined && !dim ? kind : pen.theme().cardStroke());
            gc.setLineWidth(outlined ? 1.5 : 1);
            if (gc.getGlobalAlpha() == 1) {
                FlatShapes.fillRoundRect(gc, x, y, w, h, arc);
                FlatShapes.strokeRoundRect(gc, x, y, w, h, arc);
            } else {
                gc.fillRoundRect(x, y, w, h, arc, arc);
                gc.strokeRoundRect(x, y, w, h, arc, arc);
            }
            if (!outlined) {
                gc.setFill(dim ? pen.theme().mutedText() : kind);
                gc.fillRoundRect(x, y, 5 * z, h, arc / 2, arc / 2);
                gc.fillRect(x + 2 * z, y, 3 * z, h);
            }
        }
        if (z < DETAIL_ZOOM) {
            return;
        }
        pen.log().card(c.id(), x, y, w, h);
        Optional<CardText> text =
                pen.labels() == null ? Optional.empty() : pen.labels().card(c.id());
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
                    dim ? pen.theme().mutedText() : kind);
        }
        for (TextLine l : t.title()) {
            pen.line(gc, c.id(), l, x, y, z, pen.theme().text());
        }
        for (TextLine l : t.details()) {
            pen.line(gc, c.id(), l, x, y, z, pen.theme().mutedText());
        }
    }

    private Color kindColour(Component c) {
        return kindColours.computeIfAbsent(
                c.type(), t -> CanvasTheme.fx(pen.theme().style().kindColour(t)));
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

    private void icon(GraphicsContext gc, IconKey key, double x, double y, double size, Color colour) {
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
}
