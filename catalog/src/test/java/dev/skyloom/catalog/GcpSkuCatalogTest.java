package dev.skyloom.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reads a real Cloud Billing Catalog excerpt (three Compute Engine SKUs as returned by the API, copied by
 * OpenCost; source in pricefiles/README.md): the A2 core, RAM and A100 GPU prices add up to the A2
 * machine types the catalog lists in the SKUs' regions.
 */
class GcpSkuCatalogTest {
    private static final Catalog BUNDLED = CatalogLoader.bundled();
    private static final LocalDate DAY = LocalDate.of(2026, 12, 2);
    static final String GCP = "gcp-billing-catalog-a2-opencost-excerpt.json";

    private static ProviderPriceFiles.Read read(String text) {
        return ProviderPriceFiles.read(BUNDLED, GCP, text, DAY);
    }

    @Test
    void theA2MachineTypesArePricedFromTheirCoreRamAndGpuSkus() {
        ProviderPriceFiles.Read read = read(ProviderPriceFilesTest.fixture(GCP));

        assertEquals("Google Cloud Billing Catalog", read.format());
        // a2-highgpu-1g/2g/4g/8g in us-central1, us-east1, us-west1, a2-megagpu-16g in us-central1
        assertEquals(13, read.prices().size(), read.prices().toString());
        assertEquals(0, read.unmatched(), "every SKU-region of the excerpt went into a price");
        OverlayPrice p = read.prices().stream()
                .filter(x -> x.sku().equals("a2-highgpu-1g") && x.region().equals("us-central1"))
                .findFirst()
                .orElseThrow();
        // 12 vCPU × 0.031611 + 85 GiB × 0.004237 + 1 A100 × 2.933908
        assertEquals(new BigDecimal("3.673385"), p.amount());
        assertEquals(List.of("on-demand", "USD", "2023-03-24"), List.of(p.kind(), p.currency(), p.effectiveDate()));
        assertTrue(read.prices().stream().allMatch(x -> x.kind().equals("on-demand")));
    }

    @Test
    void refreshReplacesTheSnapshotPriceWithTheFilesAndTheSumsAgreeWithTheSnapshot() {
        ProviderPriceFiles.Read read = read(ProviderPriceFilesTest.fixture(GCP));
        Catalog refreshed = new CatalogOverlay(read.prices()).applyTo(BUNDLED);

        for (String type : List.of("a2-highgpu-1g", "a2-highgpu-2g", "a2-highgpu-4g", "a2-highgpu-8g")) {
            for (String region : List.of("us-central1", "us-east1", "us-west1")) {
                Price before = BUNDLED.offering("gcp", type)
                        .orElseThrow()
                        .pricesIn(region)
                        .orElseThrow()
                        .onDemand()
                        .orElseThrow();
                RegionalPrices after = refreshed
                        .offering("gcp", type)
                        .orElseThrow()
                        .pricesIn(region)
                        .orElseThrow();
                Price onDemand = after.onDemand().orElseThrow();
                assertEquals("overlay " + GCP, onDemand.source(), type + " " + region);
                assertEquals("2023-03-24", onDemand.asOf());
                // Google's parts add up to the snapshot's Billing Catalog price (GCP-CYCLENERD) to the nano
                assertEquals(0, before.amount().compareTo(onDemand.amount()), type + " " + region);
                assertFalse(after.spot().orElseThrow().source().startsWith("overlay"), "no spot SKU in the file");
            }
        }
        assertEquals(
                "overlay " + GCP,
                refreshed
                        .offering("gcp", "a2-megagpu-16g")
                        .orElseThrow()
                        .pricesIn("us-central1")
                        .orElseThrow()
                        .onDemand()
                        .orElseThrow()
                        .source());
        assertTrue(refreshed.source("overlay " + GCP).isPresent());
    }

    @Test
    void theSkusRegionsDoNotWidenWhereAMachineIsSold() {
        // the SKUs name us-east1 and us-west1, where the zone source does not list a2-megagpu-16g
        ProviderPriceFiles.Read read = read(ProviderPriceFilesTest.fixture(GCP));
        assertTrue(read.prices().stream()
                .noneMatch(x -> x.sku().equals("a2-megagpu-16g") && !x.region().equals("us-central1")));
        Catalog refreshed = new CatalogOverlay(read.prices()).applyTo(BUNDLED);
        assertFalse(refreshed.offering("gcp", "a2-megagpu-16g").orElseThrow().isAvailableIn("us-east1"));
    }

    @Test
    void aGpuSkuWithoutItsMachinePartsIsCountedAsNotMatched() throws Exception {
        // the same real excerpt with only its first SKU (the A100 GPU): nothing in the catalog is priced by a
        // bare A100 (it comes only inside A2 machine types), so its three regions are reported, not applied
        ObjectNode file = (ObjectNode) new ObjectMapper().readTree(ProviderPriceFilesTest.fixture(GCP));
        JsonNode gpu = file.get("skus").get(0);
        assertEquals(
                "Nvidia Tesla A100 GPU running in Americas",
                gpu.get("description").asText());
        ((ArrayNode) file.get("skus")).removeAll().add(gpu);

        ProviderPriceFiles.Read read = read(file.toString());

        assertTrue(read.prices().isEmpty());
        assertEquals(3, read.unmatched());
    }

    @Test
    void aRamPriceInAnotherUnitIsNotAddedUp() {
        String perMonth = ProviderPriceFilesTest.fixture(GCP).replace("\"GiBy.h\"", "\"GiBy.mo\"");
        ProviderPriceFiles.Read read = read(perMonth);
        assertTrue(read.prices().isEmpty(), read.prices().toString());
        assertEquals(9, read.unmatched());
    }
}
