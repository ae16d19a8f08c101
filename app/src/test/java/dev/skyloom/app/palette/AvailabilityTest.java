package dev.skyloom.app.palette;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skyloom.catalog.Catalog;
import dev.skyloom.catalog.CatalogLoader;
import dev.skyloom.catalog.GpuOffering;
import dev.skyloom.catalog.Region;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, point 11, with the bundled catalog: AWS Frankfurt does not sell p5.48xlarge, and the palette
 * says where the nearest AWS region that sells it is before a drop is refused.
 */
class AvailabilityTest {
    private final Catalog catalog = CatalogLoader.bundled();
    private final Availability availability = new Availability(catalog);
    private final GpuOffering p5 = catalog.offering("aws", "p5.48xlarge").orElseThrow();
    private final Region frankfurt = catalog.region("aws", "eu-central-1").orElseThrow();

    @Test
    void frankfurtDoesNotSellP5AndLondonIsTheNearestThatDoes() {
        assertFalse(availability.soldIn(frankfurt).contains(p5));
        Availability.Nearest n = availability.nearestSelling(p5, frankfurt).orElseThrow();
        // regions.csv: eu-central-1 50.1109,8.6821 and eu-west-2 London; great-circle distance about 640 km
        assertEquals("eu-west-2", n.region().code());
        assertTrue(n.km().getAsDouble() > 600 && n.km().getAsDouble() < 680, "km " + n.km());
        assertEquals(
                "p5.48xlarge (H100) is not sold in eu-central-1 · Frankfurt in the catalog; the nearest Amazon Web"
                        + " Services region that sells it is eu-west-2 · London (about 640 km).",
                availability.hint(p5, frankfurt));
    }

    @Test
    void aRegionThatSellsItIsItsOwnNearest() {
        Region virginia = catalog.region("aws", "us-east-1").orElseThrow();
        assertTrue(availability.soldIn(virginia).contains(p5));
        assertEquals(
                virginia,
                availability.nearestSelling(p5, virginia).orElseThrow().region());
        assertTrue(
                availability.hint(p5, virginia).endsWith("is sold in us-east-1 · Ashburn."),
                availability.hint(p5, virginia));
    }
}
