package dev.skyloom.model.check;

import dev.skyloom.catalog.Catalog;
import dev.skyloom.model.Component;
import dev.skyloom.model.Design;
import dev.skyloom.model.cost.CostEngine;
import dev.skyloom.model.cost.CostReport;
import dev.skyloom.model.graph.DesignGraph;
import dev.skyloom.model.latency.Latencies;
import dev.skyloom.model.latency.LatencyModel;
import dev.skyloom.model.latency.Places;
import dev.skyloom.model.latency.ReachAnalysis;
import java.util.Locale;
import java.util.Objects;

/**
 * What a check looks at: the design, its compact graph and the catalog, plus facts several checks share
 * (the country of each region, the cost report), computed on first use and kept.
 */
public final class DesignContext {
    private final Design design;
    private final Catalog catalog;
    private final DesignGraph graph;
    private String[] unitCountries;
    private CostReport cost;
    private CostEngine costEngine;
    private final LatencyModel latencies;
    private ReachAnalysis reach;

    public DesignContext(Design design, Catalog catalog, DesignGraph graph) {
        this(design, catalog, graph, Latencies.standard());
    }

    /** A context whose latency check uses {@code latencies} (e.g. with the user's measurements laid over). */
    public DesignContext(Design design, Catalog catalog, DesignGraph graph, LatencyModel latencies) {
        this.design = Objects.requireNonNull(design, "design");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.graph = Objects.requireNonNull(graph, "graph");
        this.latencies = Objects.requireNonNull(latencies, "latencies");
    }

    /** Round-trip times between regions and places. */
    public LatencyModel latencies() {
        return latencies;
    }

    /** Where each population is served from, computed once. */
    public synchronized ReachAnalysis reach() {
        ReachAnalysis r = reach;
        if (r == null) {
            r = new ReachAnalysis(graph, catalog, latencies, Places.bundled());
            reach = r;
        }
        return r;
    }

    public static DesignContext of(Design design, Catalog catalog) {
        return new DesignContext(design, catalog, DesignGraph.of(design));
    }

    public Design design() {
        return design;
    }

    public Catalog catalog() {
        return catalog;
    }

    public DesignGraph graph() {
        return graph;
    }

    /**
     * The ISO country code of a region unit: a custom site's {@code country}, else the catalog region's
     * country; {@code null} when unknown.
     */
    public String countryOfUnit(int regionUnit) {
        String[] countries = unitCountries;
        if (countries == null) {
            countries = new String[graph.regionUnitCount()];
            for (int u = 0; u < countries.length; u++) {
                int r = graph.indexOf(graph.regionUnitComponents(u).get(0));
                countries[u] = countryOfRegion(r);
            }
            unitCountries = countries;
        }
        return countries[regionUnit];
    }

    /** The country of the region a component sits in, or {@code null} when unknown. */
    public String countryOf(int v) {
        int u = graph.regionUnit(v);
        return u < 0 ? null : countryOfUnit(u);
    }

    private String countryOfRegion(int r) {
        Component.Region region = graph.regionComponent(r);
        if (region.isCustom()) {
            return region.country().map(c -> c.toUpperCase(Locale.ROOT)).orElse(null);
        }
        if (graph.provider(r) < 0) {
            return null;
        }
        return catalog.region(graph.catalogProviderId(graph.provider(r)), region.region())
                .flatMap(dev.skyloom.catalog.Region::country)
                .or(region::country)
                .map(c -> c.toUpperCase(Locale.ROOT))
                .orElse(null);
    }

    /** The cost report of the design, computed once. */
    public CostReport cost() {
        CostReport c = cost;
        if (c == null) {
            c = costEngine().price(graph);
            cost = c;
        }
        return c;
    }

    /** A cost engine over the catalog, shared by the checks of this context. */
    public CostEngine costEngine() {
        CostEngine e = costEngine;
        if (e == null) {
            e = new CostEngine(catalog);
            costEngine = e;
        }
        return e;
    }
}
