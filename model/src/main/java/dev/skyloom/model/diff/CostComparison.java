package dev.skyloom.model.diff;

import dev.skyloom.model.cost.CostTotal;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Cost before and after. Each side's total is a {@link CostTotal}: the sum of its priced lines with its
 * unpriced lines counted beside it, never as 0. When the two designs use different currencies the amounts
 * cannot be subtracted: {@link #comparable()} is false and the deltas are empty.
 */
public record CostComparison(
        String currencyBefore,
        String currencyAfter,
        CostTotal totalBefore,
        CostTotal totalAfter,
        List<CostGroupDelta> byProvider,
        List<CostGroupDelta> byCategory,
        List<CostLineDelta> lines,
        int unchangedLines) {
    public CostComparison {
        Objects.requireNonNull(currencyBefore, "currencyBefore");
        Objects.requireNonNull(currencyAfter, "currencyAfter");
        Objects.requireNonNull(totalBefore, "totalBefore");
        Objects.requireNonNull(totalAfter, "totalAfter");
        byProvider = List.copyOf(byProvider);
        byCategory = List.copyOf(byCategory);
        lines = List.copyOf(lines);
    }

    public boolean comparable() {
        return currencyBefore.equals(currencyAfter);
    }

    /** The priced lines' sum before; {@link #totalBefore()} says what it leaves out. */
    public BigDecimal monthlyBefore() {
        return totalBefore.pricedSum();
    }

    /** The priced lines' sum after; {@link #totalAfter()} says what it leaves out. */
    public BigDecimal monthlyAfter() {
        return totalAfter.pricedSum();
    }

    public int unpricedBefore() {
        return totalBefore.unpricedLines();
    }

    public int unpricedAfter() {
        return totalAfter.unpricedLines();
    }

    public BigDecimal annualBefore() {
        return monthlyBefore().multiply(BigDecimal.valueOf(12));
    }

    public BigDecimal annualAfter() {
        return monthlyAfter().multiply(BigDecimal.valueOf(12));
    }

    /** The change of the priced sums (empty when the currencies differ). */
    public Optional<BigDecimal> monthlyDelta() {
        return comparable() ? Optional.of(monthlyAfter().subtract(monthlyBefore())) : Optional.empty();
    }

    public Optional<BigDecimal> annualDelta() {
        return monthlyDelta().map(d -> d.multiply(BigDecimal.valueOf(12)));
    }

    /** Whether the change is of complete totals: neither side has an unpriced line. */
    public boolean deltaComplete() {
        return totalBefore.isComplete() && totalAfter.isComplete();
    }
}
