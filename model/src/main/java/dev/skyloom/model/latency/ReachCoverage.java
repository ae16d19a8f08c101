package dev.skyloom.model.latency;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The weighted share (0..1) of a design's users within their latency budget now and under the worst
 * single region or provider failure ({@code worstFailure} names it; empty when no single failure touches
 * the serving pipelines, and then {@code worst} equals {@code now}). {@code basis} is what the shares
 * weigh by ({@link ReachAnalysis#weightBasis()}). The figures of the {@code reach.coverage} finding.
 */
public record ReachCoverage(double now, double worst, Optional<String> worstFailure, String basis) {
    public ReachCoverage {
        Objects.requireNonNull(worstFailure, "worstFailure");
        Objects.requireNonNull(basis, "basis");
    }

    /**
     * The coverage of a design from the servings with nothing failed and its single failures; empty when
     * the design has no populations (or their weights add up to 0). Ties between failures go to the first.
     */
    public static Optional<ReachCoverage> of(ReachAnalysis reach, List<Serving> now, SingleFailures failures) {
        double nowShare = reach.coverage(now);
        if (Double.isNaN(nowShare)) {
            return Optional.empty();
        }
        SingleFailures.Failure worst = null;
        double worstShare = Double.POSITIVE_INFINITY;
        for (SingleFailures.Failure f : failures.all()) {
            double share = reach.coverage(f.servings());
            if (share < worstShare) {
                worstShare = share;
                worst = f;
            }
        }
        return Optional.of(
                worst == null
                        ? new ReachCoverage(nowShare, nowShare, Optional.empty(), reach.weightBasis())
                        : new ReachCoverage(nowShare, worstShare, Optional.of(worst.name()), reach.weightBasis()));
    }

    /** The coverage of a design computed from scratch: its servings now and its single failures. */
    public static Optional<ReachCoverage> of(ReachAnalysis reach) {
        return of(reach, reach.now(), new SingleFailures(reach));
    }
}
