package dev.skyloom.export.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skyloom.catalog.Catalog;
import dev.skyloom.catalog.CatalogLoader;
import dev.skyloom.catalog.GeoPoint;
import dev.skyloom.export.diagram.DiagramStyle;
import dev.skyloom.model.Design;
import dev.skyloom.model.Survives;
import dev.skyloom.model.fixtures.DesignBuilder;
import dev.skyloom.model.graph.DesignGraph;
import dev.skyloom.model.latency.Latencies;
import dev.skyloom.model.latency.Places;
import dev.skyloom.model.latency.ReachAnalysis;
import dev.skyloom.model.latency.Serving;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The Map view's model: projection, great-circle lines, the bundled outline and the reach markers. */
class ReachMapTest {
    private static final Catalog CATALOG = CatalogLoader.bundled();

    @Test
    void theProjectionPutsLongitudeAcrossAndLatitudeDownAndInvertsExactly() {
        MapProjection p = MapProjection.fitting(0, 0, 1420, 1000);
        assertEquals(1420, p.width(), 1e-9, "wide enough to fill the width");
        assertEquals(1420 / MapProjection.ASPECT, p.height(), 1e-9);
        assertEquals(710, p.x(0), 1e-9, "Greenwich in the middle");
        assertEquals(p.y(), p.y(MapProjection.NORTH), 1e-9);
        assertEquals(-77.5, p.longitude(p.x(-77.5)), 1e-9);
        assertEquals(35.7, p.latitude(p.y(35.7)), 1e-9);
    }

    @Test
    void tokyoToVirginiaCrossesThePacificAndIsSplitAtTheAntimeridian() {
        List<double[]> path = GreatCircle.path(new GeoPoint(35.69, 139.69), new GeoPoint(39.04, -77.49));
        assertEquals(2, path.size(), "one piece each side of ±180°");
        double[] west = path.get(0);
        double[] east = path.get(1);
        assertEquals(139.69, west[0], 1e-9);
        assertEquals(180, west[west.length - 2], 1e-9, "the first piece ends on the east edge");
        assertEquals(-180, east[0], 1e-9, "the second starts on the west edge");
        assertEquals(west[west.length - 1], east[1], 1e-9, "at the same latitude");
        assertEquals(-77.49, east[east.length - 2], 1e-9);
        // the great circle bends north (over Alaska's latitudes), well above both ends
        double north = -90;
        for (double[] piece : path) {
            for (int i = 1; i < piece.length; i += 2) {
                north = Math.max(north, piece[i]);
            }
        }
        assertTrue(north > 55 && north < 70, "highest latitude " + north);
    }

    @Test
    void frankfurtToVirginiaIsOnePieceEndingAtBothPlaces() {
        List<double[]> path = GreatCircle.path(new GeoPoint(50.11, 8.68), new GeoPoint(39.04, -77.49));
        assertEquals(1, path.size());
        double[] p = path.get(0);
        assertEquals(8.68, p[0], 1e-9);
        assertEquals(50.11, p[1], 1e-9);
        assertEquals(-77.49, p[p.length - 2], 1e-9);
        assertEquals(39.04, p[p.length - 1], 1e-9);
    }

    @Test
    void theBundledOutlineIsNaturalEarth110mLand() {
        WorldOutline land = WorldOutline.land();
        assertEquals(126, land.rings().size(), "rings of land-110m.json, one per polygon (it has no holes)");
        assertTrue(land.pointCount() > 4000 && land.pointCount() < 6000, "points: " + land.pointCount());
        for (double[] ring : land.rings()) {
            for (int i = 0; i < ring.length; i += 2) {
                assertTrue(Math.abs(ring[i]) <= 180 && Math.abs(ring[i + 1]) <= 90);
            }
        }
    }

