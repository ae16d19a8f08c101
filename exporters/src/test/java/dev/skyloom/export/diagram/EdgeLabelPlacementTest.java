package dev.skyloom.export.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skyloom.catalog.Catalog;
import dev.skyloom.model.Component;
import dev.skyloom.model.Connection;
import dev.skyloom.model.Design;
import dev.skyloom.model.sample.GeneratedDesigns;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Edge labels placed again after an edit keep every label whose placement could not change, and always come
 * out as a fresh placement would: a label sees the cards, header bands and other edges' lines near it and the
 * labels placed before it, so an edit far away keeps it and a change near it, even one made by an earlier
 * label moving, places it again.
 */
class EdgeLabelPlacementTest {
    private static final TextMeasure MONO = (text, size, bold) -> text.codePointCount(0, text.length()) * 0.6 * size;
    private static final Optional<Catalog> NONE = Optional.empty();

    private final Design design = GeneratedDesigns.generate(300, 42);

    @Test
    void aCardAddedFarAwayKeepsEveryLabel() {
        Diagram first = Diagram.of(design);
        DiagramLabels before = DiagramLabels.of(first, NONE, MONO);
        List<Component> components = new ArrayList<>(design.components());
        components.add(RandomEdits.pipeline("far-away", Optional.empty()));
        Diagram next = Diagram.of(design.withComponents(components), first);

        DiagramLabels after = DiagramLabels.of(next, NONE, MONO, before);

        int labels = 0;
        for (Connection k : design.connections()) {
            if (before.edge(k.id()).isPresent()) {
                assertSame(before.edge(k.id()).get(), after.edge(k.id()).orElseThrow(), k.id());
                labels++;
            }
        }
        assertTrue(labels > 100, "the design has labelled connections: " + labels);
        assertSameLabels(DiagramLabels.of(next, NONE, MONO), after, next);
    }

    @Test
    void aCardBesideALabelMovesItAndTheLaterLabelsItThenMeetsFollowAsInAFreshPlacement() {
        Diagram first = Diagram.of(design);
        DiagramLabels before = DiagramLabels.of(first, NONE, MONO);
        int moved = 0;
        int followers = 0;
        int tried = 0;
        for (Connection k : design.connections()) {
            Optional<EdgeLabel> label = before.edge(k.id()).filter(l -> !l.hidden());
            if (label.isEmpty() || tried++ == 60) {
                continue;
            }
            // a card overlapping the top left corner of the pill, clear of the label's own line
            Rect pill = label.get().pill();
            Diagram next = Diagram.of(withCard(pill.x() - 186, pill.y() - 54), first);
            DiagramLabels after = DiagramLabels.of(next, NONE, MONO, before);
            DiagramLabels fresh = DiagramLabels.of(next, NONE, MONO);
            assertSameLabels(fresh, after, next);
            // and the connection removed: its label no longer an obstacle to the later ones
            List<Connection> fewer = new ArrayList<>(design.connections());
            fewer.remove(k);
            Diagram without = Diagram.of(design.withConnections(fewer), first);
            assertSameLabels(
                    DiagramLabels.of(without, NONE, MONO), DiagramLabels.of(without, NONE, MONO, before), without);
            if (sameRoute(first, next, k.id())
                    && !label.get().equals(fresh.edge(k.id()).orElseThrow())) {
                moved++;
                assertNotSame(label.get(), after.edge(k.id()).orElseThrow(), "covered: placed again");
            }
            // a later label placed otherwise although its route, and the cards near it, did not change
            for (Connection later : design.connections()) {
                Optional<EdgeLabel> was = before.edge(later.id());
                Optional<EdgeLabel> now = fresh.edge(later.id());
                if (later != k
                        && sameRoute(first, next, later.id())
                        && !was.equals(now)
                        && !now.orElseThrow()
                                .pill()
                                .inflated(2)
                                .intersects(next.layout().rect("beside").orElseThrow())) {
                    followers++;
                }
            }
        }
        assertTrue(moved > 0, "some label moves off a card put beside it");
        assertTrue(followers > 0, "some later label moves because an earlier one did");
    }

