package dev.skyloom.model.diff;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * What moving one provider's stored data out costs, before and after ({@code storesBefore}/{@code
 * storesAfter}: whether the provider stores data on that side; the amount is empty when it stores none or
 * the catalog has no egress rate for it, never 0).
 */
public record ExitCostDelta(
        String provider,
        boolean storesBefore,
        Optional<BigDecimal> before,
        boolean storesAfter,
        Optional<BigDecimal> after) {
    public ExitCostDelta {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }
}
