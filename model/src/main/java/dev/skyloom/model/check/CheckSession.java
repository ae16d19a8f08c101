package dev.skyloom.model.check;

import dev.skyloom.catalog.Catalog;
import dev.skyloom.model.Component;
import dev.skyloom.model.Design;
import dev.skyloom.model.graph.DesignGraph;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Checks one design after another, as the designer does after every edit. When an edit keeps the
 * design's shape (see {@link DesignCheck#shapeOnly()}: typically a count, pricing, hours or capacity
 * change in the inspector), the shape-only checks' findings and the graph's indexes are reused and
 * only the other checks run again. Results are the same as {@link Checks#runAll}. Thread-safe.
 */
public final class CheckSession {
    private final Catalog catalog;
    private final List<DesignCheck> checks;
    private Design design;
    private DesignGraph graph;
    private Map<String, List<Finding>> byCheck;
    private List<Finding> findings;

    public CheckSession(Catalog catalog) {
        this(catalog, Checks.standard());
    }

    public CheckSession(Catalog catalog, List<DesignCheck> checks) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.checks = List.copyOf(checks);
    }

    /** The findings of {@code next}, in report order. */
    public synchronized List<Finding> check(Design next) {
        if (next == design) {
            return findings;
        }
        boolean reuse = design != null && sameShape(design, next);
        DesignGraph g = reuse ? graph.rebind(next) : DesignGraph.of(next);
        DesignContext context = new DesignContext(next, catalog, g);
        Map<String, List<Finding>> results = new LinkedHashMap<>();
        for (DesignCheck check : checks) {
            if (reuse && check.shapeOnly()) {
                results.put(check.name(), byCheck.get(check.name()));
            } else {
                List<Finding> list = new ArrayList<>(check.check(context));
                list.sort(Finding.ORDER);
                results.put(check.name(), List.copyOf(list));
            }
        }
        this.design = next;
        this.graph = g;
        this.byCheck = results;
        this.findings = Checks.merge(results.values());
        return findings;
    }

    /** Whether two designs have the same shape in the sense of {@link DesignCheck#shapeOnly()}. */
    static boolean sameShape(Design a, Design b) {
        if (!a.dataClasses().equals(b.dataClasses()) || !a.connections().equals(b.connections())) {
            return false;
        }
        List<Component> ca = a.components();
        List<Component> cb = b.components();
        if (ca.size() != cb.size()) {
            return false;
        }
        for (int i = 0; i < ca.size(); i++) {
            if (!sameShape(ca.get(i), cb.get(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean sameShape(Component a, Component b) {
        if (a == b) {
            return true;
        }
        if (!a.id().equals(b.id()) || a.type() != b.type() || !a.parent().equals(b.parent())) {
            return false;
        }
        if (a instanceof Component.Provider pa) {
            return pa.provider().equals(((Component.Provider) b).provider());
        }
        if (a instanceof Component.Region ra) {
            Component.Region rb = (Component.Region) b;
            return ra.region().equals(rb.region())
                    && ra.country().equals(rb.country())
                    && ra.name().equals(rb.name());
        }
        if (a instanceof Component.GpuPool pa) {
            Component.GpuPool pb = (Component.GpuPool) b;
            return pa.instanceType().equals(pb.instanceType())
                    && pa.unitPrice().isPresent() == pb.unitPrice().isPresent();
        }
        if (a instanceof Component.Storage sa) {
            Component.Storage sb = (Component.Storage) b;
            return sa.storageClass().equals(sb.storageClass())
                    && sa.holds().equals(sb.holds())
                    && sa.unitPrice().isPresent() == sb.unitPrice().isPresent();
        }
        if (a instanceof Component.Pipeline pa) {
            Component.Pipeline pb = (Component.Pipeline) b;
            return pa.survives() == pb.survives() && pa.declassifies().equals(pb.declassifies());
        }
        // a population: the shape-only checks ignore populations, the latency check always runs again
        return a.equals(b);
    }
}
