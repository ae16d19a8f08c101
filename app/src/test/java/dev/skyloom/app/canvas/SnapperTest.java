package dev.skyloom.app.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skyloom.app.SampleDesigns;
import dev.skyloom.export.diagram.Diagram;
import dev.skyloom.export.diagram.Rect;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Snapping while dragging: to a neighbour's edge with a guide when close, else to the grid. */
class SnapperTest {
    private final Diagram diagram = Diagram.of(SampleDesigns.builtIn());
    private final Viewport view = new Viewport(0, 0, 1, 1400, 900);

    @Test
    void aCardNearlyInLineWithANeighbourSnapsToItsEdgeAndShowsAGuide() {
        Rect lake = diagram.item("lake").orElseThrow().rect();
        Rect train = diagram.item("train-pool").orElseThrow().rect();
        Snapper s = Snapper.of(diagram, Set.of("lake"), Set.of("lake"), view);
        // three units short of lining the lake's left edge up with the training pool's
        double dx = train.x() - lake.x() + 3;
        Snapper.Snap snap = s.snap(dx, 0, 6);
        assertEquals(train.x() - lake.x(), snap.dx(), 1e-9);
        assertEquals(train.x(), snap.guideX(), 1e-9);
    }

    @Test
    void awayFromEveryEdgeTheCardSnapsToTheGridWithoutAGuide() {
        Rect lake = diagram.item("lake").orElseThrow().rect();
        Snapper s = Snapper.of(diagram, Set.of("lake"), Set.of("lake"), view);
        Snapper.Snap snap = s.snap(0, 2003 - lake.y(), 6);
        assertEquals(2000, lake.y() + snap.dy(), 1e-9, "the top edge on the 10-unit grid");
        assertTrue(Double.isNaN(snap.guideY()));
    }
}
