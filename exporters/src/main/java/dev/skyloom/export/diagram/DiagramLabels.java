package dev.skyloom.export.diagram;

import dev.skyloom.catalog.Catalog;
import dev.skyloom.model.Component;
import dev.skyloom.model.ComponentType;
import dev.skyloom.model.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every text of a {@link Diagram}, fitted and placed once with one {@link TextMeasure}: the inside of each
 * card ({@link CardText}), the header of each container ({@link HeaderText}) and the label of each
 * connection ({@link EdgeLabel}). The canvas and every picture exporter draw these as they are, so a name
 * wraps and a label sits at the same place on screen and in files.
 *
 * <p>Edge labels go to the route's label anchor when the pill covers no card and no label placed before;
 * else to the first free spot along the route (longest segments first); else to the nearest free spot
 * beside a segment (a short edge between two cards); else it is hidden (kept at the spot along the route
 * covering least, for a hover), never drawn over a card or another label.
 * Obstacles are found through a grid, so placing n labels costs O(n) for a diagram of bounded density.
 */
public final class DiagramLabels {
    /** Edge labels longer than this are cut with an ellipsis. */
    public static final double MAX_EDGE_LABEL = 260;

    /** Space from a container's left and right borders to its header's chip and title. */
    private static final double HEADER_INSET = 10;

    /** Space between a header's chip and its title. */
    private static final double CHIP_GAP = 8;

    private final Map<String, CardText> cards;
    private final Map<String, HeaderText> headers;
    private final Map<String, EdgeLabel> edges;
    private final TextMeasure measure;
    /** What each card's and header's text was made from, for keeping it after an edit. */
    private final Map<String, CardKey> cardKeys;

    private final Map<String, HeaderKey> headerKeys;
    /** The connection of each edge request of {@link #placement}, in the same order. */
    private final List<Connection> edgeConnections;
    /** How {@link #edges} was placed, for placing them again after an edit. */
    private final EdgeLabelPlacement placement;

    /**
     * Everything a card's text depends on: equal keys give equal {@link CardText}s. {@code component} is not
     * part of that: the same component object (an edit keeps the objects of the components it does not
     * touch) at the same size has the same name and fact, so they need not be worked out again.
     */
    private record CardKey(Component component, String name, String fact, double w, double h, boolean chevron) {
        boolean sameText(CardKey o) {
            return name.equals(o.name) && fact.equals(o.fact) && w == o.w && h == o.h && chevron == o.chevron;
        }
    }

    /** Everything a header's text depends on: equal keys give equal {@link HeaderText}s. */
    private record HeaderKey(Rect r, double headerHeight, String chip, String title) {}

    private DiagramLabels(
            Map<String, CardText> cards,
            Map<String, HeaderText> headers,
            Map<String, EdgeLabel> edges,
            TextMeasure measure,
            Map<String, CardKey> cardKeys,
            Map<String, HeaderKey> headerKeys,
            List<Connection> edgeConnections,
            EdgeLabelPlacement placement) {
        this.cards = cards;
        this.headers = headers;
        this.edges = edges;
        this.measure = measure;
        this.cardKeys = cardKeys;
        this.headerKeys = headerKeys;
        this.edgeConnections = edgeConnections;
        this.placement = placement;
    }

    /** The texts of a diagram; the catalog names regions' cities and countries and providers. */
    public static DiagramLabels of(Diagram diagram, Optional<Catalog> catalog, TextMeasure measure) {
        return of(diagram, catalog, measure, null);
    }

