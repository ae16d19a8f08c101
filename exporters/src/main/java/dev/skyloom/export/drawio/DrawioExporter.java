package dev.skyloom.export.drawio;

import dev.skyloom.catalog.Catalog;
import dev.skyloom.export.DesignExporter;
import dev.skyloom.export.ExportResult;
import dev.skyloom.export.diagram.Colour;
import dev.skyloom.export.diagram.Diagram;
import dev.skyloom.export.diagram.DiagramLabels;
import dev.skyloom.export.diagram.DiagramLayout;
import dev.skyloom.export.diagram.DiagramStyle;
import dev.skyloom.export.diagram.DiagramText;
import dev.skyloom.export.diagram.Rect;
import dev.skyloom.export.diagram.Route;
import dev.skyloom.export.picture.AwtTextMeasure;
import dev.skyloom.export.picture.XmlText;
import dev.skyloom.model.Annotation;
import dev.skyloom.model.Component;
import dev.skyloom.model.Connection;
import dev.skyloom.model.Design;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The design as a draw.io (diagrams.net) file: uncompressed mxGraph XML in which providers and regions are
 * containers (their children move with them), cards are shapes with the component's name and a tooltip of
 * its facts, and connections are edges with their labels and the routed waypoints of the canvas. Geometry,
 * names and colours come from the shared {@link Diagram}, its {@link DiagramLabels} and the light
 * {@link DiagramStyle}. Every cell carries {@code skyloomId} and {@code skyloomType} so a later import can map
 * it back; cell ids are the design's ids (a suffix only where one would clash with the two root cells).
 * All user text is escaped XML text, never markup ({@code html=0}).
 */
public final class DrawioExporter implements DesignExporter<Design> {
    private static final String ROOT = "0";
    private static final String LAYER = "1";

    private final Optional<Catalog> catalog;

    public DrawioExporter(Catalog catalog) {
        this.catalog = Optional.ofNullable(catalog);
    }

    @Override
    public ExportResult write(Design design, OutputStream out) throws IOException {
        Diagram diagram = Diagram.of(design);
        DiagramLabels labels = DiagramLabels.of(diagram, catalog, AwtTextMeasure.shared());
        DiagramStyle style = DiagramStyle.LIGHT;
        Map<String, String> cellIds = cellIds(design);
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        Rect extent = diagram.extent();
        w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        w.write("<mxfile host=\"Skyloom\" type=\"device\">\n");
        w.write("  <diagram id=\"skyloom\" name=\""
                + XmlText.attribute(design.name().isEmpty() ? "Design" : design.name()) + "\">\n");
        w.write("    <mxGraphModel dx=\"" + num(extent.w()) + "\" dy=\"" + num(extent.h())
                + "\" grid=\"1\" gridSize=\"10\" guides=\"1\" tooltips=\"1\" connect=\"1\" arrows=\"1\" fold=\"1\""
                + " page=\"0\" pageScale=\"1\" math=\"0\" shadow=\"0\">\n");
        w.write("      <root>\n");
        w.write("        <mxCell id=\"" + ROOT + "\"/>\n");
        w.write("        <mxCell id=\"" + LAYER + "\" parent=\"" + ROOT + "\"/>\n");
        for (Annotation a : design.annotations()) {
            if (a.kind() == Annotation.Kind.ZONE) {
                annotation(w, style, cellIds, a);
            }
        }
        for (Diagram.Item it : diagram.items()) {
            switch (it.kind()) {
                case CONTAINER, CARD -> vertex(w, design, diagram, labels, style, cellIds, it);
                case EDGE -> edge(w, labels, style, cellIds, it);
            }
        }
        for (Annotation a : design.annotations()) {
            if (a.kind() == Annotation.Kind.NOTE) {
                annotation(w, style, cellIds, a);
            }
        }
        w.write("      </root>\n");
        w.write("    </mxGraphModel>\n");
        w.write("  </diagram>\n");
        w.write("</mxfile>\n");
        w.flush();
        return new ExportResult(List.of(), List.of());
    }

    /** The design's ids as cell ids; one that equals a root cell's id or an earlier one gets a suffix. */
    private static Map<String, String> cellIds(Design design) {
        Set<String> used = new HashSet<>(List.of(ROOT, LAYER));
        Map<String, String> out = new HashMap<>();
        List<String> ids = new ArrayList<>();
        design.components().forEach(c -> ids.add(c.id()));
        design.connections().forEach(k -> ids.add(k.id()));
        design.annotations().forEach(a -> ids.add(a.id()));
        for (String id : ids) {
            String cell = id;
            for (int n = 2; !used.add(cell); n++) {
                cell = id + "~" + n;
            }
            out.putIfAbsent(id, cell);
        }
        return out;
    }

