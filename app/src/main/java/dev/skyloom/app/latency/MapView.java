package dev.skyloom.app.latency;

import static dev.skyloom.app.canvas.CanvasTheme.fx;

import dev.skyloom.app.canvas.CanvasTheme;
import dev.skyloom.app.service.WhileShown;
import dev.skyloom.export.diagram.DiagramStyle;
import dev.skyloom.export.map.MapProjection;
import dev.skyloom.export.map.ReachMap;
import dev.skyloom.export.map.WorldOutline;
import dev.skyloom.model.latency.Serving;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * The Map view: paints a {@link ReachMap} (the world, the design's regions in their providers' colours,
 * populations sized by share and their serving lines coloured by round trip against budget) on one
 * canvas, in the canvas theme's style. Clicking a population selects it. All geometry comes from the
 * toolkit-free map model; this class only draws.
 */
public final class MapView extends Region {
    private static final double MARGIN = 16;
    /** Room under the map for its key. */
    private static final double KEY_HEIGHT = 48;

    private final Canvas canvas = new Canvas();
    private final Tooltip tip = new Tooltip();
    private ReachState.Snapshot snapshot;
    private DiagramStyle style = DiagramStyle.LIGHT;
    private Consumer<String> onSelect = id -> {};
    private String selected;
    // hidden behind the diagram it is painted when shown (a new reach state comes after every edit)
    private final WhileShown painting = new WhileShown(this::draw);

    public MapView(ObservableValue<ReachState.Snapshot> state, ObservableValue<CanvasTheme> theme) {
        setId("map-view");
        getChildren().add(canvas);
        setMinSize(0, 0);
        state.addListener((o, a, s) -> {
            snapshot = s;
            paint();
        });
        snapshot = state.getValue();
        theme.addListener((o, a, t) -> {
            style = t.style();
            paint();
        });
        if (theme.getValue() != null) {
            style = theme.getValue().style();
        }
        painting.follow(visibleProperty());
        canvas.setOnMouseClicked(e -> populationAt(e.getX(), e.getY()).ifPresent(id -> onSelect.accept(id)));
        canvas.setOnMouseMoved(e -> {
            Optional<ReachMap.PopulationMark> p = populationAt(e.getX(), e.getY())
                    .flatMap(id -> map().populations().stream()
                            .filter(m -> m.id().equals(id))
                            .findFirst());
            if (p.isEmpty()) {
                Tooltip.uninstall(canvas, tip);
            } else {
                tip.setText(describe(p.get()));
                Tooltip.install(canvas, tip);
            }
        });
    }

    /** What clicking a population does (the window selects it on the canvas). */
    public void setOnSelect(Consumer<String> onSelect) {
        this.onSelect = onSelect;
    }

    /** The population drawn highlighted (the one selected on the canvas), or null. */
    public void setSelected(String populationId) {
        this.selected = populationId;
        paint();
    }

    /** The map shown (empty before the first analysis). */
    public ReachMap map() {
        return snapshot == null
                ? new ReachMap(java.util.List.of(), java.util.List.of(), java.util.List.of(), java.util.List.of())
                : snapshot.map(style);
    }

    /** The projection of the current size. */
    public MapProjection projection() {
        return MapProjection.fitting(
                MARGIN,
                MARGIN,
                Math.max(1, getWidth() - 2 * MARGIN),
                Math.max(1, getHeight() - 2 * MARGIN - KEY_HEIGHT));
    }

    /** The population under a point of this view. */
    public Optional<String> populationAt(double x, double y) {
        return map().populationAt(projection(), x, y);
    }

    @Override
    protected void layoutChildren() {
        if (canvas.getWidth() != getWidth() || canvas.getHeight() != getHeight()) {
            canvas.setWidth(getWidth());
            canvas.setHeight(getHeight());
            paint();
        }
    }

    private void paint() {
        painting.run();
    }

