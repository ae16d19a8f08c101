package dev.skyloom.app.canvas;

import dev.skyloom.export.diagram.Diagram;
import dev.skyloom.export.diagram.Rect;
import dev.skyloom.icons.ProviderColours;
import dev.skyloom.model.Component;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/**
 * The minimap of a {@link DesignCanvas}: the whole design in miniature (containers as outlines in
 * their provider colour, cards as dots) and the visible part as a frame. Click or drag to move the view.
 */
final class CanvasOverview extends Region {
    private final DesignCanvas owner;
    private final Canvas base = new Canvas();
    private final Canvas frame = new Canvas();
    private double scale = 1;
    private double offsetX;
    private double offsetY;

    CanvasOverview(DesignCanvas owner) {
        this.owner = owner;
        getStyleClass().add("canvas-overview");
        setPrefSize(220, 150);
        setMinSize(80, 60);
        getChildren().addAll(base, frame);
        owner.diagramProperty().addListener((o, a, b) -> paintBase());
        owner.themeProperty().addListener((o, a, b) -> paintBase());
        owner.viewportProperty().addListener((o, a, b) -> paintFrame());
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::navigate);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::navigate);
    }

    private void navigate(MouseEvent e) {
        double wx = (e.getX() - offsetX) / scale;
        double wy = (e.getY() - offsetY) / scale;
        Viewport v = owner.viewport();
        owner.setViewport(new Viewport(
                wx - v.width() / 2 / v.zoom(), wy - v.height() / 2 / v.zoom(), v.zoom(), v.width(), v.height()));
        e.consume();
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        if (base.getWidth() != w || base.getHeight() != h) {
            base.setWidth(w);
            base.setHeight(h);
            frame.setWidth(w);
            frame.setHeight(h);
            paintBase();
        }
    }

    private void paintBase() {
        double w = base.getWidth();
        double h = base.getHeight();
        GraphicsContext gc = base.getGraphicsContext2D();
        CanvasTheme t = owner.themeProperty().get();
        gc.setFill(t.background());
        gc.fillRect(0, 0, w, h);
        gc.setStroke(t.cardStroke());
        gc.setLineWidth(1);
        gc.strokeRect(0.5, 0.5, w - 1, h - 1);
        Diagram d = owner.getDiagram();
        Rect ext = d.extent().inflated(20);
        if (w <= 0 || h <= 0 || ext.w() <= 0) {
            paintFrame();
            return;
        }
        scale = Math.min((w - 8) / ext.w(), (h - 8) / ext.h());
        offsetX = (w - ext.w() * scale) / 2 - ext.x() * scale;
        offsetY = (h - ext.h() * scale) / 2 - ext.y() * scale;
        for (Diagram.Item it : d.items()) {
            Rect r = it.rect();
            double x = r.x() * scale + offsetX;
            double y = r.y() * scale + offsetY;
            if (it.kind() == Diagram.Kind.CONTAINER) {
                Component c = it.component();
                String provider = d.design()
                        .providerOf(c.id())
                        .map(Component.Provider::provider)
                        .orElse("custom");
                Color pc = Color.web(ProviderColours.hex(provider));
                gc.setFill(pc.deriveColor(0, 1, 1, c instanceof Component.Provider ? 0.12 : 0.08));
                gc.fillRect(x, y, r.w() * scale, r.h() * scale);
                gc.setStroke(pc.deriveColor(0, 1, 1, 0.7));
                FlatShapes.strokeRect(gc, x, y, r.w() * scale, r.h() * scale);
            } else if (it.kind() == Diagram.Kind.CARD) {
                gc.setFill(t.mutedText());
                gc.fillRect(x, y, Math.max(1.5, r.w() * scale), Math.max(1.5, r.h() * scale));
            }
        }
        paintFrame();
    }

    private void paintFrame() {
        GraphicsContext gc = frame.getGraphicsContext2D();
        gc.clearRect(0, 0, frame.getWidth(), frame.getHeight());
        Rect vw = owner.viewport().world();
        CanvasTheme t = owner.themeProperty().get();
        double x = vw.x() * scale + offsetX;
        double y = vw.y() * scale + offsetY;
        gc.setFill(t.accent().deriveColor(0, 1, 1, 0.12));
        gc.fillRect(x, y, vw.w() * scale, vw.h() * scale);
        gc.setStroke(t.accent());
        gc.setLineWidth(1.5);
        gc.strokeRect(x, y, vw.w() * scale, vw.h() * scale);
    }
}
