package dev.skyloom.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The bundled snapshot against its own CSV files, read independently here with the test's own split. */
class BundledCatalogTest {
    private static final Catalog CATALOG = CatalogLoader.bundled();
    private static final Map<String, String> TEXTS = CatalogLoader.bundledTexts();

    /** Data rows of a bundled file, split naively (quoted commas handled), header dropped. */
    private static List<List<String>> rows(String file) {
        List<List<String>> result = new java.util.ArrayList<>();
        String[] lines = TEXTS.get(file).split("\r?\n");
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            List<String> fields = new java.util.ArrayList<>();
            StringBuilder f = new StringBuilder();
            boolean quoted = false;
            for (char c : lines[i].toCharArray()) {
                if (c == '"') {
                    quoted = !quoted;
                } else if (c == ',' && !quoted) {
                    fields.add(f.toString());
                    f.setLength(0);
                } else {
                    f.append(c);
                }
            }
            fields.add(f.toString());
            result.add(fields);
        }
        return result;
    }

    @Test
    void bundledSnapshotLoadsWithZeroProblems() {
        CatalogLoadResult result = CatalogLoader.loadBundled();
        assertEquals(List.of(), result.problems());
        assertEquals(LocalDate.of(2026, 12, 2), result.catalog().snapshotDate());
    }

    @Test
    void holdsEveryProviderOfTheData() {
        List<List<String>> providers = rows("providers.csv");
        assertEquals(19, providers.size());
        assertEquals(providers.size(), CATALOG.providers().size());
        for (String id : List.of("aws", "azure", "gcp", "oci", "coreweave", "lambda", "nebius")) {
            assertTrue(CATALOG.provider(id).isPresent(), id);
        }
    }

    @Test
    void holdsEveryRegionRow() {
        List<List<String>> regions = rows("regions.csv");
        // 297 of 2026-11-21, less CoreWeave's retired LAS1/LGA1/ORD1, plus its 21 current regions
        assertEquals(315, regions.size());
        assertEquals(315, CATALOG.regions().size());
        for (List<String> r : regions) {
            Region region = CATALOG.region(r.get(0), r.get(1)).orElseThrow(() -> new AssertionError(r));
            assertEquals(r.get(3).isEmpty() ? Optional.empty() : Optional.of(r.get(3)), region.country());
        }
    }

    @Test
    void representsEveryGpuInstanceRowAsAnOfferingPrice() {
        List<List<String>> rows = rows("gpu_instances.csv");
        // 3772 of 2026-11-21 + 41 sourced rows (CoreWeave 38, Azure GB200 1, Nebius 2) - 385 a2/a3/a4 and
        // 176 g2 GCP rows in regions where the zone source does not list the machine type
        assertEquals(3252, rows.size());
        int represented = 0;
        for (List<String> r : rows) {
            GpuOffering offering = CATALOG.offering(r.get(0), r.get(1)).orElseThrow(() -> new AssertionError(r));
            String region = r.get(7);
            RegionalPrices prices = region.isEmpty() || region.equals("*")
                    ? offering.globalPrice().orElseThrow()
                    : offering.prices().get(region);
            assertEquals(amount(r.get(8)), prices.onDemand().map(Price::amount), r.toString());
            assertEquals(amount(r.get(9)), prices.spot().map(Price::amount), r.toString());
            prices.onDemand().ifPresent(p -> assertEquals(r.get(10), p.currency()));
            represented++;
        }
        assertEquals(3252, represented);
        int pricesInCatalog = 0;
        for (GpuOffering o : CATALOG.offerings()) {
            pricesInCatalog += o.prices().size() + (o.globalPrice().isPresent() ? 1 : 0);
        }
        assertEquals(3252, pricesInCatalog);
    }

    private static Optional<BigDecimal> amount(String text) {
        return text.isEmpty() ? Optional.empty() : Optional.of(new BigDecimal(text));
    }

    @Test
    void pricesCarryUnitSourceAndTheSourcesDate() {
        GpuOffering p5 = CATALOG.offering("aws", "p5.48xlarge").orElseThrow();
        Price price = p5.prices().get("us-east-1").onDemand().orElseThrow();
        assertEquals("hour", price.unit());
        assertEquals("AWS-VANTAGE", price.source());
        assertEquals("2026-01-21", price.asOf());
        assertFalse(price.estimate());
        GpuOffering a3 = CATALOG.offering("gcp", "a3-highgpu-8g").orElseThrow();
        assertEquals(
                "2026-07-30",
                a3.prices().get("us-central1").onDemand().orElseThrow().asOf());
    }

    @Test
    void chinaRegionsStayInYuan() {
        GpuOffering g3 = CATALOG.offering("aws", "g3.4xlarge").orElseThrow();
        assertEquals(
                "CNY", g3.prices().get("cn-north-1").onDemand().orElseThrow().currency());
        assertEquals(
                "USD", g3.prices().get("us-east-1").onDemand().orElseThrow().currency());
        assertEquals(
                "USD",
                CATALOG.cheapestRegion(g3)
                        .orElseThrow()
                        .onDemand()
                        .orElseThrow()
                        .currency());
    }

    @Test
    void globalListPricesAreEstimatesInEveryRegion() {
        GpuOffering oci = CATALOG.offering("oci", "BM.GPU.H100.8").orElseThrow();
        assertTrue(oci.prices().isEmpty());
        assertFalse(oci.globalPrice().orElseThrow().onDemand().orElseThrow().estimate());
        Price inFrankfurt =
                oci.pricesIn("eu-frankfurt-1").orElseThrow().onDemand().orElseThrow();
        assertTrue(inFrankfurt.estimate());
        assertEquals(
                new BigDecimal("80"), inFrankfurt.amount().stripTrailingZeros().setScale(0));
        GpuOffering seeweb = CATALOG.offering("seeweb", "ECS1GPU8").orElseThrow();
        assertTrue(
                seeweb.pricesIn("it-fr2").orElseThrow().onDemand().orElseThrow().estimate());
        assertTrue(seeweb.note().contains("region not stated"));
    }

    @Test
    void regionJurisdictionsComeFromTheCountry() {
        assertEquals(
                Set.of("DE", "EU", "EEA"),
                CATALOG.region("aws", "eu-central-1").orElseThrow().jurisdictions());
        assertEquals(
                Set.of("CH"),
                CATALOG.region("gcp", "europe-west6").orElseThrow().jurisdictions());
        // country DE from the transcriptions of Lambda's region picker (LAMBDA-CONSOLE-3P, 2026-12 update)
        assertEquals(
                Set.of("DE", "EU", "EEA"),
                CATALOG.region("lambda", "europe-central-1").orElseThrow().jurisdictions());
        assertEquals(
                Set.of("NO", "EEA"),
                CATALOG.region("hyperstack", "NORWAY-1").orElseThrow().jurisdictions());
    }

    @Test
    void everyProviderKindOfTheDataIsMapped() {
        assertEquals(
                ProviderKind.HYPERSCALER, CATALOG.provider("oci").orElseThrow().kind());
        assertEquals(
                ProviderKind.GPU_CLOUD, CATALOG.provider("lambda").orElseThrow().kind());
        assertEquals(
                ProviderKind.REGIONAL, CATALOG.provider("hetzner").orElseThrow().kind());
        assertEquals(Optional.of(ProviderKind.ON_PREM), CatalogLoader.kindOf("on-prem"));
    }

    @Test
    void sourcesTableCoversEverySourceIdUsed() {
        Set<String> ids = new HashSet<>();
        CATALOG.sources().forEach(s -> ids.add(s.id()));
        for (GpuOffering o : CATALOG.offerings()) {
            for (RegionalPrices p : o.prices().values()) {
                p.onDemand().ifPresent(x -> {
                    for (String id : x.source().split("; ")) {
                        assertTrue(ids.contains(id), x.source());
                    }
                });
            }
        }
        assertTrue(CATALOG.source("OCI-SKYPILOT")
                .orElseThrow()
                .origin()
                .contains("0588751183820cf2dab5c8a89447e8aac9f73fd5"));
    }
}
