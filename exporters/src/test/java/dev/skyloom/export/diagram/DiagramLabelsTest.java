package dev.skyloom.export.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DiagramLabelsTest {
    /** Every character 0.6 em wide: widths are easy to reason about. */
    private static final TextMeasure MONO = (text, size, bold) -> text.codePointCount(0, text.length()) * 0.6 * size;

    private static final TextFit FIT = new TextFit(MONO);

    private static List<String> texts(List<TextLine> lines) {
        List<String> out = new ArrayList<>();
        for (TextLine l : lines) {
            out.add(l.text());
        }
        return out;
    }

    @Test
    void keepsAShortNameOnOneLineAtFullSize() {
        CardText t = DiagramLabels.card(FIT, new Rect(0, 0, 200, 72), false, true, "EU user sessions", List.of("x"));
        assertEquals(List.of("EU user sessions"), texts(t.title()));
        assertEquals(DiagramStyle.CARD_TITLE, t.title().get(0).size());
    }

    @Test
    void wrapsALongNameToTwoLinesBeforeUsingAnEllipsis() {
        // room: 200 - (14 + 22 + 9) - 6 = 149; "Personalisation service" is 23 x 7.8 = 179 at 13 pt
        CardText t = DiagramLabels.card(
                FIT, new Rect(0, 0, 200, 72), false, true, "Personalisation service", List.of("object · 3 TB"));
        assertEquals(List.of("Personalisation", "service"), texts(t.title()));
        assertEquals("Personalisation service", t.shownName());
        assertTrue(t.title().get(1).baseline() > t.title().get(0).baseline(), "second line below the first");
        for (TextLine l : t.title()) {
            assertTrue(MONO.width(l.text(), l.size(), true) <= 149, l.text());
        }
    }

    @Test
    void cutsOnlyThePartBeyondTwoLinesAndKeepsTheFullNameForTooltips() {
        String name = "Customer interaction history lake for the European personalisation models";
        CardText t = DiagramLabels.card(FIT, new Rect(0, 0, 200, 72), false, true, name, List.of("object · 3 TB"));
        assertEquals(2, t.title().size());
        assertFalse(t.title().get(0).text().endsWith(TextFit.ELLIPSIS));
        assertTrue(t.title().get(1).text().endsWith(TextFit.ELLIPSIS), t.title().toString());
        assertEquals(name, t.name());
    }

    @Test
    void headerWidthIsTheNarrowestWidthAtWhichTheTitleIsDrawnWhole() {
        // a region band (32) and a provider band (44): chip and title sizes differ between them
        for (double band : new double[] {32, 44}) {
            String title = "Frankfurt · eu-central-1";
            double w = DiagramLabels.headerWidth(FIT, band, "DE", title);
            HeaderText fits = DiagramLabels.header(FIT, new Rect(0, 0, w, 200), band, "DE", title);
            assertEquals(title, fits.title().text(), "band " + band);
            HeaderText cut = DiagramLabels.header(FIT, new Rect(0, 0, w - 2, 200), band, "DE", title);
            assertTrue(cut.title().text().endsWith(TextFit.ELLIPSIS), "band " + band + ": " + cut.title());
        }
    }

    @Test
    void placesEdgeLabelsClearOfCardsAndOfEachOther() {
        Rect left = new Rect(0, 0, 200, 72);
        Rect right = new Rect(400, 0, 200, 72);
        Rect blocker = new Rect(260, 20, 80, 40);
        // two edges whose anchor falls on the blocking card, in the middle of the gap
        Route a = Route.of(new double[] {200, 300, 300, 400}, new double[] {30, 30, 30, 30}, 300, 30);
        Route b = Route.of(new double[] {200, 300, 300, 400}, new double[] {42, 42, 42, 42}, 300, 42);
        Map<String, EdgeLabel> placed = DiagramLabels.placeEdgeLabels(
                FIT,
                List.of(new DiagramLabels.EdgeRequest("a", "reads", a), new DiagramLabels.EdgeRequest("b", "reads", b)),
                List.of(left, right, blocker));
        Rect pa = placed.get("a").pill();
        Rect pb = placed.get("b").pill();
        for (Rect card : List.of(left, right, blocker)) {
            assertFalse(overlaps(pa, card), "a clear of " + card + ": " + pa);
            assertFalse(overlaps(pb, card), "b clear of " + card + ": " + pb);
        }
        assertFalse(overlaps(pa, pb), pa + " / " + pb);
        assertEquals("reads", placed.get("a").text().text());
    }

    @Test
    void keepsTheAnchorWhenItIsFree() {
        Route r = Route.of(new double[] {0, 500}, new double[] {300, 300}, 250, 300);
        Map<String, EdgeLabel> placed =
                DiagramLabels.placeEdgeLabels(FIT, List.of(new DiagramLabels.EdgeRequest("k", "writes", r)), List.of());
        Rect pill = placed.get("k").pill();
        assertEquals(250, pill.x() + pill.w() / 2, 1e-9);
        assertEquals(300, pill.y() + pill.h() / 2, 1e-9);
    }

    @Test
    void reusingThePreviousLabelsGivesWhatAFreshRunGives() {
        dev.skyloom.model.Design before = dev.skyloom.model.sample.GeneratedDesigns.generate(300, 7);
        dev.skyloom.model.Component renamed = before.components().stream()
                .filter(c -> c.type() == dev.skyloom.model.ComponentType.STORAGE)
                .findFirst()
                .orElseThrow();
        List<dev.skyloom.model.Component> components = new ArrayList<>(before.components());
        components.set(
                components.indexOf(renamed), renamed.withName("A much longer name that now needs two lines to fit"));
        dev.skyloom.model.Design after = before.withComponents(components);
        java.util.Optional<dev.skyloom.catalog.Catalog> none = java.util.Optional.empty();
        DiagramLabels previous = DiagramLabels.of(Diagram.of(before), none, MONO);
        Diagram next = Diagram.of(after);
        DiagramLabels reused = DiagramLabels.of(next, none, MONO, previous);
        DiagramLabels fresh = DiagramLabels.of(next, none, MONO);
        for (Diagram.Item it : next.items()) {
            assertEquals(fresh.card(it.id()), reused.card(it.id()), it.id());
            assertEquals(fresh.header(it.id()), reused.header(it.id()), it.id());
            assertEquals(fresh.edge(it.id()), reused.edge(it.id()), it.id());
        }
        assertEquals(2, reused.card(renamed.id()).orElseThrow().title().size(), "the renamed card is fitted again");
    }

    @Test
    void aRenamedProviderGetsItsHeaderFittedAgainAndTheOthersAreKept() {
        dev.skyloom.model.Design before = dev.skyloom.model.sample.GeneratedDesigns.generate(300, 7);
        dev.skyloom.model.Component provider = before.components().stream()
                .filter(c -> c.type() == dev.skyloom.model.ComponentType.PROVIDER)
                .findFirst()
                .orElseThrow();
        List<dev.skyloom.model.Component> components = new ArrayList<>(before.components());
        components.set(components.indexOf(provider), provider.withName("Sovereign cloud of the federal ministry"));
        java.util.Optional<dev.skyloom.catalog.Catalog> none = java.util.Optional.empty();
        Diagram first = Diagram.of(before);
        DiagramLabels previous = DiagramLabels.of(first, none, MONO);
        Diagram next = Diagram.of(before.withComponents(components), first);

        DiagramLabels reused = DiagramLabels.of(next, none, MONO, previous);

        DiagramLabels fresh = DiagramLabels.of(next, none, MONO);
        int kept = 0;
        for (Diagram.Item it : next.items()) {
            assertEquals(fresh.header(it.id()), reused.header(it.id()), it.id());
            assertEquals(fresh.card(it.id()), reused.card(it.id()), it.id());
            if (it.kind() == Diagram.Kind.CONTAINER && !it.id().equals(provider.id())) {
                org.junit.jupiter.api.Assertions.assertSame(
                        previous.header(it.id()).orElseThrow(),
                        reused.header(it.id()).orElseThrow(),
                        it.id());
                kept++;
            }
        }
        assertTrue(kept > 5, "other containers' headers are kept: " + kept);
        assertFalse(previous.header(provider.id()).equals(reused.header(provider.id())), "the renamed one is not");
    }

    @Test
    void edgeLabelsAreKeptWhenNoConnectionLabelRouteCardOrHeaderChanged() {
        dev.skyloom.model.Design design = dev.skyloom.model.sample.GeneratedDesigns.generate(300, 7);
        java.util.Optional<dev.skyloom.catalog.Catalog> none = java.util.Optional.empty();
        DiagramLabels previous = DiagramLabels.of(Diagram.of(design), none, MONO);
        Diagram next = Diagram.of(design);
        DiagramLabels reused = DiagramLabels.of(next, none, MONO, previous);
        DiagramLabels fresh = DiagramLabels.of(next, none, MONO);
        int edges = 0;
        for (Diagram.Item it : next.items()) {
            if (it.kind() == Diagram.Kind.EDGE && previous.edge(it.id()).isPresent()) {
                org.junit.jupiter.api.Assertions.assertSame(
                        previous.edge(it.id()).get(), reused.edge(it.id()).get(), "kept, not placed again");
                assertEquals(fresh.edge(it.id()), reused.edge(it.id()), it.id());
                edges++;
            }
        }
        assertTrue(edges > 100, "the design has labelled connections: " + edges);
    }

    @Test
    void edgeLabelsArePlacedAgainWhenAConnectionsLabelChanges() {
        dev.skyloom.model.Design before = dev.skyloom.model.sample.GeneratedDesigns.generate(300, 7);
        List<dev.skyloom.model.Connection> connections = new ArrayList<>(before.connections());
        dev.skyloom.model.Connection changed = connections.get(0);
        connections.set(0, changed.withMonthlyTb(changed.monthlyTb().add(new java.math.BigDecimal("1234"))));
        dev.skyloom.model.Design after = before.withConnections(connections);
        Relabelled r = relabelled(before, after);
        DiagramLabels previous = r.previous();
        Diagram next = r.next();
        DiagramLabels reused = r.reused();
        DiagramLabels fresh = r.fresh();
        for (Diagram.Item it : next.items()) {
            assertEquals(fresh.edge(it.id()), reused.edge(it.id()), it.id());
        }
        assertTrue(reused.edge(changed.id()).orElseThrow().name().contains("TB/mo"), "the new label is placed");
        assertFalse(previous.edge(changed.id())
                .orElseThrow()
                .name()
                .equals(reused.edge(changed.id()).orElseThrow().name()));
    }

    @Test
    void edgeLabelsArePlacedAgainWhenACardIsRemoved() {
        dev.skyloom.model.Design before = dev.skyloom.model.sample.GeneratedDesigns.generate(300, 7);
        java.util.Set<String> connected = new java.util.HashSet<>();
        for (dev.skyloom.model.Connection k : before.connections()) {
            connected.add(k.from());
            connected.add(k.to());
        }
        dev.skyloom.model.Component lone = before.components().stream()
                .filter(c -> !connected.contains(c.id())
                        && c.type() != dev.skyloom.model.ComponentType.PROVIDER
                        && c.type() != dev.skyloom.model.ComponentType.REGION)
                .findFirst()
                .orElseThrow();
        List<dev.skyloom.model.Component> components = new ArrayList<>(before.components());
        components.remove(lone);
        dev.skyloom.model.Design after = before.withComponents(components);
        Relabelled r = relabelled(before, after);
        DiagramLabels previous = r.previous();
        Diagram next = r.next();
        DiagramLabels reused = r.reused();
        DiagramLabels fresh = r.fresh();
        boolean placedAgain = false;
        for (Diagram.Item it : next.items()) {
            assertEquals(fresh.edge(it.id()), reused.edge(it.id()), it.id());
            if (it.kind() == Diagram.Kind.EDGE && previous.edge(it.id()).isPresent()) {
                placedAgain |=
                        previous.edge(it.id()).get() != reused.edge(it.id()).get();
            }
        }
        assertTrue(placedAgain, "a card less is an obstacle less: the labels are placed again");
    }

    @Test
    void aLabelMovesOffAnotherEdgesCrossingLineWhenAFreeSpotExists() {
        // a long horizontal edge whose anchor (its middle) is where a vertical edge crosses it
        Route across = Route.of(new double[] {0, 400}, new double[] {100, 100}, 200, 100);
        Route down = Route.of(new double[] {200, 200}, new double[] {0, 300}, 200, 250);
        Map<String, EdgeLabel> placed = DiagramLabels.placeEdgeLabels(
                FIT,
                List.of(
                        new DiagramLabels.EdgeRequest("across", "reads", across),
                        new DiagramLabels.EdgeRequest("down", "writes", down)),
                List.of());
        Rect pill = placed.get("across").pill();
        assertFalse(placed.get("across").hidden());
        assertFalse(pill.x() < 200 && 200 < pill.maxX(), "the vertical line does not run through " + pill);
        assertEquals(100, pill.centerY(), 0.01, "still on its own line");
        Rect other = placed.get("down").pill();
        assertFalse(other.y() < 100 && 100 < other.maxY(), "nor the horizontal one through " + other);
    }

    private static boolean overlaps(Rect a, Rect b) {
        return a.x() < b.maxX() && b.x() < a.maxX() && a.y() < b.maxY() && b.y() < a.maxY();
    }

    /** The labels of {@code before}, and those of {@code after} placed again from them and afresh. */
    private record Relabelled(DiagramLabels previous, Diagram next, DiagramLabels reused, DiagramLabels fresh) {}

    private static Relabelled relabelled(dev.skyloom.model.Design before, dev.skyloom.model.Design after) {
        java.util.Optional<dev.skyloom.catalog.Catalog> none = java.util.Optional.empty();
        Diagram first = Diagram.of(before);
        DiagramLabels previous = DiagramLabels.of(first, none, MONO);
        Diagram next = Diagram.of(after, first);
        return new Relabelled(
                previous, next, DiagramLabels.of(next, none, MONO, previous), DiagramLabels.of(next, none, MONO));
    }
}
