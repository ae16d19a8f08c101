package dev.skyloom.export.picture;

import dev.skyloom.icons.IconKey;
import dev.skyloom.model.fixtures.HostileText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/** Hand-built pictures and a hardened XML parser for the picture writer tests. */
final class Pictures {
    private Pictures() {}

    static BoxStyle containerStyle() {
        return new BoxStyle(
                PictureColour.WHITE,
                PictureStroke.solid(PictureColour.of("#E8891A"), 1.5),
                12,
                38,
                PictureColour.of("#FCEFE1"),
                PictureColour.NONE,
                PictureColour.of("#1A1F2328"),
                PictureColour.NONE,
                PictureColour.of("#1F2328"),
                PictureColour.of("#656D76"));
    }

    static BoxStyle cardStyle() {
        return new BoxStyle(
                PictureColour.WHITE,
                PictureStroke.solid(PictureColour.of("#D0D7DE"), 1),
                6,
                0,
                PictureColour.NONE,
                PictureColour.of("#7C3AED"),
                PictureColour.of("#1A1F2328"),
                PictureColour.of("#7C3AED"),
                PictureColour.of("#1F2328"),
                PictureColour.of("#656D76"));
    }

    static PictureBox container(String id, String name, double x, double y, double w, double h) {
        return new PictureBox(
                id,
                PictureBox.Kind.CONTAINER,
                PictureBox.Shape.ROUNDED,
                new PictureRect(x, y, w, h),
                name,
                name,
                List.of(),
                Optional.empty(),
                Optional.of(new PictureBadge("AWS", PictureColour.of("#E8891A"), PictureColour.WHITE)),
                containerStyle());
    }

    static PictureBox card(String id, String name, String detail, double x, double y) {
        return new PictureBox(
                id,
                PictureBox.Kind.CARD,
                PictureBox.Shape.ROUNDED,
                new PictureRect(x, y, 200, 72),
                name,
                name,
                List.of(detail),
                Optional.of(IconKey.GPU_POOL),
                Optional.empty(),
                cardStyle());
    }

    static PictureEdge edge(String id, String label, double x1, double y1, double x2, double y2) {
        return new PictureEdge(
                id,
                new double[] {x1, x1, x2},
                new double[] {y1, y2, y2},
                new PictureStroke(PictureColour.of("#6E7781"), 1.6, new double[] {7, 5}),
                true,
                label,
                x1,
                (y1 + y2) / 2,
                PictureColour.WHITE,
                PictureColour.of("#656D76"));
    }

    static List<LegendEntry> legend() {
        return List.of(
                LegendEntry.badge(
                        "Amazon Web Services",
                        new PictureBadge("AWS", PictureColour.of("#E8891A"), PictureColour.WHITE)),
                LegendEntry.icon("GPU pool", IconKey.GPU_POOL, PictureColour.of("#7C3AED")),
                LegendEntry.line("runs on", new PictureStroke(PictureColour.of("#7C3AED"), 1.6, new double[] {7, 5})),
                LegendEntry.area(
                        "Region",
                        PictureColour.of("#F3F6F9"),
                        new PictureStroke(PictureColour.of("#D0D7DE"), 1, new double[] {4, 3})));
    }

    /** A small picture: one provider with two cards joined by an edge. */
    static DiagramPicture simple(String title) {
        return new DiagramPicture(
                title,
                "2026-11-22 · 3 components",
                new PictureRect(28, 28, 584, 284),
                List.of(
                        container("aws", "Amazon Web Services", 40, 40, 560, 260),
                        card("train", "Training pool", "p5.48xlarge × 4", 60, 100),
                        card("lake", "Lake", "object · 200 TB", 360, 200)),
                List.of(edge("c1", "runs-on", 160, 172, 360, 236)),
                legend(),
                PictureTheme.LIGHT);
    }

    /** A picture whose title, names, details, labels and legend are all hostile strings. */
    static DiagramPicture hostile() {
        List<String> hostile = HostileText.ALL;
        List<PictureBox> boxes = new ArrayList<>();
        boxes.add(container(hostile.get(0), HostileText.LONG, 40, 40, 900, 600));
        List<PictureEdge> edges = new ArrayList<>();
        List<LegendEntry> legend = new ArrayList<>();
        for (int i = 0; i < hostile.size(); i++) {
            String s = hostile.get(i);
            boxes.add(card(s, s, s, 60 + (i % 4) * 220, 100 + (i / 4) * 100));
            edges.add(edge(s, s, 80, 120, 300, 180 + i));
            legend.add(LegendEntry.icon(s, IconKey.STORAGE, PictureColour.of("#0E7490")));
        }
        return new DiagramPicture(
                String.join(" | ", hostile),
                HostileText.LINE_BREAKS,
                new PictureRect(28, 28, 924, 624),
                boxes,
                edges,
                legend,
                PictureTheme.LIGHT);
    }

    static byte[] bytes(DesignExporterCall call) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            call.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Writes to a stream (an exporter's {@code write}). */
    interface DesignExporterCall {
        void write(ByteArrayOutputStream out) throws IOException;
    }

    /** Parses XML with DTDs and external entities refused, as a careful consumer would. */
    static Document parseXml(String xml) throws ParserConfigurationException, SAXException, IOException {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        f.setNamespaceAware(true);
        DocumentBuilder b = f.newDocumentBuilder();
        b.setErrorHandler(null);
        return b.parse(new InputSource(new StringReader(xml)));
    }
}
