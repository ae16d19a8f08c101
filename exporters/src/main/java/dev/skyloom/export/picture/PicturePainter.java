package dev.skyloom.export.picture;

import dev.skyloom.export.picture.PictureSurface.Align;
import java.util.ArrayList;
import java.util.List;

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

    static final double CARD_TITLE = 13;
    static final double CARD_DETAIL = 11;
    static final double EDGE_LABEL = 10.5;

    private final DiagramPicture picture;
    private final TextMetrics metrics;
    private final double width;
    private final double height;
    private final double offsetX;
    private final double offsetY;
    private final double legendTop;
    private final double legendHeight;
    private final List<double[]> legendSlots;

    PicturePainter(DiagramPicture picture, TextMetrics metrics) {
        this.picture = picture;
        this.metrics = metrics;
        PictureRect world = picture.world();
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
        List<PictureRect> taken = new ArrayList<>();
        for (PictureBox b : picture.boxes()) {
            if (b.kind() == PictureBox.Kind.CARD) {
                taken.add(b.rect().inflated(2));
            }
        }
        for (PictureEdge e : picture.edges()) {
            paintEdgeLabel(s, e, taken);
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
        s.text("Skyloom", width - PAD, PAD + 20, 13, true, theme.accent(), Align.RIGHT);
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
        double band = header > 0 ? header : 32;
        double cy = y + band / 2;
        double tx = x + 10;
        boolean big = band >= 36;
        if (b.badge().isPresent()) {
            PictureBadge badge = b.badge().get();
            double fs = big ? 11 : 10;
            double bh = big ? 24 : 18;
            String text = metrics.fit(badge.text(), 60, fs, true);
            double bw = Math.max(bh, metrics.width(text, fs, true) + 12);
            s.roundRect(tx, cy - bh / 2, bw, bh, big ? 6 : 4, badge.fill(), PictureStroke.NONE);
            s.text(text, tx + bw / 2, baseline(cy, fs), fs, true, badge.textColour(), Align.CENTER);
            tx += bw + 8;
        }
        double fs = big ? 13 : 12;
        String title = metrics.fit(b.title(), x + r.w() - 10 - tx, fs, true);
        s.text(title, tx, baseline(cy, fs), fs, true, st.text(), Align.LEFT);
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
        // narrow cards get a smaller icon and tighter insets so that names keep their room
        boolean compact = w < 170;
        double inset = chevron ? (compact ? 14 : 18) : (compact ? 11 : 14);
        double iconSize = Math.min(compact ? 18 : 22, h - 8);
        double tx = x + inset;
        if (b.icon().isPresent() && iconSize > 4) {
            s.icon(b.icon().get(), tx, y + (h - iconSize) / 2, iconSize, st.iconColour());
            tx += iconSize + (compact ? 7 : 9);
        }
        double room = x + w - tx - (chevron ? (compact ? 12 : 16) : 6);
        List<String> details = b.details();
        double lineGap = 15;
        double titleSize = CARD_TITLE;
        double titleGap = CARD_TITLE + 2;
        String whole = TextMetrics.singleLine(b.title());
        List<String> title = List.of(metrics.fit(whole, room, titleSize, true));
        if (!title.get(0).equals(whole) && 2 * 14 + details.size() * lineGap + 8 <= h) {
            // a name too long for one line gets two, at the largest size where it fits whole
            for (double size : new double[] {12, 11.5, 11, 10.5, 12}) {
                titleSize = size;
                title = metrics.wrap(whole, room, size, true, 2);
                if (String.join(" ", title).equals(whole)) {
                    break;
                }
            }
            titleGap = titleSize + 2;
        }
        double block = title.size() * titleGap + details.size() * lineGap;
        double top = y + h / 2 - block / 2;
        for (int i = 0; i < title.size(); i++) {
            s.text(
                    title.get(i),
                    tx,
                    baseline(top + titleGap * i + titleGap / 2, titleSize),
                    titleSize,
                    true,
                    st.text(),
                    Align.LEFT);
        }
        double detailTop = top + title.size() * titleGap;
        for (int i = 0; i < details.size(); i++) {
            double cy = detailTop + lineGap * i + lineGap / 2;
            s.text(
                    metrics.fit(details.get(i), room, CARD_DETAIL, false),
                    tx,
                    baseline(cy, CARD_DETAIL),
                    CARD_DETAIL,
                    false,
                    st.mutedText(),
                    Align.LEFT);
        }
        s.endGroup();
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

    private void paintEdgeLabel(PictureSurface s, PictureEdge e, List<PictureRect> taken) {
        String label = metrics.fit(e.label(), 260, EDGE_LABEL, false);
        if (label.isEmpty()) {
            return;
        }
        double lw = metrics.width(label, EDGE_LABEL, false) + 14;
        double lh = EDGE_LABEL + 8;
        double[] at = labelPosition(e, lw, lh, taken);
        taken.add(new PictureRect(at[0] - lw / 2, at[1] - lh / 2, lw, lh));
        double cx = x(at[0]);
        double cy = y(at[1]);
        s.beginGroup("connection-label", e.id(), e.label());
        s.roundRect(
                cx - lw / 2,
                cy - lh / 2,
                lw,
                lh,
                lh / 2,
                e.labelFill(),
                PictureStroke.solid(e.stroke().colour().withOpacity(0.5), 1));
        s.text(label, cx, baseline(cy, EDGE_LABEL), EDGE_LABEL, false, e.labelText(), Align.CENTER);
        s.endGroup();
    }

    /**
     * Where the label goes (world units): the canvas' anchor if the pill covers no card and no label
     * placed before, else the first free spot along the route (longest segments first), else the spot
     * covering the least.
     */
    private static double[] labelPosition(PictureEdge e, double lw, double lh, List<PictureRect> taken) {
        List<double[]> candidates = new ArrayList<>();
        candidates.add(new double[] {e.labelX(), e.labelY()});
        List<Integer> segments = new ArrayList<>();
        for (int i = 1; i < e.size(); i++) {
            segments.add(i);
        }
        segments.sort((a, b) -> Double.compare(segmentLength(e, b), segmentLength(e, a)));
        for (int i : segments) {
            for (double t : new double[] {0.5, 0.35, 0.65, 0.2, 0.8, 0.1, 0.9}) {
                candidates.add(
                        new double[] {e.x(i - 1) + (e.x(i) - e.x(i - 1)) * t, e.y(i - 1) + (e.y(i) - e.y(i - 1)) * t});
            }
        }
        PictureRect near = null;
        for (int i = 0; i < e.size(); i++) {
            PictureRect p = new PictureRect(e.x(i), e.y(i), 0, 0);
            near = near == null ? p : near.union(p);
        }
        near = near.inflated(lw + lh);
        List<PictureRect> obstacles = new ArrayList<>();
        for (int i = 0; i < taken.size(); i++) {
            if (overlaps(near, taken.get(i))) {
                obstacles.add(taken.get(i));
            }
        }
        double[] best = candidates.get(0);
        double bestCover = Double.MAX_VALUE;
        for (double[] c : candidates) {
            PictureRect pill = new PictureRect(c[0] - lw / 2, c[1] - lh / 2, lw, lh);
            double cover = 0;
            for (PictureRect o : obstacles) {
                cover += overlap(pill, o);
            }
            if (cover == 0) {
                return c;
            }
            if (cover < bestCover) {
                bestCover = cover;
                best = c;
            }
        }
        return best;
    }

    private static double segmentLength(PictureEdge e, int i) {
        return Math.hypot(e.x(i) - e.x(i - 1), e.y(i) - e.y(i - 1));
    }

    /** Area of the intersection of two rectangles (0 when they do not meet). */
    private static double overlap(PictureRect a, PictureRect b) {
        double w = Math.min(a.maxX(), b.maxX()) - Math.max(a.x(), b.x());
        double h = Math.min(a.maxY(), b.maxY()) - Math.max(a.y(), b.y());
        return w > 0 && h > 0 ? w * h : 0;
    }

    private static boolean overlaps(PictureRect a, PictureRect b) {
        return a.x() < b.maxX() && b.x() < a.maxX() && a.y() < b.maxY() && b.y() < a.maxY();
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
        return cy + size * 0.36;
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
