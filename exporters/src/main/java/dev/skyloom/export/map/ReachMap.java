package dev.skyloom.export.map;

import dev.skyloom.catalog.Catalog;
import dev.skyloom.catalog.GeoPoint;
import dev.skyloom.export.diagram.Colour;
import dev.skyloom.export.diagram.DiagramStyle;
import dev.skyloom.model.Component;
import dev.skyloom.model.graph.DesignGraph;
import dev.skyloom.model.latency.Places;
import dev.skyloom.model.latency.ReachAnalysis;
import dev.skyloom.model.latency.Serving;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the Map view draws, with no toolkit in it: the design's regions at their catalog coordinates in
 * their provider's colour, each population sized by its share of the traffic, and a line from each
 * population to the region that serves it, coloured by its round trip against its budget. Under a
 * what-if failure the lines show where populations are served from after it, and a population that moved
 * keeps a muted dashed line to where it was served before. Positions are longitude/latitude; a surface
 * projects them with a {@link MapProjection}.
 *
 * @param regions the design's region units that have coordinates, in unit order
 * @param populations the populations that have a place, in document order
 * @param lines the serving lines (before-failure lines first, so current ones draw on top)
 * @param unplaced populations and regions the map cannot place (no coordinates), by id or key
 */
public record ReachMap(
        List<RegionMark> regions, List<PopulationMark> populations, List<ServingLine> lines, List<String> unplaced) {

    /** Smallest and largest population marker radius, in map pixels. */
    public static final double MIN_RADIUS = 5;

    public static final double MAX_RADIUS = 16;

    public ReachMap {
        regions = List.copyOf(regions);
        populations = List.copyOf(populations);
        lines = List.copyOf(lines);
        unplaced = List.copyOf(unplaced);
    }

    /** A region unit ({@code provider/code}): where it is, its provider's colour, and whether a what-if failed it. */
    public record RegionMark(String key, String provider, GeoPoint at, Colour colour, boolean failed, boolean serving) {
        public RegionMark {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(at, "at");
        }
    }

    /** A population: its place, its marker radius (by share) and how it is served (after the what-if, if any). */
    public record PopulationMark(String id, String label, GeoPoint at, double radius, Serving serving, Colour colour) {
        public PopulationMark {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(serving, "serving");
        }
    }

    /** How a serving line is drawn. */
    public enum LineState {
        WITHIN_BUDGET,
        OVER_BUDGET,
        /** Served, but the round trip is unknown. */
        UNKNOWN,
        /** Where the population was served from before the simulated failure (what-if only). */
        BEFORE_FAILURE
    }

    /**
     * A line from a population to a region along the great circle ({@link GreatCircle#path}); {@code label}
     * is the round trip and the budget, e.g. {@code ~42 ms / 50 ms}.
     */
    public record ServingLine(
            String population, String region, List<double[]> path, LineState state, Colour colour, String label) {
        public ServingLine {
            path = List.copyOf(path);
        }

        public boolean dashed() {
            return state == LineState.BEFORE_FAILURE;
        }
    }

    /**
     * Builds the map of one design.
     *
     * @param now who serves whom with nothing failed ({@link ReachAnalysis#now()})
     * @param afterFailure who serves whom under the what-if failure, when one is simulated
     * @param failedRegions the region unit keys ({@code provider/code}) the what-if fails
     */
    public static ReachMap of(
            ReachAnalysis reach,
            Catalog catalog,
            List<Serving> now,
            Optional<List<Serving>> afterFailure,
            Set<String> failedRegions,
            DiagramStyle style) {
        DesignGraph g = reach.graph();
        Places places = Places.bundled();
        List<Serving> shown = afterFailure.orElse(now);
        Set<String> serving = new java.util.HashSet<>();
        shown.forEach(s -> serving.add(s.region()));
        List<RegionMark> regions = new ArrayList<>();
        List<String> unplaced = new ArrayList<>();
        java.util.Map<String, GeoPoint> regionAt = new java.util.HashMap<>();
        for (int u = 0; u < g.regionUnitCount(); u++) {
            String key = g.regionUnitKey(u);
            Optional<GeoPoint> at = ReachAnalysis.regionEndpoint(g, catalog, u).location();
            if (at.isEmpty()) {
                unplaced.add(key);
                continue;
            }
            regionAt.put(key, at.get());
            String provider =
                    key.contains("/") && !key.startsWith("custom:") ? key.substring(0, key.indexOf('/')) : "custom";
            regions.add(new RegionMark(
                    key,
                    provider,
                    at.get(),
                    DiagramStyle.providerColour(provider),
                    failedRegions.contains(key),
                    serving.contains(key)));
        }
        int[] pops = reach.populations();
        double[] weights = reach.weights();
        double max = 0;
        for (double w : weights) {
            max = Math.max(max, w);
        }
        List<PopulationMark> marks = new ArrayList<>();
        List<ServingLine> before = new ArrayList<>();
        List<ServingLine> current = new ArrayList<>();
        for (int i = 0; i < pops.length; i++) {
            Component.Users users = g.users(pops[i]);
            Optional<GeoPoint> at = places.locate(users);
            if (at.isEmpty()) {
                unplaced.add(users.id());
                continue;
            }
            Serving s = shown.get(i);
            double radius = max > 0
                    ? MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) * Math.sqrt(weights[i] / max)
                    : (MIN_RADIUS + MAX_RADIUS) / 2;
            marks.add(new PopulationMark(users.id(), users.label(), at.get(), radius, s, colour(style, state(s))));
            GeoPoint to = regionAt.get(s.region());
            if (to != null) {
                LineState state = state(s);
                current.add(new ServingLine(
                        users.id(), s.region(), GreatCircle.path(at.get(), to), state, colour(style, state), label(s)));
            }
            if (afterFailure.isPresent()) {
                Serving was = now.get(i);
                GeoPoint from = regionAt.get(was.region());
                if (from != null && !was.region().equals(s.region())) {
                    before.add(new ServingLine(
                            users.id(),
                            was.region(),
                            GreatCircle.path(at.get(), from),
                            LineState.BEFORE_FAILURE,
                            style.mutedText(),
                            "before: " + label(was)));
                }
            }
        }
        before.addAll(current);
        return new ReachMap(regions, marks, before, unplaced);
    }

    /** The population whose marker is under a point of the map (the smallest when markers overlap). */
    public Optional<String> populationAt(MapProjection projection, double px, double py) {
        PopulationMark hit = null;
        for (PopulationMark p : populations) {
            double dx = px - projection.x(p.at().longitude());
            double dy = py - projection.y(p.at().latitude());
            double r = p.radius() + 3;
            if (dx * dx + dy * dy <= r * r && (hit == null || p.radius() < hit.radius())) {
                hit = p;
            }
        }
        return Optional.ofNullable(hit).map(PopulationMark::id);
    }

    static LineState state(Serving s) {
        return switch (s.status()) {
            case WITHIN_BUDGET -> LineState.WITHIN_BUDGET;
            case OVER_BUDGET -> LineState.OVER_BUDGET;
            case UNKNOWN, UNSERVED -> LineState.UNKNOWN;
        };
    }

    static Colour colour(DiagramStyle style, LineState state) {
        return switch (state) {
            case WITHIN_BUDGET -> style.accept();
            case OVER_BUDGET -> style.error();
            case UNKNOWN, BEFORE_FAILURE -> style.mutedText();
        };
    }

    /** {@code ~42 ms / 50 ms}: the round trip against the budget. */
    static String label(Serving s) {
        return s.rtt().map(r -> r.text()).orElse("? ms") + " / "
                + s.budgetMs().stripTrailingZeros().toPlainString() + " ms";
    }
}