    /** A zone as a dashed frame labelled at its top left; a note as text on pale paper. */
    private static void annotation(Writer w, DiagramStyle style, Map<String, String> cellIds, Annotation a)
            throws IOException {
        boolean zone = a.kind() == Annotation.Kind.ZONE;
        String styleText = zone
                ? "rounded=1;arcSize=4;html=0;whiteSpace=wrap;fillColor=none;dashed=1;dashPattern=10 6;strokeWidth=2"
                        + ";strokeColor=" + hex(style.accent()) + ";fontColor=" + hex(style.accent())
                        + ";fontStyle=1;align=left;verticalAlign=top;spacingLeft=10;spacingTop=4;fontSize="
                        + num(DiagramStyle.REGION_TITLE) + ";fontFamily=" + DiagramStyle.FONT_FAMILY + ";"
                : "shape=note;size=14;html=0;whiteSpace=wrap;fillColor=" + hex(style.noteFill()) + ";strokeColor="
                        + hex(style.noteStroke()) + ";fontColor=" + hex(style.text()) + ";fontSize="
                        + num(DiagramStyle.CARD_DETAIL) + ";fontFamily=" + DiagramStyle.FONT_FAMILY + ";spacing=8;";
        Rect r = DiagramLayout.rectOf(a);
        w.write("        <object id=\"" + XmlText.attribute(cellIds.get(a.id())) + "\" label=\""
                + XmlText.attribute(a.text()) + "\" skyloomId=\"" + XmlText.attribute(a.id()) + "\" skyloomType=\""
                + a.kind().json() + "\">\n");
        w.write("          <mxCell style=\"" + XmlText.attribute(styleText) + "\" vertex=\"1\" parent=\"" + LAYER
                + "\">\n");
        w.write("            <mxGeometry x=\"" + num(r.x()) + "\" y=\"" + num(r.y()) + "\" width=\"" + num(r.w())
                + "\" height=\"" + num(r.h()) + "\" as=\"geometry\"/>\n");
        w.write("          </mxCell>\n");
        w.write("        </object>\n");
    }

    private void vertex(
            Writer w,
            Design design,
            Diagram diagram,
            DiagramLabels labels,
            DiagramStyle style,
            Map<String, String> cellIds,
            Diagram.Item it)
            throws IOException {
        Component c = it.component();
        Optional<Diagram.Item> parentItem = c.parent().flatMap(diagram::item);
        String parent = parentItem.map(p -> cellIds.get(p.id())).orElse(LAYER);
        Rect r = it.rect();
        Rect origin = parentItem.map(Diagram.Item::rect).orElse(new Rect(0, 0, 0, 0));
        String label;
        String styleText;
        Colour provider = DiagramStyle.providerColour(providerOf(design, c));
        if (it.kind() == Diagram.Kind.CONTAINER) {
            label = DiagramText.containerTitle(design, catalog, c);
            boolean region = c instanceof Component.Region;
            styleText = "swimlane;html=0;whiteSpace=wrap;container=1;collapsible=0;recursiveResize=0;rounded=1;arcSize="
                    + (region ? 4 : 3) + ";startSize=" + (region ? 26 : 30) + ";fontStyle=1;fontSize="
                    + num(region ? DiagramStyle.REGION_TITLE : DiagramStyle.PROVIDER_TITLE)
                    + ";align=left;spacingLeft=10;fontFamily=" + DiagramStyle.FONT_FAMILY
                    + ";fontColor=" + hex(style.text())
                    + ";fillColor=" + hex(region ? style.regionHeader() : style.providerHeader(provider))
                    + ";swimlaneFillColor=" + hex(region ? style.regionFill() : style.providerFill())
                    + ";strokeColor=" + hex(region ? style.regionStroke() : style.providerOutline(provider))
                    + (region ? ";dashed=1;dashPattern=6 4" : ";strokeWidth=2") + ";";
        } else {
            // The user's name as they typed it (draw.io wraps it itself); the canvas' fitted lines are for its width.
            String name = c.label();
            String fact = DiagramText.fact(c);
            label = fact.isEmpty() ? name : name + "\n" + fact;
            // a population's card is rounder (as on the canvas and in the pictures): arcSize is a percentage
            String arc = c.type() == dev.skyloom.model.ComponentType.USERS ? "31" : "12";
            styleText = "rounded=1;arcSize=" + arc + ";html=0;whiteSpace=wrap;overflow=hidden;fontSize="
                    + num(DiagramStyle.CARD_TITLE) + ";fontFamily=" + DiagramStyle.FONT_FAMILY
                    + ";fontColor=" + hex(style.text()) + ";fillColor=" + hex(style.cardFill())
                    + ";strokeColor=" + hex(style.kindColour(c.type())) + ";strokeWidth=2;spacing=6;";
        }
        w.write("        <object id=\"" + XmlText.attribute(cellIds.get(c.id())) + "\" label=\""
                + XmlText.attribute(label) + "\" tooltip=\"" + XmlText.attribute(tooltip(design, c)) + "\" skyloomId=\""
                + XmlText.attribute(c.id()) + "\" skyloomType=\"" + c.type().json() + "\">\n");
        w.write("          <mxCell style=\"" + XmlText.attribute(styleText) + "\" vertex=\"1\" parent=\""
                + XmlText.attribute(parent) + "\">\n");
        w.write("            <mxGeometry x=\"" + num(r.x() - origin.x()) + "\" y=\"" + num(r.y() - origin.y())
                + "\" width=\"" + num(r.w()) + "\" height=\"" + num(r.h()) + "\" as=\"geometry\"/>\n");
        w.write("          </mxCell>\n");
        w.write("        </object>\n");
    }

