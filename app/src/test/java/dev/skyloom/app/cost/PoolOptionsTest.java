package dev.skyloom.app.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skyloom.app.analysis.Examples;
import dev.skyloom.catalog.Catalog;
import dev.skyloom.export.diagram.DiagramLayout;
import dev.skyloom.export.diagram.Rect;
import dev.skyloom.model.Component;
import dev.skyloom.model.Design;
import dev.skyloom.model.Pricing;
import dev.skyloom.model.cost.CostEngine;
import dev.skyloom.model.cost.CostLine;
import dev.skyloom.model.edit.Edit;
import dev.skyloom.model.edit.EditHistory;
import dev.skyloom.model.graph.DesignGraph;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PoolOptionsTest {
    private final Catalog catalog = Examples.catalog();
    private final Design design = Examples.read(Examples.file("global-inference"));

    @Test
    void eachPricingModelIsPricedAsTheCostReportWouldPriceThePoolSwitchedToIt() {
        Map<Pricing, CostLine> lines = PoolOptions.byPricing(design, catalog, "us-serve-pool");
        assertEquals(4, lines.size());
        Component.GpuPool pool =
                (Component.GpuPool) design.component("us-serve-pool").orElseThrow();
        for (Pricing p : Pricing.values()) {
            Design switched = design.withComponents(design.components().stream()
                    .map(c -> c.id().equals(pool.id()) ? pool.withPricing(p) : c)
                    .toList());
            assertEquals(
                    new CostEngine(catalog)
                            .price(switched)
                            .line("us-serve-pool")
                            .orElseThrow()
                            .monthly(),
                    lines.get(p).monthly(),
                    p.json());
        }
    }

    @Test
    void movingToTheCheapestRegionIsOneUndoableEditThatCreatesTheRegionContainer() {
        PoolOptions.Cheapest cheapest =
                PoolOptions.cheapestRegion(design, catalog, "us-serve-pool").orElseThrow();
        Component.GpuPool pool =
                (Component.GpuPool) design.component("us-serve-pool").orElseThrow();
        var offering = catalog.offering("aws", pool.instanceType()).orElseThrow();
        assertEquals(catalog.cheapestRegion(offering).orElseThrow().region(), cheapest.region());
        assertEquals("aws", cheapest.provider());
        Edit edit = PoolOptions.moveToRegion(design, catalog, "us-serve-pool", "us-west-2")
                .orElseThrow();
        EditHistory history = new EditHistory(design);
        history.apply(edit);
        Design moved = history.design();
        DesignGraph g = DesignGraph.of(moved);
        int v = g.indexOf("us-serve-pool");
        assertEquals("us-west-2", CostEngine.regionCode(g, v));
        assertEquals("aws", g.catalogProviderOf(v).orElseThrow());
        Component region = moved.component(
                        moved.component("us-serve-pool").orElseThrow().parent().orElseThrow())
                .orElseThrow();
        assertEquals(Optional.of("aws"), region.parent(), "the new region sits in the AWS container");
        history.undo();
        assertEquals(design, history.design(), "one undo restores the design");
    }

    @Test
    void movingIntoAnExistingRegionReusesItsContainer() {
        Edit edit = PoolOptions.moveToRegion(design, catalog, "gcp-serve-pool", "asia-northeast1")
                .orElseThrow();
        Design moved = edit.applyTo(design);
        assertEquals(design.components().size(), moved.components().size());
        assertEquals(
                Optional.of("gcp-tyo"),
                moved.component("gcp-serve-pool").orElseThrow().parent());
        assertTrue(PoolOptions.moveToRegion(moved, catalog, "gcp-serve-pool", "asia-northeast1")
                .isEmpty());
    }

    @Test
    void aMovedPoolIsDrawnInsideItsNewRegionWhichDoesNotStretchToItsOldPlace() {
        for (String[] move : new String[][] {{"us-serve-pool", "us-west-2"}, {"gcp-serve-pool", "asia-northeast1"}}) {
            String poolId = move[0];
            Rect before = DiagramLayout.of(design).rect(poolId).orElseThrow();
            EditHistory history = new EditHistory(design);
            history.apply(
                    PoolOptions.moveToRegion(design, catalog, poolId, move[1]).orElseThrow());
            Design moved = history.design();
            DiagramLayout after = DiagramLayout.of(moved);
            String regionId = moved.component(poolId).orElseThrow().parent().orElseThrow();
            Rect region = after.rect(regionId).orElseThrow();
            Rect pool = after.rect(poolId).orElseThrow();
            assertTrue(region.contains(pool), poolId + " " + pool + " inside " + region);
            assertFalse(region.contains(before), "the new region does not reach the old position " + before);
            assertTrue(
                    pool.y() >= region.y() + DiagramLayout.REGION_HEADER,
                    "below the region header: " + pool + " in " + region);
            for (Component sibling : moved.children(regionId)) {
                if (!sibling.id().equals(poolId)) {
                    Rect other = after.rect(sibling.id()).orElseThrow();
                    assertFalse(other.intersects(pool), sibling.id() + " overlaps the moved pool");
                }
            }
            history.undo();
            assertEquals(design.layout().get(poolId), history.design().layout().get(poolId));
            assertEquals(design, history.design(), "one undo restores the old position");
        }
    }
}
