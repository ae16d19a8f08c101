package dev.skyloom.model.diff;

import dev.skyloom.catalog.Catalog;
import dev.skyloom.model.Component;
import dev.skyloom.model.Connection;
import dev.skyloom.model.DataClass;
import dev.skyloom.model.Design;
import dev.skyloom.model.check.Checks;
import dev.skyloom.model.check.DesignContext;
import dev.skyloom.model.check.Finding;
import dev.skyloom.model.check.PortabilityCheck;
import dev.skyloom.model.check.PortabilityReport;
import dev.skyloom.model.cost.CostLine;
import dev.skyloom.model.cost.CostReport;
import dev.skyloom.model.cost.CostTotal;
import dev.skyloom.model.graph.Availability;
import dev.skyloom.model.graph.DesignGraph;
import dev.skyloom.model.latency.ReachAnalysis;
import dev.skyloom.model.latency.ReachCoverage;
import dev.skyloom.model.latency.Serving;
import dev.skyloom.model.latency.SingleFailures;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Compares two designs against one catalog: the same checks, prices and outage rule as {@code check},
 * {@code cost} and {@code simulate}, run on each side, then matched. Elements match by id, cost lines by
 * their component or connection id, findings by severity, check, code and subjects, failures by region
 * unit key or catalog provider id. Cost: each side's checks and prices once; resilience: one O(V + E)
 * availability pass per failure and side.
 */
public final class DesignDiff {
    private DesignDiff() {}

    public static DesignComparison compare(Design base, Design head, Catalog catalog) {
        DesignContext before = DesignContext.of(base, catalog);
        DesignContext after = DesignContext.of(head, catalog);
        return new DesignComparison(
                settings(base, head),
                elements(
                        base.dataClasses(),
                        head.dataClasses(),
                        DataClass::id,
                        d -> "data-class",
                        DataClass::name,
                        DiffFields::of),
                elements(
                        base.components(),
                        head.components(),
                        Component::id,
                        c -> c.type().json(),
                        Component::label,
                        DiffFields::of),
                connections(base, head),
                cost(before.cost(), after.cost()),
                findings(Checks.run(before, Checks.standard()), Checks.run(after, Checks.standard())),
                resilience(before.graph(), after.graph()),
                portability(PortabilityCheck.report(before), PortabilityCheck.report(after)),
                latency(before.reach(), after.reach()));
    }

    private static List<ElementChange> settings(Design base, Design head) {
        List<FieldChange> f = DiffFields.changes(DiffFields.settings(base), DiffFields.settings(head));
        return f.isEmpty()
                ? List.of()
                : List.of(new ElementChange("design", "design", ChangeKind.CHANGED, base.name(), head.name(), f));
    }

    private static List<ElementChange> connections(Design base, Design head) {
        return elements(
                base.connections(),
                head.connections(),
                Connection::id,
                k -> k.type().json(),
                k -> DiffFields.label(k, base),
                DiffFields::of,
                k -> DiffFields.label(k, head));
    }

    private static <T> List<ElementChange> elements(
            List<T> before,
            List<T> after,
            Function<T, String> id,
            Function<T, String> kind,
            Function<T, String> label,
            Function<T, Map<String, String>> fields) {
        return elements(before, after, id, kind, label, fields, label);
    }

    private static <T> List<ElementChange> elements(
            List<T> before,
            List<T> after,
            Function<T, String> id,
            Function<T, String> kind,
            Function<T, String> beforeLabel,
            Function<T, Map<String, String>> fields,
            Function<T, String> afterLabel) {
        Map<String, T> old = new HashMap<>();
        for (T t : before) {
            old.put(id.apply(t), t);
        }
        Set<String> kept = new HashSet<>();
        List<ElementChange> added = new ArrayList<>();
        List<ElementChange> changed = new ArrayList<>();
        for (T t : after) {
            String key = id.apply(t);
            T o = old.get(key);
            if (o == null) {
                added.add(new ElementChange(
                        key,
                        kind.apply(t),
                        ChangeKind.ADDED,
                        "",
                        afterLabel.apply(t),
                        DiffFields.changes(Map.of(), fields.apply(t))));
                continue;
            }
            kept.add(key);
            if (o.equals(t)) {
                continue;
            }
            List<FieldChange> f = DiffFields.changes(fields.apply(o), fields.apply(t));
            if (!f.isEmpty()) {
                changed.add(new ElementChange(
                        key, kind.apply(t), ChangeKind.CHANGED, beforeLabel.apply(o), afterLabel.apply(t), f));
            }
        }
        List<ElementChange> out = new ArrayList<>(added);
        for (T o : before) {
            if (!kept.contains(id.apply(o))) {
                out.add(new ElementChange(
                        id.apply(o),
                        kind.apply(o),
                        ChangeKind.REMOVED,
                        beforeLabel.apply(o),
                        "",
                        DiffFields.changes(fields.apply(o), Map.of())));
            }
        }
        out.addAll(changed);
        return out;
    }

