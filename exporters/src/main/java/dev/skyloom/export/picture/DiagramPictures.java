package dev.skyloom.export.picture;

import dev.skyloom.catalog.Catalog;
import dev.skyloom.export.diagram.Colour;
import dev.skyloom.export.diagram.Diagram;
import dev.skyloom.export.diagram.DiagramLabels;
import dev.skyloom.export.diagram.DiagramLayout;
import dev.skyloom.export.diagram.DiagramLegend;
import dev.skyloom.export.diagram.DiagramStyle;
import dev.skyloom.export.diagram.DiagramText;
import dev.skyloom.export.diagram.LineStyle;
import dev.skyloom.export.diagram.Rect;
import dev.skyloom.export.diagram.Route;
import dev.skyloom.icons.IconKey;
import dev.skyloom.icons.ProviderColours;
import dev.skyloom.model.Annotation;
import dev.skyloom.model.Component;
import dev.skyloom.model.ComponentType;
import dev.skyloom.model.Connection;
import dev.skyloom.model.Design;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns a {@link Diagram} (the rectangles and routed edges the canvas draws) and its {@link DiagramLabels}
 * (the fitted names and placed labels the canvas draws) into a {@link DiagramPicture} in a
 * {@link DiagramStyle}, with a legend of what the design uses and the design name and date as title.
 * Toolkit-free: the command line uses it without JavaFX.
 */
public final class DiagramPictures {
    private static final double MARGIN = 12;

    private final Diagram diagram;
    private final DiagramLabels labels;
    private final Optional<Catalog> catalog;
    private final DiagramStyle style;

    private DiagramPictures(Diagram diagram, DiagramLabels labels, Optional<Catalog> catalog, DiagramStyle style) {
        this.diagram = diagram;
        this.labels = labels;
        this.catalog = catalog;
        this.style = style;
    }

    /** The picture of a design as the canvas lays it out, in the light style, measured with the bundled font. */
    public static DiagramPicture of(Design design, Catalog catalog, LocalDate date) {
        Diagram diagram = Diagram.of(design);
        Optional<Catalog> cat = Optional.ofNullable(catalog);
        return of(diagram, DiagramLabels.of(diagram, cat, AwtTextMeasure.shared()), cat, DiagramStyle.LIGHT, date);
    }

    /** The picture of a diagram with the texts already fitted and placed (the designer passes the canvas'). */
    public static DiagramPicture of(
            Diagram diagram, DiagramLabels labels, Optional<Catalog> catalog, DiagramStyle style, LocalDate date) {
        return new DiagramPictures(diagram, labels, catalog, style).build(date);
    }

    private DiagramPicture build(LocalDate date) {
        Design design = diagram.design();
        List<PictureBox> boxes = new ArrayList<>();
        List<PictureEdge> edges = new ArrayList<>();
        Rect world = null;
        // zones first, under everything; notes last, over the cards
        List<PictureBox> notes = new ArrayList<>();
        for (Annotation a : design.annotations()) {
            Rect r = DiagramLayout.rectOf(a);
            world = world == null ? r : world.union(r);
            (a.kind() == Annotation.Kind.ZONE ? boxes : notes).add(annotation(a, r));
        }
        for (Diagram.Item it : diagram.items()) {
            world = world == null ? it.rect() : world.union(it.rect());
            switch (it.kind()) {
                case CONTAINER -> boxes.add(container(it.component(), it.rect()));
                case EDGE -> edges.add(edge(it.connection(), it.route()));
                case CARD -> boxes.add(card(it.component(), it.rect()));
            }
        }
        boxes.addAll(notes);
        PictureRect extent = world == null
                ? new PictureRect(0, 0, 480, 160)
                : new PictureRect(world.x(), world.y(), world.w(), world.h()).inflated(MARGIN);
        String subtitle = date + " · " + count(design.components().size(), "component") + " · "
                + count(design.connections().size(), "connection")
                + catalog.map(c -> " · catalog of " + c.snapshotDate() + oldestPrice(design, c))
                        .orElse("");
        return new DiagramPicture(design.name(), subtitle, extent, boxes, edges, legend(design), pageTheme());
    }

    /** ", oldest price used DATE" when the design uses a catalog price (the freshness of its figures). */
    private static String oldestPrice(Design design, Catalog c) {
        return dev.skyloom.model.cost.PriceAge.of(
                        c.snapshotDate(), new dev.skyloom.model.cost.CostEngine(c).price(design), c.snapshotDate())
                .oldestPrice()
                .map(d -> ", oldest price used " + d)
                .orElse("");
    }

    private PictureTheme pageTheme() {
        boolean light = style.equals(DiagramStyle.LIGHT);
        return new PictureTheme(
                light ? PictureColour.WHITE : colour(style.background()),
                colour(style.text()),
                colour(style.mutedText()),
                colour(light ? style.background() : style.regionFill()),
                colour(style.cardStroke()),
                colour(style.accent()));
    }

    private PictureBox container(Component c, Rect r) {
        boolean provider = c instanceof Component.Provider;
        Colour pc = providerColour(c);
        BoxStyle boxStyle = new BoxStyle(
                colour(provider ? style.providerFill() : style.regionFill()),
                provider ? PictureStroke.solid(colour(style.providerOutline(pc)), 1.5) : stroke(style.regionOutline()),
                provider ? 12 : 9,
                DiagramLayout.headerHeight(c),
                colour(provider ? style.providerHeader(pc) : style.regionHeader()),
                PictureColour.NONE,
                provider ? colour(style.shadow()) : PictureColour.NONE,
                PictureColour.NONE,
                colour(style.text()),
                colour(style.mutedText()));
        String title = DiagramText.containerTitle(diagram.design(), catalog, c);
        String chip = DiagramText.chipText(diagram.design(), catalog, c);
        PictureBadge badge = c instanceof Component.Provider p
                ? new PictureBadge(
                        chip,
                        colour(pc),
                        PictureColour.of(ProviderColours.badge(p.provider()).textHex()))
                : new PictureBadge(chip, colour(style.regionChip(pc)), PictureColour.WHITE);
        return new PictureBox(
                c.id(),
                PictureBox.Kind.CONTAINER,
                PictureBox.Shape.ROUNDED,
                rect(r),
                c.name().isEmpty() ? title : c.name(),
                title,
                List.of(),
                Optional.empty(),
                Optional.of(badge),
                boxStyle,
                Optional.empty(),
                labels.header(c.id()));
    }

