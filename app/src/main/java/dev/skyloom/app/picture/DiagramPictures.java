package dev.skyloom.app.picture;

import dev.skyloom.app.canvas.CanvasTheme;
import dev.skyloom.app.canvas.Diagram;
import dev.skyloom.app.canvas.DiagramLayout;
import dev.skyloom.app.canvas.DiagramText;
import dev.skyloom.app.canvas.Rect;
import dev.skyloom.app.canvas.Route;
import dev.skyloom.catalog.Catalog;
import dev.skyloom.export.picture.BoxStyle;
import dev.skyloom.export.picture.DiagramPicture;
import dev.skyloom.export.picture.LegendEntry;
import dev.skyloom.export.picture.PictureBadge;
import dev.skyloom.export.picture.PictureBox;
import dev.skyloom.export.picture.PictureColour;
import dev.skyloom.export.picture.PictureEdge;
import dev.skyloom.export.picture.PictureRect;
import dev.skyloom.export.picture.PictureStroke;
import dev.skyloom.export.picture.PictureTheme;
import dev.skyloom.icons.IconKey;
import dev.skyloom.icons.ProviderColours;
import dev.skyloom.model.Component;
import dev.skyloom.model.Connection;
import dev.skyloom.model.ConnectionType;
import dev.skyloom.model.Design;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.scene.paint.Color;

/**
 * Turns the canvas' {@link Diagram} (the same rectangles and routed edges the canvas draws) into a
 * toolkit-free {@link DiagramPicture} with the canvas' colours, names and facts, a legend of what the
 * design uses, and the design name and date as title. Uses only JavaFX colour arithmetic, so it runs on
 * the command line without a toolkit.
 */
public final class DiagramPictures {
    private static final double MARGIN = 12;

    private final Diagram diagram;
    private final Optional<Catalog> catalog;
    private final CanvasTheme theme;

    private DiagramPictures(Diagram diagram, Optional<Catalog> catalog, CanvasTheme theme) {
        this.diagram = diagram;
        this.catalog = catalog;
        this.theme = theme;
    }

    /** The picture of a design as the canvas lays it out, in the light theme. */
    public static DiagramPicture of(Design design, Catalog catalog, LocalDate date) {
        return of(Diagram.of(design), Optional.ofNullable(catalog), CanvasTheme.LIGHT, date);
    }

    /** The picture of what the canvas shows, in the given canvas theme (for the designer's export). */
    public static DiagramPicture of(Diagram diagram, Optional<Catalog> catalog, CanvasTheme theme, LocalDate date) {
        return new DiagramPictures(diagram, catalog, theme).build(date);
    }

    private DiagramPicture build(LocalDate date) {
        Design design = diagram.design();
        List<PictureBox> boxes = new ArrayList<>();
        List<PictureEdge> edges = new ArrayList<>();
        Rect world = null;
        for (Diagram.Item it : diagram.items()) {
            world = world == null ? it.rect() : world.union(it.rect());
            switch (it.kind()) {
                case CONTAINER:
                    boxes.add(container(it.component(), it.rect()));
                    break;
                case EDGE:
                    edges.add(edge(it.connection(), it.route()));
                    break;
                default:
                    boxes.add(card(it.component(), it.rect()));
                    break;
            }
        }
        PictureRect extent = world == null
                ? new PictureRect(0, 0, 480, 160)
                : new PictureRect(world.x(), world.y(), world.w(), world.h()).inflated(MARGIN);
        String subtitle = date + " · " + count(design.components().size(), "component") + " · "
                + count(design.connections().size(), "connection")
                + catalog.map(c -> " · catalog of " + c.snapshotDate()).orElse("");
        return new DiagramPicture(design.name(), subtitle, extent, boxes, edges, legend(design), pageTheme());
    }

    private PictureTheme pageTheme() {
        boolean light = theme.equals(CanvasTheme.LIGHT);
        return new PictureTheme(
                light ? PictureColour.WHITE : colour(theme.background()),
                colour(theme.text()),
                colour(theme.mutedText()),
                colour(light ? theme.background() : theme.regionFill()),
                colour(theme.cardStroke()),
                colour(theme.accent()));
    }

