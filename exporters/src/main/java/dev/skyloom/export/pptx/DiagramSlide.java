package dev.skyloom.export.pptx;

import dev.skyloom.catalog.Catalog;
import dev.skyloom.export.diagram.CardText;
import dev.skyloom.export.diagram.Colour;
import dev.skyloom.export.diagram.Diagram;
import dev.skyloom.export.diagram.DiagramLabels;
import dev.skyloom.export.diagram.DiagramLayout;
import dev.skyloom.export.diagram.DiagramStyle;
import dev.skyloom.export.diagram.DiagramText;
import dev.skyloom.export.diagram.EdgeLabel;
import dev.skyloom.export.diagram.Rect;
import dev.skyloom.export.diagram.Route;
import dev.skyloom.export.diagram.TextLine;
import dev.skyloom.export.picture.SvgPathData;
import dev.skyloom.model.Annotation;
import dev.skyloom.model.Component;
import dev.skyloom.model.Connection;
import dev.skyloom.model.Design;
import java.awt.Color;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.sl.usermodel.LineDecoration;
import org.apache.poi.sl.usermodel.ShapeType;
import org.apache.poi.sl.usermodel.StrokeStyle;
import org.apache.poi.sl.usermodel.TextParagraph;
import org.apache.poi.sl.usermodel.TextShape;
import org.apache.poi.sl.usermodel.VerticalAlignment;
import org.apache.poi.xslf.usermodel.XSLFAutoShape;
import org.apache.poi.xslf.usermodel.XSLFConnectorShape;
import org.apache.poi.xslf.usermodel.XSLFFreeformShape;
import org.apache.poi.xslf.usermodel.XSLFGroupShape;
import org.apache.poi.xslf.usermodel.XSLFShapeContainer;
import org.apache.poi.xslf.usermodel.XSLFSimpleShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.openxmlformats.schemas.drawingml.x2006.main.CTConnection;
import org.openxmlformats.schemas.presentationml.x2006.main.CTConnector;

/**
 * Draws the shared diagram on a slide as native, editable PowerPoint shapes: one group per provider
 * (its container, regions and cards, so a cloud moves as one piece), rounded rectangles with titles for
 * containers, cards with their kind's icon (a freeform, not a picture) and the name wrapped as the canvas
 * wraps it, and connectors with arrowheads bound to the shapes they join, with their labels where the diagram
 * placed them. World units are scaled by one factor into the slide's content box.
 */
final class DiagramSlide {
    /** Slide text is set in Arial: the diagram measures with DejaVu Sans, which is wider, so what fits there fits. */
    static final String FONT = "Arial";
    /** The pitch of a card's detail lines in world units, as {@code DiagramLabels.card} sets them. */
    private static final double CARD_LINE_GAP = 15;

    private final Design design;
    private final Diagram diagram;
    private final DiagramLabels labels;
    private final Optional<Catalog> catalog;
    private final DiagramStyle style = DiagramStyle.LIGHT;
    private final double scale;
    private final double dx;
    private final double dy;
    private final Map<String, XSLFSimpleShape> shapes = new HashMap<>();

    private DiagramSlide(
            Design design,
            Diagram diagram,
            DiagramLabels labels,
            Optional<Catalog> catalog,
            Rect world,
            Rectangle2D box) {
        this.design = design;
        this.diagram = diagram;
        this.labels = labels;
        this.catalog = catalog;
        this.scale = Math.min(1.0, Math.min(box.getWidth() / world.w(), box.getHeight() / world.h()));
        this.dx = box.getX() + (box.getWidth() - world.w() * scale) / 2 - world.x() * scale;
        this.dy = box.getY() - world.y() * scale;
    }

    /** The scale at which a world rectangle fits the box (at most 1: one world unit is one point). */
    static double scaleToFit(Rect world, Rectangle2D box) {
        return Math.min(1.0, Math.min(box.getWidth() / world.w(), box.getHeight() / world.h()));
    }

    /**
     * Draws the items whose component (or, for edges, both ends) is in {@code only} (all when empty) scaled
     * to fit {@code world} into {@code box}; returns the shapes by component id.
     */
    static Map<String, XSLFSimpleShape> draw(
            XSLFSlide slide,
            Design design,
            Diagram diagram,
            DiagramLabels labels,
            Optional<Catalog> catalog,
            Rect world,
            Rectangle2D box,
            Set<String> only) {
        DiagramSlide d = new DiagramSlide(design, diagram, labels, catalog, world, box);
        d.drawAll(slide, only);
        return d.shapes;
    }

