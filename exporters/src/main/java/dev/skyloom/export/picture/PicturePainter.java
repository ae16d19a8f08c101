package dev.skyloom.export.picture;

import dev.skyloom.export.ExportException;
import dev.skyloom.export.diagram.CardText;
import dev.skyloom.export.diagram.DiagramLabels;
import dev.skyloom.export.diagram.EdgeLabel;
import dev.skyloom.export.diagram.HeaderText;
import dev.skyloom.export.diagram.Rect;
import dev.skyloom.export.diagram.Route;
import dev.skyloom.export.diagram.TextLine;
import dev.skyloom.export.picture.PictureSurface.Align;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Lays out the page (title and subtitle on top, the diagram, the legend panel below) and draws a
 * {@link DiagramPicture} onto any {@link PictureSurface}. Draw order: containers, connection lines,
 * cards, then connection labels so that no label is hidden under a card.
 */
final class PicturePainter {
    static final double PAD = 32;
    static final double TITLE_SIZE = 22;
    static final double SUBTITLE_SIZE = 12;
    static final double HEADER = 76;
    static final double MIN_WIDTH = 640;
    /** The page grows for a long title, up to this width; longer titles are shortened. */
    static final double MAX_TITLE_WIDTH = 1600;

    static final double LEGEND_GAP = 28;
    static final double LEGEND_PAD = 14;
    static final double LEGEND_ROW = 26;
    static final double LEGEND_SYMBOL = 34;
    static final double LEGEND_TEXT = 12;
    static final double LEGEND_HEADING = 28;

    private final DiagramPicture picture;
    private final TextMetrics metrics;
    private final double width;
    private final double height;
    private final double offsetX;
    private final double offsetY;
    private final double legendTop;
    private final double legendHeight;
    private final List<double[]> legendSlots;

    /**
     * The largest diagram side a picture shows, in world units. Beyond it a picture would have to be
     * shrunk below 1/35 (PDF page limit) or 1/30 (PNG side limit) of its size and show nothing readable;
     * such a layout (a box at x = 1e9, a 1e7-unit container) is refused with a message instead.
     */
    static final double MAX_WORLD_SIDE = 500_000;

    PicturePainter(DiagramPicture picture, TextMetrics metrics) {
        this.picture = picture;
        this.metrics = metrics;
        PictureRect world = picture.world();
        checkSize(picture);
        double titleWidth = Math.min(
                MAX_TITLE_WIDTH,
                Math.max(
                        metrics.width(prefix(TextMetrics.singleLine(picture.title()), 400), TITLE_SIZE, true),
                        metrics.width(picture.subtitle(), SUBTITLE_SIZE, false)));
        this.width = Math.ceil(Math.max(MIN_WIDTH, Math.max(world.w(), titleWidth + 120) + 2 * PAD));
        this.offsetX = PAD + (width - 2 * PAD - world.w()) / 2 - world.x();
        this.offsetY = PAD + HEADER - world.y();
        this.legendTop = PAD + HEADER + world.h() + LEGEND_GAP;
        this.legendSlots = layoutLegend(width - 2 * PAD - 2 * LEGEND_PAD);
        int rows = 0;
        for (double[] slot : legendSlots) {
            rows = Math.max(rows, (int) slot[1] + 1);
        }
        this.legendHeight = picture.legend().isEmpty() ? 0 : LEGEND_HEADING + rows * LEGEND_ROW + LEGEND_PAD;
        this.height = Math.ceil(legendTop + legendHeight + PAD);
    }

    private static void checkSize(DiagramPicture picture) {
        PictureRect world = picture.world();
        if (world.w() <= MAX_WORLD_SIDE && world.h() <= MAX_WORLD_SIDE) {
            return;
        }
        boolean wide = world.w() >= world.h();
        PictureBox low = null;
        PictureBox high = null;
        for (PictureBox b : picture.boxes()) {
            PictureRect r = b.rect();
            if (low == null
                    || (wide ? r.x() < low.rect().x() : r.y() < low.rect().y())) {
                low = b;
            }
            if (high == null
                    || (wide
                            ? r.maxX() > high.rect().maxX()
                            : r.maxY() > high.rect().maxY())) {
                high = b;
            }
        }
        String span = low == null ? "" : " (from '" + low.id() + "' to '" + high.id() + "')";
        throw new ExportException(String.format(
                Locale.ROOT,
                "the diagram is %,.0f x %,.0f units%s, larger than a picture can show (%,.0f units a side);"
                        + " bring its components closer together (layout x, y, w, h)",
                world.w(),
                world.h(),
                span,
                MAX_WORLD_SIDE));
    }

