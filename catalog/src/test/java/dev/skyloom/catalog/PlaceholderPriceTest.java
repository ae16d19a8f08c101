package dev.skyloom.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The bundled snapshot carries no placeholder amounts as prices: GCP TPU v6e's 700 per slice-hour in
 * four regions (GCP-ANYCLOUD, SkyPilot's catalog alike) is withheld, the offering still listed there
 * with the reason; and no price is 20 times above or below its offering's median across regions.
 */
class PlaceholderPriceTest {
    private static final Catalog CATALOG = CatalogLoader.bundled();
    private static final List<String> V6E = List.of("tpu-v6e-1", "tpu-v6e-4", "tpu-v6e-8");
    private static final List<String> WITHHELD_BOTH = List.of("asia-east1", "southamerica-east1", "us-central2");

    @Test
    void tpuV6eInTheThreePlaceholderRegionsIsListedWithoutAPriceAndSaysWhy() {
        for (String type : V6E) {
            GpuOffering o = CATALOG.offering("gcp", type).orElseThrow();
            for (String region : WITHHELD_BOTH) {
                assertTrue(o.isAvailableIn(region), type + " " + region);
                RegionalPrices p = o.pricesIn(region).orElseThrow();
                assertTrue(p.onDemand().isEmpty(), type + " " + region);
                assertTrue(p.spot().isEmpty(), type + " " + region);
                assertEquals(List.of(region + (region.equals("us-central2") ? "-b" : "-c")), p.zones());
                PriceOnRequest r = o.priceOnRequestIn(region).orElseThrow();
                assertEquals(PurchaseModel.PRICE_WITHHELD, r.purchaseModel());
                assertTrue(r.reason().startsWith("the source gives 700 USD per slice-hour here"), r.reason());
                assertTrue(r.describe().startsWith("price on request (price withheld: "), r.describe());
                assertTrue(r.source().startsWith("GCP-ANYCLOUD"), r.source());
                assertEquals("2026-05-20", r.asOf());
            }
        }
    }

    @Test
    void southAmericaWest1KeepsItsOnDemandPriceButWithholdsTheSpotPlaceholder() {
        GpuOffering o = CATALOG.offering("gcp", "tpu-v6e-1").orElseThrow();
        RegionalPrices p = o.pricesIn("southamerica-west1").orElseThrow();
        assertEquals(
                0, new BigDecimal("2.7").compareTo(p.onDemand().orElseThrow().amount()));
        assertTrue(p.spot().isEmpty());
        assertEquals(
                PurchaseModel.PRICE_WITHHELD,
                o.priceOnRequestIn("southamerica-west1").orElseThrow().purchaseModel());
    }

    @Test
    void theOtherV6eRegionsStayListPricedAndOutsideTheWithheldState() {
        GpuOffering o = CATALOG.offering("gcp", "tpu-v6e-1").orElseThrow();
        assertEquals(14, o.prices().size());
        assertTrue(o.priceOnRequestIn("us-central1").isEmpty());
        assertEquals(
                0,
                new BigDecimal("2.7")
                        .compareTo(o.pricesIn("us-central1")
                                .orElseThrow()
                                .onDemand()
                                .orElseThrow()
                                .amount()));
        // not sold in europe-west1 per the zone source: neither listed nor on request there
        assertFalse(o.isAvailableIn("europe-west1"));
        assertTrue(o.priceOnRequestIn("europe-west1").isEmpty());
        // an offering whose source names no regions still applies wherever it is listed (A4: no on-demand)
        GpuOffering a4 = CATALOG.offering("gcp", "a4-highgpu-8g").orElseThrow();
        String a4Region = a4.prices().keySet().iterator().next();
        assertEquals(
                PurchaseModel.RESERVATION,
                a4.priceOnRequestIn(a4Region).orElseThrow().purchaseModel());
    }

    @Test
    void noPriceIsTwentyTimesAboveOrBelowItsOfferingsMedianAcrossRegions() {
        List<String> outliers = new ArrayList<>();
        for (GpuOffering o : CATALOG.offerings()) {
            outliers.addAll(outliers(o, p -> p.onDemand(), "on-demand"));
            outliers.addAll(outliers(o, p -> p.spot(), "spot"));
        }
        assertEquals(List.of(), outliers);
    }

    @Test
    void noPriceIsAKnownPlaceholderValue() {
        List<BigDecimal> placeholders = List.of(new BigDecimal("700"), new BigDecimal("999"), new BigDecimal("0.0001"));
        for (GpuOffering o : CATALOG.offerings()) {
            for (RegionalPrices p : o.prices().values()) {
                for (Optional<Price> price : List.of(p.onDemand(), p.spot())) {
                    price.ifPresent(x -> assertFalse(
                            placeholders.stream().anyMatch(v -> v.compareTo(x.amount()) == 0),
                            o.instanceType() + " " + p.region() + " " + x.amount()));
                }
            }
        }
    }

    /** Prices of one kind more than 20× away from the median of the same offering in the same currency. */
    private static List<String> outliers(GpuOffering o, Function<RegionalPrices, Optional<Price>> kind, String label) {
        Map<String, List<Price>> byCurrency = new LinkedHashMap<>();
        for (RegionalPrices p : o.prices().values()) {
            kind.apply(p).ifPresent(x -> byCurrency
                    .computeIfAbsent(x.currency(), c -> new ArrayList<>())
                    .add(x));
        }
        List<String> result = new ArrayList<>();
        Map<Price, String> regionOf = new java.util.IdentityHashMap<>();
        o.prices().values().forEach(p -> kind.apply(p).ifPresent(x -> regionOf.put(x, p.region())));
        for (List<Price> prices : byCurrency.values()) {
            List<BigDecimal> sorted =
                    prices.stream().map(Price::amount).sorted().toList();
            BigDecimal median = sorted.get(sorted.size() / 2);
            BigDecimal twenty = BigDecimal.valueOf(20);
            for (Price p : prices) {
                if (p.amount().compareTo(median.multiply(twenty)) >= 0
                        || p.amount().multiply(twenty).compareTo(median) <= 0) {
                    result.add(o.provider() + " " + o.instanceType() + " " + regionOf.get(p) + " " + label + " "
                            + p.amount() + " (median " + median + ")");
                }
            }
        }
        return result;
    }
}
