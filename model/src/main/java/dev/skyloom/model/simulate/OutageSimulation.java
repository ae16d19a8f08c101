package dev.skyloom.model.simulate;

import dev.skyloom.catalog.Catalog;
import dev.skyloom.catalog.GpuOffering;
import dev.skyloom.model.Component;
import dev.skyloom.model.ConnectionType;
import dev.skyloom.model.Design;
import dev.skyloom.model.cost.CostEngine;
import dev.skyloom.model.cost.CostLine;
import dev.skyloom.model.graph.Availability;
import dev.skyloom.model.graph.DesignGraph;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What-if outages over one design. Uses the same "up" definition as the redundancy check ({@link
 * Availability}). Per-pool capacity and hourly price are computed once when the simulation is built; each
 * outage is then one O(V + E) pass.
 */
public final class OutageSimulation {
    private final DesignGraph g;
    private final double[] gpus; // per component; NaN when unknown, 0 for non-pools
    private final BigDecimal[] hourly; // per component; null when unknown or not a pool

    public OutageSimulation(DesignGraph graph, Catalog catalog) {
        this.g = graph;
        int n = g.size();
        this.gpus = new double[n];
        this.hourly = new BigDecimal[n];
        CostEngine engine = new CostEngine(catalog);
        Design design = g.design();
        for (int v = 0; v < n; v++) {
            if (g.component(v) instanceof Component.GpuPool pool) {
                String provider = g.catalogProviderOf(v).orElse("");
                Optional<GpuOffering> offering = catalog.offering(provider, pool.instanceType());
                gpus[v] = offering.map(o -> o.acceleratorCount() * pool.count()).orElse(Double.NaN);
                CostLine line = engine.pool(g, v, pool, design);
                hourly[v] = line.unitPrice()
                        .map(p -> p.multiply(BigDecimal.valueOf(pool.count())))
                        .orElse(null);
            }
        }
    }

    public static OutageSimulation of(Design design, Catalog catalog) {
        return new OutageSimulation(DesignGraph.of(design), catalog);
    }

    public DesignGraph graph() {
        return g;
    }

    /**
     * Runs one outage.
     *
     * @throws IllegalArgumentException when a target names no region or provider of the design
     */
    public OutageResult run(Outage outage) {
        return run(outage, failedUnits(outage));
    }

    /**
     * The region units an outage fails (indexed as {@link DesignGraph#regionUnitKey}).
     *
     * @throws IllegalArgumentException when a target names no region or provider of the design
     */
    public boolean[] failedUnits(Outage outage) {
        boolean[] failed = new boolean[g.regionUnitCount()];
        for (String target : outage.targets()) {
            resolve(target, failed);
        }
        return failed;
    }

    /** Every single-region outage, one result per region unit in document order. */
    public List<OutageResult> sweepRegions() {
        List<OutageResult> results = new ArrayList<>();
        for (int u = 0; u < g.regionUnitCount(); u++) {
            boolean[] failed = new boolean[g.regionUnitCount()];
            failed[u] = true;
            results.add(run(new Outage(List.of(g.regionUnitKey(u))), failed));
        }
        return results;
    }

    private OutageResult run(Outage outage, boolean[] failed) {
        Availability a = Availability.underRegionFailure(g, failed);
        List<String> failedRegions = new ArrayList<>();
        for (int u = 0; u < failed.length; u++) {
            if (failed[u]) {
                failedRegions.addAll(g.regionUnitComponents(u));
            }
        }
        boolean[] providerAlive = new boolean[g.size()];
        for (int v = 0; v < g.size(); v++) {
            if (g.regionUnit(v) >= 0 && !a.isLost(v) && g.provider(v) >= 0) {
                providerAlive[g.provider(v)] = true;
            }
        }
        List<String> lost = new ArrayList<>();
        List<String> up = new ArrayList<>();
        List<OutageResult.DownPipeline> down = new ArrayList<>();
        double survivingGpus = 0;
        double totalGpus = 0;
        BigDecimal survivingHourly = BigDecimal.ZERO;
        BigDecimal totalHourly = BigDecimal.ZERO;
        List<String> unknownGpus = new ArrayList<>();
        List<String> unknownPrice = new ArrayList<>();
        for (int v = 0; v < g.size(); v++) {
            Component c = g.component(v);
            boolean isLost =
                    a.isLost(v) || (c instanceof Component.Provider && !providerAlive[v] && hasRegions(v, failed));
            if (isLost) {
                lost.add(c.id());
            }
            if (c instanceof Component.Pipeline) {
                int problem = a.firstProblem(v);
                if (problem == Availability.OK) {
                    up.add(c.id());
                } else if (problem == Availability.NO_POOL) {
                    down.add(new OutageResult.DownPipeline(
                            c.id(),
                            "",
                            g.outDegree(ConnectionType.RUNS_ON, v) == 0
                                    ? "it has no GPU pool"
                                    : "all its GPU pools are lost"));
                } else {
                    down.add(new OutageResult.DownPipeline(
                            c.id(), g.id(problem), "storage " + g.id(problem) + " has no copy left"));
                }
            } else if (c instanceof Component.GpuPool) {
                if (Double.isNaN(gpus[v])) {
                    unknownGpus.add(c.id());
                } else {
                    totalGpus += gpus[v];
                    if (!isLost) {
                        survivingGpus += gpus[v];
                    }
                }
                if (hourly[v] == null) {
                    unknownPrice.add(c.id());
                } else {
                    totalHourly = totalHourly.add(hourly[v]);
                    if (!isLost) {
                        survivingHourly = survivingHourly.add(hourly[v]);
                    }
                }
            }
        }
        return new OutageResult(
                outage,
                failedRegions,
                lost,
                up,
                down,
                survivingGpus,
                totalGpus,
                survivingHourly.setScale(2, RoundingMode.HALF_UP),
                totalHourly.setScale(2, RoundingMode.HALF_UP),
                unknownGpus,
                unknownPrice);
    }

    private boolean hasRegions(int providerComponent, boolean[] failed) {
        for (int u = 0; u < failed.length; u++) {
            if (failed[u] && g.regionUnitProvider(u) == g.providerUnit(providerComponent)) {
                return true;
            }
        }
        return false;
    }

    private void resolve(String target, boolean[] failed) {
        int v = g.indexOf(target);
        if (v >= 0) {
            Component c = g.component(v);
            if (c instanceof Component.Region) {
                failed[g.regionUnit(v)] = true;
                return;
            }
            if (c instanceof Component.Provider) {
                failProvider(g.providerUnit(v), failed);
                return;
            }
            throw new IllegalArgumentException(
                    "\"" + target + "\" is a " + c.type().json() + "; only regions and providers can fail");
        }
        int p = g.providerUnitOf(target);
        if (p >= 0) {
            failProvider(p, failed);
            return;
        }
        boolean any = false;
        for (int u = 0; u < g.regionUnitCount(); u++) {
            String key = g.regionUnitKey(u);
            if (key.equals(target) || key.endsWith("/" + target)) {
                failed[u] = true;
                any = true;
            }
        }
        if (!any) {
            throw new IllegalArgumentException(
                    "\"" + target + "\" is not a region or provider of this design (use a component id, a"
                            + " provider id such as aws, or a region code such as eu-central-1)");
        }
    }

    private void failProvider(int providerUnit, boolean[] failed) {
        for (int u = 0; u < g.regionUnitCount(); u++) {
            if (g.regionUnitProvider(u) == providerUnit) {
                failed[u] = true;
            }
        }
    }
}