    /** Every value of the pattern ("6 3 1 3" for dash-dot), not only the first pair. */
    private static String dashPattern(double[] dash) {
        StringBuilder b = new StringBuilder();
        for (double d : dash) {
            b.append(b.isEmpty() ? "" : " ").append(num(d));
        }
        return b.toString();
    }

    private void edge(Writer w, DiagramLabels labels, DiagramStyle style, Map<String, String> cellIds, Diagram.Item it)
            throws IOException {
        Connection k = it.connection();
        String label = labels.edge(k.id()).map(l -> l.name()).orElse(DiagramText.edgeLabel(k));
        double[] dash = DiagramStyle.dashes(k.type());
        String styleText = "edgeStyle=orthogonalEdgeStyle;rounded=0;html=0;endArrow=block;endFill=1;strokeWidth="
                + num(DiagramStyle.EDGE_WIDTH) + ";strokeColor=" + hex(style.edgeColour(k.type()))
                + ";fontSize=" + num(DiagramStyle.EDGE_LABEL) + ";fontFamily=" + DiagramStyle.FONT_FAMILY
                + ";fontColor=" + hex(style.mutedText()) + ";labelBackgroundColor=" + hex(style.edgeLabelFill())
                + (dash.length == 0 ? "" : ";dashed=1;dashPattern=" + dashPattern(dash)) + ";";
        w.write("        <object id=\"" + XmlText.attribute(cellIds.get(k.id())) + "\" label=\""
                + XmlText.attribute(label) + "\" skyloomId=\"" + XmlText.attribute(k.id()) + "\" skyloomType=\""
                + k.type().json() + "\">\n");
        w.write("          <mxCell style=\"" + XmlText.attribute(styleText) + "\" edge=\"1\" parent=\"" + LAYER
                + "\" source=\"" + XmlText.attribute(cellIds.get(k.from())) + "\" target=\""
                + XmlText.attribute(cellIds.get(k.to())) + "\">\n");
        Route route = it.route();
        if (route != null && route.size() > 2) {
            w.write("            <mxGeometry relative=\"1\" as=\"geometry\">\n");
            w.write("              <Array as=\"points\">\n");
            for (int i = 1; i < route.size() - 1; i++) {
                w.write("                <mxPoint x=\"" + num(route.xs()[i]) + "\" y=\"" + num(route.ys()[i])
                        + "\"/>\n");
            }
            w.write("              </Array>\n");
            w.write("            </mxGeometry>\n");
        } else {
            w.write("            <mxGeometry relative=\"1\" as=\"geometry\"/>\n");
        }
        w.write("          </mxCell>\n");
        w.write("        </object>\n");
    }

    /** The facts shown on hover in draw.io: kind, name, id and what the component is. */
    private String tooltip(Design design, Component c) {
        List<String> lines = new ArrayList<>();
        lines.add(c.type().json() + ": " + c.label() + " (id " + c.id() + ")");
        String fact = DiagramText.fact(c);
        if (!fact.isEmpty()) {
            lines.add(fact);
        }
        if (c instanceof Component.Region r) {
            lines.add("region " + r.region() + r.country().map(x -> ", " + x).orElse(""));
        } else if (c instanceof Component.GpuPool p) {
            lines.add(p.pricing().json() + ", " + DiagramText.plain(p.hoursPerMonth()) + " h/month");
        } else if (c instanceof Component.Storage s && !s.holds().isEmpty()) {
            lines.add("holds " + String.join(", ", s.holds()));
        }
        return String.join("\n", lines);
    }

    private static String providerOf(Design design, Component c) {
        Component at = c;
        for (int guard = 0; guard < 64 && at.parent().isPresent(); guard++) {
            Optional<Component> up = design.component(at.parent().get());
            if (up.isEmpty()) {
                break;
            }
            at = up.get();
        }
        return at instanceof Component.Provider p ? p.provider() : "custom";
    }

    private static String hex(Colour c) {
        return c.hex().length() > 7 ? c.hex().substring(0, 7) : c.hex();
    }

    /** Numbers as draw.io writes them: at most two decimals, no exponent, a dot. */
    static String num(double v) {
        if (!Double.isFinite(v)) {
            return "0";
        }
        double r = Math.round(v * 100) / 100.0;
        return r == Math.rint(r)
                ? Long.toString((long) r)
                : String.format(Locale.ROOT, "%.2f", r).replaceAll("0$", "");
    }
}
