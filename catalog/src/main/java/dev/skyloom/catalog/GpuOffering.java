package dev.skyloom.catalog;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * An instance type with accelerators, and where it is sold at what price. {@code acceleratorCount} can
 * be fractional (shared GPUs). {@code prices} is keyed by region code; a provider that publishes one
 * global list price (OCI) has {@code globalPrice} instead, which applies in every region as an
 * estimate.
 */
public record GpuOffering(
        String provider,
        String instanceType,
        Accelerator accelerator,
        double acceleratorCount,
        OptionalDouble memoryGibPerAccelerator,
        OptionalDouble vcpus,
        OptionalDouble ramGib,
        PriceBasis priceBasis,
        Map<String, RegionalPrices> prices,
        Optional<RegionalPrices> globalPrice,
        String note) {
    public GpuOffering {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(instanceType, "instanceType");
        Objects.requireNonNull(accelerator, "accelerator");
        Objects.requireNonNull(priceBasis, "priceBasis");
        prices = Map.copyOf(prices);
        globalPrice = Objects.requireNonNull(globalPrice, "globalPrice");
        note = note == null ? "" : note;
    }

    /** Whether the catalog lists this offering in {@code regionCode} (a global list price counts). */
    public boolean isAvailableIn(String regionCode) {
        return prices.containsKey(regionCode) || globalPrice.isPresent();
    }

    /** Prices in a region; a global list price comes back marked as an estimate. */
    public Optional<RegionalPrices> pricesIn(String regionCode) {
        RegionalPrices exact = prices.get(regionCode);
        if (exact != null) {
            return Optional.of(exact);
        }
        return globalPrice.map(g -> new RegionalPrices(
                regionCode, g.onDemand().map(Price::asEstimate), g.spot().map(Price::asEstimate)));
    }

    /** Total accelerator memory of one instance in GiB, when known. */
    public OptionalDouble totalAcceleratorMemoryGib() {
        return memoryGibPerAccelerator.isPresent()
                ? OptionalDouble.of(memoryGibPerAccelerator.getAsDouble() * acceleratorCount)
                : OptionalDouble.empty();
    }
}