    private void drawAll(XSLFSlide slide, Set<String> only) {
        Map<String, XSLFGroupShape> groups = new HashMap<>();
        // zones under the design, notes over it; a slide of part of the design leaves them out
        List<Annotation> annotations = only.isEmpty() ? design.annotations() : List.of();
        for (Annotation a : annotations) {
            if (a.kind() == Annotation.Kind.ZONE) {
                annotation(slide, a);
            }
        }
        for (Diagram.Item it : diagram.items()) {
            if (it.kind() == Diagram.Kind.EDGE || (!only.isEmpty() && !only.contains(it.id()))) {
                continue;
            }
            String provider = topOf(it.component());
            boolean inCloud = design.component(provider)
                    .filter(c -> c instanceof Component.Provider)
                    .isPresent();
            XSLFShapeContainer group = !inCloud
                    ? slide
                    : groups.computeIfAbsent(provider, p -> {
                        XSLFGroupShape g = slide.createGroup();
                        ShapeNames.set(
                                g,
                                "Provider "
                                        + SlideText.clean(
                                                design.component(p)
                                                        .map(Component::label)
                                                        .orElse(p),
                                                80));
                        Rectangle2D anchor =
                                toSlide(diagram.item(p).map(Diagram.Item::rect).orElse(it.rect()));
                        g.setAnchor(anchor);
                        g.setInteriorAnchor(anchor);
                        return g;
                    });
            if (it.kind() == Diagram.Kind.CONTAINER) {
                container(group, it.component(), it.rect());
            } else {
                card(group, it.component(), it.rect());
            }
        }
        for (Diagram.Item it : diagram.items()) {
            if (it.kind() == Diagram.Kind.EDGE
                    && shapes.containsKey(it.connection().from())
                    && shapes.containsKey(it.connection().to())) {
                edge(slide, it.connection(), it.route());
            }
        }
        for (Annotation a : annotations) {
            if (a.kind() == Annotation.Kind.NOTE) {
                annotation(slide, a);
            }
        }
    }

    /** A zone: a dashed frame with its label at the top left; a note: text on pale paper. */
    private void annotation(XSLFSlide slide, Annotation a) {
        boolean zone = a.kind() == Annotation.Kind.ZONE;
        XSLFAutoShape s = slide.createAutoShape();
        s.setShapeType(zone ? ShapeType.ROUND_RECT : ShapeType.RECT);
        s.setAnchor(toSlide(DiagramLayout.rectOf(a)));
        ShapeNames.set(s, a.kind().json() + " " + a.id());
        if (zone) {
            s.setFillColor(null);
            s.setLineColor(awt(style.zoneOutline().colour()));
            s.setLineWidth(1.5);
            s.setLineDash(StrokeStyle.LineDash.LG_DASH);
            s.setVerticalAlignment(VerticalAlignment.TOP);
        } else {
            s.setFillColor(awt(style.noteFill()));
            s.setLineColor(awt(style.noteStroke()));
            s.setLineWidth(0.75);
            s.setVerticalAlignment(VerticalAlignment.MIDDLE);
        }
        s.setLeftInset(8 * scale);
        s.setTopInset(5 * scale);
        s.setRightInset(8 * scale);
        s.setWordWrap(true);
        s.clearText();
        XSLFTextParagraph p = s.addNewTextParagraph();
        p.setTextAlign(TextParagraph.TextAlign.LEFT);
        run(
                p,
                a.text(),
                zone ? DiagramStyle.REGION_TITLE : DiagramStyle.CARD_DETAIL,
                zone,
                zone ? style.accent() : style.text());
    }

    private void container(XSLFShapeContainer group, Component c, Rect r) {
        boolean region = c instanceof Component.Region;
        Colour provider = DiagramStyle.providerColour(providerId(c));
        XSLFAutoShape s = group.createAutoShape();
        s.setShapeType(ShapeType.ROUND_RECT);
        s.setAnchor(toSlide(r));
        ShapeNames.set(s, c.type().json() + " " + c.id());
        s.setFillColor(awt(region ? style.regionFill() : style.providerFill()));
        s.setLineColor(awt(region ? style.regionStroke() : style.providerOutline(provider)));
        s.setLineWidth(region ? 0.75 : 1.5);
        if (region) {
            s.setLineDash(StrokeStyle.LineDash.DASH);
        }
        s.setVerticalAlignment(VerticalAlignment.TOP);
        s.setLeftInset(8 * scale);
        s.setTopInset(5 * scale);
        s.setRightInset(8 * scale);
        s.setWordWrap(true);
        s.clearText();
        XSLFTextParagraph p = s.addNewTextParagraph();
        p.setTextAlign(TextParagraph.TextAlign.LEFT);
        XSLFTextRun run = p.addNewTextRun();
        run.setText(SlideText.clean(DiagramText.containerTitle(design, catalog, c), 120));
        run.setBold(true);
        run.setFontFamily(FONT);
        run.setFontSize(font(region ? DiagramStyle.REGION_TITLE : DiagramStyle.PROVIDER_TITLE));
        run.setFontColor(awt(style.text()));
        shapes.put(c.id(), s);
    }

