package dev.skyloom.app.canvas;

import dev.skyloom.export.diagram.Diagram;
import dev.skyloom.export.diagram.DiagramLabels;
import dev.skyloom.export.diagram.DiagramLayout;
import dev.skyloom.export.diagram.Rect;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Pos;

/**
 * Where the canvas looks: its viewport, pan and zoom (clamped, with the zoom property kept in step) and zoom
 * to fit, which keeps the design clear of the corners overlays reserve and stays fitted across resizes until
 * the user pans or zooms.
 */
final class PanZoom {
    static final double MIN_ZOOM = 0.02;
    static final double MAX_ZOOM = 4;

    private final DesignCanvas canvas;
    private final DoubleProperty zoom;
    private final ReadOnlyObjectWrapper<Viewport> viewport;
    private boolean settingZoom;
    private boolean fitPending = true;
    private boolean fitted;
    private final Map<Object, FitArea.Reserve> reserves = new java.util.LinkedHashMap<>();

    PanZoom(DesignCanvas canvas) {
        this.canvas = canvas;
        // the canvas stays the bean of its properties
        zoom = new SimpleDoubleProperty(canvas, "zoom", 1);
        viewport = new ReadOnlyObjectWrapper<>(canvas, "viewport", new Viewport(0, 0, 1, 0, 0));
        zoom.addListener((obs, o, z) -> {
            if (!settingZoom) {
                Viewport v = viewport.get();
                double clamped = clampZoom(z.doubleValue());
                setViewport(v.zoomedAround(clamped, v.width() / 2, v.height() / 2));
            }
        });
    }

    DoubleProperty zoomProperty() {
        return zoom;
    }

    ReadOnlyObjectWrapper<Viewport> viewportWrapper() {
        return viewport;
    }

    void showViewport(Viewport v) {
        fitPending = false; // an explicit view wins over a fit still waiting for the layout pass
        fitted = false;
        Viewport now = viewport.get();
        setViewport(new Viewport(v.originX(), v.originY(), v.zoom(), now.width(), now.height()));
    }

    void zoomToFitAfterLayout() {
        fitPending = true;
        canvas.requestLayout();
    }

    void zoomToFit() {
        Rect r = canvas.getDiagram().extent();
        if (canvas.getWidth() <= 0 || canvas.getHeight() <= 0) {
            fitPending = true;
            return;
        }
        if (r.w() <= 0 && r.h() <= 0) {
            setViewport(new Viewport(0, 0, 1, canvas.getWidth(), canvas.getHeight()));
            fitted = true;
            return;
        }
        setViewport(
                FitArea.fit(r, fitContent(), canvas.getWidth(), canvas.getHeight(), reserves.values(), MIN_ZOOM, 1.25));
        fitted = true;
    }

    /**
     * What zoom to fit keeps out from under the overlays: cards (with room for their badges), container
     * headers (with room for their overview titles), notes, edge lines and the edge labels that are drawn.
     */
    private List<Rect> fitContent() {
        Diagram d = canvas.getDiagram();
        DiagramLabels l = canvas.getLabels();
        List<Rect> out = new java.util.ArrayList<>(d.items().size());
        for (Diagram.Item it : d.items()) {
            Rect r = it.rect();
            switch (it.kind()) {
                case CARD -> out.add(r.inflated(8));
                case CONTAINER ->
                    out.add(new Rect(r.x(), r.y(), r.w(), Math.min(r.h(), DiagramLayout.headerHeight(it.component())))
                            .inflated(4));
                case EDGE -> {
                    l.edge(it.id()).filter(e -> !e.hidden()).ifPresent(e -> out.add(e.pill()));
                    // a line running under an overlay would seem to end there
                    for (int i = 1; i < it.route().size(); i++) {
                        out.add(Rect.spanning(
                                it.route().xs()[i - 1],
                                it.route().ys()[i - 1],
                                it.route().xs()[i],
                                it.route().ys()[i]));
                    }
                }
            }
        }
        for (dev.skyloom.model.Annotation a : d.design().annotations()) {
            out.add(DiagramLayout.rectOf(a));
        }
        return out;
    }

    void fitOnNextLayout() {
        fitPending = true;
        canvas.requestLayout();
    }

    void reserve(Object key, Pos corner, double width, double height) {
        FitArea.Reserve next = new FitArea.Reserve(corner, width, height);
        if (!next.equals(reserves.put(key, next)) && fitted) {
            zoomToFit();
        }
    }

    void release(Object key) {
        if (reserves.remove(key) != null && fitted) {
            zoomToFit();
        }
    }

    boolean isFitted() {
        return fitted;
    }

    void zoomToSelection() {
        Optional<Rect> r = canvas.getDiagram().boundsOf(canvas.getSelection());
        if (r.isEmpty()) {
            zoomToFit();
            return;
        }
        setViewport(Viewport.fitting(r.get(), canvas.getWidth(), canvas.getHeight(), 48, MIN_ZOOM, 2));
    }

    void reveal(String id) {
        canvas.getDiagram().item(id).ifPresent(it -> {
            Viewport v = viewport.get();
            double z = Math.max(v.zoom(), 0.8);
            Rect r = it.rect();
            if (r.w() * z > canvas.getWidth() || r.h() * z > canvas.getHeight()) {
                setViewport(Viewport.fitting(r, canvas.getWidth(), canvas.getHeight(), 40, MIN_ZOOM, z));
                return;
            }
            setViewport(new Viewport(
                    r.centerX() - canvas.getWidth() / 2 / z,
                    r.centerY() - canvas.getHeight() / 2 / z,
                    z,
                    canvas.getWidth(),
                    canvas.getHeight()));
        });
    }

    void zoomIn() {
        zoomAround(zoom.get() * 1.25, canvas.getWidth() / 2, canvas.getHeight() / 2);
    }

    void zoomOut() {
        zoomAround(zoom.get() / 1.25, canvas.getWidth() / 2, canvas.getHeight() / 2);
    }

    void panBy(double dx, double dy) {
        Viewport v = viewport.get();
        setViewport(new Viewport(
                v.originX() + dx / v.zoom(), v.originY() + dy / v.zoom(), v.zoom(), v.width(), v.height()));
    }

    void setViewport(Viewport v) {
        fitted = false;
        double z = clampZoom(v.zoom());
        Viewport next = z == v.zoom() ? v : new Viewport(v.originX(), v.originY(), z, v.width(), v.height());
        viewport.set(next);
        if (zoom.get() != next.zoom()) {
            settingZoom = true;
            try {
                zoom.set(next.zoom());
            } finally {
                settingZoom = false;
            }
        }
        canvas.redraw();
    }

    void zoomAround(double newZoom, double sx, double sy) {
        setViewport(viewport.get().zoomedAround(clampZoom(newZoom), sx, sy));
    }

    private static double clampZoom(double z) {
        return Double.isFinite(z) ? Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, z)) : 1;
    }

    /** The canvas took a new size: the view keeps its origin and zoom, and a fitted view fits again. */
    void resized(double w, double h) {
        Viewport v = viewport.get();
        viewport.set(new Viewport(v.originX(), v.originY(), v.zoom(), w, h));
        canvas.redraw();
        if (fitted && w > 0 && h > 0) {
            zoomToFit();
        }
    }

    /** After a layout pass: the fit that waited for the canvas to have a size. */
    void laidOut(double w, double h) {
        if (fitPending && w > 0 && h > 0) {
            fitPending = false;
            zoomToFit();
        }
    }
}
