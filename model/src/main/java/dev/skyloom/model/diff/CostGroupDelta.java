package dev.skyloom.model.diff;

import dev.skyloom.model.cost.CostTotal;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * Monthly cost of one provider or category before and after, each a {@link CostTotal}: the sum of its priced
 * lines (0 when it has none priced) with its unpriced lines counted beside it, never as 0.
 */
public record CostGroupDelta(String key, CostTotal totalBefore, CostTotal totalAfter) {
    public CostGroupDelta {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(totalBefore, "totalBefore");
        Objects.requireNonNull(totalAfter, "totalAfter");
    }

    /** The priced lines' sum before. */
    public BigDecimal before() {
        return totalBefore.pricedSum();
    }

    /** The priced lines' sum after. */
    public BigDecimal after() {
        return totalAfter.pricedSum();
    }

    public int unpricedBefore() {
        return totalBefore.unpricedLines();
    }

    public int unpricedAfter() {
        return totalAfter.unpricedLines();
    }

    /** The change of the priced sums. */
    public BigDecimal delta() {
        return after().subtract(before());
    }
}
