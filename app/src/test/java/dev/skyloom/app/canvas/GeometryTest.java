package dev.skyloom.app.canvas;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skyloom.app.SampleDesigns;
import dev.skyloom.export.diagram.Diagram;
import dev.skyloom.export.diagram.EdgeRouter;
import dev.skyloom.export.diagram.Rect;
import dev.skyloom.export.diagram.Route;
import dev.skyloom.export.diagram.SpatialIndex;
import dev.skyloom.model.Design;
import dev.skyloom.model.sample.GeneratedDesigns;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Spatial index, edge routing, hit-testing, culling and viewport maths, without a toolkit. */
class GeometryTest {

    @Test
    void spatialIndexReturnsExactlyTheIntersectingItemsOnceInAscendingOrder() {
        Random rnd = new Random(11);
        List<Rect> rects = new ArrayList<>();
        SpatialIndex index = new SpatialIndex(2000, 300);
        for (int i = 0; i < 2000; i++) {
            Rect r = new Rect(
                    rnd.nextInt(20000) - 5000, rnd.nextInt(20000) - 5000, 1 + rnd.nextInt(2500), 1 + rnd.nextInt(900));
            rects.add(r);
            index.add(i, r);
        }
        for (int q = 0; q < 50; q++) {
            Rect query = new Rect(
                    rnd.nextInt(20000) - 5000, rnd.nextInt(20000) - 5000, rnd.nextInt(4000), rnd.nextInt(3000));
            List<Integer> expected = new ArrayList<>();
            for (int i = 0; i < rects.size(); i++) {
                if (rects.get(i).intersects(query)) {
                    expected.add(i);
                }
            }
            int[] n = new int[1];
            int[] found = index.query(query, n);
            List<Integer> actual = new ArrayList<>();
            for (int i = 0; i < n[0]; i++) {
                actual.add(found[i]);
            }
            assertEquals(expected, actual);
        }
    }

    @Test
    void routeLeavesTheFacingSideAndEntersTheTargetWithAxisAlignedSegments() {
        Rect a = new Rect(0, 0, 100, 50);
        Rect b = new Rect(300, 200, 100, 50);
        Route r = EdgeRouter.route(a, b, 0);
        assertEquals(a.maxX(), r.xs()[0]);
        assertEquals(b.x(), r.xs()[r.size() - 1]);
        assertAxisAligned(r);
        assertArrayEquals(new double[] {1, 0}, r.endDirection(), 1e-9);
        Route up = EdgeRouter.route(new Rect(0, 300, 100, 50), new Rect(10, 0, 100, 50), 0);
        assertEquals(300, up.ys()[0]);
        assertEquals(50, up.ys()[up.size() - 1]);
        assertAxisAligned(up);
    }

    @Test
    void routeTakesAnAlternativeWhenACardBlocksTheDirectPath() {
        Rect from = new Rect(0, 300, 100, 50);
        Rect to = new Rect(0, 0, 100, 50);
        Rect blocker = new Rect(-20, 150, 140, 60);
        EdgeRouter.Obstacles obstacles =
                (x1, y1, x2, y2) -> Rect.spanning(x1, y1, x2, y2).intersects(blocker) ? 1 : 0;
        Route direct = EdgeRouter.route(from, to, 0);
        assertTrue(crosses(direct, blocker), "the plain route goes through the blocker");
        Route routed = EdgeRouter.route(new Rect(150, 300, 100, 50), to, 0, obstacles);
        assertTrue(!crosses(routed, blocker), "routed around");
        assertAxisAligned(routed);
    }

    @Test
    void lanesSpreadEdgesLeavingTheSameSide() {
        Rect a = new Rect(0, 0, 100, 80);
        Rect b = new Rect(400, 0, 100, 80);
        assertEquals(40, EdgeRouter.route(a, b, 0).ys()[0]);
        assertEquals(50, EdgeRouter.route(a, b, 1).ys()[0]);
        assertEquals(30, EdgeRouter.route(a, b, 2).ys()[0]);
    }

