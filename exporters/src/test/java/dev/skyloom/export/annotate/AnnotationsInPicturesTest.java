package dev.skyloom.export.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skyloom.catalog.Catalog;
import dev.skyloom.catalog.CatalogLoader;
import dev.skyloom.export.diagram.Diagram;
import dev.skyloom.export.drawio.DrawioExporter;
import dev.skyloom.export.picture.DiagramPicture;
import dev.skyloom.export.picture.DiagramPictures;
import dev.skyloom.export.picture.PictureBox;
import dev.skyloom.export.picture.SvgPictureExporter;
import dev.skyloom.export.pptx.DeckExporter;
import dev.skyloom.model.Annotation;
import dev.skyloom.model.Bounds;
import dev.skyloom.model.Design;
import dev.skyloom.model.check.Checks;
import dev.skyloom.model.cost.CostEngine;
import dev.skyloom.model.file.DesignFile;
import dev.skyloom.model.fixtures.ExampleFiles;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.junit.jupiter.api.Test;

/**
 * Notes and zones are drawn in every picture (SVG/PNG/PDF through the diagram, pptx, draw.io), widen the
 * picture to hold them, and change neither findings nor cost.
 */
class AnnotationsInPicturesTest {
    private static final Catalog CATALOG = CatalogLoader.bundled();

    private static Design annotated() throws Exception {
        Design d = DesignFile.read(ExampleFiles.path("eu-sovereign-training"));
        return d.withAnnotations(List.of(
                new Annotation("zone-1", Annotation.Kind.ZONE, "Phase 2", new Bounds(-600, 0, 400, 300)),
                new Annotation(
                        "note-1", Annotation.Kind.NOTE, "Client's existing estate", new Bounds(-560, 80, 200, 90))));
    }

    @Test
    void theSvgHoldsTheNoteAndTheZoneAndReachesThem() throws Exception {
        Design d = annotated();
        DiagramPicture picture = DiagramPictures.of(d, CATALOG, LocalDate.of(2026, 12, 2));
        List<String> ids = new ArrayList<>();
        for (PictureBox b : picture.boxes()) {
            ids.add(b.id());
        }
        assertEquals("zone-1", ids.get(0), "the zone is drawn first, under the design");
        assertEquals("note-1", ids.get(ids.size() - 1), "the note is drawn last, over the cards");
        assertTrue(picture.world().x() <= -600, "the picture widens to the zone: " + picture.world());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SvgPictureExporter().write(picture, out);
        String svg = out.toString(StandardCharsets.UTF_8);
        assertTrue(svg.contains(">Phase 2<"), "zone label drawn");
        assertTrue(svg.contains(">Client&apos;s existing"), "note text drawn (wrapped to the note's width)");
        assertTrue(Diagram.of(d).extent().x() <= -600, "zoom to fit includes annotations");
    }

    @Test
    void theDeckAndTheDrawioFileHoldThem() throws Exception {
        Design d = annotated();
        ByteArrayOutputStream deck = new ByteArrayOutputStream();
        new DeckExporter(CATALOG, LocalDate.of(2026, 12, 2), "A. Consultant").write(d, deck);
        List<String> names = new ArrayList<>();
        try (XMLSlideShow show = new XMLSlideShow(new ByteArrayInputStream(deck.toByteArray()))) {
            for (XSLFSlide slide : show.getSlides()) {
                for (XSLFShape s : slide.getShapes()) {
                    names.add(s.getShapeName());
                }
            }
        }
        assertTrue(names.contains("zone zone-1"), names.toString());
        assertTrue(names.contains("note note-1"), names.toString());
        ByteArrayOutputStream drawio = new ByteArrayOutputStream();
        new DrawioExporter(CATALOG).write(d, drawio);
        String xml = drawio.toString(StandardCharsets.UTF_8);
        assertTrue(xml.contains("skyloomId=\"zone-1\" skyloomType=\"zone\""), "zone cell");
        assertTrue(xml.contains("label=\"Client&apos;s existing estate\""), "note cell");
    }

    @Test
    void checksAndCostIgnoreThem() throws Exception {
        Design plain = DesignFile.read(ExampleFiles.path("eu-sovereign-training"));
        Design d = annotated();
        assertEquals(Checks.runAll(plain, CATALOG), Checks.runAll(d, CATALOG));
        CostEngine cost = new CostEngine(CATALOG);
        assertEquals(cost.price(plain).monthly(), cost.price(d).monthly());
        assertEquals(cost.price(plain).lines().size(), cost.price(d).lines().size());
        assertEquals(Optional.empty(), d.component("note-1"));
    }
}
