package dev.skyloom.export.picture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SvgPictureExporterTest {
    private static String svg(DiagramPicture picture) {
        return new String(Pictures.bytes(out -> new SvgPictureExporter().write(picture, out)), StandardCharsets.UTF_8);
    }

    private static List<String> texts(Document doc, String tag) {
        NodeList nodes = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", tag);
        List<String> result = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            result.add(nodes.item(i).getTextContent());
        }
        return result;
    }

    @Test
    void writesWellFormedSvgWithTitleNamesLabelsAndLegendAsText() throws Exception {
        Document doc = Pictures.parseXml(svg(Pictures.simple("EU sovereign training")));
        Element root = doc.getDocumentElement();
        assertEquals("svg", root.getLocalName());
        assertEquals("http://www.w3.org/2000/svg", root.getNamespaceURI());
        List<String> text = texts(doc, "text");
        for (String expected : List.of(
                "EU sovereign training",
                "2026-11-22 · 3 components",
                "Amazon Web Services",
                "Training pool",
                "p5.48xlarge × 4",
                "Lake",
                "runs-on",
                "GPU pool",
                "Region")) {
            assertTrue(text.contains(expected), expected + " missing from " + text);
        }
        assertTrue(texts(doc, "title").contains("Training pool"));
    }

    @Test
    void pageIsAsWideAsTheWorldPlusMarginsAndHoldsTheLegendBelow() throws Exception {
        DiagramPicture picture = Pictures.simple("T");
        Element root = Pictures.parseXml(svg(picture)).getDocumentElement();
        double width = Double.parseDouble(root.getAttribute("width"));
        double height = Double.parseDouble(root.getAttribute("height"));
        assertEquals(picture.world().w() + 2 * PicturePainter.PAD, width, 0.5, "the world plus the page margins");
        assertTrue(height > picture.world().h() + PicturePainter.HEADER + 2 * PicturePainter.PAD, "room for legend");
        assertEquals(
                "0 0 " + SvgPictureExporter.num(width) + " " + SvgPictureExporter.num(height),
                root.getAttribute("viewBox"));
    }

    @Test
    void hostileNamesStayWellFormedAndKeepTheirFullTextInTitles() throws Exception {
        String xml = svg(Pictures.hostile());
        assertFalse(xml.contains("<script>"), "markup in names is escaped");
        assertFalse(xml.contains("]]>"), "]]> is escaped");
        Document doc = Pictures.parseXml(xml);
        List<String> titles = texts(doc, "title");
        assertTrue(titles.contains("N".repeat(10_000)), "a 10,000-character name is kept whole in its title");
        assertTrue(titles.contains("less < greater > amp & end"));
        assertTrue(titles.contains("cdata ]]> end"));
        assertTrue(titles.contains("\uD83D\uDE80\u200D\uD83D\uDD25 rocket"), "emoji survive");
        assertTrue(titles.contains("control \uFFFD\uFFFD\uFFFD chars"), "XML-illegal controls become U+FFFD");
        assertTrue(titles.contains("lone surrogate \uFFFD here"));
        for (String t : texts(doc, "text")) {
            assertFalse(t.contains("\n"), "drawn text is one line: " + t);
            assertTrue(t.length() < 400, "long names are shortened on the drawing");
        }
        NodeList groups = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "g");
        boolean quoted = false;
        for (int i = 0; i < groups.getLength(); i++) {
            quoted |= ((Element) groups.item(i)).getAttribute("data-id").equals("quote \" apostrophe ' end");
        }
        assertTrue(quoted, "ids with quotes survive in attributes");
    }

    @Test
    void longNamesAreCutWithAnEllipsisOnTheDrawing() throws Exception {
        List<String> text = texts(Pictures.parseXml(svg(Pictures.hostile())), "text");
        assertTrue(text.stream().anyMatch(t -> t.startsWith("NNNN") && t.endsWith("…")), text.toString());
    }

    @Test
    void writesCoordinatesWithAtMostTwoDecimals() {
        assertEquals("12", SvgPictureExporter.num(12.001));
        assertEquals("12.5", SvgPictureExporter.num(12.5));
        assertEquals("12.05", SvgPictureExporter.num(12.049));
        assertEquals("-0.05", SvgPictureExporter.num(-0.05));
        assertEquals("-3.1", SvgPictureExporter.num(-3.1));
        assertEquals("1000000000", SvgPictureExporter.num(1e9));
    }
}