    /**
     * As {@link #of(Diagram, Optional, TextMeasure)}, reusing the card texts of {@code previous} (made with
     * the same measure) for cards whose name, detail and size did not change: after an edit in a large
     * design only the changed cards are fitted again. Edge labels are all kept when every connection's label
     * and route and every card and header band are as in {@code previous} (an edit that changed only a
     * card's text, such as a pool's count); otherwise only those whose placement could change are placed
     * again ({@link EdgeLabelPlacement}). Either way the result equals a fresh one.
     */
    public static DiagramLabels of(
            Diagram diagram, Optional<Catalog> catalog, TextMeasure measure, DiagramLabels previous) {
        DiagramLabels before = previous != null && previous.measure == measure ? previous : null;
        TextFit fit = new TextFit(measure);
        Map<String, CardText> cards = new HashMap<>();
        Map<String, HeaderText> headers = new HashMap<>();
        Map<String, CardKey> cardKeys = new HashMap<>();
        Map<String, HeaderKey> headerKeys = new HashMap<>();
        List<Rect> obstacles = new ArrayList<>();
        List<Diagram.Item> edgeItems = new ArrayList<>();
        for (Diagram.Item it : diagram.items()) {
            switch (it.kind()) {
                case CONTAINER -> {
                    Component c = it.component();
                    Rect r = it.rect();
                    double headerHeight = DiagramLayout.headerHeight(c);
                    obstacles.add(new Rect(r.x(), r.y(), r.w(), Math.min(r.h(), headerHeight)));
                    HeaderKey key = new HeaderKey(
                            r,
                            headerHeight,
                            DiagramText.chipText(diagram.design(), catalog, c),
                            DiagramText.containerTitle(diagram.design(), catalog, c));
                    HeaderText text = before != null && key.equals(before.headerKeys.get(it.id()))
                            ? before.headers.get(it.id())
                            : header(fit, r, headerHeight, key.chip(), key.title());
                    headerKeys.put(it.id(), key);
                    headers.put(it.id(), text);
                }
                case CARD -> {
                    Component c = it.component();
                    Rect r = it.rect();
                    CardKey was = before == null ? null : before.cardKeys.get(it.id());
                    CardKey key = was != null && was.component() == c && was.w() == r.w() && was.h() == r.h()
                            ? was
                            : new CardKey(
                                    c,
                                    c.label(),
                                    DiagramText.fact(c),
                                    r.w(),
                                    r.h(),
                                    c.type() == ComponentType.PIPELINE);
                    CardText text = was != null && key.sameText(was)
                            ? before.cards.get(it.id())
                            : card(
                                    fit,
                                    r,
                                    key.chevron(),
                                    true,
                                    key.name(),
                                    key.fact().isEmpty() ? List.of() : List.of(key.fact()));
                    cardKeys.put(it.id(), key);
                    cards.put(it.id(), text);
                    obstacles.add(r);
                }
                case EDGE -> edgeItems.add(it);
            }
        }
        // notes: their text fitted as a card's name; zones: their label as a header without a chip
        for (dev.skyloom.model.Annotation a : diagram.design().annotations()) {
            Rect r = DiagramLayout.rectOf(a);
            if (a.kind() == dev.skyloom.model.Annotation.Kind.NOTE) {
                cards.put(a.id(), card(fit, r, false, false, a.text(), List.of()));
            } else {
                headers.put(a.id(), header(fit, r, DiagramStyle.ZONE_HEADER, "", a.text(), false));
            }
        }
        List<EdgeRequest> requests = new ArrayList<>(edgeItems.size());
        List<Connection> edgeConnections = new ArrayList<>(edgeItems.size());
        for (int k = 0; k < edgeItems.size(); k++) {
            Diagram.Item it = edgeItems.get(k);
            // the same connection object at the same place in the list: its label text is the one made then
            boolean same = before != null
                    && k < before.edgeConnections.size()
                    && before.edgeConnections.get(k) == it.connection();
            String label = same ? before.placement.request(k).label() : DiagramText.edgeLabel(it.connection());
            requests.add(new EdgeRequest(it.id(), label, it.route()));
            edgeConnections.add(it.connection());
        }
        EdgeLabelPlacement placement =
                EdgeLabelPlacement.place(fit, requests, obstacles, before == null ? null : before.placement);
        return new DiagramLabels(
                cards, headers, placement.labels(), measure, cardKeys, headerKeys, edgeConnections, placement);
    }

    public Optional<CardText> card(String id) {
        return Optional.ofNullable(cards.get(id));
    }

    public Optional<HeaderText> header(String id) {
        return Optional.ofNullable(headers.get(id));
    }

