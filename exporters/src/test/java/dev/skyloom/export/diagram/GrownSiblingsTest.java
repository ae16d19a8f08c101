package dev.skyloom.export.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skyloom.model.Bounds;
import dev.skyloom.model.Component;
import dev.skyloom.model.Design;
import dev.skyloom.model.file.DesignFile;
import dev.skyloom.model.sample.GeneratedDesigns;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A container grown around its children never ends on top of a sibling: the layout pushes the sibling. */
class GrownSiblingsTest {

    static List<Path> examples() throws Exception {
        try (Stream<Path> s = Files.list(Path.of("../examples"))) {
            return s.filter(p -> p.getFileName().toString().endsWith(".skyloom.json"))
                    .sorted()
                    .toList();
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void anExampleAsStoredHasNoOverlappingSiblings(Path file) throws Exception {
        assertEquals(List.of(), overlappingSiblings(DesignFile.read(file)));
    }

    @ParameterizedTest
    @ValueSource(ints = {50, 500, 2000})
    void aGeneratedDesignHasNoOverlappingSiblings(int size) {
        assertEquals(List.of(), overlappingSiblings(GeneratedDesigns.generate(size, 7)));
    }

    /** A card stored right of its region's border widens the region into the region on its right. */
    @Test
    void aRegionGrownIntoItsNeighbourPushesItRightWithItsCards() throws Exception {
        Design design = DesignFile.read(Path.of("../examples/global-inference.skyloom.json"));
        Diagram before = Diagram.of(design);
        Component region = null;
        Component neighbour = null;
        for (Component c : design.components()) {
            for (Component n : design.components()) {
                if (region == null
                        && c instanceof Component.Region
                        && n instanceof Component.Region
                        && c != n
                        && c.parent().equals(n.parent())
                        && !design.children(c.id()).isEmpty()
                        && !design.children(n.id()).isEmpty()) {
                    Rect ra = before.item(c.id()).orElseThrow().rect();
                    Rect rb = before.item(n.id()).orElseThrow().rect();
                    if (rb.x() >= ra.maxX() && rb.y() < ra.maxY() && rb.maxY() > ra.y()) {
                        region = c;
                        neighbour = n;
                    }
                }
            }
        }
        assertTrue(region != null, "the example has two regions side by side");
        Rect ra = before.item(region.id()).orElseThrow().rect();
        Rect rb = before.item(neighbour.id()).orElseThrow().rect();
        Component card = design.children(region.id()).get(0);
        Rect cr = before.item(card.id()).orElseThrow().rect();
        Map<String, Bounds> layout = new LinkedHashMap<>(design.layout());
        layout.put(card.id(), new Bounds(rb.x() + 40, cr.y(), cr.w(), cr.h())); // over the neighbour's left part
        Design grown = design.withLayout(layout);

        Diagram after = Diagram.of(grown);
        Rect ga = after.item(region.id()).orElseThrow().rect();
        Rect gb = after.item(neighbour.id()).orElseThrow().rect();
        assertTrue(ga.maxX() > rb.x(), "the region grew past where its neighbour stood");
        assertEquals(ga.maxX() + DiagramLayout.GAP, gb.x(), 0.01, "the neighbour is pushed right, a gap away");
        assertEquals(rb.y(), gb.y(), 0.01, "and not down");
        double dx = gb.x() - rb.x();
        for (Component child : grown.children(neighbour.id())) {
            Rect was = before.item(child.id()).orElseThrow().rect();
            assertEquals(
                    was.x() + dx, after.item(child.id()).orElseThrow().rect().x(), 0.01, child.id());
        }
        assertEquals(List.of(), overlappingSiblings(grown));

        // dragging the pushed neighbour keeps its cards inside it, where they are drawn
        Design dragged = grown.withLayout(DiagramLayout.moved(grown, java.util.Set.of(neighbour.id()), 0, 10));
        Diagram moved = Diagram.of(dragged);
        for (Component child : grown.children(neighbour.id())) {
            Rect drawn = after.item(child.id()).orElseThrow().rect();
            assertEquals(
                    drawn.translated(0, 10),
                    moved.item(child.id()).orElseThrow().rect(),
                    child.id());
        }
    }

    @Test
    void siblingsStoredOnTopOfEachOtherAreLeftAsTheUserPutThem() throws Exception {
        Design design = DesignFile.read(Path.of("../examples/global-inference.skyloom.json"));
        Component region = null;
        for (Component c : design.components()) {
            if (region == null
                    && c instanceof Component.Region
                    && design.children(c.id()).size() >= 2) {
                region = c;
            }
        }
        List<Component> cards = design.children(region.id());
        Map<String, Bounds> layout = new LinkedHashMap<>(design.layout());
        Bounds first = layout.get(cards.get(0).id());
        Bounds second = layout.get(cards.get(1).id());
        layout.put(cards.get(1).id(), new Bounds(first.x() + 10, first.y() + 10, second.w(), second.h()));
        Diagram d = Diagram.of(design.withLayout(layout));
        assertEquals(
                first.x() + 10, d.item(cards.get(1).id()).orElseThrow().rect().x(), 0.01);
    }

    /** Pairs of siblings (same parent, or both top level) whose drawn rectangles overlap. */
    static List<String> overlappingSiblings(Design design) {
        Diagram d = Diagram.of(design);
        Map<Optional<String>, List<Component>> byParent = new LinkedHashMap<>();
        for (Component c : design.components()) {
            byParent.computeIfAbsent(c.parent(), k -> new ArrayList<>()).add(c);
        }
        List<String> found = new ArrayList<>();
        for (List<Component> siblings : byParent.values()) {
            for (int i = 0; i < siblings.size(); i++) {
                for (int j = i + 1; j < siblings.size(); j++) {
                    Rect a = d.item(siblings.get(i).id()).orElseThrow().rect();
                    Rect b = d.item(siblings.get(j).id()).orElseThrow().rect();
                    if (Math.min(a.maxX(), b.maxX()) - Math.max(a.x(), b.x()) > 1
                            && Math.min(a.maxY(), b.maxY()) - Math.max(a.y(), b.y()) > 1) {
                        found.add(siblings.get(i).id() + " / " + siblings.get(j).id());
                    }
                }
            }
        }
        return found;
    }
}
