package dev.skyloom.export.diagram;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skyloom.model.Bounds;
import dev.skyloom.model.Component;
import dev.skyloom.model.Connection;
import dev.skyloom.model.Design;
import dev.skyloom.model.sample.GeneratedDesigns;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Routes kept across edits, detoured ones included: after any edit, a diagram built from the previous one
 * has exactly the routes of a fresh diagram, even when the shared detour budget runs out part-way (then an
 * edit early in the order changes what later edges may spend).
 */
class DiagramRouteReuseTest {
    private static final int FULL = 40_000;
    /** Runs out part-way through the 300-component design (about 190 detoured edges). */
    private static final int SMALL = 900;

    private final Design design = GeneratedDesigns.generate(300, 42);

    @Test
    void aCardAddedFarAwayKeepsEveryRouteDetoursIncluded() {
        Diagram before = Diagram.of(design, null, FULL);
        List<Component> components = new ArrayList<>(design.components());
        components.add(RandomEdits.pipeline("far-away", Optional.empty()));
        Design added = design.withComponents(components);

        Diagram after = Diagram.of(added, before, FULL);

        int detoured = 0;
        for (Connection k : design.connections()) {
            assertSame(route(before, k), route(after, k), k.id());
            detoured += before.detoured(k.id()) ? 1 : 0;
        }
        assertTrue(detoured > 20, "the design has routes with detours: " + detoured);
        assertSameRoutes(Diagram.of(added, null, FULL), after);
    }

    @Test
    void withTheBudgetRunOutFreeingAnEarlyDetourRoutesTheLaterOnesAsAFreshDiagramWould() {
        Diagram before = Diagram.of(design, null, SMALL);
        assertNotEquals(
                routesOf(Diagram.of(design, null, FULL)),
                routesOf(before),
                "the small budget runs out: some routes come out otherwise than with the full one");
        Connection early = design.connections().stream()
                .filter(k -> before.detoured(k.id()))
                .findFirst()
                .orElseThrow();
        List<Connection> connections = new ArrayList<>(design.connections());
        connections.remove(early);
        Design removed = design.withConnections(connections);

        Diagram after = Diagram.of(removed, before, SMALL);
        Diagram fresh = Diagram.of(removed, null, SMALL);

        assertSameRoutes(fresh, after);
        // the freed budget reaches edges that had run out: kept as they were, they would differ
        boolean changed = false;
        for (Connection k : removed.connections()) {
            changed |= !sameShape(route(before, k), route(fresh, k));
        }
        assertTrue(changed, "some later route changes once the early detour's budget is free");
    }

    @Test
    void aRegionGrownOverOtherEdgesGetsThemRoutedAsAFreshDiagramWould() {
        Diagram before = Diagram.of(design, null, FULL);
        int changedRoutes = 0;
        for (Component.Region region : design.componentsOf(Component.Region.class)) {
            // only the region's own rectangle changes (its cards keep their place): a container-only edit
            Rect r = before.layout().rect(region.id()).orElseThrow();
            Map<String, Bounds> layout = new LinkedHashMap<>(design.layout());
            layout.put(region.id(), new Bounds(r.x(), r.y(), r.w() + 500, r.h() + 400));
            Design grown = design.withLayout(layout);

            Diagram after = Diagram.of(grown, before, FULL);
            Diagram fresh = Diagram.of(grown, null, FULL);

            assertSameRoutes(fresh, after);
            for (Connection k : design.connections()) {
                changedRoutes += sameShape(route(before, k), route(fresh, k)) ? 0 : 1;
            }
        }
        assertTrue(changedRoutes > 0, "growing a region over other edges changes some of their routes");
    }

    @Test
    void aLongRunOfMixedEditsAlwaysMatchesAFreshDiagramAndKeepsMostRoutes() {
        for (int budget : new int[] {FULL, SMALL}) {
            Random rnd = new Random(7);
            Design current = design;
            Diagram kept = Diagram.of(current, null, budget);
            int reused = 0;
            int reusedDetours = 0;
            int routes = 0;
            for (int step = 0; step < 24; step++) {
                Design next = RandomEdits.edit(current, kept, rnd, step);
                Diagram after = Diagram.of(next, kept, budget);
                assertSameRoutes(Diagram.of(next, null, budget), after);
                for (Connection k : next.connections()) {
                    routes++;
                    Optional<Diagram.Item> old = kept.item(k.id());
                    if (old.isPresent() && old.get().route() == route(after, k)) {
                        reused++;
                        reusedDetours += kept.detoured(k.id()) ? 1 : 0;
                    }
                }
                kept = after;
                current = next;
            }
            assertTrue(reused > routes / 2, "most routes are kept (budget " + budget + "): " + reused + "/" + routes);
            assertTrue(reusedDetours > 0, "detoured routes are kept too (budget " + budget + ")");
        }
    }

    private static Route route(Diagram d, Connection k) {
        return d.item(k.id()).orElseThrow().route();
    }

    private static List<String> routesOf(Diagram d) {
        List<String> out = new ArrayList<>();
        for (Connection k : d.design().connections()) {
            Route r = route(d, k);
            out.add(Arrays.toString(r.xs()) + Arrays.toString(r.ys()));
        }
        return out;
    }

    private static void assertSameRoutes(Diagram expected, Diagram actual) {
        for (Connection k : expected.design().connections()) {
            Route e = route(expected, k);
            Route a = route(actual, k);
            assertArrayEquals(e.xs(), a.xs(), k.id());
            assertArrayEquals(e.ys(), a.ys(), k.id());
            assertTrue(e.labelX() == a.labelX() && e.labelY() == a.labelY(), k.id());
            assertTrue(expected.detoured(k.id()) == actual.detoured(k.id()), k.id());
        }
    }

    private static boolean sameShape(Route a, Route b) {
        return Arrays.equals(a.xs(), b.xs()) && Arrays.equals(a.ys(), b.ys());
    }
}
