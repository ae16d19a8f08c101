package dev.skyloom.export.arrange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skyloom.catalog.Catalog;
import dev.skyloom.catalog.CatalogLoader;
import dev.skyloom.export.diagram.Diagram;
import dev.skyloom.export.diagram.DiagramLabels;
import dev.skyloom.export.diagram.Rect;
import dev.skyloom.export.picture.AwtTextMeasure;
import dev.skyloom.export.picture.DiagramPictures;
import dev.skyloom.export.picture.PngPictureExporter;
import dev.skyloom.model.Design;
import dev.skyloom.model.edit.Edit;
import dev.skyloom.model.file.DesignFile;
import dev.skyloom.model.fixtures.ExampleFiles;
import dev.skyloom.model.sample.GeneratedDesigns;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The geometry a slide needs, after Arrange: on every example nothing overlaps (cards, sibling containers,
 * labels on cards or labels) and no edge passes through a card; on generated designs of 50, 500 and 2,000
 * components no card overlaps another and no edge passes through a card. Counts are printed for the record.
 */
class ArrangedGeometryTest {

    static List<Path> examples() {
        return ExampleFiles.all();
    }

    private static final Optional<Catalog> CATALOG = Optional.of(CatalogLoader.bundled());

    private static DiagramGeometry arranged(Design design) {
        Design after = Arrangement.edit(design, Set.of(), AwtTextMeasure.shared(), CATALOG)
                .applyTo(design);
        Diagram diagram = Diagram.of(after);
        return DiagramGeometry.of(diagram, DiagramLabels.of(diagram, CATALOG, AwtTextMeasure.shared()));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void anArrangedExampleHasNothingOnTopOfAnything(Path file) throws Exception {
        Design design = DesignFile.read(file);
        DiagramGeometry g = arranged(design);
        // the picture, for a look by eye (target/arranged/NAME.png)
        Design after = Arrangement.edit(design, Set.of(), AwtTextMeasure.shared(), CATALOG)
                .applyTo(design);
        Path png = Path.of("target/arranged/" + file.getFileName().toString().replace(".skyloom.json", ".png"));
        Files.createDirectories(png.getParent());
        try (var out = Files.newOutputStream(png)) {
            new PngPictureExporter().write(DiagramPictures.of(after, CATALOG.get(), LocalDate.of(2026, 12, 2)), out);
        }
        System.out.println("Arranged " + file.getFileName() + ": " + g);
        assertEquals(0, g.cardOverlaps(), g.toString());
        assertEquals(0, g.containerOverlaps(), g.toString());
        assertEquals(0, g.labelsOnCards(), g.toString());
        assertEquals(0, g.labelOverlaps(), g.toString());
        assertEquals(0, g.edgesThroughCards(), g.toString());
        assertEquals(0, g.truncatedTitles(), g.toString());
    }

    @ParameterizedTest
    @ValueSource(ints = {50, 500, 2000})
    void anArrangedGeneratedDesignHasNoOverlappingCardsAndNoEdgeThroughACard(int size) {
        DiagramGeometry g = arranged(GeneratedDesigns.generate(size, 7));
        System.out.println("Arranged generated " + size + ": " + g);
        assertEquals(0, g.cardOverlaps(), g.toString());
        assertEquals(0, g.containerOverlaps(), g.toString());
        assertEquals(0, g.labelsOnCards(), "a label that finds no free spot is hidden, never drawn on a card");
        assertEquals(0, g.edgesThroughCards(), g.toString());
        assertEquals(0, g.truncatedTitles(), "every container title is drawn whole: " + g);
    }

    @Test
    void arrangingWithoutTheCatalogTheDiagramDrawsWithCutsRegionTitles() throws Exception {
        // the counter sees cut titles, and the catalog matters: without it Arrange sizes regions for
        // "eu-central-1" while the diagram draws "Frankfurt · eu-central-1"
        Design design = DesignFile.read(ExampleFiles.path("eu-sovereign-training"));
        Design after = Arrangement.edit(design, Set.of(), AwtTextMeasure.shared(), Optional.empty())
                .applyTo(design);
        Diagram diagram = Diagram.of(after);
        DiagramGeometry g = DiagramGeometry.of(diagram, DiagramLabels.of(diagram, CATALOG, AwtTextMeasure.shared()));
        assertTrue(g.truncatedTitles() > 0, g.toString());
    }

    @Test
    void arrangingOneContainerKeepsItsCornerAndLeavesTheRestAlone() throws Exception {
        Design design = DesignFile.read(examples().get(0));
        Diagram before = Diagram.of(design);
        String region = design.components().stream()
                .filter(c -> c.type() == dev.skyloom.model.ComponentType.REGION)
                .findFirst()
                .orElseThrow()
                .id();
        Edit edit = Arrangement.edit(design, Set.of(region), AwtTextMeasure.shared(), CATALOG);
        Design after = edit.applyTo(design);
        Rect was = before.item(region).orElseThrow().rect();
        Rect now = Diagram.of(after).item(region).orElseThrow().rect();
        assertEquals(was.x(), now.x(), 0.5);
        assertEquals(was.y(), now.y(), 0.5);
        assertEquals("Arrange", edit.label());
        for (var c : design.components()) {
            boolean inside =
                    c.id().equals(region) || c.parent().filter(region::equals).isPresent();
            if (!inside) {
                assertEquals(design.layout().get(c.id()), after.layout().get(c.id()), c.id());
            }
        }
        assertNotEquals(design.layout(), after.layout());
        assertTrue(DiagramGeometry.of(
                                Diagram.of(after),
                                DiagramLabels.of(Diagram.of(after), CATALOG, AwtTextMeasure.shared()))
                        .cardOverlaps()
                == 0);
    }
}
