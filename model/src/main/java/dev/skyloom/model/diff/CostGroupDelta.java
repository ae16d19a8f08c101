package dev.skyloom.model.diff;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Monthly cost of one provider or category before and after: the sums of its priced lines (0 when it has
 * none priced) and, beside them, how many of its lines are unpriced on each side, never counted as 0.
 */
public record CostGroupDelta(String key, BigDecimal before, BigDecimal after, int unpricedBefore, int unpricedAfter) {
    public CostGroupDelta {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }

    public BigDecimal delta() {
        return after.subtract(before);
    }
}
