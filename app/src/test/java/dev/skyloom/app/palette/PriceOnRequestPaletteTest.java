package dev.skyloom.app.palette;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skyloom.app.SampleDesigns;
import dev.skyloom.catalog.Catalog;
import dev.skyloom.catalog.CatalogLoader;
import dev.skyloom.catalog.Region;
import dev.skyloom.catalog.RegionalPrices;
import dev.skyloom.model.Component;
import dev.skyloom.model.Design;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Offerings sold without a list price are in the palette with their purchase model and can be placed. */
class PriceOnRequestPaletteTest {
    private final Catalog catalog = CatalogLoader.bundled();
    private final DropRules rules = new DropRules(catalog);

    private PaletteItem.OfferingEntry p6eIn(String code) {
        return new PaletteItem.OfferingEntry(
                catalog.offering("aws", "p6e-gb200.36xlarge").orElseThrow(),
                catalog.region("aws", code).orElseThrow(),
                catalog.offering("aws", "p6e-gb200.36xlarge")
                        .orElseThrow()
                        .pricesIn(code)
                        .flatMap(RegionalPrices::onDemand));
    }

    @Test
    void thePaletteShowsTheOfferingWithItsPurchaseModelWhereItIsSold() {
        assertTrue(catalog.offeringsIn("aws", "us-east-1").stream()
                .anyMatch(o -> o.instanceType().equals("p6e-gb200.36xlarge")));
        assertEquals(
                "p6e-gb200.36xlarge — 4× GB200 — price on request (capacity block)",
                p6eIn("us-east-1").label());
    }

    @Test
    void itCanBePlacedInARegionWhereItIsSoldAndIsRefusedElsewhere() {
        Design design = SampleDesigns.builtIn();
        DropResult region = rules.drop(
                design,
                new PaletteItem.RegionEntry(catalog.region("aws", "us-east-1").orElseThrow()),
                Optional.of("aws"),
                10,
                10);
        assertTrue(region instanceof DropResult.Accepted, region::toString);
        Design withRegion = ((DropResult.Accepted) region).edit().applyTo(design);
        String iad = withRegion.components().stream()
                .filter(c -> c instanceof Component.Region r && r.region().equals("us-east-1"))
                .findFirst()
                .orElseThrow()
                .id();
        DropResult placed = rules.drop(withRegion, p6eIn("us-east-1"), Optional.of(iad), 20, 20);
        assertTrue(placed instanceof DropResult.Accepted, placed::toString);
        Design withPool = ((DropResult.Accepted) placed).edit().applyTo(withRegion);
        assertTrue(withPool.components().stream()
                .anyMatch(c ->
                        c instanceof Component.GpuPool p && p.instanceType().equals("p6e-gb200.36xlarge")));

        DropResult refused = rules.drop(withRegion, p6eIn("us-east-1"), Optional.of("aws-fra"), 20, 20);
        assertTrue(refused instanceof DropResult.Refused, refused::toString);
    }

    /** The palette entries of one offering, across every provider's regions of the tree. */
    private static List<PaletteItem.OfferingEntry> entries(PaletteNode node, String type) {
        List<PaletteItem.OfferingEntry> found = new java.util.ArrayList<>();
        if (node.item() instanceof PaletteItem.OfferingEntry o
                && o.offering().instanceType().equals(type)) {
            found.add(o);
        }
        for (PaletteNode c : node.children()) {
            found.addAll(entries(c, type));
        }
        return found;
    }

    @Test
    void anOfferingWhoseSourcesNameNoRegionIsInThePaletteInEveryRegionOfItsProviderAndSaysSo() {
        PaletteNode tree = PaletteTrees.of(catalog);
        for (String[] each : new String[][] {
            {"aws", "P6e-GB300 UltraServer (NVL72)"},
            {"gcp", "a4x-highgpu-4g"},
            {"azure", "Standard_ND128isr_GB300_v6"},
            {"nebius", "GB300 NVL72 (preset name not in source)"}
        }) {
            List<PaletteItem.OfferingEntry> found = entries(tree, each[1]);
            assertEquals(
                    catalog.regionsOf(each[0]).stream().map(Region::code).toList(),
                    found.stream().map(e -> e.region().code()).toList(),
                    each[1]);
        }

        PaletteItem.OfferingEntry fra = entries(tree, "P6e-GB300 UltraServer (NVL72)").stream()
                .filter(e -> e.region().code().equals("eu-central-1"))
                .findFirst()
                .orElseThrow();
        assertEquals(
                "P6e-GB300 UltraServer (NVL72) — 72× GB300 — price on request (contact sales) — regions not stated",
                fra.label());
        assertEquals(
                "P6e-GB300 UltraServer (NVL72) — 72× GB300 in eu-central-1\n"
                        + "Unpriced: price on request (contact sales: sales-led general availability (AWS, 2025-12):"
                        + " no public price)\n"
                        + "Source: BLACKWELL-INDEX-2026-09, "
                        + fra.offering().priceOnRequest().orElseThrow().asOf() + "\n"
                        + "Regions not stated by the sources: the provider sells it, but no named source says where;"
                        + " confirm"
                        + " eu-central-1 with the provider.",
                fra.detail());
        Availability availability = new Availability(catalog);
        assertTrue(availability.soldIn(fra.region()).contains(fra.offering()));
        assertEquals(
                "P6e-GB300 UltraServer (NVL72) (GB300) is sold by Amazon Web Services but no source names its"
                        + " regions; confirm eu-central-1 · Frankfurt with the provider.",
                availability.hint(fra.offering(), fra.region()));

        // an offering its sources place somewhere keeps the plain label and is listed only there
        assertFalse(p6eIn("us-east-1").label().contains("regions not stated"));
        assertEquals(
                List.of("us-east-1"),
                entries(tree, "p6e-gb200.36xlarge").stream()
                        .map(e -> e.region().code())
                        .toList());
        assertTrue(p6eIn("us-east-1").detail().contains("Unpriced: price on request (capacity block: "));
    }

    @Test
    void anOfferingWhoseSourcesNameNoRegionCanBePlacedInAnyRegionOfItsProviderOnly() {
        Design design = SampleDesigns.builtIn();
        PaletteItem.OfferingEntry gb300 = new PaletteItem.OfferingEntry(
                catalog.offering("aws", "P6e-GB300 UltraServer (NVL72)").orElseThrow(),
                catalog.region("aws", "eu-central-1").orElseThrow(),
                Optional.empty());
        DropResult placed = rules.drop(design, gb300, Optional.of("aws-fra"), 20, 20);
        assertTrue(placed instanceof DropResult.Accepted, placed::toString);
        Design withPool = ((DropResult.Accepted) placed).edit().applyTo(design);
        String id = ((DropResult.Accepted) placed).newId();
        assertEquals(
                "P6e-GB300 UltraServer (NVL72)",
                ((Component.GpuPool) withPool.component(id).orElseThrow()).instanceType());

        // moved into another region of its provider (the sample's Paris), it stays placeable
        DropResult moved = rules.moveInto(withPool, java.util.Set.of(id), Optional.of("aws-par"), 0, 0);
        assertTrue(moved instanceof DropResult.Accepted, moved::toString);

        PaletteItem.OfferingEntry a4x = new PaletteItem.OfferingEntry(
                catalog.offering("gcp", "a4x-highgpu-4g").orElseThrow(),
                catalog.region("gcp", "us-central1").orElseThrow(),
                Optional.empty());
        DropResult refused = rules.drop(design, a4x, Optional.of("aws-fra"), 20, 20);
        assertTrue(refused instanceof DropResult.Refused, refused::toString);
    }
}
