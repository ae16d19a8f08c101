package dev.skyloom.app.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skyloom.app.SampleDesigns;
import dev.skyloom.export.diagram.DiagramLayout;
import dev.skyloom.export.diagram.Rect;
import dev.skyloom.model.Bounds;
import dev.skyloom.model.Component;
import dev.skyloom.model.Design;
import dev.skyloom.model.TestDesigns;
import dev.skyloom.model.sample.GeneratedDesigns;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DiagramLayoutTest {
    private final Design sample = SampleDesigns.builtIn();

    @Test
    void storedBoundsAreUsedAndZeroSizeMeansTheDefaultSize() {
        DiagramLayout l = DiagramLayout.of(sample);
        Rect lake = l.rect("lake").orElseThrow();
        double[] size = DiagramLayout.defaultSize(sample.component("lake").orElseThrow());
        assertEquals(new Rect(280, 260, size[0], size[1]), lake);
        Rect aws = l.rect("aws").orElseThrow();
        assertEquals(40, aws.x());
        assertTrue(aws.w() >= 900);
    }

    @Test
    void componentsWithoutLayoutAreAutoPlacedInsideTheirParentBelowItsHeaderWithoutOverlap() {
        Design d = GeneratedDesigns.unplaced(40, 7);
        DiagramLayout l = DiagramLayout.of(d);
        for (Component c : d.components()) {
            Rect r = l.rect(c.id()).orElseThrow();
            if (c.parent().isPresent()) {
                Component parent = d.component(c.parent().get()).orElseThrow();
                Rect p = l.rect(parent.id()).orElseThrow();
                assertTrue(p.contains(r), c.id() + " inside " + parent.id());
                assertTrue(r.y() >= p.y() + DiagramLayout.headerHeight(parent), c.id() + " below the header");
            }
            List<Component> siblings = c.parent().map(d::children).orElse(List.of());
            for (Component s : siblings) {
                if (!s.id().equals(c.id())) {
                    Rect o = l.rect(s.id()).orElseThrow();
                    assertFalse(overlaps(r, o), c.id() + " overlaps " + s.id());
                }
            }
        }
    }

    @Test
    void topLevelContainersDoNotOverlapAndPlacementIsDeterministic() {
        Design d = GeneratedDesigns.unplaced(600, 3);
        DiagramLayout a = DiagramLayout.of(d);
        DiagramLayout b = DiagramLayout.of(d);
        assertEquals(a.rects(), b.rects());
        List<Rect> providers = new ArrayList<>();
        for (Component.Provider p : d.componentsOf(Component.Provider.class)) {
            providers.add(a.rect(p.id()).orElseThrow());
        }
        assertTrue(providers.size() > 4);
        for (int i = 0; i < providers.size(); i++) {
            for (int j = i + 1; j < providers.size(); j++) {
                assertFalse(overlaps(providers.get(i), providers.get(j)), i + " overlaps " + j);
            }
        }
        assertTrue(a.extent().w() < 4 * a.extent().h(), "many containers wrap into rows: " + a.extent());
    }

    @Test
    void containersGrowToFitAStoredChildOutsideTheirStoredBounds() {
        Map<String, Bounds> layout = new LinkedHashMap<>(sample.layout());
        layout.put("lake", new Bounds(1500, 900, 0, 0));
        DiagramLayout l = DiagramLayout.of(sample.withLayout(layout));
        Rect lake = l.rect("lake").orElseThrow();
        assertTrue(l.rect("aws-fra").orElseThrow().contains(lake));
        assertTrue(l.rect("aws").orElseThrow().contains(l.rect("aws-fra").orElseThrow()));
    }

    @Test
    void movingAContainerMovesItsStoredChildrenAndLeavesOthersAlone() {
        Map<String, Bounds> moved = DiagramLayout.moved(sample, Set.of("aws-fra"), 30, -10);
        assertEquals(new Bounds(90, 80, 420, 260), moved.get("aws-fra"));
        assertEquals(sample.layout().get("lake").movedBy(30, -10), moved.get("lake"));
        assertEquals(sample.layout().get("train-pool").movedBy(30, -10), moved.get("train-pool"));
        assertEquals(sample.layout().get("aws-par"), moved.get("aws-par"));
        assertEquals(sample.layout().get("training"), moved.get("training"));
    }

    @Test
    void movingAnAutoPlacedComponentLandsExactlyWhereItWasDroppedAndPinsItsParent() {
        Design d = TestDesigns.minimal();
        DiagramLayout before = DiagramLayout.of(d);
        Rect train = before.rect("train").orElseThrow();
        Rect region = before.rect("aws-fra").orElseThrow();
        Map<String, Bounds> moved = DiagramLayout.moved(d, Set.of("train"), 25, 40);
        assertTrue(moved.containsKey("aws-fra"), "parent pinned");
        assertTrue(moved.containsKey("aws"), "grandparent pinned");
        DiagramLayout after = DiagramLayout.of(d.withLayout(moved));
        assertEquals(train.translated(25, 40), after.rect("train").orElseThrow());
        assertEquals(region.x(), after.rect("aws-fra").orElseThrow().x());
        assertNotEquals(region.h(), after.rect("aws-fra").orElseThrow().h(), "region grew to fit the moved pool");
    }

    @Test
    void movingAContainerKeepsItsAutoPlacedChildrenInsideIt() {
        Design d = TestDesigns.minimal();
        Rect train = DiagramLayout.of(d).rect("train").orElseThrow();
        Map<String, Bounds> moved = DiagramLayout.moved(d, Set.of("aws"), 100, 50);
        assertFalse(moved.containsKey("train"), "auto-placed children follow without a stored entry");
        assertEquals(
                train.translated(100, 50),
                DiagramLayout.of(d.withLayout(moved)).rect("train").orElseThrow());
    }

    private static boolean overlaps(Rect a, Rect b) {
        return a.x() < b.maxX() && b.x() < a.maxX() && a.y() < b.maxY() && b.y() < a.maxY();
    }
}
