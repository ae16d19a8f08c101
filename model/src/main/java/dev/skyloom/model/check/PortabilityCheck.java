package dev.skyloom.model.check;

import dev.skyloom.catalog.Catalog;
import dev.skyloom.catalog.GpuOffering;
import dev.skyloom.catalog.TransferRate;
import dev.skyloom.catalog.TransferType;
import dev.skyloom.model.Component;
import dev.skyloom.model.ConnectionType;
import dev.skyloom.model.cost.CostEngine;
import dev.skyloom.model.graph.DesignGraph;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Portability: how hard it would be to leave a provider.
 *
 * <p><b>What and why.</b> An accelerator only one provider sells (Trainium, TPU, ...) ties the workload
 * to that provider; a pipeline or a whole design confined to one provider has no fallback; the data a
 * provider stores costs money to move out.
 *
 * <p><b>Findings.</b> {@code portability.single-provider-accelerator} (warning): the pools using an
 * accelerator family only one catalog provider sells, with multi-provider alternatives of similar memory.
 * {@code portability.accelerator-alternatives} (info): for each other family used, who else sells it.
 * {@code portability.single-provider-pipeline} (info): a pipeline whose pools and storage are all in one
 * provider. {@code portability.single-provider-design} (warning): every pool and storage of the design is
 * in one provider. {@code portability.exit-cost} (info, one per provider storing data) and {@code
 * portability.score} (info) carry the {@link PortabilityReport} figures.
 *
 * <p><b>Algorithm and cost.</b> One pass over pools, storage and pipelines with catalog look-ups by key:
 * O(V + E). The score prices each pool with the cost engine (GPU lines only).
 */
public final class PortabilityCheck implements DesignCheck {
    public static final String NAME = "portability";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> codes() {
        return List.of(
                "portability.single-provider-accelerator",
                "portability.single-provider-design",
                "portability.single-provider-pipeline",
                "portability.accelerator-alternatives",
                "portability.exit-cost",
                "portability.score");
    }

    @Override
    public java.util.Set<DesignField> reads() {
        return READS;
    }

    private static final java.util.Set<DesignField> READS = DesignField.graphAnd(
            // the exit cost and the score come from the cost engine, which reads every priced field
            DesignField.REGION_NAME,
            DesignField.REGION_COUNTRY,
            DesignField.POOL_INSTANCE_TYPE,
            DesignField.POOL_COUNT,
            DesignField.POOL_PRICING,
            DesignField.POOL_HOURS,
            DesignField.POOL_UNIT_PRICE,
            DesignField.POOL_HAS_UNIT_PRICE,
            DesignField.STORAGE_CLASS,
            DesignField.STORAGE_CAPACITY,
            DesignField.STORAGE_UNIT_PRICE,
            DesignField.STORAGE_HAS_UNIT_PRICE,
            DesignField.CONNECTION_MONTHLY_TB,
            DesignField.DESIGN_ASSUMPTIONS,
            DesignField.DESIGN_CURRENCY);

    @Override
    public List<Finding> check(DesignContext ctx) {
        DesignGraph g = ctx.graph();
        Catalog catalog = ctx.catalog();
        List<Finding> findings = new ArrayList<>();
        Map<String, TreeSet<String>> poolsByFamily = new TreeMap<>();
        Map<String, GpuOffering> familyExample = new HashMap<>();
        Set<String> designProviders = new TreeSet<>();
        for (int v = 0; v < g.size(); v++) {
            Component c = g.component(v);
            if (c instanceof Component.GpuPool || c instanceof Component.Storage) {
                g.catalogProviderOf(v).ifPresent(designProviders::add);
            }
            if (c instanceof Component.GpuPool pool) {
                Optional<GpuOffering> o =
                        catalog.offering(g.catalogProviderOf(v).orElse(""), pool.instanceType());
                if (o.isPresent()) {
                    String family = o.get().accelerator().family();
                    poolsByFamily.computeIfAbsent(family, k -> new TreeSet<>()).add(pool.id());
                    familyExample.putIfAbsent(family, o.get());
                }
            } else if (c instanceof Component.Pipeline p) {
                singleProviderPipeline(g, v, p).ifPresent(findings::add);
            }
        }
        for (var e : poolsByFamily.entrySet()) {
            Set<String> sellers = catalog.providersSelling(e.getKey());
            List<String> subjects = new ArrayList<>(e.getValue());
            if (sellers.size() <= 1) {
                findings.add(new Finding(
                        Severity.WARNING,
                        NAME,
                        "portability.single-provider-accelerator",
                        subjects,
                        e.getKey() + " is sold only by " + String.join(", ", sellers) + "; alternatives sold by"
                                + " several providers: " + alternatives(catalog, familyExample.get(e.getKey()))));
            } else {
                String provider = familyExample.get(e.getKey()).provider();
                TreeSet<String> others = new TreeSet<>(sellers);
                others.remove(provider);
                findings.add(new Finding(
                        Severity.INFO,
                        NAME,
                        "portability.accelerator-alternatives",
                        subjects,
                        e.getKey() + " is also sold by " + String.join(", ", others)));
            }
        }
        if (designProviders.size() == 1) {
            String only = designProviders.iterator().next();
            findings.add(new Finding(
                    Severity.WARNING,
                    NAME,
                    "portability.single-provider-design",
                    providerComponents(g, only),
                    "The whole design runs on " + only + "; nothing can move without a redesign"));
        }
        PortabilityReport report = report(ctx);
        for (var e : report.storedTb().entrySet()) {
            Optional<BigDecimal> cost = report.exitCost().get(e.getKey());
            findings.add(new Finding(
                    Severity.INFO,
                    NAME,
                    "portability.exit-cost",
                    providerComponents(g, e.getKey()),
                    "Moving the " + plain(e.getValue()) + " TB stored in " + e.getKey() + " out costs "
                            + cost.map(x -> "about $" + dev.skyloom.model.text.Amount.of(x)
                                            + " at its internet egress price")
                                    .orElse("an unknown amount (no egress price in the catalog)")));
        }
        report.score()
                .ifPresent(s -> findings.add(new Finding(
                        Severity.INFO,
                        NAME,
                        "portability.score",
                        List.of(),
                        "Portability score " + s.movePointRight(2).setScale(0, RoundingMode.HALF_UP) + " %: share"
                                + " of priced GPU spend on accelerators sold by two or more providers")));
        return findings;
    }

