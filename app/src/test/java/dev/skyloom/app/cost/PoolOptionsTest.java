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
import dev.skyloom.model.fixtures.ExampleFiles;
import dev.skyloom.model.graph.DesignGraph;
import dev.skyloom.model.suggest.CheapestRegions;
import dev.skyloom.model.suggest.MoveSuggestions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PoolOptionsTest {
    private final Catalog catalog = Examples.catalog();
    private final Design design = Examples.read(ExampleFiles.path("global-inference"));

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
        CheapestRegions.Region cheapest = CheapestRegions.forPool(design, catalog, "us-serve-pool")
                .preferred()
                .orElseThrow()
                .target();
        Component.GpuPool pool =
                (Component.GpuPool) design.component("us-serve-pool").orElseThrow();
        var offering = catalog.offering("aws", pool.instanceType()).orElseThrow();
        assertEquals(catalog.cheapestRegion(offering).orElseThrow().region(), cheapest.code());
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

    /**
     * Issue 14, point 10 on the real catalog: the EU training pool reads EU personal data and its pipeline
     * must survive a region outage. The cheapest region overall breaks a rule; the suggestion first names the
     * cheapest region that breaks none.
     */
    @Test
    void cheapestRegionForAnEuTrainingPoolKeepsTheRulesFirstAndNamesWhatTheCheaperOneBreaks() {
        Design eu = Examples.read(ExampleFiles.path("eu-sovereign-training"));
        MoveSuggestions.Suggestion<CheapestRegions.Region> s = CheapestRegions.forPool(eu, catalog, "train-fra");
        CheapestRegions.Region safe = s.keepingRules().orElseThrow().target();
        MoveSuggestions.Option<CheapestRegions.Region> breaking =
                s.ruleBreaking().orElseThrow();
        assertTrue(
                catalog.region("aws", safe.code()).orElseThrow().jurisdictions().contains("EU"),
                safe.code() + " is in the EU");
        assertTrue(
                breaking.target()
                                .prices()
                                .onDemand()
                                .get()
                                .amount()
                                .compareTo(safe.prices().onDemand().get().amount())
                        < 0,
                "the rule-breaking region is cheaper");
        // bundled catalog (AWS-VANTAGE 2026-01-21): p4d.24xlarge is cheapest in us-east-2 (21.95764 USD/h);
        // the cheapest EU region is eu-north-1 (23.71569 USD/h)
        assertEquals("eu-north-1", safe.code());
        assertEquals("us-east-2", breaking.target().code());
        assertEquals(
                List.of("residency.violation"),
                breaking.newErrors().stream().map(f -> f.code()).toList());
        assertEquals(
                List.of("lake", "training", "train-fra"),
                breaking.newErrors().get(0).subjects());
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
