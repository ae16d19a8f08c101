package dev.skyloom.model.check;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * Lock-in figures of a design. {@code exitCost}: per catalog provider id, the cost in USD of moving the
 * data it stores out once at its internet egress price (the rate of the region of its first storage in
 * document order, tiers applied to the total), empty when the
 * catalog has no egress rate for it. {@code score}: the share (0..1) of priced GPU spend that goes to
 * accelerators sold by two or more providers; empty when no GPU spend is priced. {@code storedTb}: TB
 * stored per provider.
 */
public record PortabilityReport(
        Map<String, BigDecimal> storedTb, Map<String, Optional<BigDecimal>> exitCost, Optional<BigDecimal> score) {
    public PortabilityReport {
        storedTb = Map.copyOf(storedTb);
        exitCost = Map.copyOf(exitCost);
        score = java.util.Objects.requireNonNull(score, "score");
    }
}
