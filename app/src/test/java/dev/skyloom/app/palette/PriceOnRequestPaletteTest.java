package dev.skyloom.app.palette;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skyloom.app.SampleDesigns;
import dev.skyloom.catalog.Catalog;
import dev.skyloom.catalog.CatalogLoader;
import dev.skyloom.catalog.RegionalPrices;
import dev.skyloom.model.Component;
import dev.skyloom.model.Design;
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
}
