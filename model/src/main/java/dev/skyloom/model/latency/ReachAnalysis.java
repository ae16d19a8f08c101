package dev.skyloom.model.latency;

import dev.skyloom.catalog.Catalog;
import dev.skyloom.catalog.GeoPoint;
import dev.skyloom.catalog.RegionKey;
import dev.skyloom.model.Component;
import dev.skyloom.model.ConnectionType;
import dev.skyloom.model.graph.Availability;
import dev.skyloom.model.graph.DesignGraph;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which region serves each population of a design, under no failure or a given one. A population is
 * served by the pipelines with a {@code serves} connection to it; its serving pool is the nearest (lowest
 * round trip) pool that is not lost among those of its serving pipelines that are up ({@link
 * Availability}: the same "up" as the redundancy check and the simulation). Ties go to document order.
 *
 * <p>Region endpoints and population places are resolved once; round trips are cached per population
 * and region unit, so a failure costs one {@link Availability} pass plus the serving pipelines' pools.
 */
public final class ReachAnalysis {
    private final DesignGraph g;
    private final LatencyModel latencies;
    private final int[] populations;
    private final Endpoint[] places;
    private final Endpoint[] units;
    private final RoundTrip[][] cache;
    private final boolean[][] known;

    public ReachAnalysis(DesignGraph graph, Catalog catalog, LatencyModel latencies, Places places) {
        this.g = graph;
        this.latencies = latencies;
        List<Integer> pops = new ArrayList<>();
        for (int v = 0; v < g.size(); v++) {
            if (g.component(v) instanceof Component.Users) {
                pops.add(v);
            }
        }
        this.populations = pops.stream().mapToInt(Integer::intValue).toArray();
        this.places = new Endpoint[populations.length];
        for (int i = 0; i < populations.length; i++) {
            Component.Users u = g.users(populations[i]);
            Optional<GeoPoint> at = places.locate(u);
            this.places[i] = new Endpoint(u.id(), Optional.empty(), at);
        }
        this.units = new Endpoint[g.regionUnitCount()];
        for (int u = 0; u < units.length; u++) {
            units[u] = regionEndpoint(g, catalog, u);
        }
        this.cache = new RoundTrip[populations.length][units.length];
        this.known = new boolean[populations.length][units.length];
    }

    /** The endpoint of a region unit: its catalog region (with the catalog's city coordinates) or a custom site. */
    public static Endpoint regionEndpoint(DesignGraph g, Catalog catalog, int unit) {
        String key = g.regionUnitKey(unit);
        int slash = key.indexOf('/');
        if (key.startsWith("custom:") || slash < 0) {
            return new Endpoint(key, Optional.empty(), Optional.empty());
        }
        RegionKey region = new RegionKey(key.substring(0, slash), key.substring(slash + 1));
        return Endpoint.of(region, catalog.region(region).flatMap(dev.skyloom.catalog.Region::location));
    }

    public DesignGraph graph() {
        return g;
    }

    /** Component indexes of the populations, in document order. */
    public int[] populations() {
        return populations.clone();
    }

    public int populationCount() {
        return populations.length;
    }

    /** Where every population is served from when nothing fails. */
    public List<Serving> now() {
        return under(new boolean[g.regionUnitCount()]);
    }

    /** Where every population is served from when the given region units fail. */
    public List<Serving> under(boolean[] failedUnits) {
        return under(Availability.underRegionFailure(g, failedUnits));
    }

    /** Where every population is served from under an availability already computed. */
    public List<Serving> under(Availability a) {
        List<Serving> result = new ArrayList<>(populations.length);
        for (int i = 0; i < populations.length; i++) {
            result.add(serve(i, a));
        }
        return result;
    }

    /** The round trip between a population (by its position in {@link #populations()}) and a region unit. */
    public Optional<RoundTrip> roundTrip(int population, int unit) {
        if (!known[population][unit]) {
            cache[population][unit] =
                    latencies.roundTrip(places[population], units[unit]).orElse(null);
            known[population][unit] = true;
        }
        return Optional.ofNullable(cache[population][unit]);
    }