    @Test
    void aCardTakenAwayFromBesideALabelLetsItBackAsInAFreshPlacement() {
        Diagram plain = Diagram.of(design);
        DiagramLabels plainLabels = DiagramLabels.of(plain, NONE, MONO);
        int back = 0;
        int tried = 0;
        for (Connection k : design.connections()) {
            Optional<EdgeLabel> label = plainLabels.edge(k.id()).filter(l -> !l.hidden());
            if (label.isEmpty() || tried++ == 60) {
                continue;
            }
            Rect pill = label.get().pill();
            Diagram crowded = Diagram.of(withCard(pill.x() - 186, pill.y() - 54), plain);
            DiagramLabels crowdedLabels = DiagramLabels.of(crowded, NONE, MONO);
            Diagram freed = Diagram.of(design, crowded); // the card removed again

            DiagramLabels after = DiagramLabels.of(freed, NONE, MONO, crowdedLabels);

            assertSameLabels(DiagramLabels.of(freed, NONE, MONO), after, freed);
            if (!crowdedLabels.edge(k.id()).equals(plainLabels.edge(k.id()))) {
                back++;
            }
        }
        assertTrue(back > 0, "some label the card pushed away comes back once the card is gone");
    }

    private Design withCard(double x, double y) {
        List<Component> components = new ArrayList<>(design.components());
        components.add(RandomEdits.pipeline("beside", Optional.empty()));
        java.util.Map<String, dev.skyloom.model.Bounds> layout = new java.util.LinkedHashMap<>(design.layout());
        layout.put("beside", new dev.skyloom.model.Bounds(x, y, 190, 58));
        return design.withComponents(components).withLayout(layout);
    }

    private static boolean sameRoute(Diagram a, Diagram b, String id) {
        Route x = a.item(id).orElseThrow().route();
        Route y = b.item(id).orElseThrow().route();
        return java.util.Arrays.equals(x.xs(), y.xs()) && java.util.Arrays.equals(x.ys(), y.ys());
    }

    @Test
    void aLongRunOfMixedEditsAlwaysMatchesAFreshPlacementAndKeepsMostLabels() {
        Random rnd = new Random(11);
        Design current = design;
        Diagram diagram = Diagram.of(current);
        DiagramLabels labels = DiagramLabels.of(diagram, NONE, MONO);
        int kept = 0;
        int placed = 0;
        for (int step = 0; step < 30; step++) {
            Design next = RandomEdits.edit(current, diagram, rnd, step);
            Diagram nextDiagram = Diagram.of(next, diagram);
            DiagramLabels after = DiagramLabels.of(nextDiagram, NONE, MONO, labels);
            assertSameLabels(DiagramLabels.of(nextDiagram, NONE, MONO), after, nextDiagram);
            for (Connection k : next.connections()) {
                if (after.edge(k.id()).isPresent()) {
                    placed++;
                    kept += labels.edge(k.id()).orElse(null)
                                    == after.edge(k.id()).get()
                            ? 1
                            : 0;
                }
            }
            current = next;
            diagram = nextDiagram;
            labels = after;
        }
        assertTrue(kept > placed / 2, "most labels are kept: " + kept + " of " + placed);
        assertTrue(kept < placed, "some labels are placed again");
    }

    private static void assertSameLabels(DiagramLabels expected, DiagramLabels actual, Diagram diagram) {
        for (Diagram.Item it : diagram.items()) {
            assertEquals(expected.edge(it.id()), actual.edge(it.id()), it.id());
            assertEquals(expected.card(it.id()), actual.card(it.id()), it.id());
            assertEquals(expected.header(it.id()), actual.header(it.id()), it.id());
        }
    }
}
