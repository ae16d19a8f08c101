package dev.skyloom.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The 2026-12 sourced update (shared/catalog-data/updates-2026-12, each row checked against its source,
 * see PROVENANCE.md): CoreWeave priced in its current regions, Nebius after its 2026-10-01 price rise,
 * frontier hardware sold without a list price, spot marked as not firm.
 */
class SourcedUpdateTest {
    private static final Catalog CATALOG = CatalogLoader.bundled();

    @Test
    void coreWeaveSellsNineListedOfferingsInItsCurrentRegionsOnly() {
        Map<String, BigDecimal> listed = new TreeMap<>();
        Set<String> regions = new TreeSet<>();
        for (GpuOffering o : CATALOG.offeringsOf("coreweave")) {
            if (o.isPriceOnRequest()) {
                continue;
            }
            for (RegionalPrices p : o.prices().values()) {
                listed.put(o.instanceType(), p.onDemand().orElseThrow().amount());
                regions.add(p.region());
                assertEquals(
                        "COREWEAVE-PRICING-2026-09", p.onDemand().get().source().split("; ")[0]);
                assertFalse(p.zones().isEmpty(), o.instanceType() + " " + p.region());
            }
        }
        assertEquals(
                Map.of(
                        "b200-8x", new BigDecimal("68.80"),
                        "gb200-4x", new BigDecimal("42.00"),
                        "gd-1xgh200", new BigDecimal("6.50"),
                        "gd-8xa100-i128", new BigDecimal("21.60"),
                        "gd-8xh100ib-i128", new BigDecimal("49.24"),
                        "gd-8xh200ib-i128", new BigDecimal("50.44"),
                        "gd-8xl40-i128", new BigDecimal("10.00"),
                        "gd-8xl40s-i128", new BigDecimal("18.00"),
                        "rtxp6000-8x", new BigDecimal("20.00")),
                listed);
        for (String retired : List.of("LAS1", "LGA1", "ORD1")) {
            assertTrue(CATALOG.region("coreweave", retired).isEmpty(), retired);
        }
        assertTrue(regions.containsAll(Set.of("US-EAST-04", "RNO2", "CA-EAST-01")), regions.toString());
        // the North America list price is not carried into Europe
        assertFalse(regions.stream().anyMatch(r -> r.startsWith("EU-")), regions.toString());
        assertEquals(
                List.of("US-EAST-04A"),
                CATALOG.offering("coreweave", "gd-8xl40s-i128")
                        .orElseThrow()
                        .prices()
                        .get("US-EAST-04")
                        .zones());
    }

    @Test
    void nebiusCarriesThePricesEffectiveOnTheFirstOfOctoberAndDynamicPreemptiblePrices() {
        RegionalPrices h200 = CATALOG.offering("nebius", "gpu-h200-sxm_8gpu-128vcpu-1600gb")
                .orElseThrow()
                .prices()
                .get("eu-north1");
        assertEquals(
                0,
                new BigDecimal("43.20").compareTo(h200.onDemand().orElseThrow().amount()));
        assertEquals(PriceKind.LIST, h200.onDemand().get().kind());
        assertEquals("2026-10-07", h200.onDemand().get().asOf());
        // "from $0.79" per GPU-hour x 8: a floor of a dynamic market, not a list price
        assertEquals(
                0, new BigDecimal("6.32").compareTo(h200.spot().orElseThrow().amount()));
        assertEquals(PriceKind.DYNAMIC, h200.spot().get().kind());
        RegionalPrices b200 = CATALOG.offering("nebius", "gpu-b200-sxm_8gpu-160vcpu-1792gb")
                .orElseThrow()
                .prices()
                .get("us-central1");
        assertEquals(
                0,
                new BigDecimal("68.00").compareTo(b200.onDemand().orElseThrow().amount()));
        TransferRate objectEgress = CATALOG.transferRate("nebius", TransferType.OBJECT_STORAGE_EGRESS, "eu-north1")
                .orElseThrow();
        assertEquals(
                0, new BigDecimal("0.015").compareTo(objectEgress.tiers().get(0).usdPerGb()));
        TransferRate vmEgress = CATALOG.transferRate("nebius", TransferType.INTERNET_EGRESS, "eu-north1")
                .orElseThrow();
        assertEquals(0, BigDecimal.ZERO.compareTo(vmEgress.tiers().get(0).usdPerGb()));
        assertEquals("NEBIUS-PRICES-2026-10", vmEgress.source());
    }