    public Optional<EdgeLabel> edge(String id) {
        return Optional.ofNullable(edges.get(id));
    }

    /**
     * The inside of a card of size {@code r}: narrow cards get a smaller icon and tighter insets so that
     * names keep their room; a name too long for one line gets two, at the largest size where it fits whole.
     */
    public static CardText card(TextFit fit, Rect r, boolean chevron, boolean icon, String name, List<String> details) {
        double w = r.w();
        double h = r.h();
        boolean compact = w < 170;
        double inset = chevron ? (compact ? 14 : 18) : (compact ? 11 : 14);
        double iconSize = Math.min(compact ? 18 : 22, h - 8);
        double tx = inset;
        boolean drawIcon = icon && iconSize > 4;
        if (drawIcon) {
            tx += iconSize + (compact ? 7 : 9);
        }
        double room = w - tx - (chevron ? (compact ? 12 : 16) : 6);
        double lineGap = 15;
        double titleSize = DiagramStyle.CARD_TITLE;
        double titleGap = titleSize + 2;
        String whole = TextFit.singleLine(name);
        List<String> title = List.of(fit.fit(whole, room, titleSize, true));
        if (!title.get(0).equals(whole) && 2 * 14 + details.size() * lineGap + 8 <= h) {
            for (double size : new double[] {12, 11.5, 11, 10.5, 12}) {
                titleSize = size;
                title = fit.wrap(whole, room, size, true, 2);
                if (String.join(" ", title).equals(whole)) {
                    break;
                }
            }
            titleGap = titleSize + 2;
        }
        // a detail too long for its line takes a second one where the card has the height for it
        double spare = h - 8 - title.size() * titleGap - details.size() * lineGap;
        List<String> shown = new ArrayList<>(details.size());
        for (String d : details) {
            String one = fit.fit(d, room, DiagramStyle.CARD_DETAIL, false);
            List<String> two = one.equals(TextFit.singleLine(d)) || spare < lineGap
                    ? List.of()
                    : detailLines(fit, TextFit.singleLine(d), room);
            if (two.isEmpty()) {
                shown.add(one);
            } else {
                shown.addAll(two);
                spare -= lineGap;
            }
        }
        double block = title.size() * titleGap + shown.size() * lineGap;
        double top = h / 2 - block / 2;
        List<TextLine> titleLines = new ArrayList<>(title.size());
        for (int i = 0; i < title.size(); i++) {
            double cy = top + titleGap * i + titleGap / 2;
            titleLines.add(new TextLine(
                    title.get(i), tx, TextLine.baselineFor(cy, titleSize), titleSize, true, TextLine.Align.LEFT));
        }
        List<TextLine> detailLines = new ArrayList<>(shown.size());
        double detailTop = top + title.size() * titleGap;
        for (int i = 0; i < shown.size(); i++) {
            double cy = detailTop + lineGap * i + lineGap / 2;
            detailLines.add(new TextLine(
                    shown.get(i),
                    tx,
                    TextLine.baselineFor(cy, DiagramStyle.CARD_DETAIL),
                    DiagramStyle.CARD_DETAIL,
                    false,
                    TextLine.Align.LEFT));
        }
        return new CardText(
                whole, drawIcon ? inset : 0, (h - iconSize) / 2, drawIcon ? iconSize : 0, titleLines, detailLines);
    }

    /**
     * A card detail broken into two lines that each fit {@code room}, or empty when no break does: after a
     * " · " first (between facts), then before a " × " (the count stays with its sign), then at any space;
     * the latest such break, so the first line is the fuller one.
     */
    private static List<String> detailLines(TextFit fit, String detail, double room) {
        for (int rule = 0; rule < 3; rule++) {
            for (int at = detail.length() - 1; at > 0; at--) {
                if (detail.charAt(at) != ' ') {
                    continue;
                }
                boolean allowed =
                        switch (rule) {
                            case 0 -> detail.charAt(at - 1) == '·';
                            case 1 -> detail.startsWith("× ", at + 1);
                            default -> true;
                        };
                String first = detail.substring(0, at);
                String second = detail.substring(at + 1);
                if (allowed
                        && fit.width(first, DiagramStyle.CARD_DETAIL, false) <= room
                        && fit.width(second, DiagramStyle.CARD_DETAIL, false) <= room) {
                    return List.of(first, second);
                }
            }
        }
        return List.of();
    }

