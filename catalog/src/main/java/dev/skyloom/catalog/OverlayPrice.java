package dev.skyloom.catalog;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One price read from a provider's own price file: an instance-hour price of a GPU offering for a
 * {@link PriceTerm} ({@code kind} = its id), or a storage price per GB-month ({@code kind} = {@code
 * storage}). {@code sourceFile} and {@code effectiveDate} (the date the provider's file gives the
 * price as effective from) are the price's source; {@code refreshedOn} is when the user imported it.
 * {@code published} is the date the whole file was published (AWS offer files' {@code publicationDate}),
 * empty where the format gives only effective dates (Azure, Google: a current file holds rows effective
 * since years, so those dates say nothing about the file's age). {@code acceptOlder} records that the user
 * applied it with {@code --accept-older} although the file was published before the snapshot price's source
 * (see {@link CatalogOverlay#judge}).
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
        String refreshedOn,
        String published,
        boolean acceptOlder) {
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
        published = published == null ? "" : published;
    }

    /** A price from a file that gives only effective dates. */
    public OverlayPrice(
            String provider,
            String sku,
            String kind,
            String region,
            BigDecimal amount,
            String currency,
            String sourceFile,
            String effectiveDate,
            String refreshedOn) {
        this(provider, sku, kind, region, amount, currency, sourceFile, effectiveDate, refreshedOn, "", false);
    }

    /** The same price from a file published on {@code date}. */
    public OverlayPrice withPublished(String date) {
        return new OverlayPrice(
                provider,
                sku,
                kind,
                region,
                amount,
                currency,
                sourceFile,
                effectiveDate,
                refreshedOn,
                date,
                acceptOlder);
    }

    /** The same price, to be applied ({@code true}) or not even where it is older than the snapshot's. */
    public OverlayPrice withAcceptOlder(boolean accept) {
        return new OverlayPrice(
                provider,
                sku,
                kind,
                region,
                amount,
                currency,
                sourceFile,
                effectiveDate,
                refreshedOn,
                published,
                accept);
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
