package dev.skyloom.app.palette;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skyloom.catalog.RegionKey;
import dev.skyloom.catalog.fixtures.TinyCatalog;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 14, point 7: every word of the search is matched against the offering and where it is sold. */
class PaletteSearchTest {
    private final PaletteNode root = PaletteTrees.of(TinyCatalog.threeRegions());

    private static List<String> leaves(PaletteNode n) {
        List<String> out = new ArrayList<>();
        collect(n, out);
        return out;
    }

    private static void collect(PaletteNode n, List<String> out) {
        if (n.children().isEmpty() && !(n.item() instanceof PaletteItem.Heading)) {
            out.add(n.item().label());
        }
        n.children().forEach(c -> collect(c, out));
    }

    @Test
    void anAcceleratorAndACityFindTheOfferingsSoldThere() {
        assertEquals(List.of("p5.48xlarge — 8× H100 — USD 55.04/h"), leaves(root.filter("H100 Frankfurt")));
        assertEquals(
                List.of("Standard_ND96isr_H100_v5 — 8× H100 — USD 55.04/h"), leaves(root.filter("h100 amsterdam")));
        assertEquals(List.of(), leaves(root.filter("H100 Madrid")), "Madrid sells no H100 in this catalog");
    }

    @Test
    void providerRegionCodeCountryAndVendorAreWordsToo() {
        List<String> p5 = List.of("p5.48xlarge — 8× H100 — USD 55.04/h");
        assertEquals(p5, leaves(root.filter("aws h100")));
        assertEquals(p5, leaves(root.filter("eu-central-1 p5")));
        assertEquals(p5, leaves(root.filter("DE nvidia")));
        assertEquals(p5, leaves(root.filter("amazon 48xlarge")));
    }

    @Test
    void groupsShowTheCountOfMatchesNotTheTotal() {
        PaletteNode all = root.children().get(5).children().get(0); // AWS → Frankfurt
        assertEquals("GPU offerings (1)", all.children().get(0).displayLabel(false));
        PaletteNode found = root.filter("h100");
        PaletteNode aws = found.children().get(0);
        assertEquals("Amazon Web Services  — 1 match", aws.displayLabel(true));
        PaletteNode users = root.filter("users frankfurt").children().get(0);
        assertEquals("Users (1)", users.displayLabel(true), "the heading counts the matching cities");
        assertTrue(root.children().get(2).displayLabel(false).matches("Users \\(\\d{3,}\\)"));
    }

    @Test
    void soldHereKeepsOnlyTheRegionOfTheCanvasSelection() {
        PaletteNode madrid = root.onlyRegion(new RegionKey("aws", "eu-south-2"));
        assertEquals(1, madrid.children().size(), "only AWS");
        assertEquals(List.of("S3 Standard (object)"), leaves(madrid), "Madrid sells no GPU, only storage");
        assertEquals(List.of(), leaves(madrid.filter("h100")));
        assertEquals(
                List.of("p5.48xlarge — 8× H100 — USD 55.04/h", "S3 Standard (object)"),
                leaves(root.onlyRegion(new RegionKey("aws", "eu-central-1"))));
    }
}
