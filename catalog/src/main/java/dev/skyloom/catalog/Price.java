package dev.skyloom.catalog;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One price with its provenance. {@code unit} says what it is per ("hour", "GB-month", "GB").
 * {@code estimate} is true when the amount was not published for the region asked about but taken
 * from the provider's reference region (or a global list price): it must be shown as an estimate.
 * {@code kind} says whether it is a list price, an indicative spot capture or a dynamic "from" price.
 */
public record Price(
        BigDecimal amount, String currency, String unit, String source, String asOf, boolean estimate, PriceKind kind) {
    /** A list price. */
    public Price(BigDecimal amount, String currency, String unit, String source, String asOf, boolean estimate) {
        this(amount, currency, unit, source, asOf, estimate, PriceKind.LIST);
    }

    public Price {
        Objects.requireNonNull(amount, "amount");
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("negative price " + amount);
        }
        currency = currency == null || currency.isBlank() ? "USD" : currency;
        unit = unit == null ? "" : unit;
        source = source == null ? "" : source;
        asOf = asOf == null ? "" : asOf;
        kind = kind == null ? PriceKind.LIST : kind;
    }

    public Price asEstimate() {
        return estimate ? this : new Price(amount, currency, unit, source, asOf, true, kind);
    }

    /** The same price with another kind. */
    public Price withKind(PriceKind newKind) {
        return newKind == kind ? this : new Price(amount, currency, unit, source, asOf, estimate, newKind);
    }

    /** Whether people must be told the amount is not firm (indicative spot or dynamic "from" price). */
    public boolean isVolatile() {
        return kind != PriceKind.LIST;
    }
}
