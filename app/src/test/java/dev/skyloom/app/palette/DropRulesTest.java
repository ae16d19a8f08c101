package dev.skyloom.app.palette;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skyloom.app.SampleDesigns;
import dev.skyloom.catalog.Catalog;
import dev.skyloom.catalog.fixtures.TinyCatalog;
import dev.skyloom.model.Component;
import dev.skyloom.model.Design;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DropRulesTest {
    private final Catalog catalog = TinyCatalog.threeRegions();
    private final DropRules rules = new DropRules(catalog);
    private final Design design = SampleDesigns.builtIn();

    private PaletteItem region(String provider, String code) {
        return new PaletteItem.RegionEntry(catalog.region(provider, code).orElseThrow());
    }

    private PaletteItem p5() {
        return new PaletteItem.OfferingEntry(
                catalog.offering("aws", "p5.48xlarge").orElseThrow(),
                catalog.region("aws", "eu-central-1").orElseThrow(),
                Optional.empty());
    }

    private Design apply(DropResult r) {
        assertTrue(r instanceof DropResult.Accepted, () -> "refused: " + r);
        return ((DropResult.Accepted) r).edit().applyTo(design);
    }

    private String refusal(DropResult r) {
        assertTrue(r instanceof DropResult.Refused, () -> "accepted: " + r);
        return ((DropResult.Refused) r).reason();
    }

    @Test
    void aProviderOnTheBareCanvasBecomesAContainer() {
        PaletteItem azure =
                new PaletteItem.ProviderEntry(catalog.provider("azure").orElseThrow());
        Design d = apply(rules.drop(design, azure, Optional.empty(), 100, 600));
        Component.Provider p = (Component.Provider) d.component("azure").orElseThrow();
        assertEquals("azure", p.provider());
        assertEquals(100, d.bounds("azure").orElseThrow().x());
    }

    @Test
    void aProviderInsideAContainerIsRefused() {
        PaletteItem aws = new PaletteItem.ProviderEntry(catalog.provider("aws").orElseThrow());
        assertEquals(
                "A provider goes on the empty canvas, not inside Frankfurt",
                refusal(rules.drop(design, aws, Optional.of("aws-fra"), 0, 0)));
    }

    @Test
    void aRegionDroppedIntoItsProviderNestsThere() {
        Design d = apply(rules.drop(design, region("aws", "eu-south-2"), Optional.of("aws"), 10, 10));
        Component.Region r = (Component.Region) d.component("aws-eu-south-2").orElseThrow();
        assertEquals(Optional.of("aws"), r.parent());
        assertEquals("Madrid", r.name());
    }

    @Test
    void aRegionOfAnotherCloudIsRefusedWithTheReason() {
        assertEquals(
                "westeurope is a Microsoft Azure region; it cannot go into Amazon Web Services",
                refusal(rules.drop(design, region("azure", "westeurope"), Optional.of("aws-fra"), 0, 0)));
    }

    @Test
    void aRegionOnTheBareCanvasCreatesItsProviderContainer() {
        Design d = apply(rules.drop(design, region("azure", "westeurope"), Optional.empty(), 50, 500));
        Component.Region r = (Component.Region) d.component("azure-westeurope").orElseThrow();
        Component.Provider p =
                (Component.Provider) d.component(r.parent().orElseThrow()).orElseThrow();
        assertEquals("azure", p.provider());
        assertEquals(design.components().size() + 2, d.components().size());
    }

    @Test
    void anOfferingInARegionThatSellsItBecomesAPoolOfOne() {
        Design d = apply(rules.drop(design, p5(), Optional.of("aws-fra"), 0, 0));
        Component.GpuPool g = (Component.GpuPool) d.component("p5-48xlarge").orElseThrow();
        assertEquals(1, g.count());
        assertEquals(Optional.of("aws-fra"), g.parent());
        assertEquals("p5.48xlarge", g.instanceType());
    }

    @Test
    void anOfferingOutsideARegionOrWhereItIsNotSoldIsRefused() {
        assertEquals("A GPU pool must go inside a region", refusal(rules.drop(design, p5(), Optional.empty(), 0, 0)));
        assertEquals("A GPU pool must go inside a region", refusal(rules.drop(design, p5(), Optional.of("aws"), 0, 0)));
        Design withMadrid = apply(rules.drop(design, region("aws", "eu-south-2"), Optional.of("aws"), 0, 0));
        assertEquals(
                "p5.48xlarge (H100) is not offered in eu-south-2",
                refusal(rules.drop(withMadrid, p5(), Optional.of("aws-eu-south-2"), 0, 0)));
    }

    @Test
    void anOfferingOfAnotherCloudIsRefused() {
        PaletteItem nd = new PaletteItem.OfferingEntry(
                catalog.offering("azure", "Standard_ND96isr_H100_v5").orElseThrow(),
                catalog.region("azure", "westeurope").orElseThrow(),
                Optional.empty());
        assertEquals(
                "Standard_ND96isr_H100_v5 is sold by Microsoft Azure; Frankfurt belongs to Amazon Web Services",
                refusal(rules.drop(design, nd, Optional.of("lake"), 0, 0)));
    }

    @Test
    void storageGoesIntoARegionOfItsCloud() {
        PaletteItem s3 = new PaletteItem.StorageEntry(
                catalog.storageClassesOf("aws").get(0),
                catalog.region("aws", "eu-central-1").orElseThrow());
        Design d = apply(rules.drop(design, s3, Optional.of("aws-par"), 0, 0));
        Component.Storage s = (Component.Storage) d.component("s3-standard").orElseThrow();
        assertEquals(Optional.of("aws-par"), s.parent());
        assertEquals("S3 Standard", s.storageClass());
        assertEquals("Storage must go inside a region", refusal(rules.drop(design, s3, Optional.empty(), 0, 0)));
    }

    @Test
    void aPipelineGoesAnywhereAndTakesAContainerAsParent() {
        Design top = apply(rules.drop(design, new PaletteItem.PipelineEntry(), Optional.empty(), 0, 0));
        assertEquals(Optional.empty(), top.component("pipeline").orElseThrow().parent());
        Design inside = apply(rules.drop(design, new PaletteItem.PipelineEntry(), Optional.of("aws-par"), 0, 0));
        assertEquals(
                Optional.of("aws-par"),
                inside.component("pipeline").orElseThrow().parent());
    }

    @Test
    void aCustomSiteOnTheBareCanvasGetsAnOnPremisesContainer() {
        Design d = apply(rules.drop(design, new PaletteItem.CustomSiteEntry(), Optional.empty(), 0, 0));
        Component.Region site = (Component.Region) d.component("site").orElseThrow();
        assertTrue(site.isCustom());
        assertEquals(
                DropRules.ON_PREMISES,
                ((Component.Provider) d.component(site.parent().orElseThrow()).orElseThrow()).provider());
    }

    @Test
    void usersGoOnTheBareCanvasInTheirCityAndThenAPipelineCanServeThem() {
        PaletteItem tokyo = new PaletteItem.UsersEntry(
                dev.skyloom.model.latency.Places.bundled().find("tokyo-jp").orElseThrow());
        Design d = apply(rules.drop(design, tokyo, Optional.empty(), 40, 900));
        Component.Users u = (Component.Users) d.component("users-tokyo-jp").orElseThrow();
        assertEquals(Optional.of("tokyo-jp"), u.city());
        assertEquals("Users in Tokyo", u.name());
        assertEquals(40, d.bounds(u.id()).orElseThrow().x());
        assertEquals(
                new dev.skyloom.app.document.ConnectionRules.Options(
                        java.util.List.of(dev.skyloom.model.ConnectionType.SERVES)),
                dev.skyloom.app.document.ConnectionRules.plan(d, "training", u.id()));
        assertEquals(
                "Users go on the empty canvas, outside providers and regions",
                refusal(rules.drop(design, tokyo, Optional.of("aws-par"), 0, 0)));
        assertTrue(tokyo.searchText().contains("jp"));
    }
}
