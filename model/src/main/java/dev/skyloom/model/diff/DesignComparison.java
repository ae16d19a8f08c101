package dev.skyloom.model.diff;

import java.util.List;
import java.util.Objects;

/**
 * What changes from a base design to a head design: elements (matched by id; each list holds added,
 * then removed, then changed elements, each group in document order), cost, findings, resilience under
 * every single failure, portability, and latency coverage. Canvas positions are not compared (a layout-only change is no
 * change). Built by {@link DesignDiff}.
 */
public record DesignComparison(
        List<ElementChange> settings,
        List<ElementChange> dataClasses,
        List<ElementChange> components,
        List<ElementChange> connections,
        CostComparison cost,
        FindingsComparison findings,
        ResilienceComparison resilience,
        PortabilityComparison portability,
        LatencyComparison latency) {
    public DesignComparison {
        settings = List.copyOf(settings);
        dataClasses = List.copyOf(dataClasses);
        components = List.copyOf(components);
        connections = List.copyOf(connections);
        Objects.requireNonNull(cost, "cost");
        Objects.requireNonNull(findings, "findings");
        Objects.requireNonNull(resilience, "resilience");
        Objects.requireNonNull(portability, "portability");
        Objects.requireNonNull(latency, "latency");
    }

    /** Whether the two designs are the same apart from canvas positions. */
    public boolean unchanged() {
        return settings.isEmpty() && dataClasses.isEmpty() && components.isEmpty() && connections.isEmpty();
    }

    /** How many elements of a list have a change kind. */
    public static int count(List<ElementChange> changes, ChangeKind kind) {
        int n = 0;
        for (ElementChange c : changes) {
            if (c.change() == kind) {
                n++;
            }
        }
        return n;
    }
}
