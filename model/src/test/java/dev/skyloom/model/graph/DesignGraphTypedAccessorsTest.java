package dev.skyloom.model.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skyloom.model.file.DesignFile;
import dev.skyloom.model.file.DesignFormatException;
import org.junit.jupiter.api.Test;

/** The typed accessors that replace casts on {@link DesignGraph#component}: right type, or a clear failure. */
class DesignGraphTypedAccessorsTest {
    private static final DesignGraph G = DesignGraph.of(parse("""
            {"skyloom": 1, "name": "t", "currency": "USD", "components": [
              {"id": "aws", "type": "provider", "name": "AWS", "provider": "aws"},
              {"id": "fra", "type": "region", "parent": "aws", "name": "Frankfurt", "region": "eu-central-1"},
              {"id": "pool", "type": "gpu-pool", "parent": "fra", "name": "Pool", "instanceType": "p5.48xlarge",
               "count": 1},
              {"id": "berlin", "type": "users", "name": "Berlin", "city": "Berlin", "latencyBudgetMs": 50},
              {"id": "loose", "type": "storage", "name": "Loose", "storageClass": "object", "capacityTb": 1}
            ], "connections": []}
            """, "t.skyloom.json"));

    private static dev.skyloom.model.Design parse(String json, String name) {
        try {
            return DesignFile.parse(json, name);
        } catch (DesignFormatException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void regionComponentIsTheRegionAComponentSitsInOrItself() {
        assertEquals("fra", G.regionComponent(G.indexOf("pool")).id());
        assertEquals("fra", G.regionComponent(G.indexOf("fra")).id());
        assertEquals("aws", G.catalogProviderId(G.provider(G.indexOf("pool"))));
    }

    @Test
    void aComponentInNoRegionIsNamedNotCastToNothing() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> G.regionComponent(G.indexOf("loose")));
        assertTrue(e.getMessage().contains("loose"), e.getMessage());
    }

    @Test
    void usersAreTypedAndAnythingElseFailsNamingTheBrokenInvariant() {
        assertEquals("Berlin", G.users(G.indexOf("berlin")).name());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> G.users(G.indexOf("pool")));
        assertTrue(e.getMessage().contains("pool is a gpu-pool, expected Users"), e.getMessage());
    }
}
