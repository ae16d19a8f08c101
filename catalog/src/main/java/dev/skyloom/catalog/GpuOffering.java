package dev.skyloom.catalog;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * An instance type with accelerators, and where it is sold at what price. {@code acceleratorCount} can
 * be fractional (shared GPUs). {@code prices} is keyed by region code; a provider that publishes one
 * global list price (OCI) has {@code globalPrice} instead, which applies in every region as an
 * estimate. {@code priceOnRequest} marks an offering sold without a list price (capacity blocks,
 * reservations, sales): it is listed where its sources say and costs "price on request".
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
        String note,
        Optional<PriceOnRequest> priceOnRequest) {
    /** An offering with list prices only. */
    public GpuOffering(
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
        this(
                provider,
                instanceType,
                accelerator,
                acceleratorCount,
                memoryGibPerAccelerator,
                vcpus,
                ramGib,
                priceBasis,
                prices,
                globalPrice,
                note,
                Optional.empty());
    }

    public GpuOffering {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(instanceType, "instanceType");
        Objects.requireNonNull(accelerator, "accelerator");
        Objects.requireNonNull(priceBasis, "priceBasis");
        prices = Map.copyOf(prices);
        globalPrice = Objects.requireNonNull(globalPrice, "globalPrice");
        note = note == null ? "" : note;
        priceOnRequest = Objects.requireNonNull(priceOnRequest, "priceOnRequest");
    }

    /** The same offering marked as sold without a list price. */
    public GpuOffering withPriceOnRequest(PriceOnRequest onRequest) {
        return new GpuOffering(
                provider,
                instanceType,
                accelerator,
                acceleratorCount,
                memoryGibPerAccelerator,
                vcpus,
                ramGib,
                priceBasis,
                prices,
                globalPrice,
                note,
                Optional.of(onRequest));
    }

    /** The same offering with other prices (price lists, overlays); everything else kept. */
    public GpuOffering withPrices(Map<String, RegionalPrices> newPrices, Optional<RegionalPrices> newGlobal) {
        return new GpuOffering(
                provider,
                instanceType,
                accelerator,
                acceleratorCount,
                memoryGibPerAccelerator,
                vcpus,
                ramGib,
                priceBasis,
                newPrices,
                newGlobal,
                note,
                priceOnRequest);
    }

    /**
     * Whether the catalog lists this offering in {@code regionCode}: a regional or global price, or a
     * source saying it is sold there without a list price.
     */
    public boolean isAvailableIn(String regionCode) {
        return prices.containsKey(regionCode)
                || globalPrice.isPresent()
                || priceOnRequest.map(o -> o.isSoldIn(regionCode)).orElse(false);
    }

    /**
     * Whether the provider sells it where no named source says (AWS P6e-GB300): listed in no region, yet
     * placeable in any region of its provider, with a warning to confirm the region with the provider.
     */
    public boolean regionsNotStated() {
        return prices.isEmpty()
                && globalPrice.isEmpty()
                && priceOnRequest.map(PriceOnRequest::regionsNotStated).orElse(false);
    }

    /**
     * Whether a pool of it may be placed in {@code regionCode} of its provider: listed there, or sold where
     * the sources do not say ({@link #regionsNotStated()}).
     */
    public boolean isPlaceableIn(String regionCode) {
        return isAvailableIn(regionCode) || regionsNotStated();
    }

    /**
     * The "price on request" state that applies in {@code regionCode}: where its source names regions,
     * only there (GCP TPU v6e: withheld placeholder prices in a few of its priced regions); where it
     * names none, wherever the offering is listed (a4-highgpu-8g: no on-demand price anywhere); where it
     * says the provider sells it without naming a region, in every region it can be placed.
     */
    public Optional<PriceOnRequest> priceOnRequestIn(String regionCode) {
        return priceOnRequest.filter(r -> r.regionsNotStated()
                ? isPlaceableIn(regionCode)
                : !r.regions().isEmpty() ? r.isSoldIn(regionCode) : isAvailableIn(regionCode));
    }

    /** Whether some or all of it is sold without a list price. */
    public boolean isPriceOnRequest() {
        return priceOnRequest.isPresent();
    }

    /** Prices in a region; a global list price comes back marked as an estimate. */
    public Optional<RegionalPrices> pricesIn(String regionCode) {
        RegionalPrices exact = prices.get(regionCode);
        if (exact != null) {
            return Optional.of(exact);
        }
        Optional<RegionalPrices> global = globalPrice.map(g -> new RegionalPrices(
                regionCode, g.onDemand().map(Price::asEstimate), g.spot().map(Price::asEstimate)));
        if (global.isPresent()
                || priceOnRequest.isEmpty()
                || !priceOnRequest.get().isSoldIn(regionCode)) {
            return global;
        }
        String zones = priceOnRequest.get().zones().getOrDefault(regionCode, "");
        return Optional.of(new RegionalPrices(
                regionCode,
                Optional.empty(),
                Optional.empty(),
                zones.isEmpty() ? java.util.List.of() : java.util.List.of(zones.split(" "))));
    }

    /** Total accelerator memory of one instance in GiB, when known. */
    public OptionalDouble totalAcceleratorMemoryGib() {
        return memoryGibPerAccelerator.isPresent()
                ? OptionalDouble.of(memoryGibPerAccelerator.getAsDouble() * acceleratorCount)
                : OptionalDouble.empty();
    }
}
