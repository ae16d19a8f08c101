package dev.skyloom.app.analysis;

import dev.skyloom.model.Design;
import dev.skyloom.model.check.Checks;
import dev.skyloom.model.check.Finding;
import dev.skyloom.model.check.Severity;
import dev.skyloom.model.cost.CostReport;
import dev.skyloom.model.graph.DesignGraph;
import java.util.List;
import java.util.Objects;

/**
 * The checks and the price of one revision of a design, computed together off the UI thread.
 *
 * @param revision the document revision the results belong to
 * @param design the design that was analysed
 * @param graph the design's graph that the checks and the pricing used (the reach analysis uses it too)
 * @param findings every finding, in report order
 * @param cost the cost report of the same design
 * @param millis how long checking and pricing took (for the status bar and the harness)
 */
public record Analysis(
        long revision, Design design, DesignGraph graph, List<Finding> findings, CostReport cost, double millis) {
    public Analysis {
        Objects.requireNonNull(design, "design");
        if (graph.design() != design) {
            throw new IllegalArgumentException("the graph must be the analysed design's");
        }
        findings = List.copyOf(findings);
        Objects.requireNonNull(cost, "cost");
    }

    public long count(Severity severity) {
        return Checks.count(findings, severity);
    }
}
