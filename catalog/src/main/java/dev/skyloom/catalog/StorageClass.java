package dev.skyloom.catalog;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A provider's storage class (e.g. aws "S3 Standard") in a family. {@code prices} holds per-region
 * $/GB-month where published; {@code referencePrice} is the price of the provider's reference region
 * (e.g. us-east-1) used as an estimate elsewhere. {@code standard} marks the class a design means when
 * it names only the family.
 */
public record StorageClass(
        String provider,
        String name,
        StorageFamily family,
        String service,
        boolean standard,
        Map<String, Price> prices,
        Optional<Price> referencePrice,
        Optional<String> referenceRegion) {
    public StorageClass {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(family, "family");
        service = service == null ? "" : service;
        prices = Map.copyOf(prices);
        referencePrice = Objects.requireNonNull(referencePrice, "referencePrice");
        referenceRegion = Objects.requireNonNull(referenceRegion, "referenceRegion");
    }

    /** $/GB-month in a region: the published regional price, else the reference price as an estimate. */
    public Optional<Price> priceIn(String regionCode) {
        Price exact = prices.get(regionCode);
        if (exact != null) {
            return Optional.of(exact);
        }
        if (referenceRegion.isPresent() && referenceRegion.get().equals(regionCode)) {
            return referencePrice;
        }
        return referencePrice.map(Price::asEstimate);
    }
}
