package dev.skyloom.model.cost;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One priced (or unpriced) item of a design, with everything needed to rebuild it as a live formula:
 * {@code monthly = ROUND(quantity × unitPrice × multiplier, 2)}.
 *
 * <ul>
 *   <li>GPU pool: quantity = instance count, unit price = per instance-hour, multiplier = hours per month.
 *   <li>Storage: quantity = capacity in TB, unit price = per GB-month, multiplier = 1000 GB per TB.
 *   <li>Transfer: quantity = TB per month, unit price = effective per-GB rate after volume tiers, multiplier
 *       = 1000 GB per TB.
 * </ul>
 *
 * {@code monthly} is empty when the line is unpriced; {@code note} then says why. {@code estimate} marks a
 * price taken from a provider's reference region or a global list price.
 *
 * @param id the component or connection id
 * @param name the component's label, or a description of the connection
 * @param provider the catalog provider id ({@code ""} when unknown)
 * @param region the catalog region code, or the custom site's component id ({@code ""} when unknown)
 * @param sku instance type, storage class name, or transfer kind ({@code internet-egress}, ...)
 * @param priceSource catalog source id(s), {@code design} for a {@code unitPrice}, or {@code ""}
 * @param asOf date of the price ({@code ""} when not known)
 * @param state how firm the price is (indicative spot, dynamic "from", price on request, ...)
 */
public record CostLine(
        String id,
        String name,
        String provider,
        String region,
        CostCategory category,
        String sku,
        BigDecimal quantity,
        String quantityUnit,
        Optional<BigDecimal> unitPrice,
        String unitPriceUnit,
        BigDecimal multiplier,
        String multiplierUnit,
        Optional<BigDecimal> monthly,
        boolean estimate,
        String priceSource,
        String asOf,
        String description,
        String note,
        PriceState state) {
    /** A line whose state follows from whether it is priced (firm price or unpriced). */
    public CostLine(
            String id,
            String name,
            String provider,
            String region,
            CostCategory category,
            String sku,
            BigDecimal quantity,
            String quantityUnit,
            Optional<BigDecimal> unitPrice,
            String unitPriceUnit,
            BigDecimal multiplier,
            String multiplierUnit,
            Optional<BigDecimal> monthly,
            boolean estimate,
            String priceSource,
            String asOf,
            String description,
            String note) {
        this(
                id,
                name,
                provider,
                region,
                category,
                sku,
                quantity,
                quantityUnit,
                unitPrice,
                unitPriceUnit,
                multiplier,
                multiplierUnit,
                monthly,
                estimate,
                priceSource,
                asOf,
                description,
                note,
                monthly.isPresent() ? PriceState.PRICED : PriceState.UNPRICED);
    }

    public CostLine {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(category, "category");
        name = name == null ? "" : name;
        provider = provider == null ? "" : provider;
        region = region == null ? "" : region;
        sku = sku == null ? "" : sku;
        Objects.requireNonNull(quantity, "quantity");
        quantityUnit = quantityUnit == null ? "" : quantityUnit;
        unitPrice = Objects.requireNonNull(unitPrice, "unitPrice");
        unitPriceUnit = unitPriceUnit == null ? "" : unitPriceUnit;
        Objects.requireNonNull(multiplier, "multiplier");
        multiplierUnit = multiplierUnit == null ? "" : multiplierUnit;
        monthly = Objects.requireNonNull(monthly, "monthly");
        priceSource = priceSource == null ? "" : priceSource;
        asOf = asOf == null ? "" : asOf;
        description = description == null ? "" : description;
        note = note == null ? "" : note;
        state = state == null ? (monthly.isPresent() ? PriceState.PRICED : PriceState.UNPRICED) : state;
    }

    public boolean isPriced() {
        return monthly.isPresent();
    }

    /** Twelve times the monthly amount, when priced. */
    public Optional<BigDecimal> annual() {
        return monthly.map(m -> m.multiply(BigDecimal.valueOf(12)));
    }
}