    private PictureBox container(Component c, Rect r) {
        boolean provider = c instanceof Component.Provider;
        Color pc = providerColour(c);
        BoxStyle style = new BoxStyle(
                colour(provider ? theme.providerFill() : theme.regionFill()),
                new PictureStroke(
                        colour(provider ? pc.deriveColor(0, 0.8, 1, 0.75) : theme.regionStroke()),
                        provider ? 1.5 : 1,
                        provider ? new double[0] : new double[] {6, 4}),
                provider ? 12 : 9,
                DiagramLayout.headerHeight(c),
                colour(provider ? theme.providerFill().interpolate(pc, 0.12) : theme.regionHeader()),
                PictureColour.NONE,
                provider ? colour(theme.shadow()) : PictureColour.NONE,
                PictureColour.NONE,
                colour(theme.text()),
                colour(theme.mutedText()));
        String title;
        PictureBadge badge;
        if (provider) {
            Component.Provider p = (Component.Provider) c;
            ProviderColours.Badge b = ProviderColours.badge(p.provider());
            badge = new PictureBadge(b.initials(), colour(pc), PictureColour.of(b.textHex()));
            title = p.name().isEmpty() ? providerName(p.provider()) : p.name();
        } else {
            Component.Region region = (Component.Region) c;
            badge = new PictureBadge(
                    DiagramText.countryCode(diagram.design(), catalog, region),
                    colour(pc.deriveColor(0, 0.9, 1, 0.9)),
                    PictureColour.WHITE);
            title = DiagramText.regionTitle(diagram.design(), catalog, region);
        }
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
                style);
    }

    private PictureBox card(Component c, Rect r) {
        boolean pipeline = c instanceof Component.Pipeline;
        Color kind = kindColour(c);
        BoxStyle style = new BoxStyle(
                colour(theme.cardFill()),
                pipeline ? PictureStroke.solid(colour(kind), 1.5) : PictureStroke.solid(colour(theme.cardStroke()), 1),
                6,
                0,
                PictureColour.NONE,
                pipeline ? PictureColour.NONE : colour(kind),
                colour(theme.shadow()),
                colour(kind),
                colour(theme.text()),
                colour(theme.mutedText()));
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
                style);
    }

    private PictureEdge edge(Connection k, Route route) {
        String label = k.type().json()
                + (k.monthlyTb().signum() > 0 ? " · " + DiagramText.plain(k.monthlyTb()) + " TB/mo" : "");
        return new PictureEdge(
                k.id(),
                route.xs(),
                route.ys(),
                edgeStroke(k.type()),
                true,
                label,
                route.labelX(),
                route.labelY(),
                colour(theme.edgeLabelFill()),
                colour(theme.mutedText()));
    }

    /** The canvas' edge style at 100 % zoom. */
    private PictureStroke edgeStroke(ConnectionType t) {
        switch (t) {
            case RUNS_ON:
                return new PictureStroke(colour(theme.gpu().deriveColor(0, 0.8, 1, 0.9)), 1.6, new double[] {7, 5});
            case REPLICATES_TO:
                return new PictureStroke(colour(theme.storage()), 1.6, new double[] {2, 4});
            case WRITES:
                return PictureStroke.solid(colour(theme.pipeline()), 1.6);
            default:
                return PictureStroke.solid(colour(theme.edge()), 1.6);
        }
    }

    private List<LegendEntry> legend(Design design) {
        List<LegendEntry> entries = new ArrayList<>();
        Set<String> providers = new LinkedHashSet<>();
        boolean regions = false;
        boolean custom = false;
        Set<Class<?>> kinds = new LinkedHashSet<>();
        for (Component c : design.components()) {
            if (c instanceof Component.Provider) {
                providers.add(((Component.Provider) c).provider());
            } else if (c instanceof Component.Region) {
                regions = true;
                custom |= ((Component.Region) c).isCustom();
            } else {
                kinds.add(c.getClass());
            }
        }
        for (String p : providers) {
            ProviderColours.Badge b = ProviderColours.badge(p);
            entries.add(LegendEntry.badge(
                    providerName(p),
                    new PictureBadge(b.initials(), PictureColour.of(b.hex()), PictureColour.of(b.textHex()))));
        }
        if (regions) {
            entries.add(LegendEntry.area(
                    "Region",
                    colour(theme.regionFill()),
                    new PictureStroke(colour(theme.regionStroke()), 1, new double[] {4, 3})));
        }
        if (custom) {
            entries.add(
                    LegendEntry.icon("On-premises / colocation site", IconKey.CUSTOM_SITE, colour(theme.mutedText())));
        }
        if (kinds.contains(Component.GpuPool.class)) {
            entries.add(LegendEntry.icon("GPU pool", IconKey.GPU_POOL, colour(theme.gpu())));
        }
        if (kinds.contains(Component.Storage.class)) {
            entries.add(LegendEntry.icon("Storage", IconKey.STORAGE, colour(theme.storage())));
        }
        if (kinds.contains(Component.Pipeline.class)) {
            entries.add(LegendEntry.icon("Pipeline", IconKey.PIPELINE, colour(theme.pipeline())));
        }
        Set<ConnectionType> types = EnumSet.noneOf(ConnectionType.class);
        for (Connection k : design.connections()) {
            types.add(k.type());
        }
        for (ConnectionType t : types) {
            entries.add(LegendEntry.line(connectionLegend(t), edgeStroke(t)));
        }
        return entries;
    }

    private static String connectionLegend(ConnectionType t) {
        switch (t) {
            case READS:
                return "reads (pipeline → storage)";
            case WRITES:
                return "writes (pipeline → storage)";
            case RUNS_ON:
                return "runs on (pipeline → GPU pool)";
            case SERVES:
                return "serves (pipeline → users)";
            default:
                return "replicates to (storage → storage)";
        }
    }

    private String providerName(String provider) {
        if (provider.equals("custom")) {
            return "On-premises";
        }
        return catalog.flatMap(c -> c.provider(provider))
                .map(dev.skyloom.catalog.Provider::name)
                .orElse(provider);
    }

    private Color providerColour(Component c) {
        String provider = diagram.design()
                .providerOf(c.id())
                .map(Component.Provider::provider)
                .orElse("custom");
        return Color.web(ProviderColours.hex(provider));
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

    private static String count(int n, String noun) {
        return String.format(java.util.Locale.ROOT, "%,d %s%s", n, noun, n == 1 ? "" : "s");
    }

    private static PictureRect rect(Rect r) {
        return new PictureRect(r.x(), r.y(), r.w(), r.h());
    }

    static PictureColour colour(Color c) {
        return PictureColour.of(c.getRed(), c.getGreen(), c.getBlue(), c.getOpacity());
    }
}
