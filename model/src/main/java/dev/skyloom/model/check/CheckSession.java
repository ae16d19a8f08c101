package dev.skyloom.model.check;

import dev.skyloom.catalog.Catalog;
import dev.skyloom.model.Design;
import dev.skyloom.model.graph.DesignGraph;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Checks one design after another, as the designer does after every edit. Each check declares the design
 * fields it reads ({@link DesignCheck#reads()}); after an edit that changes none of them (a count, pricing
 * or capacity change in the inspector, say) its findings are reused, and when the graph's own fields
 * ({@link DesignField#GRAPH}) are unchanged the graph's indexes are too. Results are the same as {@link
 * Checks#runAll}. Thread-safe.
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
        Set<DesignField> changed = design != null && DesignField.sameStructure(design, next)
                ? DesignField.changed(design, next)
                : DesignField.all();
        boolean sameGraph = Collections.disjoint(changed, DesignField.GRAPH);
        DesignGraph g = sameGraph ? graph.rebind(next) : DesignGraph.of(next);
        DesignContext context = new DesignContext(next, catalog, g);
        Map<String, List<Finding>> results = new LinkedHashMap<>();
        for (DesignCheck check : checks) {
            if (design != null && check.unaffectedBy(changed)) {
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

    /**
     * The graph {@code checked}'s findings were computed on, when it is the design checked last; otherwise a
     * new one. The cost engine and the reach analysis take it instead of building their own: at 5,000
     * components each build is about 5 MB of garbage.
     */
    public synchronized DesignGraph graphOf(Design checked) {
        return checked == design ? graph : DesignGraph.of(checked);
    }
}
