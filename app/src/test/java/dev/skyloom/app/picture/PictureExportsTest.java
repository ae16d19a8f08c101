package dev.skyloom.app.picture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skyloom.catalog.Catalog;
import dev.skyloom.catalog.CatalogLoader;
import dev.skyloom.export.ExportResult;
import dev.skyloom.export.diagram.Diagram;
import dev.skyloom.export.picture.DiagramPicture;
import dev.skyloom.export.picture.PictureBox;
import dev.skyloom.export.picture.PictureEdge;
import dev.skyloom.export.picture.PngPictureExporter;
import dev.skyloom.icons.ProviderColours;
import dev.skyloom.model.Component;
import dev.skyloom.model.Design;
import dev.skyloom.model.fixtures.HostileText;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class PictureExportsTest {
    static final Clock CLOCK =
            Clock.fixed(LocalDate.of(2026, 11, 22).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    private static Catalog catalog;
    private static PictureExports exports;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadCatalog() {
        catalog = CatalogLoader.bundled();
        exports = new PictureExports(catalog, CLOCK);
    }

    static Document parseSvg(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setExpandEntityReferences(false);
        f.setNamespaceAware(true);
        String xml = Files.readString(file, StandardCharsets.UTF_8);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    static List<String> texts(Document doc, String tag) {
        NodeList nodes = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", tag);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getTextContent());
        }
        return out;
    }

    @Test
    void svgOfEveryExampleParsesAndContainsEveryComponentName() throws Exception {
        for (Map.Entry<String, Design> e : ExampleDesigns.all().entrySet()) {
            Path svg = dir.resolve("example.svg");
            exports.write(e.getValue(), PictureFormat.SVG, 1, svg);
            Document doc = parseSvg(svg);
            List<String> titles = texts(doc, "title");
            List<String> drawn = texts(doc, "text");
            assertTrue(drawn.contains(e.getValue().name()), e.getKey() + ": design name drawn");
            assertTrue(drawn.stream().anyMatch(t -> t.startsWith("2026-11-22 · ")), e.getKey() + ": date drawn");
            for (Component c : e.getValue().components()) {
                String label = c.label();
                if (!c.name().isEmpty()) {
                    assertTrue(titles.contains(c.name()), e.getKey() + ": " + c.name() + " has a titled group");
                }
                assertTrue(
                        drawn.stream().anyMatch(t -> t.startsWith(label) || isStartOf(t, label)),
                        e.getKey() + ": " + label + " drawn, whole, wrapped or shortened");
            }
        }
    }

    /** "Lake repl…" or the first line "Lake" of a wrapped "Lake replica" is the start of "Lake replica". */
    private static boolean isStartOf(String drawn, String name) {
        String head = drawn.endsWith("…") ? drawn.substring(0, drawn.length() - 1) : drawn;
        return head.length() >= Math.min(3, name.length()) && name.startsWith(head);
    }

    @Test
    void namesThatFitTheirBoxesAreDrawnWhole() throws Exception {
        Path svg = dir.resolve("sample.svg");
        Design design = dev.skyloom.app.SampleDesigns.builtIn();
        exports.write(design, PictureFormat.SVG, 1, svg);
        List<String> drawn = texts(parseSvg(svg), "text");
        for (Component c : design.components()) {
            assertTrue(
                    drawn.contains(c.label()) || drawn.stream().anyMatch(t -> t.startsWith(c.label() + " · ")),
                    c.label() + " in " + drawn);
        }
    }

    @Test
    void pdfOfEveryExampleHasOnePageWithTheDesignName() throws IOException {
        for (Map.Entry<String, Design> e : ExampleDesigns.all().entrySet()) {
            Path pdf = dir.resolve("example.pdf");
            exports.write(e.getValue(), PictureFormat.PDF, 1, pdf);
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                assertEquals(1, doc.getNumberOfPages(), e.getKey());
                String text = new PDFTextStripper().getText(doc);
                assertTrue(text.contains(e.getValue().name()), e.getKey() + ": " + text);
                assertTrue(text.contains("2026-11-22"), e.getKey() + ": date");
                assertTrue(text.contains("LEGEND"), e.getKey() + ": legend");
            }
        }
    }

    @Test
    void pngOfEveryExampleHasTheScaledSizeAndIsNotBlank() throws IOException {
        for (Map.Entry<String, Design> e : ExampleDesigns.all().entrySet()) {
            Path png = dir.resolve("example.png");
            double scale = e.getValue().components().size() > 50 ? 0.5 : 1.5;
            DiagramPicture picture = exports.picture(e.getValue());
            int[] unit = new PngPictureExporter(1).pixelSize(picture);
            exports.write(picture, PictureFormat.PNG, scale, png);
            BufferedImage image = ImageIO.read(png.toFile());
            assertEquals((int) Math.ceil(unit[0] * scale), image.getWidth(), e.getKey());
            assertEquals((int) Math.ceil(unit[1] * scale), image.getHeight(), e.getKey());
            assertTrue(variance(image) > 100, e.getKey() + ": not blank");
        }
    }

    @Test
    void pictureUsesTheCanvasGeometryAndProviderColours() {
        Design design = dev.skyloom.app.SampleDesigns.builtIn();
        Diagram diagram = Diagram.of(design);
        DiagramPicture picture = exports.picture(design);
        assertEquals(design.components().size(), picture.boxes().size());
        assertEquals(design.connections().size(), picture.edges().size());
        for (PictureBox box : picture.boxes()) {
            Diagram.Item item = diagram.item(box.id()).orElseThrow();
            assertEquals(item.rect().x(), box.rect().x());
            assertEquals(item.rect().y(), box.rect().y());
            assertEquals(item.rect().w(), box.rect().w());
            assertEquals(item.rect().h(), box.rect().h());
        }
        for (PictureEdge edge : picture.edges()) {
            Diagram.Item item = diagram.item(edge.id()).orElseThrow();
            assertEquals(
                    List.of(boxed(item.route().xs()), boxed(item.route().ys())),
                    List.of(boxed(edge.xs()), boxed(edge.ys())));
        }
        PictureBox aws = picture.boxes().stream()
                .filter(b -> b.id().equals("aws"))
                .findFirst()
                .orElseThrow();
        assertEquals(
                ProviderColours.hex("aws"), aws.badge().orElseThrow().fill().hex());
        assertEquals(
                "Frankfurt · eu-central-1",
                picture.boxes().stream()
                        .filter(b -> b.id().equals("aws-fra"))
                        .findFirst()
                        .orElseThrow()
                        .title());
        assertTrue(picture.legend().stream().anyMatch(l -> l.label().equals("Amazon Web Services")));
        assertTrue(picture.legend().stream().anyMatch(l -> l.label().startsWith("replicates to")));
        assertFalse(picture.legend().stream().anyMatch(l -> l.label().startsWith("writes")), "only what is used");
    }

    @Test
    void darkCanvasThemeGivesADarkPicture() throws IOException {
        Design design = dev.skyloom.app.SampleDesigns.builtIn();
        DiagramPicture dark = exports.picture(Diagram.of(design), dev.skyloom.export.diagram.DiagramStyle.DARK);
        assertEquals("#0D1117", dark.theme().background().hex());
        assertEquals("#E6EDF3", dark.theme().text().hex());
        PictureBox pool = dark.boxes().stream()
                .filter(b -> b.id().equals("train-pool"))
                .findFirst()
                .orElseThrow();
        assertEquals("#22272E", pool.style().fill().hex());
        Path png = dir.resolve("dark.png");
        exports.write(dark, PictureFormat.PNG, 1, png);
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(0x0D1117, image.getRGB(2, 2) & 0xFFFFFF, "page background");
    }

    private static List<Double> boxed(double[] a) {
        List<Double> l = new ArrayList<>();
        for (double d : a) {
            l.add(d);
        }
        return l;
    }

    @Test
    void hostileNamesExportToAllThreeFormats() throws Exception {
        Design design = HostilePictureDesign.create();
        Path svg = dir.resolve("h.svg");
        Path pdf = dir.resolve("h.pdf");
        Path png = dir.resolve("h.png");
        exports.write(design, PictureFormat.SVG, 1, svg);
        ExportResult pdfResult = exports.write(design, PictureFormat.PDF, 1, pdf);
        exports.write(design, PictureFormat.PNG, 1.5, png);
        List<String> titles = texts(parseSvg(svg), "title");
        for (String name : HostileText.ALL) {
            assertTrue(titles.contains(HostileText.asXml10(name)), "title for a name of length " + name.length());
        }
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals(1, doc.getNumberOfPages());
            assertTrue(new PDFTextStripper().getText(doc).contains("quote \" apostrophe ' end"));
        }
        assertFalse(pdfResult.warnings().isEmpty(), "unencodable characters are reported");
        assertTrue(variance(ImageIO.read(png.toFile())) > 100);
    }

    static double variance(BufferedImage image) {
        double sum = 0;
        double sq = 0;
        long n = (long) ((image.getWidth() + 1) / 2) * ((image.getHeight() + 1) / 2);
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int rgb = image.getRGB(x, y);
                double grey = (((rgb >> 16) & 0xFF) + ((rgb >> 8) & 0xFF) + (rgb & 0xFF)) / 3.0;
                sum += grey;
                sq += grey * grey;
            }
        }
        double mean = sum / n;
        return sq / n - mean * mean;
    }
}
