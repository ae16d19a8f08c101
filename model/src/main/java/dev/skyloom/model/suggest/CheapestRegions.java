package dev.skyloom.model.suggest;

import dev.skyloom.catalog.Catalog;
import dev.skyloom.catalog.GpuOffering;
import dev.skyloom.catalog.Price;
import dev.skyloom.catalog.RegionalPrices;
import dev.skyloom.model.Component;
import dev.skyloom.model.Design;
import dev.skyloom.model.check.Checks;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * "Cheapest region" for a GPU pool under the {@link MoveSuggestions} rule: the cheapest region of the pool's
 * provider (published on-demand price of its instance type) whose move keeps the design free of new errors
 * of the standard checks, then the cheapest overall with the errors it would cause. The pool's own region
 * is a candidate too, so "stay" wins when every cheaper region breaks a rule.
 *
 * <p>Currencies are never compared: only regions priced in USD count when there are any (as {@link
 * Catalog#cheapestRegion}).
 */
public final class CheapestRegions {
    private CheapestRegions() {}

    /** A region code of the pool's catalog provider with its prices there. */
    public record Region(String provider, String code, RegionalPrices prices) {}

    public static MoveSuggestions.Suggestion<Region> forPool(Design design, Catalog catalog, String poolId) {
        MoveSuggestions<Region> rule = new MoveSuggestions<>(d -> Checks.runAll(d, catalog));
        Optional<Component.GpuPool> pool = design.component(poolId)
                .filter(Component.GpuPool.class::isInstance)
                .map(Component.GpuPool.class::cast);
        Optional<Component.Provider> provider = design.providerOf(poolId);
        if (pool.isEmpty() || provider.isEmpty()) {
            return new MoveSuggestions.Suggestion<>(Optional.empty(), Optional.empty());
        }
        String cloud = provider.get().provider();
        Optional<GpuOffering> offering = catalog.offering(cloud, pool.get().instanceType());
        if (offering.isEmpty()) {
            return new MoveSuggestions.Suggestion<>(Optional.empty(), Optional.empty());
        }
        List<Region> candidates = byPrice(cloud, offering.get());
        return rule.suggest(
                design, candidates, r -> Optional.of(moved(design, catalog, pool.get(), provider.get(), r)));
    }

    /** Regions with a published on-demand price, cheapest first (ties by region code), in one currency. */
    static List<Region> byPrice(String cloud, GpuOffering offering) {
        Set<String> currencies = new TreeSet<>();
        for (RegionalPrices p : offering.prices().values()) {
            p.onDemand().ifPresent(x -> currencies.add(x.currency()));
        }
        if (currencies.isEmpty() || currencies.size() > 1 && !currencies.contains("USD")) {
            return List.of();
        }
        String currency =
                currencies.contains("USD") ? "USD" : currencies.iterator().next();
        List<Region> out = new ArrayList<>();
        for (Map.Entry<String, RegionalPrices> e : offering.prices().entrySet()) {
            Optional<Price> p = e.getValue().onDemand();
            if (p.isPresent() && p.get().currency().equals(currency)) {
                out.add(new Region(cloud, e.getKey(), e.getValue()));
            }
        }
        out.sort(Comparator.comparing((Region r) -> r.prices().onDemand().get().amount())
                .thenComparing(Region::code));
        return out;
    }

    /**
     * The design with the pool inside a region container {@code r} of its provider: the existing container
     * with that code, else a new one (as the designer's "Move to" creates). Layout is left alone: checks do
     * not read it.
     */
    static Design moved(Design design, Catalog catalog, Component.GpuPool pool, Component.Provider provider, Region r) {
        return moved(design, catalog, pool, provider, r.code());
    }

    /** {@link #moved(Design, Catalog, Component.GpuPool, Component.Provider, Region)} by region code. */
    static Design moved(
            Design design, Catalog catalog, Component.GpuPool pool, Component.Provider provider, String code) {
        Region r = new Region(provider.provider(), code, null);
        Optional<String> existing = design.children(provider.id()).stream()
                .filter(c -> c instanceof Component.Region x && x.region().equals(r.code()))
                .map(Component::id)
                .findFirst();
        List<Component> components = new ArrayList<>();
        Optional<Component> added = Optional.empty();
        String regionId;
        if (existing.isPresent()) {
            regionId = existing.get();
        } else {
            regionId = freeId(design, provider.provider() + "-" + r.code());
            added = Optional.of(new Component.Region(
                    regionId,
                    catalog.region(provider.provider(), r.code())
                            .map(dev.skyloom.catalog.Region::name)
                            .orElse(r.code()),
                    Optional.of(provider.id()),
                    r.code(),
                    catalog.region(provider.provider(), r.code()).flatMap(dev.skyloom.catalog.Region::country),
                    Map.of()));
        }
        for (Component c : design.components()) {
            components.add(c.id().equals(pool.id()) ? pool.withParent(Optional.of(regionId)) : c);
        }
        added.ifPresent(components::add);
        return design.withComponents(components);
    }

    private static String freeId(Design design, String base) {
        String id = base;
        for (int i = 2; design.component(id).isPresent(); i++) {
            id = base + "-" + i;
        }
        return id;
    }
}
