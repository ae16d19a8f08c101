package dev.skyloom.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * GCP accelerator-optimized machine types (a2, a3, a4, g2) and TPU slices are listed only in the regions
 * (and zones) where the zone source lists them: the fixture is a transcription of SkyPilot's GCP catalog (commit 8427bbff, named in
 * the fixture) and the catalog rows must agree with it.
 */
class GcpAvailabilityTest {
    private static final Catalog CATALOG = CatalogLoader.bundled();

    /** instance type → region → zones, from the fixture. */
    private static Map<String, Map<String, List<String>>> source() throws IOException {
        Map<String, Map<String, List<String>>> result = new LinkedHashMap<>();
        try (InputStream in = GcpAvailabilityTest.class.getResourceAsStream("gcp-zones-skypilot-8427bbff.csv")) {
            assertNotNull(in);
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("#") || line.startsWith("instance_type") || line.isBlank()) {
                    continue;
                }
                String[] parts = line.strip().split(",", 2);
                Map<String, List<String>> regions = new LinkedHashMap<>();
                for (String group : parts[1].split(";")) {
                    String[] rz = group.split(":");
                    List<String> zones = new ArrayList<>();
                    for (String z : rz[1].split(" ")) {
                        zones.add(rz[0] + "-" + z);
                    }
                    regions.put(rz[0], zones);
                }
                result.put(parts[0], regions);
            }
        }
        return result;
    }

    @Test
    void everyGcpRowOfTheseMachineTypesIsInARegionAndZoneTheSourceLists() throws IOException {
        Map<String, Map<String, List<String>>> source = source();
        assertEquals(37, source.size()); // 19 a2/a3/a4, 8 g2, 10 TPU slices
        for (Map.Entry<String, Map<String, List<String>>> e : source.entrySet()) {
            GpuOffering offering =
                    CATALOG.offering("gcp", e.getKey()).orElseThrow(() -> new AssertionError(e.getKey()));
            assertTrue(offering.globalPrice().isEmpty());
            assertFalse(offering.prices().isEmpty(), e.getKey());
            for (RegionalPrices p : offering.prices().values()) {
                List<String> zones = e.getValue().get(p.region());
                assertNotNull(zones, e.getKey() + " is listed in " + p.region() + ", which the source does not list");
                assertEquals(zones, p.zones(), e.getKey() + " " + p.region());
            }
            offering.priceOnRequest().ifPresent(r -> assertFalse(r.regionsNotStated(), e.getKey()));
        }
    }

    @Test
    void theAuditedOverstatementsAreGone() {
        GpuOffering a3 = CATALOG.offering("gcp", "a3-highgpu-8g").orElseThrow();
        assertEquals(16, a3.prices().size()); // was 40 (every GCP region)
        assertFalse(a3.isAvailableIn("me-west1"));
        assertFalse(a3.isAvailableIn("europe-west8"));
        assertTrue(a3.isAvailableIn("europe-west4"));
        assertFalse(CATALOG.offering("gcp", "a2-ultragpu-8g").orElseThrow().isAvailableIn("europe-west1"));
        assertTrue(CATALOG.offering("gcp", "a3-highgpu-1g").orElseThrow().isAvailableIn("europe-west8"));
    }

    @Test
    void g2IsListedOnlyInTheEighteenRegionsThatSellIt() {
        for (int size : new int[] {4, 8, 12, 16, 24, 32, 48, 96}) {
            GpuOffering g2 = CATALOG.offering("gcp", "g2-standard-" + size).orElseThrow();
            assertEquals(18, g2.prices().size(), "g2-standard-" + size); // was 40 (every GCP region)
            assertTrue(g2.isAvailableIn("us-central1"));
            assertFalse(g2.isAvailableIn("us-east5"), "no g2 zone in us-east5");
            assertFalse(g2.isAvailableIn("europe-west8"), "no g2 zone in europe-west8");
        }
        assertEquals(
                List.of("us-east1-b", "us-east1-c", "us-east1-d"),
                CATALOG.offering("gcp", "g2-standard-4")
                        .orElseThrow()
                        .pricesIn("us-east1")
                        .orElseThrow()
                        .zones());
    }

    @Test
    void tpuSlicesCarryTheSourceZonesAndNoRegionWasInvented() {
        assertEquals(
                List.of("us-east4-a"),
                CATALOG.offering("gcp", "tpu-v6e-8")
                        .orElseThrow()
                        .pricesIn("us-east4")
                        .orElseThrow()
                        .zones(),
                "the source lists v6e in us-east4-a only");
        // the source also lists v5e in us-east4, where no price was sourced: not listed rather than guessed
        assertFalse(CATALOG.offering("gcp", "tpu-v5litepod-8").orElseThrow().isAvailableIn("us-east4"));
        assertEquals(
                List.of("us-central2"),
                List.copyOf(CATALOG.offering("gcp", "tpu-v4-8")
                        .orElseThrow()
                        .prices()
                        .keySet()));
    }
}