    static CostComparison cost(CostReport before, CostReport after) {
        Map<String, CostLine> old = new HashMap<>();
        for (CostLine l : before.lines()) {
            old.put(l.id(), l);
        }
        Set<String> seen = new HashSet<>();
        List<CostLineDelta> added = new ArrayList<>();
        List<CostLineDelta> changed = new ArrayList<>();
        int unchanged = 0;
        for (CostLine l : after.lines()) {
            CostLine o = old.get(l.id());
            if (o == null) {
                added.add(line(l, ChangeKind.ADDED, Optional.empty(), false, l.monthly(), !l.isPriced()));
                continue;
            }
            seen.add(l.id());
            if (sameAmount(o.monthly(), l.monthly())) {
                unchanged++;
            } else {
                changed.add(line(l, ChangeKind.CHANGED, o.monthly(), !o.isPriced(), l.monthly(), !l.isPriced()));
            }
        }
        List<CostLineDelta> lines = new ArrayList<>(added);
        for (CostLine o : before.lines()) {
            if (!seen.contains(o.id())) {
                lines.add(line(o, ChangeKind.REMOVED, o.monthly(), !o.isPriced(), Optional.empty(), false));
            }
        }
        lines.addAll(changed);
        return new CostComparison(
                before.currency(),
                after.currency(),
                before.total(),
                after.total(),
                groups(before, after, CostLine::provider),
                groups(before, after, l -> l.category().json()),
                lines,
                unchanged);
    }

    private static boolean sameAmount(Optional<BigDecimal> a, Optional<BigDecimal> b) {
        return a.isPresent() == b.isPresent() && (a.isEmpty() || a.get().compareTo(b.get()) == 0);
    }

    private static CostLineDelta line(
            CostLine l,
            ChangeKind kind,
            Optional<BigDecimal> before,
            boolean unpricedBefore,
            Optional<BigDecimal> after,
            boolean unpricedAfter) {
        return new CostLineDelta(
                l.id(),
                l.name(),
                l.provider(),
                l.region(),
                l.category().json(),
                kind,
                before,
                after,
                unpricedBefore,
                unpricedAfter);
    }

    private static List<CostGroupDelta> groups(CostReport before, CostReport after, Function<CostLine, String> key) {
        Map<String, CostTotal[]> totals = new TreeMap<>();
        List<List<CostLine>> sides = List.of(before.lines(), after.lines());
        for (int side = 0; side < 2; side++) {
            for (CostLine l : sides.get(side)) {
                CostTotal[] t =
                        totals.computeIfAbsent(key.apply(l), x -> new CostTotal[] {CostTotal.NONE, CostTotal.NONE});
                t[side] = t[side].plus(l);
            }
        }
        List<CostGroupDelta> out = new ArrayList<>();
        for (Map.Entry<String, CostTotal[]> e : totals.entrySet()) {
            out.add(new CostGroupDelta(e.getKey(), e.getValue()[0], e.getValue()[1]));
        }
        return out;
    }

    static FindingsComparison findings(List<Finding> before, List<Finding> after) {
        Map<String, Integer> remaining = new HashMap<>();
        for (Finding f : before) {
            remaining.merge(key(f), 1, Integer::sum);
        }
        List<Finding> added = new ArrayList<>();
        int unchanged = 0;
        for (Finding f : after) {
            String k = key(f);
            Integer n = remaining.get(k);
            if (n == null || n == 0) {
                added.add(f);
            } else {
                remaining.put(k, n - 1);
                unchanged++;
            }
        }
        List<Finding> resolved = new ArrayList<>();
        for (Finding f : before) {
            String k = key(f);
            Integer n = remaining.get(k);
            if (n != null && n > 0) {
                resolved.add(f);
                remaining.put(k, n - 1);
            }
        }
        return new FindingsComparison(before, after, added, resolved, unchanged);
    }

    private static String key(Finding f) {
        return f.severity() + "\u0000" + f.check() + "\u0000" + f.code() + "\u0000"
                + String.join("\u0000", f.subjects());
    }

    static ResilienceComparison resilience(DesignGraph before, DesignGraph after) {
        Sweep b = new Sweep(before);
        Sweep a = new Sweep(after);
        List<OutageDelta> out = new ArrayList<>();
        Set<String> regions = new TreeSet<>(b.regionKeys());
        regions.addAll(a.regionKeys());
        for (String key : regions) {
            out.add(delta(OutageDelta.Kind.REGION, key, b, a));
        }
        Set<String> providers = new TreeSet<>(b.providerKeys());
        providers.addAll(a.providerKeys());
        for (String key : providers) {
            out.add(delta(OutageDelta.Kind.PROVIDER, key, b, a));
        }
        return new ResilienceComparison(out);
    }

