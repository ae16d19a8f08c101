package dev.skyloom.model.check;

import java.util.List;

/** One integrity rule over a design. Returns its findings (an empty list, never null); never throws on a valid design. */
public interface DesignCheck {
    /** The check's name as it appears in findings ({@code residency}, ...). */
    String name();

    List<Finding> check(DesignContext context);

    /**
     * Whether the findings depend only on the design's shape — ids, parents, provider and region codes,
     * site names and countries, instance types, storage classes, whether a unit price is set, holds,
     * survives, declassifies, connections and data classes — and not on counts, pricing, hours or
     * capacities. {@link CheckSession} reuses such a check's findings after an edit that keeps the shape.
     */
    default boolean shapeOnly() {
        return false;
    }
}
