package dev.skyloom.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A design made by {@link Design#withComponents} or {@link Design#withLayout} shares what the change cannot
 * touch, and is otherwise the design the public constructor makes: the same checks, the same look-ups.
 */
class DesignSharingTest {
    private final Design base = TestDesigns.everything();

    private static Design rebuilt(Design d) {
        return new Design(
                d.name(),
                d.currency(),
                d.assumptions(),
                d.dataClasses(),
                d.components(),
                d.connections(),
                d.layout(),
                d.extras(),
                d.annotations());
    }

    private static void assertSameLookups(Design expected, Design actual) {
        assertEquals(expected, actual);
        for (Component c : expected.components()) {
            assertEquals(expected.component(c.id()), actual.component(c.id()));
            assertEquals(expected.children(c.id()), actual.children(c.id()), c.id());
            assertEquals(expected.outgoing(c.id()), actual.outgoing(c.id()), c.id());
            assertEquals(expected.incoming(c.id()), actual.incoming(c.id()), c.id());
            assertEquals(expected.regionOf(c.id()), actual.regionOf(c.id()), c.id());
        }
        for (Connection k : expected.connections()) {
            assertEquals(expected.connection(k.id()), actual.connection(k.id()));
        }
    }

    @Test
    void anEditedComponentIsLookedUpAsInADesignMadeAfresh() {
        List<Component> components = new ArrayList<>(base.components());
        int at = 0;
        while (!(components.get(at) instanceof Component.GpuPool)) {
            at++;
        }
        Component.GpuPool pool = (Component.GpuPool) components.get(at);
        components.set(at, pool.withCount(pool.count() + 5));

        Design edited = base.withComponents(components);

        assertSameLookups(rebuilt(edited), edited);
        assertEquals(
                pool.count() + 5,
                ((Component.GpuPool) edited.component(pool.id()).orElseThrow()).count());
    }

    @Test
    void componentsThatBreakTheStructureAreRefusedAsByTheConstructor() {
        List<Component> orphan = new ArrayList<>(base.components());
        orphan.add(TestDesigns.pool("lost-pool", "no-such-region", "p5.48xlarge", 1));
        InvalidDesignException e = assertThrows(InvalidDesignException.class, () -> base.withComponents(orphan));
        assertTrue(e.getMessage().contains("no-such-region"), e.getMessage());

        // a component taking the id of a note
        Design noted = base.withAnnotations(
                List.of(new Annotation("note-1", Annotation.Kind.NOTE, "a note", new Bounds(0, 0, 100, 40))));
        List<Component> clash = new ArrayList<>(noted.components());
        clash.add(TestDesigns.provider("note-1", "aws"));
        assertThrows(InvalidDesignException.class, () -> noted.withComponents(clash));
    }

    @Test
    void aMovedLayoutSharesTheComponentsAndIsLookedUpAsAFreshDesign() {
        Map<String, Bounds> layout = new LinkedHashMap<>(base.layout());
        String id = base.components().get(0).id();
        layout.put(id, new Bounds(120, 80, 300, 200));

        Design moved = base.withLayout(layout);
        layout.clear(); // the design keeps its own copy

        assertSame(base.components(), moved.components());
        assertEquals(new Bounds(120, 80, 300, 200), moved.layout().get(id));
        assertSameLookups(rebuilt(moved), moved);
    }
}
