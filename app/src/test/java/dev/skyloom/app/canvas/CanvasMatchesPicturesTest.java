package dev.skyloom.app.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skyloom.app.OnFx;
import dev.skyloom.app.picture.PictureExports;
import dev.skyloom.app.picture.PictureFormat;
import dev.skyloom.catalog.Catalog;
import dev.skyloom.catalog.CatalogLoader;
import dev.skyloom.export.picture.DiagramPicture;
import dev.skyloom.model.Design;
import dev.skyloom.model.file.DesignFile;
import dev.skyloom.model.fixtures.ExampleFiles;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxToolkit;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The canvas and the picture files of one design show the same diagram: the canvas' painter records the
 * cards, text lines and edge-label pills it draws (at 100 %), the SVG the command line writes is read
 * back, and both must give the same card sizes, the same (wrapped) names at the same places and the same
 * label positions; the PDF carries the same lines of text. The canvas measures with JavaFX and the files
 * with AWT, both from the bundled DejaVu Sans.
 */
class CanvasMatchesPicturesTest {
    private static final double EPS = 0.02;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @ParameterizedTest
    @ValueSource(strings = {"global-inference", "eu-sovereign-training", "hybrid-neocloud", "single-provider"})
    void canvasAndFilesDrawTheSameGeometry(String example) throws Exception {
        Path file = ExampleFiles.path(example);
        Design design = DesignFile.read(file);
        Catalog catalog = CatalogLoader.bundled();

        Recording canvas = OnFx.call(() -> {
            DesignCanvas c = new DesignCanvas();
            c.setCatalog(catalog);
            c.setDesign(design);
            Recording rec = new Recording();
            c.painter().setLog(rec);
            c.snapshotTo(DesignCanvas.SnapshotArea.DESIGN, 1);
            c.painter().setLog(null);
            // the snapshot's viewport starts at the extent's corner less 40: back to world units
            rec.origin(c.getDiagram().extent().x() - 40, c.getDiagram().extent().y() - 40);
            rec.shiftRects();
            return rec;
        });

        PictureExports exports =
                new PictureExports(catalog, Clock.fixed(Instant.parse("2026-01-15T10:00:00Z"), ZoneOffset.UTC));
        DiagramPicture picture = exports.picture(design);
        Path dir = Files.createTempDirectory("canvas-matches");
        try {
            Path svg = dir.resolve("d.svg");
            Path pdf = dir.resolve("d.pdf");
            exports.write(picture, PictureFormat.SVG, 1, svg);
            exports.write(picture, PictureFormat.PDF, 1, pdf);
            Recording files = readSvg(Files.readAllBytes(svg));
            // the page puts the world at an offset: find it from the first card, then every other must agree
            String first = canvas.cards.firstKey();
            double[] c0 = canvas.cards.get(first);
            double[] f0 = files.cards.get(first);
            files.origin(c0[0] - f0[0], c0[1] - f0[1]);
            files.shiftRects();

            assertFalse(canvas.cards.isEmpty(), "the canvas drew cards");
            assertEquals(canvas.cards.keySet(), files.cards.keySet(), "the same cards");
            canvas.cards.forEach((id, r) -> assertNear(r, files.cards.get(id), "card " + id));
            TreeMap<String, double[]> canvasLines = canvas.lines();
            TreeMap<String, double[]> fileLines = files.lines();
            assertEquals(canvasLines.keySet(), fileLines.keySet(), "the same lines of text (names wrapped the same)");
            canvasLines.forEach((line, at) -> {
                for (int i = 0; i < 3; i++) {
                    assertEquals(at[i], fileLines.get(line)[i], EPS, "'" + line + "' placed the same [" + i + "]");
                }
            });
            assertEquals(canvas.pills.keySet(), files.pills.keySet(), "the same edge labels");
            canvas.pills.forEach((id, r) -> assertNear(r, files.pills.get(id), "label of " + id));

            String pdfText;
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                pdfText = new PDFTextStripper().getText(doc);
            }
            for (String[] line : canvas.texts) {
                assertTrue(pdfText.contains(line[1]), "PDF shows '" + line[1] + "'");
            }
        } finally {
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    Files.delete(p);
                }
            }
            Files.delete(dir);
        }
    }

    private static void assertNear(double[] a, double[] b, String what) {
        for (int i = 0; i < 4; i++) {
            assertEquals(a[i], b[i], EPS, what + " [" + i + "]");
        }
    }

    /** What one side drew, in world units once {@link #origin} is set. */
    static final class Recording implements DiagramPainter.DrawLog {
        final TreeMap<String, double[]> cards = new TreeMap<>();
        final TreeMap<String, double[]> pills = new TreeMap<>();
        final List<String[]> texts = new ArrayList<>();
        private final List<double[]> textAt = new ArrayList<>();
        private double ox;
        private double oy;

        void origin(double x, double y) {
            ox = x;
            oy = y;
        }

        @Override
        public void card(String id, double x, double y, double w, double h) {
            cards.put(id, new double[] {x, y, w, h});
        }

        @Override
        public void text(String id, String text, double x, double baseline, double size, boolean bold) {
            texts.add(new String[] {id, text, bold ? "bold" : "plain"});
            textAt.add(new double[] {x, baseline, size});
        }

        @Override
        public void pill(String id, double x, double y, double w, double h) {
            pills.put(id, new double[] {x, y, w, h});
        }

        /** Every text line by "owner | text | weight", with its x, baseline and size in world units. */
        TreeMap<String, double[]> lines() {
            TreeMap<String, double[]> out = new TreeMap<>();
            for (int i = 0; i < texts.size(); i++) {
                String[] t = texts.get(i);
                double[] at = textAt.get(i);
                out.put(String.join(" | ", t), new double[] {at[0] + ox, at[1] + oy, at[2]});
            }
            return out;
        }

        void shiftRects() {
            cards.replaceAll((k, r) -> new double[] {r[0] + ox, r[1] + oy, r[2], r[3]});
            pills.replaceAll((k, r) -> new double[] {r[0] + ox, r[1] + oy, r[2], r[3]});
        }
    }

    /** Reads the cards, texts and label pills of an SVG written by the picture exporter (page units). */
    private static Recording readSvg(byte[] svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
        Recording rec = new Recording();
        NodeList groups = doc.getElementsByTagName("g");
        for (int i = 0; i < groups.getLength(); i++) {
            Element g = (Element) groups.item(i);
            String role = g.getAttribute("class");
            String id = g.getAttribute("data-id");
            if (!List.of("card", "container", "connection-label").contains(role)) {
                continue;
            }
            for (Node n = g.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (!(n instanceof Element e)) {
                    continue;
                }
                switch (e.getTagName()) {
                    case "text" -> {
                        rec.texts.add(new String[] {
                            id, e.getTextContent(), "bold".equals(e.getAttribute("font-weight")) ? "bold" : "plain"
                        });
                        rec.textAt.add(new double[] {num(e, "x"), num(e, "y"), num(e, "font-size")});
                    }
                    case "rect" -> {
                        double[] r = {num(e, "x"), num(e, "y"), num(e, "width"), num(e, "height")};
                        if (role.equals("card") && "none".equals(e.getAttribute("fill"))) {
                            rec.cards.put(id, r);
                        } else if (role.equals("connection-label")) {
                            rec.pills.put(id, r);
                        }
                    }
                    case "polygon" -> {
                        if (role.equals("card") && e.hasAttribute("stroke")) {
                            rec.cards.put(id, bounds(e.getAttribute("points")));
                        }
                    }
                    default -> {}
                }
            }
        }
        return rec;
    }

    private static double num(Element e, String attribute) {
        return Double.parseDouble(e.getAttribute(attribute));
    }

    private static double[] bounds(String points) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (String p : points.trim().split(" ")) {
            String[] xy = p.split(",");
            double x = Double.parseDouble(xy[0]);
            double y = Double.parseDouble(xy[1]);
            minX = Math.min(minX, x);
            minY = Math.min(minY, y);
            maxX = Math.max(maxX, x);
            maxY = Math.max(maxY, y);
        }
        return new double[] {minX, minY, maxX - minX, maxY - minY};
    }
}