    private void card(XSLFShapeContainer group, Component c, Rect r) {
        XSLFAutoShape s = group.createAutoShape();
        s.setShapeType(ShapeType.ROUND_RECT);
        s.setAnchor(toSlide(r));
        ShapeNames.set(s, c.type().json() + " " + c.id());
        s.setFillColor(awt(style.cardFill()));
        s.setLineColor(awt(style.kindColour(c.type())));
        s.setLineWidth(1.25);
        Optional<CardText> text = labels.card(c.id());
        // The diagram has already wrapped and sized the card's lines (measured with DejaVu Sans, wider than
        // Arial): each becomes its own paragraph, with wrapping and autofit off, so neither PowerPoint nor
        // LibreOffice can wrap them again past the card's border.
        List<TextLine> lines = text.map(t -> {
                    List<TextLine> all = new ArrayList<>(t.title());
                    all.addAll(t.details());
                    return all;
                })
                .orElse(List.of());
        double left = lines.isEmpty() ? 8 : lines.get(0).x();
        s.setLeftInset(left * scale);
        s.setRightInset(2 * scale);
        s.setTopInset(0);
        s.setBottomInset(0);
        s.setVerticalAlignment(VerticalAlignment.MIDDLE);
        s.setWordWrap(false);
        s.setTextAutofit(TextShape.TextAutofit.NONE);
        s.clearText();
        if (lines.isEmpty()) {
            XSLFTextParagraph p = s.addNewTextParagraph();
            p.setTextAlign(TextParagraph.TextAlign.LEFT);
            run(p, c.label(), DiagramStyle.CARD_TITLE, true, style.text());
        }
        for (TextLine line : lines) {
            XSLFTextParagraph p = s.addNewTextParagraph();
            p.setTextAlign(TextParagraph.TextAlign.LEFT);
            // the diagram's line pitch: a title line is its size + 2, a detail line 15 (negative = points)
            p.setLineSpacing(-(line.bold() ? line.size() + 2 : CARD_LINE_GAP) * scale);
            p.setSpaceBefore(0.0);
            p.setSpaceAfter(0.0);
            run(p, line.text(), line.size(), line.bold(), line.bold() ? style.text() : style.mutedText());
        }
        text.ifPresent(t -> icon(group, c, r, t));
        shapes.put(c.id(), s);
    }

    private void icon(XSLFShapeContainer group, Component c, Rect r, CardText t) {
        XSLFFreeformShape f = group.createFreeform();
        double size = t.iconSize() * scale;
        AffineTransform at = new AffineTransform();
        at.translate(dx + (r.x() + t.iconX()) * scale, dy + (r.y() + t.iconY()) * scale);
        at.scale(size / 24.0, size / 24.0);
        Path2D.Double path = new Path2D.Double(SvgPathData.icon(DiagramText.iconKey(c)), at);
        f.setPath(path);
        ShapeNames.set(f, "icon " + c.id());
        f.setFillColor(awt(style.kindColour(c.type())));
        f.setLineColor(null);
    }

    private void run(XSLFTextParagraph p, String text, double size, boolean bold, Colour colour) {
        XSLFTextRun run = p.addNewTextRun();
        run.setText(SlideText.clean(text));
        run.setBold(bold);
        run.setFontFamily(FONT);
        run.setFontSize(font(size));
        run.setFontColor(awt(colour));
    }

