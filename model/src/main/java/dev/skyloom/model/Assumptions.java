package dev.skyloom.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Pricing assumptions stored in the design: the discount applied to on-demand prices for reserved
 * pricing when the catalog has no reserved price (fractions, e.g. 0.30 = 30 % off).
 */
public record Assumptions(BigDecimal reserved1yDiscount, BigDecimal reserved3yDiscount) {
    /** Defaults documented in the README: typical 1-year and 3-year commitment discounts. */
    public static final Assumptions DEFAULT = new Assumptions(new BigDecimal("0.30"), new BigDecimal("0.50"));

    public Assumptions {
        Objects.requireNonNull(reserved1yDiscount, "reserved1yDiscount");
        Objects.requireNonNull(reserved3yDiscount, "reserved3yDiscount");
        for (BigDecimal d : new BigDecimal[] {reserved1yDiscount, reserved3yDiscount}) {
            if (d.signum() < 0 || d.compareTo(BigDecimal.ONE) >= 0) {
                throw new IllegalArgumentException("discount must be in [0, 1): " + d);
            }
        }
    }
}
