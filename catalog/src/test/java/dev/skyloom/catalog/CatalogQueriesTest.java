package dev.skyloom.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The questions the rest of the product asks the catalog. */
class CatalogQueriesTest {
    private static final Catalog CATALOG = CatalogLoader.bundled();

    @Test
    void whoElseSellsH100AcceptsAnySpellingAndIsSorted() {
        List<GpuOffering> byFamily = CATALOG.offeringsOfModel("H100");
        assertEquals(byFamily, CATALOG.offeringsOfModel("h100-80g-sxm5"));
        assertEquals(CATALOG.offeringsOfFamily("H100").size(), byFamily.size());
        List<GpuOffering> sorted = byFamily.stream()
                .sorted(Comparator.comparing(GpuOffering::provider).thenComparing(GpuOffering::instanceType))
                .toList();
        assertEquals(sorted, byFamily);
        assertTrue(CATALOG.offeringsOfModel("Z9000").isEmpty());
        assertTrue(CATALOG.offeringsOfModel(" ").isEmpty());
    }

    @Test
    void offeringsInARegionIncludeGlobalListPricesButNotOtherRegions() {
        List<GpuOffering> frankfurt = CATALOG.offeringsIn(new RegionKey("aws", "eu-central-1"));
        assertTrue(frankfurt.stream().anyMatch(o -> o.instanceType().equals("p4d.24xlarge")));
        // listed there by a regional price, or by a named source placing it there without a price; an
        // offering whose sources name no region is listed in none (AWS P6e-GB300), never in every one
        assertTrue(frankfurt.stream()
                .allMatch(o -> o.prices().containsKey("eu-central-1")
                        || o.priceOnRequest()
                                .map(r -> r.regions().contains("eu-central-1"))
                                .orElse(false)));
        assertFalse(frankfurt.stream().anyMatch(o -> o.instanceType().startsWith("P6e-GB300")));
        assertFalse(frankfurt.stream().anyMatch(o -> o.instanceType().equals("p5.48xlarge")));
        assertEquals(
                CATALOG.offeringsOf("oci").size(),
                CATALOG.offeringsIn("oci", "eu-frankfurt-1").size());
    }

    @Test
    void cheapestRegionIsTheLowestPublishedOnDemandPrice() {
        GpuOffering a3 = CATALOG.offering("gcp", "a3-highgpu-8g").orElseThrow();
        RegionalPrices cheapest = CATALOG.cheapestRegion(a3).orElseThrow();
        BigDecimal min = a3.prices().values().stream()
                .flatMap(p -> p.onDemand().stream())
                .map(Price::amount)
                .min(Comparator.naturalOrder())
                .orElseThrow();
        assertEquals(min, cheapest.onDemand().orElseThrow().amount());
        assertTrue(CATALOG.cheapestSpotRegion(a3).isPresent());
        assertEquals(
                Optional.empty(),
                CATALOG.cheapestRegion(CATALOG.offering("oci", "BM.GPU.H100.8").orElseThrow()));
    }

    @Test
    void regionLookupJurisdictionAndDistance() {
        Region frankfurt = CATALOG.region(new RegionKey("aws", "eu-central-1")).orElseThrow();
        assertEquals("DE", frankfurt.country().orElseThrow());
        assertTrue(CATALOG.isInJurisdiction(frankfurt.key(), "eu"));
        assertTrue(CATALOG.isInJurisdiction(frankfurt.key(), "EEA"));
        assertFalse(CATALOG.isInJurisdiction(new RegionKey("gcp", "europe-west6"), "EU"));
        assertFalse(CATALOG.isInJurisdiction(new RegionKey("aws", "atlantis-1"), "EU"));
        assertTrue(CATALOG.regionsIn("EU").contains(frankfurt));
        assertTrue(CATALOG.regionsIn("EU").stream().allMatch(r -> r.isIn("EEA")));
        assertFalse(CATALOG.regionsIn("EU").stream()
                .anyMatch(r -> r.country().orElse("").equals("GB")));
        double km = CATALOG.distanceKm(frankfurt.key(), new RegionKey("aws", "eu-west-1"))
                .orElseThrow();
        assertTrue(km > 900 && km < 1200, "Frankfurt-Dublin " + km);
        assertTrue(CATALOG.distanceKm(frankfurt.key(), new RegionKey("nebius", "eu-north1"))
                .isEmpty());
    }
}