    private PictureBox card(Component c, Rect r) {
        boolean pipeline = c.type() == ComponentType.PIPELINE;
        boolean outlined = DiagramStyle.outlinedCard(c.type());
        Colour kind = style.kindColour(c.type());
        BoxStyle boxStyle = new BoxStyle(
                colour(style.cardFill()),
                outlined ? PictureStroke.solid(colour(kind), 1.5) : PictureStroke.solid(colour(style.cardStroke()), 1),
                DiagramStyle.cardCornerRadius(c.type()),
                0,
                PictureColour.NONE,
                outlined ? PictureColour.NONE : colour(kind),
                colour(style.shadow()),
                colour(kind),
                colour(style.text()),
                colour(style.mutedText()));
        String fact = DiagramText.fact(c);
        return new PictureBox(
                c.id(),
                PictureBox.Kind.CARD,
                pipeline ? PictureBox.Shape.CHEVRON : PictureBox.Shape.ROUNDED,
                rect(r),
                c.label(),
                c.label(),
                fact.isEmpty() ? List.of() : List.of(fact),
                Optional.of(DiagramText.iconKey(c)),
                Optional.empty(),
                boxStyle,
                labels.card(c.id()),
                Optional.empty());
    }

    /** A zone as a container with a dashed frame and no fill; a note as a card of pale paper without icon. */
    private PictureBox annotation(Annotation a, Rect r) {
        boolean zone = a.kind() == Annotation.Kind.ZONE;
        BoxStyle boxStyle = new BoxStyle(
                zone ? PictureColour.NONE : colour(style.noteFill()),
                zone ? stroke(style.zoneOutline()) : PictureStroke.solid(colour(style.noteStroke()), 1),
                zone ? 12 : 4,
                zone ? DiagramStyle.ZONE_HEADER : 0,
                PictureColour.NONE,
                PictureColour.NONE,
                zone ? PictureColour.NONE : colour(style.shadow()),
                PictureColour.NONE,
                colour(zone ? style.accent() : style.text()),
                colour(style.mutedText()));
        return new PictureBox(
                a.id(),
                zone ? PictureBox.Kind.CONTAINER : PictureBox.Kind.CARD,
                PictureBox.Shape.ROUNDED,
                rect(r),
                a.text(),
                a.text(),
                List.of(),
                Optional.empty(),
                Optional.empty(),
                boxStyle,
                labels.card(a.id()),
                labels.header(a.id()));
    }

    private PictureEdge edge(Connection k, Route route) {
        return new PictureEdge(
                k.id(),
                route.xs(),
                route.ys(),
                stroke(style.edgeLine(k.type())),
                true,
                DiagramText.edgeLabel(k),
                route.labelX(),
                route.labelY(),
                colour(style.edgeLabelFill()),
                colour(style.mutedText()),
                labels.edge(k.id()));
    }

    private List<LegendEntry> legend(Design design) {
        List<LegendEntry> entries = new ArrayList<>();
        for (DiagramLegend.Entry e : DiagramLegend.of(design, catalog)) {
            switch (e.kind()) {
                case PROVIDER -> {
                    ProviderColours.Badge b = ProviderColours.badge(e.provider().orElse(""));
                    entries.add(LegendEntry.badge(
                            e.label(),
                            new PictureBadge(b.initials(), PictureColour.of(b.hex()), PictureColour.of(b.textHex()))));
                }
                case REGION ->
                    entries.add(LegendEntry.area(
                            e.label(),
                            colour(style.regionFill()),
                            new PictureStroke(colour(style.regionStroke()), 1, new double[] {4, 3})));
                case CUSTOM_SITE ->
                    entries.add(LegendEntry.icon(e.label(), IconKey.CUSTOM_SITE, colour(style.mutedText())));
                case COMPONENT -> {
                    ComponentType t = e.componentType().orElseThrow();
                    entries.add(LegendEntry.icon(
                            e.label(), IconKey.forComponentType(t.json()), colour(style.kindColour(t))));
                }
                case CONNECTION ->
                    entries.add(LegendEntry.line(
                            e.label(), stroke(style.edgeLine(e.connectionType().orElseThrow()))));
            }
        }
        return entries;
    }

    private Colour providerColour(Component c) {
        return DiagramStyle.providerColour(diagram.design()
                .providerOf(c.id())
                .map(Component.Provider::provider)
                .orElse("custom"));
    }

    private static String count(int n, String noun) {
        return String.format(Locale.ROOT, "%,d %s%s", n, noun, n == 1 ? "" : "s");
    }

    private static PictureRect rect(Rect r) {
        return new PictureRect(r.x(), r.y(), r.w(), r.h());
    }

    /** The picture colour of a style colour. */
    public static PictureColour colour(Colour c) {
        return PictureColour.of(c.red(), c.green(), c.blue(), c.opacity());
    }

    static PictureStroke stroke(LineStyle l) {
        return new PictureStroke(colour(l.colour()), l.width(), l.dash());
    }
}
