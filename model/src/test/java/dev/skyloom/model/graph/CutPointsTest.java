package dev.skyloom.model.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skyloom.model.Assumptions;
import dev.skyloom.model.Component;
import dev.skyloom.model.Connection;
import dev.skyloom.model.ConnectionType;
import dev.skyloom.model.Design;
import dev.skyloom.model.fixtures.DesignBuilder;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jgrapht.alg.connectivity.BiconnectivityInspector;
import org.jgrapht.graph.AsUndirectedGraph;
import org.junit.jupiter.api.Test;

class CutPointsTest {
    @Test
    void hundredThousandComponentChainDoesNotOverflowTheStack() {
        int n = 100_000;
        List<Component> components = new ArrayList<>();
        List<Connection> connections = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            components.add(new Component.Storage(
                    "s" + i, "", Optional.empty(), "object", BigDecimal.ONE, List.of(), Optional.empty(), Map.of()));
            if (i > 0) {
                connections.add(new Connection(
                        "r" + i, ConnectionType.REPLICATES_TO, "s" + (i - 1), "s" + i, BigDecimal.ZERO, Map.of()));
            }
        }
        Design chain =
                new Design("chain", "USD", Assumptions.DEFAULT, List.of(), components, connections, Map.of(), Map.of());

        boolean[] cut = CutPoints.of(DesignGraph.of(chain));

        assertFalse(cut[0]);
        assertFalse(cut[n - 1]);
        for (int i = 1; i < n - 1; i++) {
            assertTrue(cut[i], "inner chain link " + i);
        }
    }

    @Test
    void agreesWithJGraphTOnASmallDesignWithParallelConnections() {
        Design d = new DesignBuilder()
                .provider("aws", "aws")
                .region("fra", "aws", "eu-central-1")
                .pool("p1", "fra", "x", 1)
                .pool("p2", "fra", "x", 1)
                .storage("s1", "fra", "object", "1")
                .storage("s2", "fra", "object", "1")
                .storage("s3", "fra", "object", "1")
                .pipeline("a")
                .pipeline("b")
                .pipeline("c")
                .runsOn("a", "p1")
                .runsOn("b", "p1")
                .reads("a", "s1")
                .writes("a", "s1")
                .reads("b", "s2")
                .replicates("s2", "s3")
                .runsOn("c", "p2")
                .reads("c", "s3")
                .build();
        DesignGraph g = DesignGraph.of(d);

        boolean[] cut = CutPoints.of(g);

        var expected = new BiconnectivityInspector<>(new AsUndirectedGraph<>(g.asJGraphT())).getCutpoints();
        List<String> actual = new ArrayList<>();
        for (int v = 0; v < g.size(); v++) {
            if (cut[v]) {
                actual.add(g.id(v));
            }
        }
        assertEquals(new java.util.TreeSet<>(expected), new java.util.TreeSet<>(actual));
        assertEquals(
                List.of("p1", "s2", "s3", "a", "b", "c"),
                actual.stream()
                        .sorted((x, y) -> Integer.compare(g.indexOf(x), g.indexOf(y)))
                        .toList());
    }
}
