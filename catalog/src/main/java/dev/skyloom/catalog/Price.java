package dev.skyloom.catalog;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One price with its provenance. {@code unit} says what it is per ("hour", "GB-month", "GB").
 * {@code estimate} is true when the amount was not published for the region asked about but taken
 * from the provider's reference region (or a global list price): it must be shown as an estimate.
 */
public record Price(BigDecimal amount, String currency, String unit, String source, String asOf, boolean estimate) {
    public Price {
        Objects.requireNonNull(amount, "amount");
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("negative price " + amount);
        }
        currency = currency == null || currency.isBlank() ? "USD" : currency;
        unit = unit == null ? "" : unit;
        source = source == null ? "" : source;
        asOf = asOf == null ? "" : asOf;
    }

    public Price asEstimate() {
        return estimate ? this : new Price(amount, currency, unit, source, asOf, true);
    }
}
