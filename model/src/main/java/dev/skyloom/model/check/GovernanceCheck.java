package dev.skyloom.model.check;

import dev.skyloom.model.Component;
import dev.skyloom.model.ConnectionType;
import dev.skyloom.model.cost.CostEngine;
import dev.skyloom.model.graph.DesignGraph;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Governance across clouds: one identity, telemetry that spans providers.
 *
 * <p><b>What.</b> A provider the design <em>uses</em> holds a GPU pool, storage or pipeline. It is
 * <em>federated</em> when an identity component {@code federates} one of its provider containers (two
 * containers of one catalog provider share one identity plane). A GPU pool or pipeline is
 * <em>observed</em> when a {@code ships-telemetry} connection leaves it, its region or its provider
 * container.
 *
 * <p><b>Why.</b> A design spread over four clouds with four identity silos and no shared logging cannot
 * be governed as one estate; nothing in the diagram says so.
 *
 * <p><b>Findings.</b> {@code governance.unfederated-provider} (warning, subjects = the provider's
 * containers): a used provider no identity provider federates, in a design that uses two or more
 * providers (a single-cloud design has one identity plane already, so saying nothing there keeps the
 * check quiet where it has nothing to add). {@code governance.no-telemetry} (warning, one per provider,
 * subjects = its unobserved pools and pipelines): in a design that uses two or more providers or has a
 * telemetry sink. {@code governance.split-telemetry} (info, subjects = the sinks): telemetry lands in
 * more than one sink, so there is no single pane. {@code governance.coverage} (info, no subjects): the
 * share of used providers federated and of priced GPU spend on observed pools, whenever the check speaks.
 *
 * <p><b>Algorithm and cost.</b> One pass over components and one over the federates and ships-telemetry
 * adjacency: O(V + E). GPU spend is each pool's monthly amount from the context's cost engine ({@link
 * dev.skyloom.model.cost.CostEngine#poolMonthly}, the same quote and rounding as the pool's line in the
 * cost report): the check prices the pools only, not the design's transfer and storage lines.
 */
public final class GovernanceCheck implements DesignCheck {
    public static final String NAME = "governance";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> codes() {
        return List.of(
                "governance.unfederated-provider",
                "governance.no-telemetry",
                "governance.split-telemetry",
                "governance.coverage");
    }

    /** The graph and what prices a pool (GPU spend); nothing of storage, transfer or telemetry volume. */
    @Override
    public java.util.Set<DesignField> reads() {
        return READS;
    }

    private static final java.util.Set<DesignField> READS = DesignField.graphAnd(
            DesignField.POOL_INSTANCE_TYPE,
            DesignField.POOL_COUNT,
            DesignField.POOL_PRICING,
            DesignField.POOL_HOURS,
            DesignField.POOL_UNIT_PRICE,
            DesignField.POOL_HAS_UNIT_PRICE,
            DesignField.DESIGN_ASSUMPTIONS,
            DesignField.DESIGN_CURRENCY);

    @Override
    public List<Finding> check(DesignContext ctx) {
        DesignGraph g = ctx.graph();
        int n = g.size();
        Map<String, List<String>> containers = new LinkedHashMap<>(); // used provider -> its container ids
        Map<String, Boolean> federated = new HashMap<>();
        boolean hasSink = false;
        for (int v = 0; v < n; v++) {
            Component c = g.component(v);
            if (c instanceof Component.Telemetry) {
                hasSink = true;
            }
            if (isWorkload(c) && g.provider(v) >= 0) {
                containers.putIfAbsent(g.catalogProviderId(g.provider(v)), new ArrayList<>());
            }
        }
        for (int v = 0; v < n; v++) {
            if (g.component(v) instanceof Component.Provider p && containers.containsKey(p.provider())) {
                containers.get(p.provider()).add(p.id());
                if (g.inDegree(ConnectionType.FEDERATES, v) > 0) {
                    federated.put(p.provider(), true);
                }
            }
        }
        boolean multiCloud = containers.size() >= 2;
        if (!multiCloud && !hasSink) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        int federatedCount = 0;
        for (Map.Entry<String, List<String>> e : containers.entrySet()) {
            if (federated.getOrDefault(e.getKey(), false)) {
                federatedCount++;
            } else if (multiCloud) {
                findings.add(new Finding(
                        Severity.WARNING,
                        NAME,
                        "governance.unfederated-provider",
                        e.getValue(),
                        "No identity provider federates " + e.getKey()
                                // the containers' ids, when they say more than the provider's own id
                                + (e.getValue().equals(List.of(e.getKey()))
                                        ? ""
                                        : " (" + String.join(", ", e.getValue()) + ")")
                                + ": its people and workloads sign in to a separate identity silo; connect an"
                                + " identity provider to it (federates)"));
            }
        }
        Map<String, List<String>> unobserved = new LinkedHashMap<>();
        BigDecimal spend = BigDecimal.ZERO;
        BigDecimal observedSpend = BigDecimal.ZERO;
        CostEngine engine = ctx.costEngine();
        for (int v = 0; v < n; v++) {
            Component c = g.component(v);
            if (!(c instanceof Component.GpuPool || c instanceof Component.Pipeline)) {
                continue;
            }
            boolean observed = ships(g, v) || ships(g, g.region(v)) || ships(g, g.provider(v));
            BigDecimal monthly = c instanceof Component.GpuPool pool
                    ? engine.poolMonthly(g, v, pool, ctx.design()).orElse(null)
                    : null;
            if (monthly != null) {
                spend = spend.add(monthly);
                if (observed) {
                    observedSpend = observedSpend.add(monthly);
                }
            }
            if (!observed) {
                String provider = g.provider(v) >= 0 ? g.catalogProviderId(g.provider(v)) : "";
                unobserved.computeIfAbsent(provider, k -> new ArrayList<>()).add(c.id());
            }
        }
        for (Map.Entry<String, List<String>> e : unobserved.entrySet()) {
            String where = e.getKey().isEmpty() ? "outside any provider" : "on " + e.getKey();
            findings.add(new Finding(
                    Severity.WARNING,
                    NAME,
                    "governance.no-telemetry",
                    e.getValue(),
                    "GPU pools and pipelines " + where + " whose telemetry reaches no sink: "
                            + String.join(", ", e.getValue())
                            + "; connect them, their region or their provider to a telemetry sink"));
        }
        List<String> sinks = new ArrayList<>();
        for (int v = 0; v < n; v++) {
            if (g.component(v) instanceof Component.Telemetry && g.inDegree(ConnectionType.SHIPS_TELEMETRY, v) > 0) {
                sinks.add(g.id(v));
            }
        }
        if (sinks.size() > 1) {
            findings.add(new Finding(
                    Severity.INFO,
                    NAME,
                    "governance.split-telemetry",
                    sinks,
                    "Telemetry lands in more than one sink (" + String.join(", ", sinks)
                            + "): no single pane across the clouds; an incident that spans them is read in"
                            + " several places"));
        }
        findings.add(new Finding(
                Severity.INFO,
                NAME,
                "governance.coverage",
                List.of(),
                "Providers federated: " + federatedCount + "/" + containers.size()
                        + percent(BigDecimal.valueOf(federatedCount), BigDecimal.valueOf(containers.size()))
                        + "; GPU spend observed: "
                        + (spend.signum() == 0
                                ? "unknown (no priced GPU pool)"
                                : money(observedSpend) + "/" + money(spend) + " "
                                        + ctx.design().currency() + " a month" + percent(observedSpend, spend))));
        return findings;
    }

    private static boolean isWorkload(Component c) {
        return c instanceof Component.GpuPool || c instanceof Component.Storage || c instanceof Component.Pipeline;
    }

    private static boolean ships(DesignGraph g, int v) {
        return v >= 0 && g.outDegree(ConnectionType.SHIPS_TELEMETRY, v) > 0;
    }

    /** Amounts as the cost panel shows them (104,776.90), not as a bare plain string. */
    private static String money(BigDecimal amount) {
        return dev.skyloom.model.text.Amount.of(amount);
    }

    private static String percent(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return "";
        }
        return " (" + part.multiply(BigDecimal.valueOf(100)).divide(whole, 0, RoundingMode.HALF_UP) + " %)";
    }
}