    /** Page width in page units (one unit = one world unit = one CSS pixel at scale 1). */
    double width() {
        return width;
    }

    double height() {
        return height;
    }

    /** Column x (relative to the legend content) and row index of every legend entry. */
    private List<double[]> layoutLegend(double room) {
        List<double[]> slots = new ArrayList<>();
        double x = 0;
        int row = 0;
        for (LegendEntry e : picture.legend()) {
            double w = LEGEND_SYMBOL + 8 + metrics.width(legendLabel(e, room), LEGEND_TEXT, false) + 22;
            if (x > 0 && x + w > room) {
                x = 0;
                row++;
            }
            slots.add(new double[] {x, row});
            x += w;
        }
        return slots;
    }

    private String legendLabel(LegendEntry e, double room) {
        return metrics.fit(e.label(), Math.max(40, room - LEGEND_SYMBOL - 30), LEGEND_TEXT, false);
    }

    void paint(PictureSurface s) {
        PictureTheme theme = picture.theme();
        s.roundRect(0, 0, width, height, 0, theme.background(), PictureStroke.NONE);
        paintHeader(s, theme);
        for (PictureBox b : picture.boxes()) {
            if (b.kind() == PictureBox.Kind.CONTAINER) {
                paintContainer(s, b);
            }
        }
        for (PictureEdge e : picture.edges()) {
            paintEdgeLine(s, e);
        }
        for (PictureBox b : picture.boxes()) {
            if (b.kind() == PictureBox.Kind.CARD) {
                paintCard(s, b);
            }
        }
        for (PictureEdge e : picture.edges()) {
            edgeLabel(e).filter(label -> !label.hidden()).ifPresent(label -> paintEdgeLabel(s, e, label));
        }
        paintLegend(s, theme);
    }

    private void paintHeader(PictureSurface s, PictureTheme theme) {
        double room = width - 2 * PAD - 110;
        s.beginGroup("title", "title", picture.title());
        s.text(
                metrics.fit(picture.title(), room, TITLE_SIZE, true),
                PAD,
                PAD + 22,
                TITLE_SIZE,
                true,
                theme.text(),
                Align.LEFT);
        s.text(
                metrics.fit(picture.subtitle(), room, SUBTITLE_SIZE, false),
                PAD,
                PAD + 44,
                SUBTITLE_SIZE,
                false,
                theme.mutedText(),
                Align.LEFT);
        if (picture.mark()) {
            s.text("Skyloom", width - PAD, PAD + 20, 13, true, theme.accent(), Align.RIGHT);
        }
        s.polyline(
                new double[] {PAD, width - PAD},
                new double[] {PAD + 58, PAD + 58},
                PictureStroke.solid(theme.panelStroke(), 1));
        s.endGroup();
    }

    private double x(double wx) {
        return wx + offsetX;
    }

    private double y(double wy) {
        return wy + offsetY;
    }

    private void paintContainer(PictureSurface s, PictureBox b) {
        BoxStyle st = b.style();
        PictureRect r = b.rect();
        double x = x(r.x());
        double y = y(r.y());
        double rad = st.cornerRadius();
        s.beginGroup("container", b.id(), b.name());
        if (st.shadow().isVisible()) {
            s.roundRect(x + 1, y + 3, r.w(), r.h(), rad, st.shadow(), PictureStroke.NONE);
        }
        s.roundRect(x, y, r.w(), r.h(), rad, st.fill(), PictureStroke.NONE);
        double header = Math.min(st.headerHeight(), r.h());
        if (header > 0 && st.headerFill().isVisible()) {
            s.roundRect(x, y, r.w(), header, rad, st.headerFill(), PictureStroke.NONE);
            s.roundRect(x, y + header / 2, r.w(), header / 2, 0, st.headerFill(), PictureStroke.NONE);
        }
        s.roundRect(x, y, r.w(), r.h(), rad, PictureColour.NONE, st.stroke());
        HeaderText text = b.headerText()
                .orElseGet(() -> DiagramLabels.header(
                        metrics.fit(),
                        new Rect(0, 0, r.w(), r.h()),
                        st.headerHeight(),
                        b.badge().map(PictureBadge::text).orElse(""),
                        b.title()));
        if (b.badge().isPresent()) {
            PictureBadge badge = b.badge().get();
            Rect chip = text.chip();
            s.roundRect(
                    x + chip.x(),
                    y + chip.y(),
                    chip.w(),
                    chip.h(),
                    text.chipRadius(),
                    badge.fill(),
                    PictureStroke.NONE);
            line(s, text.chipText(), x, y, badge.textColour());
        }
        line(s, text.title(), x, y, st.text());
        s.endGroup();
    }

