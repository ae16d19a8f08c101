package dev.skyloom.model.diff;

import dev.skyloom.model.latency.ReachCoverage;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Latency coverage before and after ({@link ReachCoverage}, the figures of the latency check's {@code
 * reach.coverage}: share of users within budget now and under the worst single failure; empty on a side
 * without populations), and the populations, in head then base document order, whose serving region or
 * round trip changed.
 */
public record LatencyComparison(
        Optional<ReachCoverage> before, Optional<ReachCoverage> after, List<PopulationLatency> populations) {
    public LatencyComparison {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        populations = List.copyOf(populations);
    }

    public boolean changed() {
        return !populations.isEmpty() || !before.equals(after);
    }
}
