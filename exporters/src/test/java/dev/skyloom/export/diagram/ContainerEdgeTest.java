package dev.skyloom.export.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skyloom.catalog.Catalog;
import dev.skyloom.catalog.CatalogLoader;
import dev.skyloom.export.picture.AwtTextMeasure;
import dev.skyloom.model.file.DesignFile;
import dev.skyloom.model.fixtures.ExampleFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An edge between a card and a container holding it (a region shipping telemetry to a sink inside it, an
 * identity provider federating its cloud) stays inside that container with its label: it is drawn as a
 * short line from the card to the container's border, never around the outside.
 */
class ContainerEdgeTest {
    private static final Optional<Catalog> CATALOG = Optional.of(CatalogLoader.bundled());

    static List<Path> examples() {
        return ExampleFiles.all();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void anEdgeToAnEnclosingContainerKeepsItsRouteAndLabelInsideIt(Path file) throws Exception {
        Diagram diagram = Diagram.of(DesignFile.read(file));
        DiagramLabels labels = DiagramLabels.of(diagram, CATALOG, AwtTextMeasure.shared());
        List<String> outside = new ArrayList<>();
        int nested = 0;
        for (Diagram.Item it : diagram.items()) {
            if (it.kind() != Diagram.Kind.EDGE) {
                continue;
            }
            Rect from = diagram.item(it.connection().from()).orElseThrow().rect();
            Rect to = diagram.item(it.connection().to()).orElseThrow().rect();
            Rect outer = from.contains(to) ? from : to.contains(from) ? to : null;
            if (outer == null || from.equals(to)) {
                continue;
            }
            nested++;
            Route r = it.route();
            for (int i = 0; i < r.size(); i++) {
                if (!outer.inflated(0.5).contains(r.xs()[i], r.ys()[i])) {
                    outside.add(it.id() + " route at " + r.xs()[i] + "," + r.ys()[i]);
                }
            }
            EdgeLabel l = labels.edge(it.id()).orElseThrow();
            assertTrue(!l.hidden(), it.id() + " label shown");
            if (!outer.contains(l.pill().centerX(), l.pill().centerY())) {
                outside.add(it.id() + " label " + l.pill() + " not inside " + outer);
            }
        }
        System.out.println(file.getFileName() + ": " + nested + " edges to an enclosing container");
        assertEquals(List.of(), outside);
    }

    @Test
    void aCardBesideItsContainersBorderIsJoinedWhereTheLineHasRoomForItsLabel() {
        // the card's right side is 20 units from the border: too short for an arrow and a label; above
        // it there are 100 units of free container
        Rect region = new Rect(0, 0, 400, 300);
        Rect card = new Rect(250, 100, 130, 60);
        Route r = EdgeRouter.route(region, card, 0, EdgeRouter.Obstacles.NONE);
        assertEquals(2, r.size());
        assertEquals(r.xs()[0], r.xs()[1], 1e-9, "a vertical line");
        assertEquals(0, r.ys()[0], 1e-9, "from the region's top border");
        assertEquals(100, r.ys()[1], 1e-9, "to the card's top");
        assertTrue(region.contains(r.xs()[0], r.ys()[0]));
    }
}