    /** The widest card {@link #cardWidth} makes. */
    public static final double MAX_CARD_WIDTH = 320;

    /**
     * The narrowest width from {@code w} up (in steps of 10, at most {@link #MAX_CARD_WIDTH}) at which a
     * card {@code h} tall shows its name and details whole: each detail on one line if a width up to 260
     * allows it, else on two; {@code w} when no width does.
     */
    public static double cardWidth(
            TextFit fit, double w, double h, boolean chevron, String name, List<String> details) {
        for (boolean oneLine : new boolean[] {true, false}) {
            double widest = oneLine ? Math.max(w, 260) : MAX_CARD_WIDTH;
            for (double cw = w; cw <= widest; cw += 10) {
                CardText t = card(fit, new Rect(0, 0, cw, h), chevron, true, name, details);
                if (isWhole(t, details) && (!oneLine || t.details().size() == details.size())) {
                    return cw;
                }
            }
        }
        return w;
    }

    /** Whether {@code t} shows the whole name and the whole {@code details} (on one line or wrapped). */
    public static boolean isWhole(CardText t, List<String> details) {
        List<String> shown = new ArrayList<>(t.details().size());
        for (TextLine l : t.details()) {
            shown.add(l.text());
        }
        List<String> whole = new ArrayList<>(details.size());
        for (String d : details) {
            whole.add(TextFit.singleLine(d));
        }
        return t.shownName().equals(t.name()) && String.join(" ", shown).equals(String.join(" ", whole));
    }

    /**
     * Room kept free at the right end of a container's header for its finding badge
     * ({@link #badgeCentre}), so that a badge never covers the title: the badge at 100 % and a gap.
     */
    public static final double HEADER_BADGE_ROOM = 2 * DiagramStyle.BADGE_HALF + 10;

    /**
     * The centre of the finding badge of {@code it} drawn at {@code r} (a dragged item's rectangle may
     * differ from {@code it.rect()}) at {@code zoom}. A container's sits in its header band at the right end,
     * in the room the title leaves free ({@link #HEADER_BADGE_ROOM}); a card's on its top-right corner, a
     * few screen pixels in, so that it stays off neighbouring cards and the header above, and raised above
     * the card's name where the name's first line reaches under it.
     */
    public double[] badgeCentre(Diagram.Item it, Rect r, double zoom) {
        double[] c = cornerBadge(it, r, zoom);
        CardText t = it.kind() == Diagram.Kind.CARD ? cards.get(it.id()) : null;
        if (t == null || t.title().isEmpty()) {
            return c;
        }
        double half = DiagramStyle.BADGE_HALF / zoom;
        TextLine first = t.title().get(0);
        double top = r.y() + first.baseline() - first.size();
        // measured only when the badge is level with the line and right of its start: the canvas asks
        // this for every badge in view on every frame, and measuring is the slow part
        // the badge's edges as Rect.intersects computes them ((c - half) + 2 * half, not c + half: they can
        // differ in the last bit), so that returning early here is exactly a miss of the test below
        Rect badge = new Rect(c[0] - half, c[1] - half, 2 * half, 2 * half);
        if (badge.y() > top + first.size() * 1.25 || badge.maxY() < top || badge.maxX() < r.x() + first.x()) {
            return c;
        }
        Rect line = new Rect(
                r.x() + first.x(), top, measure.width(first.text(), first.size(), first.bold()), first.size() * 1.25);
        if (badge.intersects(line)) {
            c[1] = top - half - 1;
        }
        return c;
    }