    private void paintCard(PictureSurface s, PictureBox b) {
        BoxStyle st = b.style();
        PictureRect r = b.rect();
        double x = x(r.x());
        double y = y(r.y());
        double w = r.w();
        double h = r.h();
        boolean chevron = b.shape() == PictureBox.Shape.CHEVRON;
        s.beginGroup("card", b.id(), b.name());
        if (chevron) {
            double tip = Math.min(16, h / 2);
            double[] xs = {x + tip, x + w - tip, x + w, x + w - tip, x + tip, x};
            double[] ys = {y, y, y + h / 2, y + h, y + h, y + h / 2};
            if (st.shadow().isVisible()) {
                s.polygon(xs, shift(ys, 2), st.shadow(), PictureStroke.NONE);
            }
            s.polygon(xs, ys, st.fill(), st.stroke());
        } else {
            double rad = st.cornerRadius();
            if (st.shadow().isVisible()) {
                s.roundRect(x, y + 2, w, h, rad, st.shadow(), PictureStroke.NONE);
            }
            s.roundRect(x, y, w, h, rad, st.fill(), PictureStroke.NONE);
            if (st.accent().isVisible()) {
                s.roundRect(x, y, 6, h, Math.min(rad, 3), st.accent(), PictureStroke.NONE);
                s.roundRect(x + 3, y, 3, h, 0, st.accent(), PictureStroke.NONE);
            }
            s.roundRect(x, y, w, h, rad, PictureColour.NONE, st.stroke());
        }
        CardText text = b.cardText()
                .orElseGet(() -> DiagramLabels.card(
                        metrics.fit(), new Rect(0, 0, w, h), chevron, b.icon().isPresent(), b.title(), b.details()));
        if (b.icon().isPresent() && text.iconSize() > 0) {
            s.icon(b.icon().get(), x + text.iconX(), y + text.iconY(), text.iconSize(), st.iconColour());
        }
        for (TextLine l : text.title()) {
            line(s, l, x, y, st.text());
        }
        for (TextLine l : text.details()) {
            line(s, l, x, y, st.mutedText());
        }
        s.endGroup();
    }

    /** Draws a line of the diagram's text, offset by (dx, dy) from its box's origin. */
    private static void line(PictureSurface s, TextLine l, double dx, double dy, PictureColour colour) {
        Align align =
                switch (l.align()) {
                    case LEFT -> Align.LEFT;
                    case CENTER -> Align.CENTER;
                    case RIGHT -> Align.RIGHT;
                };
        s.text(l.text(), l.x() + dx, l.baseline() + dy, l.size(), l.bold(), colour, align);
    }

