package dev.skyloom.model.suggest;

import dev.skyloom.catalog.Catalog;
import dev.skyloom.catalog.GeoPoint;
import dev.skyloom.catalog.GpuOffering;
import dev.skyloom.catalog.RegionKey;
import dev.skyloom.model.Component;
import dev.skyloom.model.Design;
import dev.skyloom.model.check.Checks;
import dev.skyloom.model.cost.CostEngine;
import dev.skyloom.model.graph.DesignGraph;
import dev.skyloom.model.latency.Endpoint;
import dev.skyloom.model.latency.LatencyModel;
import dev.skyloom.model.latency.Places;
import dev.skyloom.model.latency.ReachAnalysis;
import dev.skyloom.model.latency.RoundTrip;
import dev.skyloom.model.latency.Serving;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * "Move closer" for a population over its latency budget, under the {@link MoveSuggestions} rule: the regions
 * of the serving pool's provider where its instance type is sold and that are closer to the population than
 * the region serving it now, nearest first; the first whose move adds no error to the design (residency, the
 * latency budgets of the other populations, …) comes first, the nearest overall second with what it breaks.
 * Round trips come from the same {@link LatencyModel} as the latency check (measured, else {@code ~} estimated).
 */
public final class CloserRegions {
    private CloserRegions() {}

    /** A region of the pool's provider and the population's round trip to it. */
    public record Region(String provider, String code, RoundTrip rtt) {
        public String key() {
            return provider + "/" + code;
        }
    }

    /** What to move and from where: the population, the pool serving it, its region and round trip now. */
    public record Subject(String population, String pool, String region, RoundTrip rtt) {}

    /** The suggestion and its subject; empty when the population is within budget, unserved or unplaced. */
    public record Result(Subject subject, MoveSuggestions.Suggestion<Region> suggestion) {}

    public static Optional<Result> forPopulation(
            Design design, Catalog catalog, LatencyModel latencies, String populationId) {
        DesignGraph g = DesignGraph.of(design);
        ReachAnalysis reach = new ReachAnalysis(g, catalog, latencies, Places.bundled());
        int[] pops = reach.populations();
        int i = 0;
        while (i < pops.length && !g.id(pops[i]).equals(populationId)) {
            i++;
        }
        if (i == pops.length) {
            return Optional.empty();
        }
        Serving now = reach.now().get(i);
        Component.Users users = g.users(pops[i]);
        Optional<GeoPoint> place = Places.bundled().locate(users);
        if (now.status() != Serving.Status.OVER_BUDGET || now.rtt().isEmpty() || place.isEmpty()) {
            return Optional.empty();
        }
        Optional<Component.GpuPool> pool = design.component(now.pool())
                .filter(Component.GpuPool.class::isInstance)
                .map(Component.GpuPool.class::cast);
        Optional<Component.Provider> provider = design.providerOf(now.pool());
        if (pool.isEmpty() || provider.isEmpty()) {
            return Optional.empty();
        }
        String cloud = provider.get().provider();
        Optional<GpuOffering> offering = catalog.offering(cloud, pool.get().instanceType());
        if (offering.isEmpty()) {
            return Optional.empty();
        }
        Endpoint population = Endpoint.at(users.id(), place.get());
        List<Region> candidates = new ArrayList<>();
        for (dev.skyloom.catalog.Region r : catalog.regionsOf(cloud)) {
            if (!offering.get().isAvailableIn(r.code()) || now.region().equals(cloud + "/" + r.code())) {
                continue;
            }
            Optional<RoundTrip> rtt =
                    latencies.roundTrip(population, Endpoint.of(new RegionKey(cloud, r.code()), r.location()));
            if (rtt.isPresent() && rtt.get().ms() < now.rtt().get().ms()) {
                candidates.add(new Region(cloud, r.code(), rtt.get()));
            }
        }
        candidates.sort(Comparator.comparingDouble((Region r) -> r.rtt().ms()).thenComparing(Region::code));
        MoveSuggestions<Region> rule = new MoveSuggestions<>(d -> Checks.runAll(d, catalog));
        MoveSuggestions.Suggestion<Region> suggestion = rule.suggest(
                design,
                candidates,
                r -> Optional.of(CheapestRegions.moved(design, catalog, pool.get(), provider.get(), r.code())));
        return Optional.of(new Result(
                new Subject(users.id(), now.pool(), now.region(), now.rtt().get()), suggestion));
    }

    /**
     * What the move changes in the design's priced monthly total (after − before, in the design's currency);
     * empty when the pool is unpriced before or after, so an unknown price never reads as a saving.
     */
    public static Optional<BigDecimal> monthlyDifference(Design design, Catalog catalog, String poolId, String code) {
        Optional<Component.GpuPool> pool = design.component(poolId)
                .filter(Component.GpuPool.class::isInstance)
                .map(Component.GpuPool.class::cast);
        Optional<Component.Provider> provider = design.providerOf(poolId);
        if (pool.isEmpty() || provider.isEmpty()) {
            return Optional.empty();
        }
        Design after = CheapestRegions.moved(design, catalog, pool.get(), provider.get(), code);
        CostEngine engine = new CostEngine(catalog);
        var before = engine.price(design);
        var moved = engine.price(after);
        boolean priced = before.line(poolId).map(l -> l.isPriced()).orElse(false)
                && moved.line(poolId).map(l -> l.isPriced()).orElse(false);
        return priced ? Optional.of(moved.monthly().subtract(before.monthly())) : Optional.empty();
    }
}