    private void edge(XSLFSlide slide, Connection k, Route route) {
        XSLFSimpleShape from = shapes.get(k.from());
        XSLFSimpleShape to = shapes.get(k.to());
        double x1 = dx + route.xs()[0] * scale;
        double y1 = dy + route.ys()[0] * scale;
        double x2 = dx + route.xs()[route.size() - 1] * scale;
        double y2 = dy + route.ys()[route.size() - 1] * scale;
        XSLFConnectorShape line = slide.createConnector();
        ShapeNames.set(line, "connection " + k.id());
        line.setShapeType(route.size() > 2 ? ShapeType.BENT_CONNECTOR_3 : ShapeType.STRAIGHT_CONNECTOR_1);
        line.setAnchor(
                new Rectangle2D.Double(Math.min(x1, x2), Math.min(y1, y2), Math.abs(x2 - x1), Math.abs(y2 - y1)));
        line.setFlipHorizontal(x2 < x1);
        line.setFlipVertical(y2 < y1);
        line.setLineColor(awt(style.edgeColour(k.type())));
        line.setLineWidth(DiagramStyle.EDGE_WIDTH * Math.max(scale, 0.6));
        lineDash(DiagramStyle.dashes(k.type())).ifPresent(line::setLineDash);
        line.setLineTailDecoration(LineDecoration.DecorationShape.TRIANGLE);
        CTConnector ct = (CTConnector) line.getXmlObject();
        var props = ct.getNvCxnSpPr().getCNvCxnSpPr();
        CTConnection start = props.addNewStCxn();
        start.setId(from.getShapeId());
        start.setIdx(site(from, x1, y1));
        CTConnection end = props.addNewEndCxn();
        end.setId(to.getShapeId());
        end.setIdx(site(to, x2, y2));
        labels.edge(k.id()).filter(l -> !l.hidden()).ifPresent(l -> edgeLabel(slide, k, l));
    }

    /** A rectangle's connection sites: 0 top, 1 left, 2 bottom, 3 right; the one nearest the route's end. */
    private static int site(XSLFSimpleShape s, double x, double y) {
        Rectangle2D a = s.getAnchor();
        double[] d = {
            Math.abs(y - a.getMinY()), Math.abs(x - a.getMinX()), Math.abs(y - a.getMaxY()), Math.abs(x - a.getMaxX())
        };
        int best = 0;
        for (int i = 1; i < 4; i++) {
            if (d[i] < d[best]) {
                best = i;
            }
        }
        return best;
    }

    private void edgeLabel(XSLFSlide slide, Connection k, EdgeLabel l) {
        XSLFTextBox box = slide.createTextBox();
        ShapeNames.set(box, "label " + k.id());
        box.setAnchor(toSlide(l.pill()));
        box.setFillColor(awt(style.edgeLabelFill()));
        box.setLeftInset(1);
        box.setRightInset(1);
        box.setTopInset(0);
        box.setBottomInset(0);
        box.setWordWrap(false);
        box.setVerticalAlignment(VerticalAlignment.MIDDLE);
        box.clearText();
        XSLFTextParagraph p = box.addNewTextParagraph();
        p.setTextAlign(TextParagraph.TextAlign.CENTER);
        run(p, l.text().text(), l.text().size(), false, style.mutedText());
    }

    private double font(double worldSize) {
        // PowerPoint takes font sizes in hundredths of a point; keep them readable but honest to the scale.
        return Math.max(1, Math.round(worldSize * scale * 2) / 2.0);
    }

    Rectangle2D toSlide(Rect r) {
        return new Rectangle2D.Double(dx + r.x() * scale, dy + r.y() * scale, r.w() * scale, r.h() * scale);
    }

    private String topOf(Component c) {
        Component at = c;
        for (int guard = 0; guard < 64 && at.parent().isPresent(); guard++) {
            Optional<Component> up = design.component(at.parent().get());
            if (up.isEmpty()) {
                break;
            }
            at = up.get();
        }
        return at.id();
    }

    private String providerId(Component c) {
        return design.component(topOf(c))
                .filter(Component.Provider.class::isInstance)
                .map(p -> Component.Provider.class.cast(p).provider())
                .orElse("custom");
    }

    static Color awt(Colour c) {
        return new Color((float) c.red(), (float) c.green(), (float) c.blue(), (float) c.opacity());
    }

    /**
     * The preset dash nearest a connection's pattern: dash-dot (telemetry), dash (runs on), dot (replicates,
     * federates); empty for a solid line. PowerPoint offers presets only, so the picture's exact lengths
     * become the preset of the same shape.
     */
    static Optional<StrokeStyle.LineDash> lineDash(double[] dash) {
        if (dash.length == 0) {
            return Optional.empty();
        }
        if (dash.length > 2) {
            return Optional.of(StrokeStyle.LineDash.DASH_DOT);
        }
        return Optional.of(dash[0] > 3 ? StrokeStyle.LineDash.DASH : StrokeStyle.LineDash.SYS_DOT);
    }
}
