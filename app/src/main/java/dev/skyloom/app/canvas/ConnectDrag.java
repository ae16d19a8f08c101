package dev.skyloom.app.canvas;

import dev.skyloom.export.diagram.Diagram;
import dev.skyloom.model.Component;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseEvent;

/**
 * Drawing a connection: from the connect handle of the hovered or selected component (or, with Alt or in
 * connect mode, from the component itself) to a card or to a container the source can connect to.
 */
final class ConnectDrag {
    private final DesignCanvas canvas;

    ConnectDrag(DesignCanvas canvas) {
        this.canvas = canvas;
    }

    /**
     * What a connection being drawn would end on: the card under the pointer, or the innermost container
     * there (or around it) that the source can connect to (identity → its provider, telemetry from a region).
     */
    private Optional<Diagram.Item> target(Optional<Diagram.Item> under, Component from) {
        if (under.isEmpty() || from == null || under.get().id().equals(from.id())) {
            return Optional.empty();
        }
        if (under.get().kind() == Diagram.Kind.CARD) {
            return under;
        }
        Optional<Diagram.Item> at = under;
        while (at.isPresent() && at.get().component() != null) {
            if (CanvasGeometry.someTypeJoins(from, at.get().component())) {
                return at;
            }
            at = at.get().component().parent().flatMap(canvas.getDiagram()::item);
        }
        return Optional.empty();
    }

    /** The hovered or selected component whose connect handle is at the screen point (x, y). */
    Optional<String> handleAt(double x, double y) {
        PaintState s = canvas.state();
        Viewport v = canvas.viewport();
        Set<String> candidates = new LinkedHashSet<>();
        if (s.hoverId != null) {
            candidates.add(s.hoverId);
        }
        candidates.addAll(canvas.getSelection());
        for (String id : candidates) {
            Optional<Diagram.Item> it = canvas.getDiagram().item(id);
            if (it.isPresent()
                    && it.get().component() != null
                    && CanvasGeometry.canStartConnection(it.get().component())) {
                double[] p = CanvasGeometry.connectHandle(it.get().rect(), v);
                if (Math.hypot(p[0] - x, p[1] - y) <= 9) {
                    return Optional.of(id);
                }
            }
        }
        return Optional.empty();
    }

    /** Starts a connection from {@code source} at the pointer. */
    void start(String source, MouseEvent e) {
        PaintState s = canvas.state();
        s.connectFrom = source;
        Point2D w = world(e);
        s.connectX = w.getX();
        s.connectY = w.getY();
        s.connectTarget = null;
        canvas.redraw();
    }

    /** Follows the pointer; the target under it is marked as accepted or refused. */
    void drag(MouseEvent e) {
        PaintState s = canvas.state();
        Point2D w = world(e);
        s.connectX = w.getX();
        s.connectY = w.getY();
        Optional<Diagram.Item> target =
                target(CanvasGestures.hit(canvas, e.getX(), e.getY()), canvas.component(s.connectFrom));
        s.connectTarget = target.map(Diagram.Item::id).orElse(null);
        s.connectTargetOk = target.isPresent()
                && CanvasGeometry.someTypeJoins(
                        canvas.component(s.connectFrom), target.get().component());
        canvas.redraw();
    }

    /** Ends the drag: one connect intent when it ended on a target. */
    void finish(MouseEvent e) {
        PaintState s = canvas.state();
        String from = s.connectFrom;
        String to = s.connectTarget;
        s.connectFrom = null;
        s.connectTarget = null;
        canvas.redraw();
        if (to != null) {
            canvas.intents().connect(from, to, e.getSceneX(), e.getSceneY());
        }
    }

    private Point2D world(MouseEvent e) {
        Viewport v = canvas.viewport();
        return new Point2D(v.toWorldX(e.getX()), v.toWorldY(e.getY()));
    }
}
