package dev.skyloom.export.pptx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skyloom.catalog.Catalog;
import dev.skyloom.catalog.CatalogLoader;
import dev.skyloom.export.diagram.Diagram;
import dev.skyloom.export.diagram.DiagramLabels;
import dev.skyloom.export.picture.AwtTextMeasure;
import dev.skyloom.export.terraform.HostileDesign;
import dev.skyloom.model.Component;
import dev.skyloom.model.Connection;
import dev.skyloom.model.Design;
import dev.skyloom.model.cost.CostEngine;
import dev.skyloom.model.cost.CostReport;
import dev.skyloom.model.file.DesignFile;
import dev.skyloom.model.fixtures.ExampleFiles;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.sl.usermodel.TextShape;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFChart;
import org.apache.poi.xslf.usermodel.XSLFConnectorShape;
import org.apache.poi.xslf.usermodel.XSLFGroupShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.presentationml.x2006.main.CTConnector;

/** The deck opened with POI: slides in order, one shape per component, bound connectors, chart data = cost. */
class DeckExporterTest {
    private static final Catalog CATALOG = CatalogLoader.bundled();
    static final LocalDate DATE = LocalDate.of(2026, 12, 2);

    static byte[] deck(Design design) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DeckExporter(CATALOG, DATE, "A. Consultant").write(design, out);
        return out.toByteArray();
    }

    static Design example(String name) throws Exception {
        return DesignFile.read(ExampleFiles.path(name));
    }

    static String firstText(XSLFSlide slide) {
        for (XSLFShape s : slide.getShapes()) {
            if (s instanceof XSLFTextShape t && !t.getText().isBlank()) {
                return t.getText();
            }
        }
        return "";
    }

    /** Every shape of a slide, groups opened, by its name. */
    static Map<String, XSLFShape> byName(XSLFSlide slide) {
        Map<String, XSLFShape> out = new HashMap<>();
        List<XSLFShape> todo = new ArrayList<>(slide.getShapes());
        while (!todo.isEmpty()) {
            XSLFShape s = todo.remove(0);
            out.put(s.getShapeName(), s);
            if (s instanceof XSLFGroupShape g) {
                todo.addAll(g.getShapes());
            }
        }
        return out;
    }

    @Test
    void globalInferenceDeckHasEverySectionInOrderWithNotes() throws Exception {
        Design design = example("global-inference");
        try (XMLSlideShow ppt = new XMLSlideShow(new ByteArrayInputStream(deck(design)))) {
            List<String> titles =
                    ppt.getSlides().stream().map(DeckExporterTest::firstText).toList();
            assertEquals(design.name(), titles.get(0));
            assertEquals("Architecture", titles.get(1));
            assertEquals("Cost", titles.get(2));
            // beyond the single point: Tokyo's two latency.failover-exceeds-budget (issue 17) and GCP's
            // governance.unfederated-provider, the gap the example keeps on purpose (issue 19)
            assertTrue(titles.get(3).startsWith("Findings: 1 error, 4 warnings"), titles.get(3));
            assertEquals("What survives an outage", titles.get(4));
            assertEquals("Portability", titles.get(5));
            assertEquals("Assumptions and sources", titles.get(6));
            assertEquals(7, titles.size());
            for (XSLFSlide s : ppt.getSlides()) {
                assertTrue(
                        java.util.Arrays.stream(ppt.getNotesSlide(s).getPlaceholders())
                                .anyMatch(p -> p.getText().length() > 40),
                        "speaker notes");
            }
            assertEquals(16 * 540, 9 * ppt.getPageSize().width, "16:9");
        }
    }

    @Test
    void theDiagramIsOneNativeShapePerComponentWithConnectorsBoundToTheirShapes() throws Exception {
        Design design = example("global-inference");
        try (XMLSlideShow ppt = new XMLSlideShow(new ByteArrayInputStream(deck(design)))) {
            XSLFSlide slide = ppt.getSlides().get(1);
            Map<String, XSLFShape> shapes = byName(slide);
            for (Component c : design.components()) {
                assertTrue(shapes.containsKey(c.type().json() + " " + c.id()), "a shape for " + c.id());
            }
            long groups = slide.getShapes().stream()
                    .filter(s -> s instanceof XSLFGroupShape)
                    .count();
            long providers = design.components().stream()
                    .filter(c -> c instanceof Component.Provider)
                    .count();
            assertEquals(providers, groups, "one group per provider");
            for (Connection k : design.connections()) {
                XSLFShape shape = shapes.get("connection " + k.id());
                if (shape == null) {
                    continue; // pipelines outside every provider have no card on the slide only if unplaced
                }
                CTConnector ct = (CTConnector) ((XSLFConnectorShape) shape).getXmlObject();
                var props = ct.getNvCxnSpPr().getCNvCxnSpPr();
                XSLFShape from = findById(shapes, k.from(), design);
                XSLFShape to = findById(shapes, k.to(), design);
                assertEquals(from.getShapeId(), props.getStCxn().getId(), k.id() + " starts on its shape");
                assertEquals(to.getShapeId(), props.getEndCxn().getId(), k.id() + " ends on its shape");
            }
            assertTrue(
                    design.connections().stream().allMatch(k -> shapes.containsKey("connection " + k.id())),
                    "every connection is drawn");
        }
    }

    @Test
    void eachCardHoldsExactlyTheDiagramsLinesWithWrappingOff() throws Exception {
        Design design = example("global-inference");
        DiagramLabels labels = DiagramLabels.of(Diagram.of(design), Optional.of(CATALOG), AwtTextMeasure.shared());
        try (XMLSlideShow ppt = new XMLSlideShow(new ByteArrayInputStream(deck(design)))) {
            Map<String, XSLFShape> shapes = byName(ppt.getSlides().get(1));
            int cards = 0;
            for (Component c : design.components()) {
                var text = labels.card(c.id());
                if (text.isEmpty()) {
                    continue;
                }
                List<String> expected = new ArrayList<>();
                text.get().title().forEach(l -> expected.add(l.text()));
                text.get().details().forEach(l -> expected.add(l.text()));
                XSLFTextShape shape = (XSLFTextShape) shapes.get(c.type().json() + " " + c.id());
                List<String> shown = shape.getTextParagraphs().stream()
                        .map(XSLFTextParagraph::getText)
                        .toList();
                assertEquals(expected, shown, c.id() + ": one paragraph per diagram line");
                assertFalse(shape.getWordWrap(), c.id() + ": the slide must not wrap the lines again");
                assertEquals(TextShape.TextAutofit.NONE, shape.getTextAutofit(), c.id());
                cards++;
            }
            assertTrue(cards >= 8, "the example's cards were checked: " + cards);
        }
    }

    private static XSLFShape findById(Map<String, XSLFShape> shapes, String id, Design design) {
        Component c = design.component(id).orElseThrow();
        return shapes.get(c.type().json() + " " + id);
    }

    @Test
    void theCostChartHoldsExactlyTheCostByProvider() throws Exception {
        Design design = example("global-inference");
        CostReport cost = new CostEngine(CATALOG).price(design);
        try (XMLSlideShow ppt = new XMLSlideShow(new ByteArrayInputStream(deck(design)))) {
            assertEquals(1, ppt.getCharts().size());
            XSLFChart chart = ppt.getCharts().get(0);
            var series = chart.getChartSeries().get(0).getSeries(0);
            Map<String, BigDecimal> shown = new HashMap<>();
            for (int i = 0; i < series.getCategoryData().getPointCount(); i++) {
                shown.put(
                        series.getCategoryData().getPointAt(i).toString(),
                        BigDecimal.valueOf(((Number) series.getValuesData().getPointAt(i)).doubleValue()));
            }
            assertEquals(cost.byProvider().keySet(), shown.keySet());
            cost.byProvider()
                    .forEach((p, v) ->
                            assertEquals(0, v.compareTo(shown.get(p).setScale(2, java.math.RoundingMode.HALF_UP)), p));
            var sheet = chart.getWorkbook().getSheetAt(0);
            assertEquals(
                    cost.byProvider().size(), sheet.getLastRowNum(), "the chart data is an editable embedded sheet");
        }
    }

    @Test
    void hostileNamesStayTextAndTheDeckStillOpens() throws Exception {
        Design design = HostileDesign.create();
        byte[] bytes = deck(design);
        try (XMLSlideShow ppt = new XMLSlideShow(new ByteArrayInputStream(bytes))) {
            Map<String, XSLFShape> shapes = byName(ppt.getSlides().get(1));
            XSLFTextShape rocket = (XSLFTextShape) shapes.get("storage s@2");
            assertTrue(rocket.getText().contains("rocket"), rocket.getText());
            String all = ppt.getSlides().stream()
                    .flatMap(s -> s.getShapes().stream())
                    .filter(s -> s instanceof XSLFTextShape)
                    .map(s -> ((XSLFTextShape) s).getText())
                    .reduce("", String::concat);
            assertTrue(
                    all.contains("${jndi:ldap://x}")
                            || byName(ppt.getSlides().get(1)).values().stream()
                                    .filter(s -> s instanceof XSLFTextShape)
                                    .anyMatch(s -> ((XSLFTextShape) s).getText().contains("${jndi")),
                    "names are kept as text");
            for (XSLFSlide s : ppt.getSlides()) {
                for (var rel : s.getRelations()) {
                    assertFalse(rel.getPackagePart().getPartName().getName().contains("hyperlink"), "no links");
                }
            }
        }
    }

    /**
     * The sources slide reads as text: each source of a price assembled from several ("A; B") is named
     * with its origin and date, and no Java record text ("CatalogSource[id=...") reaches the reader.
     */
    @Test
    void theSourcesSlideNamesEachSourceWithItsOriginAndDateNotTheRecord() throws Exception {
        Design design = example("global-inference");
        try (XMLSlideShow ppt = new XMLSlideShow(new ByteArrayInputStream(deck(design)))) {
            XSLFSlide sources = ppt.getSlides().get(6);
            String text = sources.getShapes().stream()
                    .filter(s -> s instanceof XSLFTextShape)
                    .map(s -> ((XSLFTextShape) s).getText())
                    .reduce("", (a, b) -> a + "\n" + b);
            assertFalse(text.contains("CatalogSource["), text);
            assertFalse(text.contains("asOfPublished"), text);
            assertFalse(text.contains("GCP-CYCLENERD; GCP-SKYPILOT-ZONES"), text);
            String zones = CATALOG.source("GCP-SKYPILOT-ZONES").orElseThrow().origin();
            assertTrue(text.contains("Source GCP-SKYPILOT-ZONES: " + zones), text);
            assertTrue(text.contains("Source GCP-CYCLENERD: "), text);
            assertFalse(text.contains("Sources sheet"), "the workbook has no Sources sheet");
        }
    }

    /** A long design name (the file allows 256 characters) shrinks to stay in its box above the subtitle. */
    @Test
    void aLongDesignNameStaysInsideTheTitleBox() throws Exception {
        for (String name :
                List.of("Global inference", "Z".repeat(250), "Hostile <deck> & \"quotes\" " + "W ".repeat(110))) {
            Design design = example("global-inference").withName(name);
            try (XMLSlideShow ppt = new XMLSlideShow(new ByteArrayInputStream(deck(design)))) {
                XSLFTextShape title = (XSLFTextShape) ppt.getSlides().get(0).getShapes().stream()
                        .filter(s -> s instanceof XSLFTextShape t && t.getText().equals(name))
                        .findFirst()
                        .orElseThrow();
                double size =
                        title.getTextParagraphs().get(0).getTextRuns().get(0).getFontSize();
                double lines = Math.ceil(
                        dev.skyloom.export.picture.AwtTextMeasure.shared().width(name, size, true)
                                / title.getAnchor().getWidth());
                assertTrue(
                        lines * size * 1.2 <= title.getAnchor().getHeight(),
                        name.length() + " characters at " + size + " pt take " + lines + " lines");
                if (name.length() < 30) {
                    assertEquals(36, size, "a short name keeps the full title size");
                }
            }
        }
    }
}
