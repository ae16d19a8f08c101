package dev.skyloom.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * AWS's frontier offerings sold without a list price are listed only where a named source says they are
 * sold (PROVENANCE.md): p6e-gb200 and its UltraServers in us-east-1 (the Dallas Local Zone's region),
 * trn2.48xlarge in us-east-2 (SkyPilot's AWS catalog rows), and P6e-GB300 in no region, since no source read
 * names one. No offering sold on request is listed in every region of its provider.
 */
class AwsFrontierAvailabilityTest {
    private static final Catalog CATALOG = CatalogLoader.bundled();

    private static Set<String> regionsListing(String provider, String type) {
        GpuOffering o = CATALOG.offering(provider, type).orElseThrow(() -> new AssertionError(type));
        return CATALOG.regionsOf(provider).stream()
                .map(Region::code)
                .filter(o::isAvailableIn)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    @Test
    void eachAwsFrontierOfferingIsListedOnlyInTheRegionsItsSourceNames() {
        Map<String, Set<String>> expected = new LinkedHashMap<>();
        expected.put("p6e-gb200.36xlarge", Set.of("us-east-1"));
        expected.put("u-p6e-gb200x36", Set.of("us-east-1"));
        expected.put("u-p6e-gb200x72", Set.of("us-east-1"));
        expected.put("trn2.48xlarge", Set.of("us-east-2"));
        expected.put("P6e-GB300 UltraServer (NVL72)", Set.of());
        expected.forEach((type, regions) -> assertEquals(regions, regionsListing("aws", type), type));

        PriceOnRequest gb300 = CATALOG.offering("aws", "P6e-GB300 UltraServer (NVL72)")
                .orElseThrow()
                .priceOnRequest()
                .orElseThrow();
        assertTrue(gb300.regionsNotStated());
        assertEquals(
                "use2-az1 use2-az2 use2-az3",
                CATALOG
                        .offering("aws", "trn2.48xlarge")
                        .orElseThrow()
                        .pricesIn("us-east-2")
                        .orElseThrow()
                        .zones()
                        .stream()
                        .collect(Collectors.joining(" ")));
        assertTrue(CATALOG.providersSelling("GB300").contains("aws"), "still listed as sold by AWS");
    }

    @Test
    void anOfferingWhoseSourcesNameNoRegionIsPlaceableInEveryRegionOfItsProviderAsPriceOnRequest() {
        GpuOffering gb300 =
                CATALOG.offering("aws", "P6e-GB300 UltraServer (NVL72)").orElseThrow();
        assertTrue(gb300.regionsNotStated());
        for (Region r : CATALOG.regionsOf("aws")) {
            assertTrue(gb300.isPlaceableIn(r.code()), r.code());
            assertFalse(gb300.isAvailableIn(r.code()), "listed in no region: " + r.code());
            assertTrue(gb300.pricesIn(r.code()).isEmpty(), r.code());
            assertEquals(
                    PurchaseModel.CONTACT_SALES,
                    gb300.priceOnRequestIn(r.code()).orElseThrow().purchaseModel(),
                    r.code());
        }
        assertTrue(CATALOG.offeringsPlaceableIn("aws", "eu-central-1").contains(gb300));
        assertFalse(CATALOG.offeringsIn("aws", "eu-central-1").contains(gb300));
        assertTrue(CATALOG.offeringsPlaceableIn("gcp", "us-central1").stream()
                .anyMatch(o -> o.instanceType().equals("a4x-highgpu-4g")));

        // an offering its sources place somewhere stays there
        GpuOffering p6e = CATALOG.offering("aws", "p6e-gb200.36xlarge").orElseThrow();
        assertFalse(p6e.regionsNotStated());
        assertFalse(p6e.isPlaceableIn("eu-central-1"));
        assertFalse(CATALOG.offeringsPlaceableIn("aws", "eu-central-1").contains(p6e));
    }

    @Test
    void noOfferingSoldOnRequestIsListedInEveryRegionOfItsProvider() {
        for (GpuOffering o : CATALOG.offerings()) {
            if (o.priceOnRequest().isEmpty() || o.globalPrice().isPresent()) {
                continue;
            }
            List<Region> regions = CATALOG.regionsOf(o.provider());
            long listed =
                    regions.stream().filter(r -> o.isAvailableIn(r.code())).count();
            assertFalse(
                    regions.size() > 3 && listed == regions.size(),
                    o.provider() + " " + o.instanceType() + " is listed in all " + regions.size() + " regions");
        }
    }

    @Test
    void anAsteriskForRegionsIsRefused() {
        String text = CatalogLoader.bundledTexts().get(PriceOnRequestAssembler.FILE);
        String star = text.replace(
                "aws,P6e-GB300 UltraServer (NVL72),GB300,72,,,,not-stated,",
                "aws,P6e-GB300 UltraServer (NVL72),GB300,72,,,,*,");
        assertTrue(star.contains(",*,"), "the row was rewritten");
        Map<String, String> texts = new LinkedHashMap<>(CatalogLoader.bundledTexts());
        texts.put(PriceOnRequestAssembler.FILE, star);

        List<String> problems = CatalogLoader.load(texts).problems().stream()
                .map(CatalogProblem::toString)
                .toList();

        assertEquals(1, problems.size(), problems.toString());
        assertTrue(
                problems.get(0).startsWith("offered_unpriced.csv:5: column regions: '*' would list it in every region"),
                problems.get(0));
    }
}
