package dev.skyloom.model.check;

import dev.skyloom.catalog.Catalog;
import dev.skyloom.model.Design;
import java.util.ArrayList;
import java.util.List;

/** The standard checks and how to run them; results in the deterministic {@link Finding#ORDER}. */
public final class Checks {
    private Checks() {}

    /** The four checks of DESIGN.md: residency, redundancy, portability, catalog. */
    public static List<DesignCheck> standard() {
        return List.of(new ResidencyCheck(), new RedundancyCheck(), new PortabilityCheck(), new CatalogCheck());
    }

    /** Runs every standard check on a design; sorted by severity, check, code, subjects. */
    public static List<Finding> runAll(Design design, Catalog catalog) {
        return run(DesignContext.of(design, catalog), standard());
    }

    public static List<Finding> run(DesignContext context, List<DesignCheck> checks) {
        List<Finding> all = new ArrayList<>();
        for (DesignCheck check : checks) {
            all.addAll(check.check(context));
        }
        all.sort(Finding.ORDER);
        return List.copyOf(all);
    }

    /** Number of findings of a severity. */
    public static long count(List<Finding> findings, Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }
}
