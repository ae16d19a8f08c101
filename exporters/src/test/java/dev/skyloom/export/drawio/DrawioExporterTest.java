package dev.skyloom.export.drawio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skyloom.catalog.Catalog;
import dev.skyloom.catalog.CatalogLoader;
import dev.skyloom.export.diagram.Diagram;
import dev.skyloom.export.diagram.Rect;
import dev.skyloom.export.terraform.HostileDesign;
import dev.skyloom.model.Component;
import dev.skyloom.model.Design;
import dev.skyloom.model.file.DesignFile;
import dev.skyloom.model.fixtures.ExampleFiles;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The draw.io file's structure (parsed with a hardened parser): every cell's parent exists, children lie inside
 * their container, edges join existing cells, ids are unique and are the design's ids, geometry is the
 * canvas's, and hostile names stay text.
 */
class DrawioExporterTest {
    private static final Catalog CATALOG = CatalogLoader.bundled();

    /** One parsed cell: its id, parent, geometry (relative to the parent, as draw.io stores it) and attributes. */
    record Cell(
            String id,
            String parent,
            String source,
            String target,
            boolean vertex,
            boolean edge,
            double x,
            double y,
            double w,
            double h,
            String label,
            String skyloomId,
            String skyloomType,
            int points) {}

    static Map<String, Cell> cells(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setExpandEntityReferences(false);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        assertEquals("mxfile", doc.getDocumentElement().getTagName());
        Map<String, Cell> out = new HashMap<>();
        NodeList list = doc.getElementsByTagName("mxCell");
        for (int i = 0; i < list.getLength(); i++) {
            Element cell = (Element) list.item(i);
            Element holder =
                    cell.getParentNode() instanceof Element p && p.getTagName().equals("object") ? p : cell;
            String id = holder.getAttribute("id");
            Element g = (Element) cell.getElementsByTagName("mxGeometry").item(0);
            double x = g == null || g.getAttribute("x").isEmpty() ? 0 : Double.parseDouble(g.getAttribute("x"));
            double y = g == null || g.getAttribute("y").isEmpty() ? 0 : Double.parseDouble(g.getAttribute("y"));
            double w = g == null || g.getAttribute("width").isEmpty() ? 0 : Double.parseDouble(g.getAttribute("width"));
            double h =
                    g == null || g.getAttribute("height").isEmpty() ? 0 : Double.parseDouble(g.getAttribute("height"));
            Cell c = new Cell(
                    id,
                    cell.getAttribute("parent"),
                    cell.getAttribute("source"),
                    cell.getAttribute("target"),
                    cell.getAttribute("vertex").equals("1"),
                    cell.getAttribute("edge").equals("1"),
                    x,
                    y,
                    w,
                    h,
                    holder.getAttribute("label"),
                    holder.getAttribute("skyloomId"),
                    holder.getAttribute("skyloomType"),
                    cell.getElementsByTagName("mxPoint").getLength());
            assertTrue(out.put(id, c) == null, "cell ids are unique: " + id);
        }
        return out;
    }

