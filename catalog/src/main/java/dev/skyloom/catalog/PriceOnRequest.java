package dev.skyloom.catalog;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An offering a provider sells without a public list price (capacity blocks, reservations, sales). It
 * is placeable and checkable like any offering, but costs stay unpriced ("price on request") with
 * {@link #reason()} until the user gives a unit price or a price list.
 *
 * @param regions where a named source says it is sold; empty with {@code regionsNotStated} false means
 *     the offering's priced regions decide (a4-highgpu-8g: spot priced, on-demand not sold). On an
 *     offering that also has list prices, the state applies only in these regions (GCP TPU v6e: the
 *     source's placeholder amounts withheld in four of its fourteen regions)
 * @param regionsNotStated the sources say the provider sells it but name no region (AWS P6e-GB300): it is
 *     listed in no region, never in every region, and {@code catalog} shows it once as "regions not
 *     stated"; it can still be placed in any region of its provider, where the catalog check asks the
 *     user to confirm the region with the provider ({@link GpuOffering#isPlaceableIn})
 * @param zones zones per region, where the source names them (space-separated)
 */
public record PriceOnRequest(
        PurchaseModel purchaseModel,
        String reason,
        String source,
        String asOf,
        Set<String> regions,
        boolean regionsNotStated,
        Map<String, String> zones) {
    public PriceOnRequest {
        Objects.requireNonNull(purchaseModel, "purchaseModel");
        reason = reason == null ? "" : reason;
        source = source == null ? "" : source;
        asOf = asOf == null ? "" : asOf;
        regions = Set.copyOf(regions);
        zones = Map.copyOf(zones);
    }

    /** Whether a named source places the offering in {@code regionCode}. */
    public boolean isSoldIn(String regionCode) {
        return regions.contains(regionCode);
    }

    /** "price on request (capacity block: REASON)". */
    public String describe() {
        return "price on request (" + purchaseModel.label() + (reason.isEmpty() ? "" : ": " + reason) + ")";
    }
}