    @Test
    void spotPricesAreIndicativeNotListPrices() {
        RegionalPrices tpu =
                CATALOG.offering("gcp", "tpu-v6e-1").orElseThrow().prices().get("asia-northeast1");
        assertEquals(PriceKind.INDICATIVE, tpu.spot().orElseThrow().kind());
        assertTrue(tpu.spot().get().isVolatile());
        assertEquals(PriceKind.LIST, tpu.onDemand().orElseThrow().kind());
    }

    @Test
    void everyProviderSellingGb200AndGb300IsListedPricedOrOnRequest() {
        assertEquals(Set.of("aws", "azure", "coreweave", "gcp", "nebius", "oci"), CATALOG.providersSelling("GB200"));
        assertEquals(Set.of("aws", "azure", "coreweave", "nebius", "oci"), CATALOG.providersSelling("GB300"));
        GpuOffering p6e = CATALOG.offering("aws", "p6e-gb200.36xlarge").orElseThrow();
        PriceOnRequest onRequest = p6e.priceOnRequest().orElseThrow();
        assertEquals(PurchaseModel.CAPACITY_BLOCK, onRequest.purchaseModel());
        assertTrue(p6e.isAvailableIn("us-east-1"));
        assertFalse(p6e.isAvailableIn("eu-central-1"));
        assertTrue(p6e.pricesIn("us-east-1").orElseThrow().onDemand().isEmpty());
        assertEquals(
                List.of("Dallas", "Local", "Zone"),
                p6e.pricesIn("us-east-1").get().zones());
        assertTrue(onRequest.describe().startsWith("price on request (capacity block: "));
        assertEquals(
                PurchaseModel.CONTACT_SALES,
                CATALOG.offering("coreweave", "gb300-4x")
                        .orElseThrow()
                        .priceOnRequest()
                        .orElseThrow()
                        .purchaseModel());
        assertEquals(
                PurchaseModel.RESERVATION,
                CATALOG.offering("gcp", "a4x-highgpu-4g")
                        .orElseThrow()
                        .priceOnRequest()
                        .orElseThrow()
                        .purchaseModel());
        GpuOffering azure =
                CATALOG.offering("azure", "Standard_ND128isr_NDR_GB200_v6").orElseThrow();
        assertEquals(Set.of("westus3"), azure.prices().keySet());
        assertEquals(
                0,
                new BigDecimal("108.16")
                        .compareTo(azure.prices()
                                .get("westus3")
                                .onDemand()
                                .orElseThrow()
                                .amount()));
    }

    @Test
    void gcpA4HasNoOnDemandPriceBecauseGoogleDoesNotSellItOnDemand() {
        GpuOffering a4 = CATALOG.offering("gcp", "a4-highgpu-8g").orElseThrow();
        assertEquals(
                PurchaseModel.RESERVATION, a4.priceOnRequest().orElseThrow().purchaseModel());
        assertFalse(a4.prices().isEmpty());
        for (RegionalPrices p : a4.prices().values()) {
            assertTrue(p.onDemand().isEmpty(), p.region());
            assertEquals(PriceKind.INDICATIVE, p.spot().orElseThrow().kind());
        }
        // regions come from the prices, not from "everywhere"
        assertFalse(a4.isAvailableIn("europe-west1"));
    }

    @Test
    void residencyCountriesAreFilledWhereSourced() {
        assertEquals(
                "FR",
                CATALOG.region("nebius", "eu-west1").orElseThrow().country().orElseThrow());
        assertEquals(
                "IL",
                CATALOG.region("lambda", "me-west-1").orElseThrow().country().orElseThrow());
        assertEquals(
                "JP",
                CATALOG.region("lambda", "asia-northeast-2")
                        .orElseThrow()
                        .country()
                        .orElseThrow());
        assertEquals(
                "ES",
                CATALOG.region("coreweave", "EU-SOUTH-03")
                        .orElseThrow()
                        .country()
                        .orElseThrow());
    }
}
