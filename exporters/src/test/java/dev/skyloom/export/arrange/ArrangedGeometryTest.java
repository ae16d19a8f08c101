package dev.skyloom.export.arrange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skyloom.catalog.Catalog;
import dev.skyloom.catalog.CatalogLoader;
import dev.skyloom.export.diagram.CardText;
import dev.skyloom.export.diagram.Diagram;
import dev.skyloom.export.diagram.DiagramLabels;
import dev.skyloom.export.diagram.DiagramText;
import dev.skyloom.export.diagram.Rect;
import dev.skyloom.export.diagram.TextFit;
import dev.skyloom.export.picture.AwtTextMeasure;
import dev.skyloom.export.picture.DiagramPictures;
import dev.skyloom.export.picture.PngPictureExporter;
import dev.skyloom.model.Component;
import dev.skyloom.model.Design;
import dev.skyloom.model.edit.Edit;
import dev.skyloom.model.file.DesignFile;
import dev.skyloom.model.fixtures.ExampleFiles;
import dev.skyloom.model.sample.GeneratedDesigns;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
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
        DesignFile.save(after, png.resolveSibling(file.getFileName())); // to open or screenshot
        System.out.println("Arranged " + file.getFileName() + ": " + g);
        assertEquals(0, g.cardOverlaps(), g.toString());
        assertEquals(0, g.containerOverlaps(), g.toString());
        assertEquals(0, g.labelsOnCards(), g.toString());
        assertEquals(0, g.labelOverlaps(), g.toString());
        assertEquals(0, g.edgesThroughCards(), g.toString());
        assertEquals(0, g.truncatedTitles(), g.toString());
    }

    /** The examples are stored slide-ready: opened as they are, nothing overlaps and every title is whole. */
    @ParameterizedTest
    @MethodSource("examples")
    void anExampleAsStoredHasNothingOnTopOfAnything(Path file) throws Exception {
        Design design = DesignFile.read(file);
        Diagram diagram = Diagram.of(design);
        DiagramGeometry g = DiagramGeometry.of(diagram, DiagramLabels.of(diagram, CATALOG, AwtTextMeasure.shared()));
        Path png = Path.of("target/stored/" + file.getFileName().toString().replace(".skyloom.json", ".png"));
        Files.createDirectories(png.getParent());
        try (var out = Files.newOutputStream(png)) {
            new PngPictureExporter().write(DiagramPictures.of(design, CATALOG.get(), LocalDate.of(2026, 12, 2)), out);
        }
        System.out.println("Stored " + file.getFileName() + ": " + g);
        assertEquals(0, g.cardOverlaps(), g.toString());
        assertEquals(0, g.containerOverlaps(), g.toString());
        assertEquals(0, g.labelsOnCards(), g.toString());
        assertEquals(0, g.labelOverlaps(), g.toString());
        assertEquals(0, g.edgesThroughCards(), g.toString());
        assertEquals(0, g.hiddenLabels(), g.toString());
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

    /** Every provider and region of the example arranged on its own, then all regions at once. */
    @ParameterizedTest
    @MethodSource("examples")
    void arrangingASelectionPutsNothingOnTopOfItsSiblings(Path file) throws Exception {
        Design design = DesignFile.read(file);
        List<Set<String>> selections = new ArrayList<>();
        Set<String> regions = new LinkedHashSet<>();
        for (Component c : design.components()) {
            if (c instanceof Component.Provider || c instanceof Component.Region) {
                selections.add(Set.of(c.id()));
            }
            if (c instanceof Component.Region) {
                regions.add(c.id());
            }
        }
        selections.add(regions);
        Diagram stored = Diagram.of(design);
        DiagramGeometry was = DiagramGeometry.of(stored, DiagramLabels.of(stored, CATALOG, AwtTextMeasure.shared()));
        int pushed = 0;
        for (Set<String> selection : selections) {
            Design after = Arrangement.edit(design, selection, AwtTextMeasure.shared(), CATALOG)
                    .applyTo(design);
            Diagram diagram = Diagram.of(after);
            DiagramGeometry g =
                    DiagramGeometry.of(diagram, DiagramLabels.of(diagram, CATALOG, AwtTextMeasure.shared()));
            // the example as stored may overlap already (auto-placed cards widen a region): never more
            assertTrue(g.cardOverlaps() <= was.cardOverlaps(), selection + ": " + g);
            assertTrue(g.containerOverlaps() <= was.containerOverlaps(), selection + ": " + g);
            for (String id : selection) {
                assertEquals(List.of(), siblingsUnder(diagram, id), selection + ": " + id + " is clear");
            }
            pushed += movedOutsideSelection(design, after, selection);
        }
        System.out.println("Arranged selections of " + file.getFileName() + ": " + pushed + " siblings pushed aside");
    }

    @Test
    void arrangingSomeRegionsOfAGeneratedDesignPutsNothingOnTopOfAnything() {
        Design design = GeneratedDesigns.generate(500, 7);
        Set<String> selection = new LinkedHashSet<>();
        int i = 0;
        for (Component c : design.components()) {
            if (c instanceof Component.Region && i++ % 3 == 0) {
                selection.add(c.id());
            }
        }
        Design after = Arrangement.edit(design, selection, AwtTextMeasure.shared(), CATALOG)
                .applyTo(design);
        Diagram diagram = Diagram.of(after);
        DiagramGeometry g = DiagramGeometry.of(diagram, DiagramLabels.of(diagram, CATALOG, AwtTextMeasure.shared()));
        System.out.println("Arranged " + selection.size() + " regions of generated 500: " + g + ", "
                + movedOutsideSelection(design, after, selection) + " siblings pushed aside");
        assertEquals(0, g.cardOverlaps(), g.toString());
        assertEquals(0, g.containerOverlaps(), g.toString());
        for (String id : selection) {
            assertEquals(List.of(), siblingsUnder(diagram, id), id + " is clear");
        }
    }

    /**
     * A region grown by Arrange into the region beside it: the neighbour is pushed right, out of the way,
     * and the provider around them grows to hold both, in the same one undo step.
     */
    @Test
    void aRegionThatGrowsIntoItsNeighbourPushesItAside() throws Exception {
        Design design = DesignFile.read(Path.of("../examples/global-inference.skyloom.json"));
        Diagram before = Diagram.of(design);
        Component region = null;
        Component neighbour = null;
        for (Component c : design.components()) {
            for (Component n : design.components()) {
                if (region == null
                        && c instanceof Component.Region
                        && n instanceof Component.Region
                        && c != n
                        && c.parent().equals(n.parent())
                        && design.children(c.id()).size() >= 2) {
                    Rect ra = before.item(c.id()).orElseThrow().rect();
                    Rect rb = before.item(n.id()).orElseThrow().rect();
                    if (rb.x() >= ra.maxX() && rb.y() < ra.maxY() && rb.maxY() > ra.y()) {
                        region = c;
                        neighbour = n;
                    }
                }
            }
        }
        assertTrue(region != null, "the example has a region of two or more cards with a neighbour on its right");
        // a sketch: the region's cards dropped on one spot, the region shrunk round them, the neighbour
        // moved up against it (4 units apart, nothing overlapping the neighbour)
        Rect ra = before.item(region.id()).orElseThrow().rect();
        java.util.Map<String, dev.skyloom.model.Bounds> sketch = new java.util.LinkedHashMap<>(design.layout());
        double cardW = 0;
        double cardH = 0;
        for (Component card : design.children(region.id())) {
            Rect r = before.item(card.id()).orElseThrow().rect();
            sketch.put(card.id(), new dev.skyloom.model.Bounds(ra.x() + 16, ra.y() + 48, r.w(), r.h()));
            cardW = Math.max(cardW, r.w());
            cardH = Math.max(cardH, r.h());
        }
        sketch.put(region.id(), new dev.skyloom.model.Bounds(ra.x(), ra.y(), cardW + 32, cardH + 64));
        Design messy = design.withLayout(sketch);
        Rect a = Diagram.of(messy).item(region.id()).orElseThrow().rect();
        Rect b = Diagram.of(messy).item(neighbour.id()).orElseThrow().rect();
        Design squeezed = messy.withLayout(
                dev.skyloom.export.diagram.DiagramLayout.moved(messy, Set.of(neighbour.id()), a.maxX() + 4 - b.x(), 0));
        Edit edit = Arrangement.edit(squeezed, Set.of(region.id()), AwtTextMeasure.shared(), CATALOG);
        Design after = edit.applyTo(squeezed);
        Diagram diagram = Diagram.of(after);
        Rect grown = diagram.item(region.id()).orElseThrow().rect();
        Rect pushed = diagram.item(neighbour.id()).orElseThrow().rect();
        assertTrue(grown.maxX() > a.maxX() + 4, "the arranged region grew past where its neighbour was: " + grown);
        assertTrue(pushed.x() >= grown.maxX(), "the neighbour moved right of it: " + grown + " / " + pushed);
        assertEquals(a.x(), grown.x(), 0.5, "the arranged region keeps its corner");
        Rect provider =
                diagram.item(region.parent().orElseThrow()).orElseThrow().rect();
        assertTrue(provider.contains(pushed), "the provider holds the pushed region");
        assertEquals("Arrange", edit.label());
        assertTrue(edit instanceof Edit.Composite c && c.edits().size() == 1, "one undo step");
        // (the example as stored has an overlap of its own elsewhere: az-weu's auto-placed cards widen it)
        assertEquals(List.of(), siblingsUnder(diagram, region.id()));
        assertEquals(List.of(), siblingsUnder(diagram, neighbour.id()));
    }

    /** The siblings of {@code id} (same parent) that its rectangle overlaps by more than a unit. */
    private static List<String> siblingsUnder(Diagram diagram, String id) {
        Diagram.Item it = diagram.item(id).orElseThrow();
        List<String> under = new ArrayList<>();
        for (Diagram.Item other : diagram.items()) {
            if (other.kind() != Diagram.Kind.EDGE
                    && !other.id().equals(id)
                    && other.component().parent().equals(it.component().parent())) {
                Rect a = it.rect();
                Rect b = other.rect();
                if (Math.min(a.maxX(), b.maxX()) - Math.max(a.x(), b.x()) > 1
                        && Math.min(a.maxY(), b.maxY()) - Math.max(a.y(), b.y()) > 1) {
                    under.add(other.id());
                }
            }
        }
        return under;
    }

    /** How many components outside the selection (and outside what it holds) got other bounds. */
    private static int movedOutsideSelection(Design before, Design after, Set<String> selection) {
        int moved = 0;
        for (Component c : before.components()) {
            boolean inside = false;
            for (Optional<String> p = Optional.of(c.id()); p.isPresent() && !inside; ) {
                inside = selection.contains(p.get());
                p = before.component(p.get()).flatMap(Component::parent);
            }
            if (!inside
                    && !java.util.Objects.equals(
                            before.layout().get(c.id()), after.layout().get(c.id()))) {
                moved++;
            }
        }
        return moved;
    }

    /**
     * After Arrange no card of an example shows its name or its detail line (instance type × count,
     * capacity, budget) cut with an ellipsis: cards are as wide as the diagram's fitting needs.
     */
    @ParameterizedTest
    @MethodSource("examples")
    void anArrangedExampleShowsEveryCardNameAndDetailWhole(Path file) throws Exception {
        Design design = DesignFile.read(file);
        Design after = Arrangement.edit(design, Set.of(), AwtTextMeasure.shared(), CATALOG)
                .applyTo(design);
        Diagram diagram = Diagram.of(after);
        DiagramLabels labels = DiagramLabels.of(diagram, CATALOG, AwtTextMeasure.shared());
        List<String> cut = new ArrayList<>();
        int cards = 0;
        for (Diagram.Item it : diagram.items()) {
            if (it.kind() != Diagram.Kind.CARD) {
                continue;
            }
            cards++;
            String fact = DiagramText.fact(it.component());
            CardText t = labels.card(it.id()).orElseThrow();
            List<String> details = fact.isEmpty() ? List.of() : List.of(fact);
            if (!DiagramLabels.isWhole(t, details)) {
                cut.add(it.id() + ": " + t.shownName() + " / " + t.details());
            }
            for (var line : t.details()) {
                assertTrue(!line.text().endsWith(TextFit.ELLIPSIS), it.id() + " detail " + line.text());
            }
            assertEquals(t.name(), t.shownName(), it.id());
        }
        assertTrue(cards > 0);
        assertEquals(List.of(), cut);
    }

    @Test
    void aDetailTooLongForItsLineWrapsToASecondWhereTheCardIsTallEnough() {
        TextFit fit = new TextFit(AwtTextMeasure.shared());
        List<String> detail = List.of("Standard_NC24ads_A100_v4 × 6");
        CardText narrow = DiagramLabels.card(
                fit,
                new Rect(0, 0, 200, 72),
                false,
                true,
                "Grafana stack",
                List.of("Grafana, Loki, Tempo · patient-records"));
        assertEquals(
                List.of("Grafana, Loki, Tempo ·", "patient-records"),
                narrow.details().stream().map(l -> l.text()).toList(),
                "broken after the separator");
        CardText pool =
                DiagramLabels.card(fit, new Rect(0, 0, 130, 64), false, true, "Eval", List.of("p4d.24xlarge × 16"));
        assertEquals(
                List.of("p4d.24xlarge", "× 16"),
                pool.details().stream().map(l -> l.text()).toList(),
                "the count goes to the second line");
        CardText flat = DiagramLabels.card(fit, new Rect(0, 0, 200, 40), false, true, "EU serving", detail);
        assertEquals(1, flat.details().size(), "no height for a second line");
        assertTrue(flat.details().get(0).text().endsWith(TextFit.ELLIPSIS));
        double w = DiagramLabels.cardWidth(fit, 130, 64, false, "EU serving", detail);
        CardText wide = DiagramLabels.card(fit, new Rect(0, 0, w, 64), false, true, "EU serving", detail);
        assertEquals(
                List.of("Standard_NC24ads_A100_v4 × 6"),
                wide.details().stream().map(l -> l.text()).toList());
        assertTrue(w > 130 && w <= 260, "wide enough for one line, no wider: " + w);
        CardText less = DiagramLabels.card(fit, new Rect(0, 0, w - 10, 64), false, true, "EU serving", detail);
        assertTrue(!less.details().get(0).text().equals(detail.get(0)), "10 narrower would not do");
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
        Design example = DesignFile.read(examples().get(0));
        String region = example.components().stream()
                .filter(c -> c.type() == dev.skyloom.model.ComponentType.REGION)
                .findFirst()
                .orElseThrow()
                .id();
        // the examples are stored arranged: the region's cards without positions give Arrange work to do
        java.util.Map<String, dev.skyloom.model.Bounds> unarranged = new java.util.LinkedHashMap<>(example.layout());
        example.children(region).forEach(c -> unarranged.remove(c.id()));
        Design design = example.withLayout(unarranged);
        Diagram before = Diagram.of(design);
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
            var stored = design.layout().get(c.id());
            var moved = after.layout().get(c.id());
            if (!inside && stored != null) {
                // left alone, or pushed right or down out of the grown region's way, same size
                assertEquals(stored.w(), moved.w(), c.id());
                assertEquals(stored.h(), moved.h(), c.id());
                assertTrue(moved.x() >= stored.x() && moved.y() >= stored.y(), c.id());
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