    private Serving serve(int i, Availability a) {
        int p = populations[i];
        Component.Users users = g.users(p);
        BigDecimal budget = users.latencyBudgetMs();
        int bestPipeline = -1;
        int bestPool = -1;
        RoundTrip best = null;
        int firstUnknown = -1;
        int firstUnknownPipeline = -1;
        int servers = g.inDegree(ConnectionType.SERVES, p);
        for (int k = 0; k < servers; k++) {
            int pipeline = g.in(ConnectionType.SERVES, p, k);
            if (!a.isUp(pipeline)) {
                continue;
            }
            int pools = g.outDegree(ConnectionType.RUNS_ON, pipeline);
            for (int j = 0; j < pools; j++) {
                int pool = g.out(ConnectionType.RUNS_ON, pipeline, j);
                int unit = g.regionUnit(pool);
                if (a.isLost(pool)) {
                    continue;
                }
                Optional<RoundTrip> rtt = unit < 0 ? Optional.empty() : roundTrip(i, unit);
                if (rtt.isEmpty()) {
                    if (firstUnknown < 0) {
                        firstUnknown = pool;
                        firstUnknownPipeline = pipeline;
                    }
                    continue;
                }
                if (best == null || rtt.get().ms() < best.ms()) {
                    best = rtt.get();
                    bestPool = pool;
                    bestPipeline = pipeline;
                }
            }
        }
        if (best != null) {
            boolean within = best.roundedMs() <= budget.doubleValue();
            return new Serving(
                    users.id(),
                    g.id(bestPipeline),
                    g.id(bestPool),
                    g.regionUnitKey(g.regionUnit(bestPool)),
                    Optional.of(best),
                    budget,
                    within ? Serving.Status.WITHIN_BUDGET : Serving.Status.OVER_BUDGET);
        }
        if (firstUnknown >= 0) {
            int unit = g.regionUnit(firstUnknown);
            return new Serving(
                    users.id(),
                    g.id(firstUnknownPipeline),
                    g.id(firstUnknown),
                    unit < 0 ? "" : g.regionUnitKey(unit),
                    Optional.empty(),
                    budget,
                    Serving.Status.UNKNOWN);
        }
        return new Serving(users.id(), "", "", "", Optional.empty(), budget, Serving.Status.UNSERVED);
    }

    /**
     * The weight of each population in coverage figures: its user count when every population has one,
     * else its share when every population has one, else 1 each.
     */
    public double[] weights() {
        double[] w = new double[populations.length];
        boolean counts = true;
        boolean shares = true;
        for (int p : populations) {
            Component.Users u = g.users(p);
            counts &= u.userCount().isPresent();
            shares &= u.share().isPresent();
        }
        for (int i = 0; i < populations.length; i++) {
            Component.Users u = g.users(populations[i]);
            w[i] = counts ? u.userCount().get() : shares ? u.share().get().doubleValue() : 1;
        }
        return w;
    }

    /** What {@link #weights()} weighs by: {@code users}, {@code share} or {@code populations}. */
    public String weightBasis() {
        boolean counts = true;
        boolean shares = true;
        for (int p : populations) {
            Component.Users u = g.users(p);
            counts &= u.userCount().isPresent();
            shares &= u.share().isPresent();
        }
        return counts ? "users" : shares ? "share of traffic" : "populations";
    }

    /** The weighted share (0..1) of {@code servings} within budget; NaN when the weights add up to 0. */
    public double coverage(List<Serving> servings) {
        double[] w = weights();
        double total = 0;
        double within = 0;
        for (int i = 0; i < w.length; i++) {
            total += w[i];
            if (servings.get(i).withinBudget()) {
                within += w[i];
            }
        }
        return total == 0 ? Double.NaN : within / total;
    }
}