    private static OutageDelta delta(OutageDelta.Kind kind, String key, Sweep b, Sweep a) {
        boolean inBefore = b.has(kind, key);
        boolean inAfter = a.has(kind, key);
        List<String> downBefore = inBefore ? b.goDown(kind, key) : List.of();
        List<String> downAfter = inAfter ? a.goDown(kind, key) : List.of();
        Set<String> downBeforeSet = new HashSet<>(downBefore);
        Set<String> downAfterSet = new HashSet<>(downAfter);
        List<String> nowSurvive = new ArrayList<>();
        for (String p : downBefore) {
            if (!downAfterSet.contains(p) && a.isUpWithNoFailure(p)) {
                nowSurvive.add(p);
            }
        }
        List<String> nowGoDown = new ArrayList<>();
        for (String p : downAfter) {
            if (!downBeforeSet.contains(p)) {
                nowGoDown.add(p);
            }
        }
        return new OutageDelta(kind, key, inBefore, inAfter, downBefore, downAfter, nowSurvive, nowGoDown);
    }

    /** One design's pipelines under each single failure. */
    private static final class Sweep {
        private final DesignGraph g;
        private final int[] pipelines;
        private final Set<String> upWithNoFailure = new LinkedHashSet<>();

        Sweep(DesignGraph g) {
            this.g = g;
            List<Integer> p = new ArrayList<>();
            for (int v = 0; v < g.size(); v++) {
                if (g.component(v) instanceof Component.Pipeline) {
                    p.add(v);
                }
            }
            this.pipelines = p.stream().mapToInt(Integer::intValue).toArray();
            Availability none = Availability.underRegionFailure(g, new boolean[g.regionUnitCount()]);
            for (int v : pipelines) {
                if (none.isUp(v)) {
                    upWithNoFailure.add(g.id(v));
                }
            }
        }

        List<String> regionKeys() {
            List<String> keys = new ArrayList<>();
            for (int u = 0; u < g.regionUnitCount(); u++) {
                keys.add(g.regionUnitKey(u));
            }
            return keys;
        }

        List<String> providerKeys() {
            List<String> keys = new ArrayList<>();
            for (int u = 0; u < g.providerUnitCount(); u++) {
                keys.add(g.providerUnitKey(u));
            }
            return keys;
        }

        boolean has(OutageDelta.Kind kind, String key) {
            return switch (kind) {
                case REGION -> g.regionUnitOf(key) >= 0;
                case PROVIDER -> g.providerUnitOf(key) >= 0;
            };
        }

        boolean isUpWithNoFailure(String pipeline) {
            return upWithNoFailure.contains(pipeline);
        }

        /** Pipelines up with nothing failed that this failure takes down, in document order. */
        List<String> goDown(OutageDelta.Kind kind, String key) {
            boolean[] failed = new boolean[g.regionUnitCount()];
            switch (kind) {
                case REGION -> failed[g.regionUnitOf(key)] = true;
                case PROVIDER -> {
                    int p = g.providerUnitOf(key);
                    for (int u = 0; u < failed.length; u++) {
                        failed[u] = g.regionUnitProvider(u) == p;
                    }
                }
            }
            Availability a = Availability.underRegionFailure(g, failed);
            List<String> down = new ArrayList<>();
            for (int v : pipelines) {
                if (!a.isUp(v) && upWithNoFailure.contains(g.id(v))) {
                    down.add(g.id(v));
                }
            }
            return down;
        }
    }

    static PortabilityComparison portability(PortabilityReport before, PortabilityReport after) {
        Set<String> providers = new TreeSet<>(before.exitCost().keySet());
        providers.addAll(after.exitCost().keySet());
        List<ExitCostDelta> exit = new ArrayList<>();
        for (String p : providers) {
            exit.add(new ExitCostDelta(
                    p,
                    before.exitCost().containsKey(p),
                    before.exitCost().getOrDefault(p, Optional.empty()),
                    after.exitCost().containsKey(p),
                    after.exitCost().getOrDefault(p, Optional.empty())));
        }
        return new PortabilityComparison(before.score(), after.score(), exit);
    }

    /** Coverage per side as the latency check computes it, and the populations served differently now. */
    static LatencyComparison latency(ReachAnalysis before, ReachAnalysis after) {
        List<Serving> nowBefore = before.now();
        List<Serving> nowAfter = after.now();
        Map<String, Serving> old = new HashMap<>();
        for (Serving s : nowBefore) {
            old.put(s.population(), s);
        }
        Set<String> seen = new HashSet<>();
        List<PopulationLatency> changed = new ArrayList<>();
        for (Serving s : nowAfter) {
            seen.add(s.population());
            Serving o = old.get(s.population());
            if (o == null || PopulationLatency.differ(o, s)) {
                changed.add(new PopulationLatency(s.population(), Optional.ofNullable(o), Optional.of(s)));
            }
        }
        for (Serving o : nowBefore) {
            if (!seen.contains(o.population())) {
                changed.add(new PopulationLatency(o.population(), Optional.of(o), Optional.empty()));
            }
        }
        return new LatencyComparison(
                ReachCoverage.of(before, nowBefore, new SingleFailures(before)),
                ReachCoverage.of(after, nowAfter, new SingleFailures(after)),
                changed);
    }
}
