package dev.skyloom.model.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skyloom.model.Component;
import dev.skyloom.model.ConnectionType;
import dev.skyloom.model.Design;
import dev.skyloom.model.Survives;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GeneratedDesignsTest {
    @ParameterizedTest
    @ValueSource(ints = {0, 1, 7, 1000, 10_000})
    void generatesExactlyTheRequestedNumberOfComponents(int size) {
        assertEquals(size, GeneratedDesigns.generate(size, 42).components().size());
    }

    @Test
    void sameSeedGivesTheSameDesignAndAnotherSeedAnotherOne() {
        assertEquals(GeneratedDesigns.generate(500, 1), GeneratedDesigns.generate(500, 1));
        assertNotEquals(GeneratedDesigns.generate(500, 1), GeneratedDesigns.generate(500, 2));
    }

    @Test
    void hasEveryKindOfComponentConnectionAndLayoutForEachComponent() {
        Design d = GeneratedDesigns.generate(1000, 7);

        for (Class<? extends Component> kind : java.util.List.of(
                Component.Provider.class,
                Component.Region.class,
                Component.GpuPool.class,
                Component.Storage.class,
                Component.Pipeline.class)) {
            assertTrue(!d.componentsOf(kind).isEmpty(), kind.getSimpleName());
        }
        for (ConnectionType type : ConnectionType.values()) {
            // populations (format 2) come only with withPopulations
            if (type.sinceFormat() == 1) {
                assertTrue(d.connections().stream().anyMatch(c -> c.type() == type), type.json());
            }
        }
        assertTrue(d.componentsOf(Component.Pipeline.class).stream().anyMatch(p -> p.survives() == Survives.REGION));
        assertTrue(d.componentsOf(Component.Storage.class).stream()
                .anyMatch(s -> !s.holds().isEmpty()));
        assertEquals(d.components().size(), d.layout().size());
    }

    @Test
    void withPopulationsAddsServedUsersAfterTheGeneratedComponents() {
        Design d = GeneratedDesigns.withPopulations(990, 10, 4);

        assertEquals(1000, d.components().size());
        assertEquals(10, d.componentsOf(Component.Users.class).size());
        for (Component.Users u : d.componentsOf(Component.Users.class)) {
            assertTrue(d.incoming(u.id()).stream().anyMatch(k -> k.type() == ConnectionType.SERVES), u.id());
        }
        assertEquals(
                GeneratedDesigns.generate(990, 4).components(), d.components().subList(0, 990));
        assertEquals(d.components().size(), d.layout().size());
    }
}
