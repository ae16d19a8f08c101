package dev.skyloom.export.diagram;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.skyloom.model.Bounds;
import dev.skyloom.model.Component;
import dev.skyloom.model.Connection;
import dev.skyloom.model.ConnectionType;
import dev.skyloom.model.Design;
import dev.skyloom.model.TelemetryHosting;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A component that changes between container and card (same id, parent and stored bounds, so every
 * rectangle stays as it was) changes what it costs an edge to cross it: a diagram built from the previous
 * one must route such edges again, as a fresh diagram would.
 */
class DiagramKindChangeTest {
    @Test
    void aContainerBecomingACardWithTheSameRectangleRoutesEdgesAsAFreshDiagram() {
        Component asRegion = new Component.Region("x", "", Optional.of("p"), "us-east-1", Optional.empty(), Map.of());
        Component asCard = RandomEdits.pipeline("x", Optional.of("p"));
        Design before = design(asRegion);
        Design after = design(asCard);
        Diagram old = Diagram.of(before);
        Diagram fresh = Diagram.of(after);
        assertEquals(old.layout().rects(), fresh.layout().rects(), "no rectangle changes");
        Route was = old.item("ship").orElseThrow().route();
        Route now = fresh.item("ship").orElseThrow().route();
        assertFalse(
                Arrays.equals(was.xs(), now.xs()) && Arrays.equals(was.ys(), now.ys()),
                "crossing x as a card costs more than as a container: the fresh route avoids it");

        Route reused = Diagram.of(after, old).item("ship").orElseThrow().route();

        assertArrayEquals(now.xs(), reused.xs(), "xs");
        assertArrayEquals(now.ys(), reused.ys(), "ys");
    }

    /**
     * Region r (0,0 1000x1000) ships telemetry to sink t inside it: a nested edge, a straight line from t to
     * r's border on the side crossing least. Left of t lies {@code x} (a childless region of the provider, or
     * a pipeline card), right, above and below it one card each; the right line is the shortest.
     */
    private static Design design(Component x) {
        List<Component> components = List.of(
                new Component.Provider("p", "", "aws", Map.of()),
                new Component.Region("r", "", Optional.of("p"), "us-east-1", Optional.empty(), Map.of()),
                new Component.Telemetry(
                        "t",
                        "",
                        Optional.of("r"),
                        TelemetryHosting.CLOUD,
                        "cloudwatch",
                        List.of(),
                        Optional.empty(),
                        Optional.empty(),
                        Map.of()),
                RandomEdits.pipeline("y1", Optional.of("r")),
                RandomEdits.pipeline("y2", Optional.of("r")),
                RandomEdits.pipeline("y3", Optional.of("r")),
                x);
        Map<String, Bounds> layout = new LinkedHashMap<>();
        layout.put("r", new Bounds(0, 0, 1000, 1000));
        layout.put("t", new Bounds(450, 464, 200, 72));
        layout.put("y1", new Bounds(800, 480, 100, 40));
        layout.put("y2", new Bounds(530, 100, 40, 40));
        layout.put("y3", new Bounds(530, 800, 40, 40));
        layout.put("x", new Bounds(100, 480, 100, 40));
        Connection ship = new Connection("ship", ConnectionType.SHIPS_TELEMETRY, "r", "t", BigDecimal.ZERO, Map.of());
        return Design.empty("kinds")
                .withComponents(components)
                .withConnections(List.of(ship))
                .withLayout(layout);
    }
}
