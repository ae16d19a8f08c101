package dev.skyloom.model.diff;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A cost line (matched by its component or connection id) that is new, removed or changed in amount or
 * priced status. {@code before}/{@code after} are the monthly amounts, empty where the line does not exist
 * or is unpriced ({@code unpricedBefore}/{@code unpricedAfter} say which); the delta exists only when both
 * sides are priced. Provider, region and category are the head's (the base's for a removed line).
 */
public record CostLineDelta(
        String id,
        String label,
        String provider,
        String region,
        String category,
        ChangeKind change,
        Optional<BigDecimal> before,
        Optional<BigDecimal> after,
        boolean unpricedBefore,
        boolean unpricedAfter) {
    public CostLineDelta {
        Objects.requireNonNull(id, "id");
        label = label == null ? "" : label;
        provider = provider == null ? "" : provider;
        region = region == null ? "" : region;
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }

    /** After − before when both sides are priced; a new line's delta is its amount, a removed line's minus it. */
    public Optional<BigDecimal> delta() {
        return switch (change) {
            case ADDED -> after;
            case REMOVED -> before.map(BigDecimal::negate);
            case CHANGED ->
                before.isPresent() && after.isPresent()
                        ? Optional.of(after.get().subtract(before.get()))
                        : Optional.empty();
        };
    }
}