    @Test
    void hitTestPrefersCardsOverContainersAndFindsEdgesNearTheLine() {
        Diagram d = Diagram.of(SampleDesigns.builtIn());
        Rect lake = d.item("lake").orElseThrow().rect();
        assertEquals(
                "lake", d.hit(lake.centerX(), lake.centerY(), 4).orElseThrow().id());
        Rect fra = d.item("aws-fra").orElseThrow().rect();
        assertEquals(
                "aws-fra", d.hit(fra.x() + 3, fra.maxY() - 3, 4).orElseThrow().id());
        assertEquals(
                "aws-fra",
                d.containerAt(lake.centerX(), lake.centerY()).orElseThrow().id());
        Route edge = d.item("lake-replicates-to-lake-dr").orElseThrow().route();
        double mx = (edge.xs()[0] + edge.xs()[1]) / 2;
        assertEquals(
                "lake-replicates-to-lake-dr",
                d.hit(mx, edge.ys()[0] + 3, 4).orElseThrow().id());
        assertTrue(d.hit(-500, -500, 4).isEmpty());
    }

    @Test
    void rubberBandTakesOnlyWhatLiesWhollyInside() {
        Diagram d = Diagram.of(SampleDesigns.builtIn());
        Rect lake = d.item("lake").orElseThrow().rect();
        assertEquals(Set.of("lake"), d.componentsInside(lake.inflated(2)));
        assertEquals(Set.of(), d.componentsInside(lake.inflated(-2)));
    }

    @Test
    void cullingDrawsOnlyWhatMeetsTheViewport() {
        Design big = GeneratedDesigns.unplaced(5000, 1);
        Diagram d = Diagram.of(big);
        Viewport v = new Viewport(d.extent().x(), d.extent().y(), 1, 1280, 800);
        int[] n = new int[1];
        int[] visible = d.visible(v.world(), n);
        assertTrue(
                n[0] > 0 && n[0] < d.items().size() / 20,
                "visible " + n[0] + " of " + d.items().size());
        for (int i = 0; i < n[0]; i++) {
            assertTrue(d.items().get(visible[i]).rect().intersects(v.world()));
            if (i > 0) {
                assertTrue(visible[i] > visible[i - 1], "draw order kept");
            }
        }
    }

    @Test
    void zoomAroundAPointKeepsThatPointStillAndFitContainsTheRect() {
        Viewport v = new Viewport(100, 50, 0.8, 1000, 600);
        double wx = v.toWorldX(300);
        double wy = v.toWorldY(200);
        Viewport z = v.zoomedAround(1.7, 300, 200);
        assertEquals(300, z.toScreenX(wx), 1e-9);
        assertEquals(200, z.toScreenY(wy), 1e-9);
        Rect r = new Rect(-400, 900, 3000, 200);
        assertTrue(Viewport.fitting(r, 1000, 600, 20, 0.01, 4).world().contains(r));
    }

    @Test
    void resizingNeverGoesBelowTheMinimumAndMovesOnlyTheDraggedSides() {
        Rect r = new Rect(100, 100, 400, 300);
        assertEquals(new Rect(100, 100, 450, 330), CanvasGeometry.resized(r, CanvasGeometry.SE, 50, 30));
        assertEquals(new Rect(150, 100, 350, 300), CanvasGeometry.resized(r, CanvasGeometry.W, 50, 999));
        Rect tiny = CanvasGeometry.resized(r, CanvasGeometry.NW, 1000, 1000);
        assertEquals(CanvasGeometry.MIN_W, tiny.w());
        assertEquals(CanvasGeometry.MIN_H, tiny.h());
        assertEquals(r.maxX(), tiny.maxX());
        Viewport v = new Viewport(0, 0, 1, 1000, 800);
        assertEquals(CanvasGeometry.SE, CanvasGeometry.handleAt(r, v, 503, 403));
        assertEquals(-1, CanvasGeometry.handleAt(r, v, 300, 250));
    }

    private static void assertAxisAligned(Route r) {
        for (int i = 1; i < r.size(); i++) {
            assertTrue(r.xs()[i] == r.xs()[i - 1] || r.ys()[i] == r.ys()[i - 1], "segment " + i + " is diagonal");
        }
    }

    private static boolean crosses(Route r, Rect box) {
        for (int i = 1; i < r.size(); i++) {
            if (Rect.spanning(r.xs()[i - 1], r.ys()[i - 1], r.xs()[i], r.ys()[i])
                    .intersects(box)) {
                return true;
            }
        }
        return false;
    }
}
