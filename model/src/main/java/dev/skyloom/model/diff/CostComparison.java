package dev.skyloom.model.diff;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Cost before and after. Totals are sums of priced lines (as {@code skyloom cost}); unpriced lines are
 * counted on each side and never enter a total. When the two designs use different currencies the
 * amounts cannot be subtracted: {@link #comparable()} is false and the deltas are empty.
 */
public record CostComparison(
        String currencyBefore,
        String currencyAfter,
        BigDecimal monthlyBefore,
        BigDecimal monthlyAfter,
        int unpricedBefore,
        int unpricedAfter,
        List<CostGroupDelta> byProvider,
        List<CostGroupDelta> byCategory,
        List<CostLineDelta> lines,
        int unchangedLines) {
    public CostComparison {
        Objects.requireNonNull(currencyBefore, "currencyBefore");
        Objects.requireNonNull(currencyAfter, "currencyAfter");
        Objects.requireNonNull(monthlyBefore, "monthlyBefore");
        Objects.requireNonNull(monthlyAfter, "monthlyAfter");
        byProvider = List.copyOf(byProvider);
        byCategory = List.copyOf(byCategory);
        lines = List.copyOf(lines);
    }

    public boolean comparable() {
        return currencyBefore.equals(currencyAfter);
    }

    public BigDecimal annualBefore() {
        return monthlyBefore.multiply(BigDecimal.valueOf(12));
    }

    public BigDecimal annualAfter() {
        return monthlyAfter.multiply(BigDecimal.valueOf(12));
    }

    public Optional<BigDecimal> monthlyDelta() {
        return comparable() ? Optional.of(monthlyAfter.subtract(monthlyBefore)) : Optional.empty();
    }

    public Optional<BigDecimal> annualDelta() {
        return monthlyDelta().map(d -> d.multiply(BigDecimal.valueOf(12)));
    }
}