    private static double[] cornerBadge(Diagram.Item it, Rect r, double zoom) {
        if (it.kind() == Diagram.Kind.CONTAINER) {
            double band = Math.min(DiagramLayout.headerHeight(it.component()), r.h());
            double cy = band > 0 ? r.y() + band / 2 : r.y() + Math.min(16, r.h() / 2);
            return new double[] {r.maxX() - HEADER_INSET - DiagramStyle.BADGE_HALF, cy};
        }
        return new double[] {r.maxX() - 4 / zoom, r.y() + 4 / zoom};
    }

    /** The header of a container of size {@code r} with a header band {@code headerHeight} tall. */
    public static HeaderText header(TextFit fit, Rect r, double headerHeight, String chip, String title) {
        return header(fit, r, headerHeight, chip, title, true);
    }

    /**
     * As {@link #header(TextFit, Rect, double, String, String)}; {@code badgeRoom} keeps the right end of the
     * band free for a finding badge (containers; a zone has no findings).
     */
    public static HeaderText header(
            TextFit fit, Rect r, double headerHeight, String chip, String title, boolean badgeRoom) {
        double header = Math.min(headerHeight, r.h());
        double band = header > 0 ? header : 32;
        double cy = band / 2;
        double tx = HEADER_INSET;
        boolean big = band >= 36;
        double cs = big ? DiagramStyle.PROVIDER_BADGE : DiagramStyle.REGION_CHIP;
        double ch = big ? 24 : 18;
        String chipShown = fit.fit(chip, 60, cs, true);
        double cw = chipWidth(fit, big, chipShown);
        Rect chipRect = new Rect(tx, cy - ch / 2, cw, ch);
        TextLine chipText =
                new TextLine(chipShown, tx + cw / 2, TextLine.baselineFor(cy, cs), cs, true, TextLine.Align.CENTER);
        tx += cw + CHIP_GAP;
        double ts = big ? DiagramStyle.PROVIDER_TITLE : DiagramStyle.REGION_TITLE;
        String shown = fit.fit(title, r.w() - HEADER_INSET - tx - (badgeRoom ? HEADER_BADGE_ROOM : 0), ts, true);
        TextLine titleLine = new TextLine(shown, tx, TextLine.baselineFor(cy, ts), ts, true, TextLine.Align.LEFT);
        return new HeaderText(TextFit.singleLine(title), chipRect, big ? 6 : 4, chipText, titleLine);
    }

    /**
     * The narrowest container width at which {@link #header} draws {@code title} whole (no ellipsis): inset,
     * chip, gap, the title's measured width, the badge's room and the inset on the right, rounded up to a
     * whole unit.
     */
    public static double headerWidth(TextFit fit, double headerHeight, String chip, String title) {
        double band = headerHeight > 0 ? headerHeight : 32;
        boolean big = band >= 36;
        double cs = big ? DiagramStyle.PROVIDER_BADGE : DiagramStyle.REGION_CHIP;
        double ts = big ? DiagramStyle.PROVIDER_TITLE : DiagramStyle.REGION_TITLE;
        double cw = chipWidth(fit, big, fit.fit(chip, 60, cs, true));
        return Math.ceil(HEADER_INSET
                + cw
                + CHIP_GAP
                + fit.width(TextFit.singleLine(title), ts, true)
                + HEADER_BADGE_ROOM
                + HEADER_INSET);
    }

    private static double chipWidth(TextFit fit, boolean big, String chipShown) {
        double cs = big ? DiagramStyle.PROVIDER_BADGE : DiagramStyle.REGION_CHIP;
        return Math.max(big ? 24 : 18, fit.width(chipShown, cs, true) + 12);
    }

    /** A connection whose label is to be placed: its id, full label and route. */
    public record EdgeRequest(String id, String label, Route route) {}

    /**
     * Places the labels of {@code edges} in order, each avoiding {@code cards} (and container header
     * bands, passed with them) and the labels placed before it (see the class comment). Linear in the
     * number of edges: obstacles come from a grid.
     */
    public static Map<String, EdgeLabel> placeEdgeLabels(TextFit fit, List<EdgeRequest> edges, List<Rect> cards) {
        return EdgeLabelPlacement.place(fit, edges, cards, null).labels();
    }
}