    /** Serving pools in Frankfurt and Virginia; Berlin's users (50 ms) are served from Frankfurt. */
    private static Design berlin() {
        return new DesignBuilder()
                .provider("aws", "aws")
                .region("fra", "aws", "eu-central-1")
                .region("iad", "aws", "us-east-1")
                .pool("eu-pool", "fra", "p5.48xlarge", 1)
                .pool("us-pool", "iad", "p5.48xlarge", 1)
                .pipeline("serve", null, Survives.REGION)
                .runsOn("serve", "eu-pool")
                .runsOn("serve", "us-pool")
                .users("berlin", "berlin-de", "3", "50")
                .users("tokyo", "tokyo-jp", "1", "300")
                .serves("serve", "berlin")
                .serves("serve", "tokyo")
                .build();
    }

    @Test
    void regionsTakeTheirProvidersColourAndLinesTheirBudgetStatus() {
        ReachAnalysis reach =
                new ReachAnalysis(DesignGraph.of(berlin()), CATALOG, Latencies.standard(), Places.bundled());
        ReachMap map = ReachMap.of(reach, CATALOG, reach.now(), Optional.empty(), Set.of(), DiagramStyle.LIGHT);

        assertEquals(
                List.of("aws/eu-central-1", "aws/us-east-1"),
                map.regions().stream().map(ReachMap.RegionMark::key).toList());
        assertEquals(DiagramStyle.providerColour("aws"), map.regions().get(0).colour());
        assertEquals(2, map.lines().size());
        ReachMap.ServingLine berlinLine = map.lines().get(0);
        assertEquals("aws/eu-central-1", berlinLine.region());
        assertEquals(ReachMap.LineState.WITHIN_BUDGET, berlinLine.state());
        assertEquals(DiagramStyle.LIGHT.accept(), berlinLine.colour());
        // the larger share gets the larger marker: Berlin 3, Tokyo 1
        assertEquals(ReachMap.MAX_RADIUS, map.populations().get(0).radius(), 1e-9);
        assertTrue(map.populations().get(1).radius() < map.populations().get(0).radius());
    }

    @Test
    void underAFailureTheLineGoesToTheNewRegionAndAMutedDashedLineShowsTheOldOne() {
        ReachAnalysis reach =
                new ReachAnalysis(DesignGraph.of(berlin()), CATALOG, Latencies.standard(), Places.bundled());
        boolean[] failed = new boolean[reach.graph().regionUnitCount()];
        failed[0] = true; // aws/eu-central-1
        List<Serving> after = reach.under(failed);
        ReachMap map = ReachMap.of(
                reach, CATALOG, reach.now(), Optional.of(after), Set.of("aws/eu-central-1"), DiagramStyle.LIGHT);

        assertTrue(map.regions().get(0).failed());
        ReachMap.ServingLine before = map.lines().get(0);
        assertEquals(ReachMap.LineState.BEFORE_FAILURE, before.state());
        assertTrue(before.dashed());
        assertEquals("aws/eu-central-1", before.region());
        ReachMap.ServingLine berlinNow = map.lines().stream()
                .filter(l -> l.population().equals("berlin") && !l.dashed())
                .findFirst()
                .orElseThrow();
        assertEquals("aws/us-east-1", berlinNow.region());
        assertEquals(ReachMap.LineState.OVER_BUDGET, berlinNow.state(), "Berlin–Ashburn is far over 50 ms");
        assertEquals(DiagramStyle.LIGHT.error(), berlinNow.colour());
        assertTrue(berlinNow.label().endsWith(" / 50 ms"), berlinNow.label());
    }

    @Test
    void clickingAMarkerFindsItsPopulation() {
        ReachAnalysis reach =
                new ReachAnalysis(DesignGraph.of(berlin()), CATALOG, Latencies.standard(), Places.bundled());
        ReachMap map = ReachMap.of(reach, CATALOG, reach.now(), Optional.empty(), Set.of(), DiagramStyle.LIGHT);
        MapProjection p = MapProjection.fitting(0, 0, 1000, 500);
        GeoPoint tokyo = map.populations().get(1).at();

        assertEquals(Optional.of("tokyo"), map.populationAt(p, p.x(tokyo.longitude()) + 2, p.y(tokyo.latitude())));
        assertEquals(Optional.empty(), map.populationAt(p, p.x(0), p.y(0)), "the Gulf of Guinea has no users");
    }
}
