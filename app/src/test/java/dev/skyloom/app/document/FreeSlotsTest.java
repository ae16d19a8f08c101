package dev.skyloom.app.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skyloom.app.SampleDesigns;
import dev.skyloom.export.diagram.DiagramLayout;
import dev.skyloom.export.diagram.Rect;
import dev.skyloom.model.Bounds;
import dev.skyloom.model.Component;
import dev.skyloom.model.Design;
import dev.skyloom.model.TestDesigns;
import dev.skyloom.model.edit.Edit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FreeSlotsTest {
    private static void assertNoSiblingOverlaps(Design d, String parent) {
        DiagramLayout layout = DiagramLayout.of(d);
        List<Component> kids = d.children(parent);
        for (Component a : kids) {
            for (Component b : kids) {
                if (a != b) {
                    Rect ra = layout.rect(a.id()).orElseThrow();
                    Rect rb = layout.rect(b.id()).orElseThrow();
                    boolean overlap =
                            ra.x() < rb.maxX() && rb.x() < ra.maxX() && ra.y() < rb.maxY() && rb.y() < ra.maxY();
                    assertFalse(overlap, a.id() + " overlaps " + b.id() + ": " + ra + " " + rb);
                }
            }
        }
    }

    @Test
    void aCardDroppedOnAnotherMovesToTheNearestFreePlaceInsideItsRegion() {
        Design d = SampleDesigns.builtIn();
        Rect train = DiagramLayout.of(d).rect("lake-dr").orElseThrow();
        Edit drop = new Edit.AddComponent(
                TestDesigns.pool("p2", "aws-par", "p5.48xlarge", 1), new Bounds(train.x() + 5, train.y() + 5, 0, 0));
        Design after = FreeSlots.settle(d, drop).applyTo(d);
        assertNoSiblingOverlaps(after, "aws-par");
        Rect placed = DiagramLayout.of(after).rect("p2").orElseThrow();
        Rect region = DiagramLayout.of(d).rect("aws-par").orElseThrow();
        assertTrue(region.contains(placed), "it stays inside the region's current bounds: " + placed);
        assertTrue(Math.hypot(placed.x() - train.x(), placed.y() - train.y()) < 300, "and near where it was dropped");
    }

    @Test
    void aFullRegionGetsItsNewCardBelowTheOthersWithoutOverlap() {
        Design d = SampleDesigns.builtIn();
        Edit fill = new Edit.Composite(
                "fill",
                List.of(
                        new Edit.AddComponent(
                                TestDesigns.pool("p1", "aws-fra", "p5.48xlarge", 1), new Bounds(260, 140, 0, 0)),
                        new Edit.AddComponent(
                                TestDesigns.pool("p2", "aws-fra", "p5.48xlarge", 1), new Bounds(80, 240, 0, 0))));
        Design full = FreeSlots.settle(d, fill).applyTo(d);
        assertNoSiblingOverlaps(full, "aws-fra");
        Rect train = DiagramLayout.of(full).rect("train-pool").orElseThrow();
        Design after = FreeSlots.settle(
                        full,
                        new Edit.AddComponent(
                                TestDesigns.pool("p3", "aws-fra", "p5.48xlarge", 1),
                                new Bounds(train.x(), train.y(), 0, 0)))
                .applyTo(full);
        assertNoSiblingOverlaps(after, "aws-fra");
        assertEquals(Optional.of("aws-fra"), after.component("p3").orElseThrow().parent());
    }

    @Test
    void aFreePlaceIsKeptAsItIs() {
        Rect wanted = new Rect(500, 500, 200, 72);
        assertEquals(wanted, FreeSlots.nearestFree(wanted, null, List.of(new Rect(0, 0, 200, 72))));
    }

    @Test
    void alignAndDistributeAreOneEditEachAndLineTheCardsUp() {
        Design d = SampleDesigns.builtIn();
        Design left = Alignment.LEFT
                .apply(d, Set.of("train-pool", "lake"))
                .orElseThrow()
                .applyTo(d);
        DiagramLayout l = DiagramLayout.of(left);
        assertEquals(
                l.rect("train-pool").orElseThrow().x(),
                l.rect("lake").orElseThrow().x(),
                0.5);
        assertTrue(Alignment.LEFT.apply(left, Set.of("train-pool", "lake")).isEmpty(), "aligned again: no edit");
        Design top = Alignment.TOP
                .apply(d, Set.of("train-pool", "lake"))
                .orElseThrow()
                .applyTo(d);
        DiagramLayout t = DiagramLayout.of(top);
        assertEquals(
                t.rect("train-pool").orElseThrow().y(),
                t.rect("lake").orElseThrow().y(),
                0.5);
        assertTrue(
                Alignment.DISTRIBUTE_HORIZONTALLY
                        .apply(d, Set.of("train-pool", "lake"))
                        .isEmpty(),
                "three needed");
    }

    @Test
    void distributingThreeCardsMakesTheGapsEqual() {
        Design d = SampleDesigns.builtIn();
        Edit add =
                new Edit.AddComponent(TestDesigns.pool("p9", "aws-fra", "p5.48xlarge", 1), new Bounds(420, 300, 0, 0));
        d = add.applyTo(d);
        Design after = Alignment.DISTRIBUTE_HORIZONTALLY
                .apply(d, Set.of("train-pool", "lake", "p9"))
                .orElseThrow()
                .applyTo(d);
        DiagramLayout l = DiagramLayout.of(after);
        List<Rect> rs = new java.util.ArrayList<>(List.of(
                l.rect("train-pool").orElseThrow(),
                l.rect("lake").orElseThrow(),
                l.rect("p9").orElseThrow()));
        rs.sort(java.util.Comparator.comparingDouble(Rect::x));
        double gap1 = rs.get(1).x() - rs.get(0).maxX();
        double gap2 = rs.get(2).x() - rs.get(1).maxX();
        assertEquals(gap1, gap2, 1.0, "equal gaps: " + rs);
    }
}
