package dev.skyloom.model.diff;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Portability score (share 0..1 of priced GPU spend on accelerators sold by two or more providers; empty
 * when no GPU spend is priced) and exit cost per provider, before and after, providers sorted by id.
 */
public record PortabilityComparison(
        Optional<BigDecimal> scoreBefore, Optional<BigDecimal> scoreAfter, List<ExitCostDelta> exitCost) {
    public PortabilityComparison {
        java.util.Objects.requireNonNull(scoreBefore, "scoreBefore");
        java.util.Objects.requireNonNull(scoreAfter, "scoreAfter");
        exitCost = List.copyOf(exitCost);
    }

    public boolean changed() {
        return !scoreBefore.equals(scoreAfter)
                || exitCost.stream()
                        .anyMatch(e -> e.storesBefore() != e.storesAfter()
                                || !e.before().equals(e.after()));
    }
}
