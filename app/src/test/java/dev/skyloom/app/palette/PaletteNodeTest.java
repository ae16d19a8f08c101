package dev.skyloom.app.palette;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skyloom.catalog.fixtures.TinyCatalog;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PaletteNodeTest {
    private final PaletteNode root = PaletteTrees.of(TinyCatalog.threeRegions());

    private static void leaves(PaletteNode n, List<String> out) {
        if (n.children().isEmpty()) {
            out.add(n.item().label());
        }
        n.children().forEach(c -> leaves(c, out));
    }

    @Test
    void theTreeGroupsProvidersRegionsOfferingsAndStorageAndShowsTheDate() {
        assertEquals("Catalog 2026-07-30", root.item().label());
        List<String> top = root.children().stream().map(c -> c.item().label()).toList();
        assertEquals(
                List.of(
                        "Pipeline",
                        "Custom site (on-premises / colocation)",
                        "Users",
                        "Identity providers",
                        "Telemetry sinks",
                        "Amazon Web Services",
                        "Microsoft Azure"),
                top);
        PaletteNode frankfurt = root.children().get(5).children().get(0);
        assertEquals("DE  eu-central-1 · Frankfurt", frankfurt.item().label());
        assertEquals(
                "p5.48xlarge — 8× H100 — USD 55.04/h",
                frankfurt.children().get(0).children().get(0).item().label());
    }

    @Test
    void typingAGpuModelKeepsOnlyPathsToItsOfferings() {
        List<String> found = new ArrayList<>();
        leaves(root.filter("h100"), found);
        assertEquals(2, found.size(), found::toString);
        assertTrue(found.stream().allMatch(l -> l.contains("H100")));
    }

    @Test
    void typingACityKeepsTheRegionWithEverythingItOffers() {
        PaletteNode f = root.filter("Frankfurt");
        // the city's population entry, and the cloud with its Frankfurt region
        assertEquals(2, f.children().size());
        assertEquals(
                "DE  Frankfurt am Main",
                f.children().get(0).children().get(0).item().label());
        PaletteNode region = f.children().get(1).children().get(0);
        assertEquals(2, region.children().size(), "GPU offerings and storage headings");
    }

    @Test
    void populationsAreFoundByCityByCountryCodeAndByCountryName() {
        for (String query : List.of("Tokyo", "jp", "Japan")) {
            List<String> found = new ArrayList<>();
            leaves(root.filter(query), found);
            assertTrue(found.contains("JP  Tokyo"), query + " → " + found);
        }
        List<String> germany = new ArrayList<>();
        leaves(root.filter("germany"), germany);
        assertTrue(germany.contains("DE  Berlin"), germany.toString());
        assertTrue(germany.stream().noneMatch(l -> l.startsWith("JP  ")), germany.toString());
    }

    @Test
    void severalWordsMustAllMatchAndNothingMatchingGivesAnEmptyTree() {
        List<String> found = new ArrayList<>();
        leaves(root.filter("p5 h100"), found);
        assertEquals(1, found.size());
        assertTrue(root.filter("tpu v5").children().isEmpty());
        assertEquals(root, root.filter("  "));
    }
}