    private void draw() {
        GraphicsContext gc = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        gc.setFill(fx(style.background()));
        gc.fillRect(0, 0, w, h);
        if (w < 2 * MARGIN || h < 2 * MARGIN) {
            return;
        }
        MapProjection p = projection();
        gc.save();
        gc.beginPath();
        gc.rect(p.x(), p.y(), p.width(), p.height());
        gc.clip();
        gc.setFill(fx(style.providerFill()));
        gc.fillRect(p.x(), p.y(), p.width(), p.height());
        gc.setFill(fx(style.dimFill()));
        gc.setStroke(fx(style.cardStroke()));
        gc.setLineWidth(0.6);
        gc.setFillRule(FillRule.EVEN_ODD);
        for (double[] ring : WorldOutline.land().rings()) {
            gc.beginPath();
            for (int i = 0; i < ring.length; i += 2) {
                double x = p.x(ring[i]);
                double y = p.y(ring[i + 1]);
                if (i == 0) {
                    gc.moveTo(x, y);
                } else {
                    gc.lineTo(x, y);
                }
            }
            gc.closePath();
            gc.fill();
            gc.stroke();
        }
        ReachMap map = map();
        gc.setLineCap(StrokeLineCap.ROUND);
        for (ReachMap.ServingLine line : map.lines()) {
            gc.setStroke(fx(line.colour()));
            gc.setLineWidth(line.dashed() ? 1.4 : 2.2);
            gc.setLineDashes(line.dashed() ? new double[] {5, 4} : null);
            for (double[] piece : line.path()) {
                gc.beginPath();
                for (int i = 0; i < piece.length; i += 2) {
                    if (i == 0) {
                        gc.moveTo(p.x(piece[i]), p.y(piece[i + 1]));
                    } else {
                        gc.lineTo(p.x(piece[i]), p.y(piece[i + 1]));
                    }
                }
                gc.stroke();
            }
        }
        gc.setLineDashes((double[]) null);
        for (ReachMap.PopulationMark m : map.populations()) {
            double x = p.x(m.at().longitude());
            double y = p.y(m.at().latitude());
            double r = m.radius();
            gc.setFill(fx(m.colour()).deriveColor(0, 1, 1, 0.35));
            gc.fillOval(x - r, y - r, 2 * r, 2 * r);
            gc.setStroke(m.id().equals(selected) ? fx(style.highlight()) : fx(m.colour()));
            gc.setLineWidth(m.id().equals(selected) ? 3 : 1.8);
            gc.strokeOval(x - r, y - r, 2 * r, 2 * r);
        }
        // regions over the populations' circles: a region in the users' own city (Tokyo, Ashburn) stays visible
        for (ReachMap.RegionMark r : map.regions()) {
            double x = p.x(r.at().longitude());
            double y = p.y(r.at().latitude());
            double s = r.serving() ? 6 : 4.5;
            gc.setFill(r.failed() ? fx(style.dimFill()) : fx(r.colour()));
            gc.setStroke(r.failed() ? fx(style.error()) : fx(style.background()));
            gc.setLineWidth(1.5);
            gc.fillRect(x - s, y - s, 2 * s, 2 * s);
            gc.strokeRect(x - s, y - s, 2 * s, 2 * s);
            if (r.failed()) {
                gc.strokeLine(x - s, y - s, x + s, y + s);
                gc.strokeLine(x - s, y + s, x + s, y - s);
            }
        }
        gc.setFont(Font.font(DiagramStyle.FONT_FAMILY, DiagramStyle.EDGE_LABEL));
        gc.setTextBaseline(VPos.CENTER);
        for (ReachMap.PopulationMark m : map.populations()) {
            double x = p.x(m.at().longitude());
            double y = p.y(m.at().latitude());
            double r = m.radius();
            if (!regionWithin(map, p, x, y, r)) {
                person(gc, x, y, Math.max(4, r * 0.7), fx(style.text()));
            }
            gc.setFill(fx(style.text()));
            // labels in the east third go to the left of their marker, so the map's edge does not cut them
            boolean west = x > p.x() + p.width() * 0.7;
            gc.setTextAlign(west ? TextAlignment.RIGHT : TextAlignment.LEFT);
            gc.fillText(m.label() + "  " + rtt(m.serving()), west ? x - r - 4 : x + r + 4, y);
        }
        gc.restore();
        gc.setFill(fx(style.mutedText()));
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.TOP);
        double below = p.y() + p.height() + 4;
        if (below + 42 <= h) {
            gc.fillText(
                    "■ region in its provider's colour (crossed out: failed)    ● users, sized by share", p.x(), below);
            gc.fillText(
                    "Lines: green within budget, red over, grey unknown, dashed: served from before the failure",
                    p.x(),
                    below + 14);
            gc.fillText("Map: " + WorldOutline.SOURCE, p.x(), below + 28);
        }
    }

    private static boolean regionWithin(ReachMap map, MapProjection p, double x, double y, double r) {
        for (ReachMap.RegionMark region : map.regions()) {
            double dx = p.x(region.at().longitude()) - x;
            double dy = p.y(region.at().latitude()) - y;
            if (dx * dx + dy * dy < r * r) {
                return true;
            }
        }
        return false;
    }

    /** A head and shoulders, the populations' sign on the map as on the canvas's users icon. */
    private static void person(GraphicsContext gc, double x, double y, double size, Color colour) {
        gc.setFill(colour);
        double head = size * 0.42;
        gc.fillOval(x - head / 2, y - size / 2, head, head);
        gc.fillArc(x - size / 2, y - size * 0.02, size, size * 0.9, 0, 180, javafx.scene.shape.ArcType.ROUND);
    }

    private static String rtt(Serving s) {
        return s.rtt().map(r -> r.text()).orElse("");
    }

    static String describe(ReachMap.PopulationMark m) {
        Serving s = m.serving();
        return m.label() + "\n"
                + (s.region().isEmpty()
                        ? "not served"
                        : "served from " + s.region() + " (" + s.pool() + ") at "
                                + s.rtt()
                                        .map(r -> r.text() + ", " + r.provenance())
                                        .orElse("an unknown round trip"))
                + "\nbudget " + s.budgetMs().stripTrailingZeros().toPlainString() + " ms";
    }
}
