package dev.skyloom.catalog;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One price read from a provider's own price file: an instance-hour price of a GPU offering for a
 * {@link PriceTerm} ({@code kind} = its id), or a storage price per GB-month ({@code kind} = {@code
 * storage}). {@code sourceFile} and {@code effectiveDate} (the date the provider's file gives the
 * price as effective from) are the price's source; {@code refreshedOn} is when the user imported it.
 */
public record OverlayPrice(
        String provider,
        String sku,
        String kind,
        String region,
        BigDecimal amount,
        String currency,
        String sourceFile,
        String effectiveDate,
        String refreshedOn) {
    public static final String STORAGE = "storage";

    public OverlayPrice {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(amount, "amount");
        currency = currency == null || currency.isBlank() ? "USD" : currency;
        sourceFile = sourceFile == null ? "" : sourceFile;
        effectiveDate = effectiveDate == null ? "" : effectiveDate;
        refreshedOn = refreshedOn == null ? "" : refreshedOn;
    }

    /** What one price replaces: the same provider, item, kind and region. */
    public String key() {
        return String.join("\0", provider, sku, kind, region);
    }

    /** The source id shown beside the price: "overlay FILE". */
    public String sourceId() {
        return "overlay " + sourceFile;
    }
}