    private void paintEdgeLine(PictureSurface s, PictureEdge e) {
        int n = e.size();
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = x(e.x(i));
            ys[i] = y(e.y(i));
        }
        s.beginGroup("connection", e.id(), e.label());
        PictureStroke stroke = e.stroke();
        if (e.arrow()) {
            double dx = xs[n - 1] - xs[n - 2];
            double dy = ys[n - 1] - ys[n - 2];
            double len = Math.hypot(dx, dy);
            double ux = len == 0 ? 1 : dx / len;
            double uy = len == 0 ? 0 : dy / len;
            double head = 10 + stroke.width();
            double half = head * 0.45;
            double ex = xs[n - 1];
            double ey = ys[n - 1];
            double bx = ex - ux * head;
            double by = ey - uy * head;
            double[] line = {xs[n - 1], ys[n - 1]};
            double back = Math.min(head * 0.6, len);
            xs[n - 1] = ex - ux * back;
            ys[n - 1] = ey - uy * back;
            s.polyline(xs, ys, stroke);
            xs[n - 1] = line[0];
            ys[n - 1] = line[1];
            s.polygon(
                    new double[] {ex, bx - uy * half, bx + uy * half},
                    new double[] {ey, by + ux * half, by - ux * half},
                    stroke.colour(),
                    PictureStroke.NONE);
        } else {
            s.polyline(xs, ys, stroke);
        }
        s.endGroup();
    }

    /** The diagram's placed label of an edge, else one placed here with the diagram's rule. */
    private java.util.Optional<EdgeLabel> edgeLabel(PictureEdge e) {
        if (e.placedLabel().isPresent()) {
            return e.placedLabel();
        }
        return java.util.Optional.ofNullable(unplacedLabels().get(e.id()));
    }

    private Map<String, EdgeLabel> unplaced;

    /** Labels of the edges the diagram did not place (pictures built without a diagram), placed together. */
    private Map<String, EdgeLabel> unplacedLabels() {
        if (unplaced == null) {
            List<Rect> cards = new ArrayList<>();
            for (PictureBox b : picture.boxes()) {
                PictureRect r = b.rect();
                if (b.kind() == PictureBox.Kind.CARD) {
                    cards.add(new Rect(r.x(), r.y(), r.w(), r.h()));
                } else {
                    cards.add(new Rect(
                            r.x(), r.y(), r.w(), Math.min(r.h(), b.style().headerHeight())));
                }
            }
            List<DiagramLabels.EdgeRequest> requests = new ArrayList<>();
            for (PictureEdge e : picture.edges()) {
                if (e.placedLabel().isEmpty()) {
                    requests.add(new DiagramLabels.EdgeRequest(
                            e.id(), e.label(), Route.of(e.xs(), e.ys(), e.labelX(), e.labelY())));
                }
            }
            unplaced = DiagramLabels.placeEdgeLabels(metrics.fit(), requests, cards);
        }
        return unplaced;
    }

    private void paintEdgeLabel(PictureSurface s, PictureEdge e, EdgeLabel label) {
        Rect pill = label.pill();
        s.beginGroup("connection-label", e.id(), e.label());
        s.roundRect(
                x(pill.x()),
                y(pill.y()),
                pill.w(),
                pill.h(),
                pill.h() / 2,
                e.labelFill(),
                PictureStroke.solid(e.stroke().colour().withOpacity(0.5), 1));
        line(s, label.text(), offsetX, offsetY, e.labelText());
        s.endGroup();
    }

    private void paintLegend(PictureSurface s, PictureTheme theme) {
        if (picture.legend().isEmpty()) {
            return;
        }
        double left = PAD;
        double w = width - 2 * PAD;
        s.beginGroup("legend", "legend", "Legend");
        s.roundRect(
                left, legendTop, w, legendHeight, 8, theme.panelFill(), PictureStroke.solid(theme.panelStroke(), 1));
        s.text("LEGEND", left + LEGEND_PAD, legendTop + 20, 10.5, true, theme.mutedText(), Align.LEFT);
        double room = w - 2 * LEGEND_PAD;
        for (int i = 0; i < picture.legend().size(); i++) {
            LegendEntry e = picture.legend().get(i);
            double[] slot = legendSlots.get(i);
            double sx = left + LEGEND_PAD + slot[0];
            double cy = legendTop + LEGEND_HEADING + slot[1] * LEGEND_ROW + LEGEND_ROW / 2 - 2;
            paintSymbol(s, e, sx, cy);
            s.text(
                    legendLabel(e, room),
                    sx + LEGEND_SYMBOL + 8,
                    baseline(cy, LEGEND_TEXT),
                    LEGEND_TEXT,
                    false,
                    theme.text(),
                    Align.LEFT);
        }
        s.endGroup();
    }

    private void paintSymbol(PictureSurface s, LegendEntry e, double x, double cy) {
        switch (e.symbol()) {
            case BADGE: {
                PictureBadge badge = e.badge().orElse(new PictureBadge("", e.colour(), PictureColour.WHITE));
                String text = metrics.fit(badge.text(), LEGEND_SYMBOL - 4, 10, true);
                s.roundRect(x, cy - 9, LEGEND_SYMBOL, 18, 5, badge.fill(), PictureStroke.NONE);
                s.text(text, x + LEGEND_SYMBOL / 2, baseline(cy, 10), 10, true, badge.textColour(), Align.CENTER);
                break;
            }
            case ICON:
                if (e.icon().isPresent()) {
                    s.icon(e.icon().get(), x + (LEGEND_SYMBOL - 18) / 2, cy - 9, 18, e.colour());
                }
                break;
            case LINE: {
                PictureStroke stroke = e.stroke();
                s.polyline(new double[] {x, x + LEGEND_SYMBOL - 8}, new double[] {cy, cy}, stroke);
                double tip = x + LEGEND_SYMBOL;
                s.polygon(
                        new double[] {tip, tip - 9, tip - 9},
                        new double[] {cy, cy - 4.5, cy + 4.5},
                        stroke.colour(),
                        PictureStroke.NONE);
                break;
            }
            default:
                s.roundRect(x, cy - 9, LEGEND_SYMBOL, 18, 5, e.colour(), e.stroke());
                break;
        }
    }

    /** Baseline that centres a line of text of the given size on {@code cy}. */
    static double baseline(double cy, double size) {
        return TextLine.baselineFor(cy, size);
    }

    private static String prefix(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    private static double[] shift(double[] a, double d) {
        double[] r = a.clone();
        for (int i = 0; i < r.length; i++) {
            r[i] += d;
        }
        return r;
    }
}
