package dev.skyloom.export.diagram;

import dev.skyloom.icons.ProviderColours;
import dev.skyloom.model.ComponentType;
import dev.skyloom.model.ConnectionType;

/**
 * The one style of the diagram, as plain values: page and card colours for a light and a dark theme,
 * colours per provider and component kind, edge strokes and dash patterns, and the font and sizes of
 * every text. The canvas converts these values to JavaFX paints ({@code CanvasTheme}); the picture
 * exporters use them as they are. Derived shades (a provider's outline, a region's chip) are computed
 * here once, so no output repeats the colour maths.
 */
public record DiagramStyle(
        String name,
        Colour background,
        Colour grid,
        Colour providerFill,
        Colour providerStroke,
        Colour regionFill,
        Colour regionHeader,
        Colour regionStroke,
        Colour cardFill,
        Colour cardStroke,
        Colour text,
        Colour mutedText,
        Colour edge,
        Colour edgeLabelFill,
        Colour accent,
        Colour highlight,
        Colour error,
        Colour warning,
        Colour accept,
        Colour dimFill,
        Colour gpu,
        Colour storage,
        Colour pipeline,
        Colour shadow) {

    /** The family of every text; its metrics come from the bundled DejaVu Sans (see {@link TextMeasure}). */
    public static final String FONT_FAMILY = "DejaVu Sans";

    public static final double CARD_TITLE = 13;
    public static final double CARD_DETAIL = 11;
    public static final double EDGE_LABEL = 10.5;
    public static final double PROVIDER_TITLE = 13;
    public static final double REGION_TITLE = 12;
    public static final double PROVIDER_BADGE = 11;
    public static final double REGION_CHIP = 10;
    /** Half the size of a finding badge (its disc or triangle and the halo around it), in screen pixels. */
    public static final double BADGE_HALF = 11;

    /** Edge stroke width at 100 %. */
    public static final double EDGE_WIDTH = 1.6;

    private static final double CARD_CORNER = 6;
    private static final double USERS_CORNER = 20;

    /** Dash pattern of a region's outline. */
    private static final double[] REGION_DASH = {6, 4};

    public static final DiagramStyle LIGHT = new DiagramStyle(
            "light",
            Colour.web("#F6F8FA"),
            Colour.web("#E3E7EC"),
            Colour.web("#FFFFFF"),
            Colour.web("#C9D1D9"),
            Colour.web("#F3F6F9"),
            Colour.web("#E8EDF2"),
            Colour.web("#D0D7DE"),
            Colour.web("#FFFFFF"),
            Colour.web("#D0D7DE"),
            Colour.web("#1F2328"),
            Colour.web("#656D76"),
            Colour.web("#6E7781"),
            Colour.web("#FFFFFF"),
            Colour.web("#0969DA"),
            Colour.web("#E8590C"),
            Colour.web("#CF222E"),
            Colour.web("#BF8700"),
            Colour.web("#1A7F37"),
            Colour.web("#E6E9ED"),
            Colour.web("#7C3AED"),
            Colour.web("#0E7490"),
            Colour.web("#B45309"),
            Colour.rgb(31, 35, 40, 0.10));

    public static final DiagramStyle DARK = new DiagramStyle(
            "dark",
            Colour.web("#0D1117"),
            Colour.web("#1C222B"),
            Colour.web("#161B22"),
            Colour.web("#30363D"),
            Colour.web("#1C2129"),
            Colour.web("#222933"),
            Colour.web("#373E47"),
            Colour.web("#22272E"),
            Colour.web("#444C56"),
            Colour.web("#E6EDF3"),
            Colour.web("#8D96A0"),
            Colour.web("#8B949E"),
            Colour.web("#22272E"),
            Colour.web("#4493F8"),
            Colour.web("#FF8C42"),
            Colour.web("#F85149"),
            Colour.web("#D29922"),
            Colour.web("#3FB950"),
            Colour.web("#2A2F36"),
            Colour.web("#A78BFA"),
            Colour.web("#22D3EE"),
            Colour.web("#F59E0B"),
            Colour.rgb(0, 0, 0, 0.35));

    /** A provider's own colour (the same in both themes); "custom" for own sites. */
    public static Colour providerColour(String providerId) {
        return Colour.web(ProviderColours.hex(providerId));
    }

    /** Height of a zone's label band. */
    public static final double ZONE_HEADER = 28;

    /** Dash pattern of a zone's frame. */
    private static final double[] ZONE_DASH = {10, 6};

    /** A note's paper: a pale yellow, dimmed on the dark page. */
    public Colour noteFill() {
        return name.equals("dark") ? Colour.web("#4A4630") : Colour.web("#FFF6C4");
    }

    /** A note's outline. */
    public Colour noteStroke() {
        return name.equals("dark") ? Colour.web("#8C8456") : Colour.web("#D9C870");
    }

    /** A zone's dashed frame, in the accent colour. */
    public LineStyle zoneOutline() {
        return new LineStyle(accent, 2, ZONE_DASH);
    }

    /** The outline of a provider container in its provider's colour. */
    public Colour providerOutline(Colour provider) {
        return provider.derive(0, 0.8, 1, 0.75);
    }

    /** The header band of a provider container: its fill tinted towards the provider's colour. */
    public Colour providerHeader(Colour provider) {
        return providerFill.interpolate(provider, 0.12);
    }

    /** The country chip of a region in its provider's colour. */
    public Colour regionChip(Colour provider) {
        return provider.derive(0, 0.9, 1, 0.9);
    }

    /** Line style of a region's (dashed) outline. */
    public LineStyle regionOutline() {
        return new LineStyle(regionStroke, 1, REGION_DASH);
    }

    /** The colour of a component kind: the card's accent bar, icon and a pipeline's outline. */
    public Colour kindColour(ComponentType type) {
        return switch (type) {
            case GPU_POOL -> gpu;
            case STORAGE -> storage;
            case PIPELINE -> pipeline;
            // populations are people, not infrastructure: the accent colour sets them apart from every card
            case USERS -> accent;
            case PROVIDER, REGION, IDENTITY, TELEMETRY -> mutedText;
        };
    }

    /**
     * Corner radius of a component's card at 100 %: a population's card is much rounder (a badge, with its
     * outline in its kind colour and no accent bar) so people read apart from infrastructure in every output.
     */
    public static double cardCornerRadius(ComponentType type) {
        return type == ComponentType.USERS ? USERS_CORNER : CARD_CORNER;
    }

    /** Whether a card is outlined in its kind colour (pipelines, populations) instead of the plain card stroke. */
    public static boolean outlinedCard(ComponentType type) {
        return type == ComponentType.PIPELINE || type == ComponentType.USERS;
    }

    /** The colour of a connection type's line. */
    public Colour edgeColour(ConnectionType type) {
        return switch (type) {
            case RUNS_ON -> gpu.derive(0, 0.8, 1, 0.9);
            case REPLICATES_TO -> storage;
            case WRITES -> pipeline;
            case SERVES -> accent;
            case READS, FEDERATES, SHIPS_TELEMETRY -> edge;
        };
    }

    /** Dash pattern of a connection type at 100 % (empty = solid). */
    public static double[] dashes(ConnectionType type) {
        return switch (type) {
            case RUNS_ON -> new double[] {7, 5};
            case REPLICATES_TO -> new double[] {2, 4};
            case WRITES, READS, SERVES -> new double[0];
            // governance links are not data paths of the workload: dotted for identity, dash-dot for
            // telemetry, so the two read apart from each other and from every data flow
            case FEDERATES -> new double[] {1, 3};
            case SHIPS_TELEMETRY -> new double[] {6, 3, 1, 3};
        };
    }

    /** The full line style of a connection type at 100 %. */
    public LineStyle edgeLine(ConnectionType type) {
        return new LineStyle(edgeColour(type), EDGE_WIDTH, dashes(type));
    }
}