    private static byte[] export(Design design) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DrawioExporter(CATALOG).write(design, out);
        return out.toByteArray();
    }

    static List<Path> examples() throws Exception {
        List<Path> files = ExampleFiles.all();
        assertTrue(files.size() >= 4);
        return files;
    }

    @Test
    void everyExampleIsAWellFormedGraphWithTheCanvasGeometryAndTheDesignsIds() throws Exception {
        for (Path f : examples()) {
            Design design = DesignFile.read(f);
            Map<String, Cell> cells = cells(export(design));
            Diagram diagram = Diagram.of(design);
            Set<String> designIds = new HashSet<>();
            design.components().forEach(c -> designIds.add(c.id()));
            design.connections().forEach(k -> designIds.add(k.id()));
            Set<String> skyloomIds = new HashSet<>();
            for (Cell c : cells.values()) {
                if (c.id().equals("0")) {
                    continue;
                }
                assertTrue(cells.containsKey(c.parent()), f + ": parent of " + c.id() + " exists");
                if (c.id().equals("1")) {
                    continue;
                }
                skyloomIds.add(c.skyloomId());
                assertEquals(c.skyloomId(), c.id(), "cell ids are the design's ids");
                if (c.edge()) {
                    assertTrue(cells.containsKey(c.source()) && cells.containsKey(c.target()), c.id());
                    var k = design.connection(c.skyloomId()).orElseThrow();
                    assertEquals(k.from(), c.source());
                    assertEquals(k.to(), c.target());
                    Diagram.Item item = diagram.item(k.id()).orElseThrow();
                    assertEquals(Math.max(0, item.route().size() - 2), c.points(), "the routed waypoints: " + k.id());
                } else {
                    Component comp = design.component(c.skyloomId()).orElseThrow();
                    assertEquals(comp.type().json(), c.skyloomType());
                    Rect world = diagram.item(comp.id()).orElseThrow().rect();
                    Cell parent = cells.get(c.parent());
                    double ox = 0;
                    double oy = 0;
                    if (!parent.id().equals("1")) {
                        Rect pr = diagram.item(parent.skyloomId()).orElseThrow().rect();
                        ox = pr.x();
                        oy = pr.y();
                        assertTrue(
                                c.x() >= 0
                                        && c.y() >= 0
                                        && c.x() + c.w() <= parent.w() + 0.01
                                        && c.y() + c.h() <= parent.h() + 0.01,
                                f + ": " + c.id() + " lies inside " + parent.id());
                    }
                    assertEquals(world.x(), c.x() + ox, 0.01, c.id());
                    assertEquals(world.y(), c.y() + oy, 0.01, c.id());
                    assertEquals(world.w(), c.w(), 0.01, c.id());
                    assertEquals(world.h(), c.h(), 0.01, c.id());
                }
            }
            assertEquals(designIds, skyloomIds, f + ": one cell per component and connection");
        }
    }

    @Test
    void hostileNamesStayTextAndIdsComeBackExactly() throws Exception {
        Design design = HostileDesign.create();
        byte[] xml = export(design);
        Map<String, Cell> cells = cells(xml);
        for (Component c : design.components()) {
            Cell cell = cells.values().stream()
                    .filter(x -> x.skyloomId().equals(c.id()))
                    .findFirst()
                    .orElseThrow();
            assertNotNull(cell);
            if (!(c instanceof Component.Provider) && !(c instanceof Component.Region)) {
                assertTrue(cell.label().startsWith(c.label()), c.id() + ": " + cell.label());
            }
        }
        String text = new String(xml, java.nio.charset.StandardCharsets.UTF_8);
        assertFalse(text.contains("<script"), "markup in names is escaped");
        assertTrue(text.contains("html=0"), "labels are plain text, not HTML");
        assertFalse(text.contains("html=1"));
    }

    @Test
    void aCellIdThatWouldClashWithARootCellGetsASuffixButKeepsItsSkyloomId() throws Exception {
        Design design = new Design(
                "Clash",
                "USD",
                dev.skyloom.model.Assumptions.DEFAULT,
                List.of(),
                List.of(
                        dev.skyloom.model.TestDesigns.provider("0", "aws"),
                        dev.skyloom.model.TestDesigns.region("1", "0", "us-east-1"),
                        dev.skyloom.model.TestDesigns.pool("gpu", "1", "p5.48xlarge", 2)),
                List.of(),
                Map.of(),
                Map.of());
        Map<String, Cell> cells = cells(export(design));
        Cell provider = cells.get("0~2");
        Cell region = cells.get("1~2");
        assertEquals("0", provider.skyloomId());
        assertEquals("1", region.skyloomId());
        assertEquals("0~2", region.parent(), "children point at the renamed cell");
        assertEquals("1~2", cells.get("gpu").parent());
        assertEquals("", cells.get("0").parent(), "the root cell stays the root");
    }

    @Test
    void aShippedTelemetryEdgeKeepsItsWholeDashDotPattern() throws Exception {
        String xml = new String(
                export(DesignFile.read(ExampleFiles.path("global-inference"))),
                java.nio.charset.StandardCharsets.UTF_8);
        double[] dash =
                dev.skyloom.export.diagram.DiagramStyle.dashes(dev.skyloom.model.ConnectionType.SHIPS_TELEMETRY);
        assertEquals(4, dash.length);
        assertTrue(xml.contains("dashPattern=6 3 1 3;"), "telemetry is dash-dot, not cut to its first pair");
        assertTrue(xml.contains("dashPattern=1 3;"), "federation stays dotted");
    }
}
