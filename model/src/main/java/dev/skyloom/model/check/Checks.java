package dev.skyloom.model.check;

import dev.skyloom.catalog.Catalog;
import dev.skyloom.model.Design;
import java.util.ArrayList;
import java.util.List;

/**
 * The registry of checks and how to run them; results in the deterministic {@link Finding#ORDER}. The
 * engine ({@link CheckSession}, {@code skyloom check}), the designer's Problems filter and the README's
 * table of codes all come from {@link #standard()}.
 */
public final class Checks {
    private Checks() {}

    /**
     * The checks: residency, redundancy, portability, catalog (DESIGN.md), latency and
     * governance. To add one: a class
     * implementing {@link DesignCheck} (name, codes, reads, check) and a line here.
     */
    public static List<DesignCheck> standard() {
        return List.of(
                new ResidencyCheck(),
                new RedundancyCheck(),
                new PortabilityCheck(),
                new CatalogCheck(),
                new LatencyCheck(),
                new GovernanceCheck());
    }

    /** The standard checks and {@code more} after them (tests and future checks alike). */
    public static List<DesignCheck> with(DesignCheck... more) {
        List<DesignCheck> all = new ArrayList<>(standard());
        all.addAll(List.of(more));
        return List.copyOf(all);
    }

    /** The checks' names, in registry order. */
    public static List<String> names(List<DesignCheck> checks) {
        return checks.stream().map(DesignCheck::name).toList();
    }

    /** Runs every standard check on a design; sorted by severity, check, code, subjects. */
    public static List<Finding> runAll(Design design, Catalog catalog) {
        return run(DesignContext.of(design, catalog), standard());
    }

    public static List<Finding> run(DesignContext context, List<DesignCheck> checks) {
        List<List<Finding>> results = new ArrayList<>();
        for (DesignCheck check : checks) {
            List<Finding> list = new ArrayList<>(check.check(context));
            list.sort(Finding.ORDER);
            results.add(list);
        }
        return merge(results);
    }

    /**
     * Merges per-check lists, each already in {@link Finding#ORDER} and each holding one check's findings,
     * into one list in that order: by severity, then check name. O(total + checks × severities).
     */
    static List<Finding> merge(java.util.Collection<List<Finding>> sortedPerCheck) {
        List<List<Finding>> lists = new ArrayList<>();
        for (List<Finding> l : sortedPerCheck) {
            if (!l.isEmpty()) {
                lists.add(l);
            }
        }
        lists.sort(java.util.Comparator.comparing(l -> l.get(0).check()));
        int total = 0;
        for (List<Finding> l : lists) {
            total += l.size();
        }
        List<Finding> out = new ArrayList<>(total);
        int[] cursor = new int[lists.size()];
        for (Severity severity : Severity.values()) {
            for (int k = 0; k < lists.size(); k++) {
                List<Finding> l = lists.get(k);
                while (cursor[k] < l.size() && l.get(cursor[k]).severity() == severity) {
                    out.add(l.get(cursor[k]++));
                }
            }
        }
        return List.copyOf(out);
    }

    /** Number of findings of a severity. */
    public static long count(List<Finding> findings, Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }
}
