package dev.skyloom.app.canvas;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skyloom.export.diagram.Diagram;
import dev.skyloom.export.diagram.Rect;
import dev.skyloom.export.diagram.Route;
import dev.skyloom.model.Bounds;
import dev.skyloom.model.Component;
import dev.skyloom.model.Connection;
import dev.skyloom.model.Design;
import dev.skyloom.model.Survives;
import dev.skyloom.model.sample.GeneratedDesigns;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DiagramReuseTest {
    private final Design design = GeneratedDesigns.generate(300, 42);

    @Test
    void anEditThatMovesNothingReusesEveryRouteAndMatchesAFreshDiagram() {
        Diagram before = Diagram.of(design);
        Component.GpuPool pool = design.componentsOf(Component.GpuPool.class).get(0);
        List<Component> components = new ArrayList<>(design.components());
        components.set(components.indexOf(pool), pool.withCount(pool.count() + 3));
        Design edited = design.withComponents(components);

        Diagram after = Diagram.of(edited, before);
        Diagram fresh = Diagram.of(edited);

        assertFalse(design.connections().isEmpty());
        for (Connection k : edited.connections()) {
            Route reused = after.item(k.id()).orElseThrow().route();
            assertSame(before.item(k.id()).orElseThrow().route(), reused);
            assertSameShape(fresh.item(k.id()).orElseThrow().route(), reused);
        }
        assertSame(edited, after.design());
    }

    @Test
    void anEditThatMovesACardRoutesAgainExactlyAsAFreshDiagramWould() {
        Diagram before = Diagram.of(design);
        Connection k0 = design.connections().get(0);
        Rect fromRect = before.layout().rect(k0.from()).orElseThrow();
        Map<String, Bounds> layout = new LinkedHashMap<>(design.layout());
        layout.put(k0.from(), new Bounds(fromRect.x() - 500, fromRect.y() - 300, fromRect.w(), fromRect.h()));
        Design moved = design.withLayout(layout);

        Diagram after = Diagram.of(moved, before);
        Diagram fresh = Diagram.of(moved);

        for (Connection k : moved.connections()) {
            assertSameShape(
                    fresh.item(k.id()).orElseThrow().route(),
                    after.item(k.id()).orElseThrow().route());
        }
        Route old = before.item(k0.id()).orElseThrow().route();
        Route now = after.item(k0.id()).orElseThrow().route();
        assertTrue(!Arrays.equals(old.xs(), now.xs()) || !Arrays.equals(old.ys(), now.ys()));
    }

    @Test
    void anEditThatMovesNothingSharesTheSpatialIndexAndFindsWhatAFreshDiagramFinds() {
        Diagram before = Diagram.of(design);
        Component.GpuPool pool = design.componentsOf(Component.GpuPool.class).get(0);
        List<Component> components = new ArrayList<>(design.components());
        components.set(components.indexOf(pool), pool.withCount(pool.count() + 1));
        Design edited = design.withComponents(components);

        Diagram after = Diagram.of(edited, before);
        Diagram fresh = Diagram.of(edited);

        assertSame(before.layout(), after.layout(), "nothing the layout reads changed: it is kept");
        assertEquals(fresh.layout().rects(), after.layout().rects());
        assertTrue(after.sharesIndexWith(before));
        assertFalse(fresh.sharesIndexWith(before));
        assertSameItemsEverywhere(fresh, after);
        assertEquals(
                pool.count() + 1,
                ((Component.GpuPool) after.item(pool.id()).orElseThrow().component()).count(),
                "items carry the edited component");
    }

    @Test
    void addingAComponentKeepsTheRoutesItCannotAffectAndMatchesAFreshDiagram() {
        Diagram before = Diagram.of(design);
        Component.Region region = design.componentsOf(Component.Region.class).get(0);
        Design added = design.withComponents(concat(
                design.components(),
                new Component.Pipeline(
                        "added-pipeline", "Added", Optional.of(region.id()), Survives.NONE, List.of(), Map.of())));

        Diagram after = Diagram.of(added, before);
        Diagram fresh = Diagram.of(added);

        assertNotSame(before.layout(), after.layout(), "a new component: laid out again");
        assertEquals(fresh.layout().rects(), after.layout().rects());
        assertFalse(after.sharesIndexWith(before), "a new card: the index is built again");
        int kept = 0;
        int keptDetours = 0;
        for (Connection k : added.connections()) {
            Route route = after.item(k.id()).orElseThrow().route();
            assertSameShape(fresh.item(k.id()).orElseThrow().route(), route);
            if (route == before.item(k.id()).orElseThrow().route()) {
                kept++;
                keptDetours += before.detoured(k.id()) ? 1 : 0;
            }
        }
        int all = added.connections().size();
        assertTrue(kept > all / 2, "most routes are kept: " + kept + " of " + all);
        assertTrue(keptDetours > 0, "routes that needed detours are kept too when nothing they looked at moved");
        assertSameItemsEverywhere(fresh, after);
    }

    @Test
    void aCardMovedAcrossOtherEdgesGetsThemRoutedAsAFreshDiagramWould() {
        Diagram before = Diagram.of(design);
        // move a card onto another connection's route; only a move that really changes that route can
        // show a wrongly reused one, so try connections until the fresh route differs
        int tried = 0;
        for (Connection crossed : design.connections()) {
            Route r = before.item(crossed.id()).orElseThrow().route();
            Component.GpuPool pool = design.componentsOf(Component.GpuPool.class).stream()
                    .filter(p -> !p.id().equals(crossed.from()) && !p.id().equals(crossed.to()))
                    .findFirst()
                    .orElseThrow();
            Rect pr = before.layout().rect(pool.id()).orElseThrow();
            Map<String, Bounds> layout = new LinkedHashMap<>(design.layout());
            layout.put(pool.id(), new Bounds(r.labelX() - pr.w() / 2, r.labelY() - pr.h() / 2, pr.w(), pr.h()));
            Design moved = design.withLayout(layout);
            Diagram fresh = Diagram.of(moved);
            Route freshCrossed = fresh.item(crossed.id()).orElseThrow().route();
            if (Arrays.equals(r.xs(), freshCrossed.xs()) && Arrays.equals(r.ys(), freshCrossed.ys())) {
                tried++;
                continue;
            }
            Diagram after = Diagram.of(moved, before);
            for (Connection k : moved.connections()) {
                assertSameShape(
                        fresh.item(k.id()).orElseThrow().route(),
                        after.item(k.id()).orElseThrow().route());
            }
            assertSameItemsEverywhere(fresh, after);
            return;
        }
        throw new AssertionError("no move changed a crossed route (" + tried + " connections tried)");
    }

    /** Both diagrams return the same items for a grid of query rectangles over the extent. */
    private static void assertSameItemsEverywhere(Diagram expected, Diagram actual) {
        assertEquals(expected.items().size(), actual.items().size());
        for (int i = 0; i < expected.items().size(); i++) {
            assertEquals(expected.items().get(i).id(), actual.items().get(i).id());
            assertEquals(expected.items().get(i).rect(), actual.items().get(i).rect());
        }
        Rect ext = expected.extent();
        int[] n = new int[1];
        for (int gx = 0; gx < 6; gx++) {
            for (int gy = 0; gy < 6; gy++) {
                Rect q = new Rect(ext.x() + ext.w() * gx / 6, ext.y() + ext.h() * gy / 6, ext.w() / 5, ext.h() / 5);
                int[] a = Arrays.copyOf(expected.visible(q, n), n[0]);
                int[] b = Arrays.copyOf(actual.visible(q, n), n[0]);
                assertArrayEquals(a, b, "items meeting " + q);
            }
        }
    }

    private static List<Component> concat(List<Component> list, Component extra) {
        List<Component> out = new ArrayList<>(list);
        out.add(extra);
        return out;
    }

    private static void assertSameShape(Route expected, Route actual) {
        assertArrayEquals(expected.xs(), actual.xs());
        assertArrayEquals(expected.ys(), actual.ys());
    }
}
