package dev.skyloom.app.canvas;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

    private static void assertSameShape(Route expected, Route actual) {
        assertArrayEquals(expected.xs(), actual.xs());
        assertArrayEquals(expected.ys(), actual.ys());
    }
}