    /** The exit cost per provider and the portability score. */
    public static PortabilityReport report(DesignContext ctx) {
        DesignGraph g = ctx.graph();
        Catalog catalog = ctx.catalog();
        Map<String, BigDecimal> stored = new TreeMap<>();
        Map<String, String> someRegion = new HashMap<>();
        for (int v = 0; v < g.size(); v++) {
            if (g.component(v) instanceof Component.Storage s
                    && g.catalogProviderOf(v).isPresent()) {
                String p = g.catalogProviderOf(v).get();
                stored.merge(p, s.capacityTb(), BigDecimal::add);
                someRegion.putIfAbsent(p, CostEngine.regionCode(g, v));
            }
        }
        Map<String, Optional<BigDecimal>> exit = new TreeMap<>();
        for (var e : stored.entrySet()) {
            Optional<TransferRate> rate =
                    catalog.transferRate(e.getKey(), TransferType.INTERNET_EGRESS, someRegion.get(e.getKey()));
            exit.put(e.getKey(), rate.map(r -> r.costOf(Catalog.tbToGb(e.getValue()))
                    .setScale(2, RoundingMode.HALF_UP)));
        }
        CostEngine engine = ctx.costEngine();
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal portable = BigDecimal.ZERO;
        Map<String, Boolean> familyPortable = new HashMap<>();
        for (int v = 0; v < g.size(); v++) {
            if (!(g.component(v) instanceof Component.GpuPool pool)) {
                continue;
            }
            Optional<GpuOffering> o = catalog.offering(g.catalogProviderOf(v).orElse(""), pool.instanceType());
            if (o.isEmpty()) {
                continue;
            }
            Optional<BigDecimal> monthly = engine.poolMonthly(g, v, pool, ctx.design());
            if (monthly.isEmpty()) {
                continue;
            }
            BigDecimal m = monthly.get();
            total = total.add(m);
            boolean multi = familyPortable.computeIfAbsent(
                    o.get().accelerator().family(),
                    f -> catalog.providersSelling(f).size() >= 2);
            if (multi) {
                portable = portable.add(m);
            }
        }
        Optional<BigDecimal> score =
                total.signum() == 0 ? Optional.empty() : Optional.of(portable.divide(total, 4, RoundingMode.HALF_UP));
        return new PortabilityReport(stored, exit, score);
    }

    private static Optional<Finding> singleProviderPipeline(DesignGraph g, int v, Component.Pipeline p) {
        String provider = null;
        int used = 0;
        for (ConnectionType t :
                new ConnectionType[] {ConnectionType.RUNS_ON, ConnectionType.READS, ConnectionType.WRITES}) {
            for (int k = 0; k < g.outDegree(t, v); k++) {
                int w = g.out(t, v, k);
                String wp = g.catalogProviderOf(w).orElse(null);
                if (wp == null || (provider != null && !provider.equals(wp))) {
                    return Optional.empty();
                }
                provider = wp;
                used++;
            }
        }
        if (used == 0) {
            return Optional.empty();
        }
        return Optional.of(new Finding(
                Severity.INFO,
                NAME,
                "portability.single-provider-pipeline",
                List.of(p.id()),
                "Pipeline " + p.id() + " uses only " + provider + "; it cannot fail over to another provider"));
    }

    private static String alternatives(Catalog catalog, GpuOffering offering) {
        double memory = offering.memoryGibPerAccelerator().orElse(0);
        Map<String, Double> families = new TreeMap<>();
        for (GpuOffering o : catalog.offerings()) {
            if (o.accelerator().isProprietary()) {
                continue;
            }
            String family = o.accelerator().family();
            if (!families.containsKey(family)
                    && catalog.providersSelling(family).size() >= 2) {
                families.put(family, Math.abs(o.memoryGibPerAccelerator().orElse(0) - memory));
            }
        }
        List<String> best = families.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .limit(3)
                .map(e -> e.getKey() + " (" + String.join(", ", catalog.providersSelling(e.getKey())) + ")")
                .toList();
        return best.isEmpty() ? "none in the catalog" : String.join("; ", best);
    }

    private static List<String> providerComponents(DesignGraph g, String catalogProvider) {
        List<String> ids = new ArrayList<>();
        for (int v = 0; v < g.size(); v++) {
            if (g.component(v) instanceof Component.Provider p && p.provider().equals(catalogProvider)) {
                ids.add(p.id());
            }
        }
        ids.sort(Comparator.naturalOrder());
        return ids;
    }

    private static String plain(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }
}
