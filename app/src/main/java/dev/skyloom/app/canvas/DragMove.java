package dev.skyloom.app.canvas;

import dev.skyloom.export.diagram.Diagram;
import dev.skyloom.model.Annotation;
import dev.skyloom.model.Component;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import javafx.scene.input.MouseEvent;

/**
 * Moving the selection with the mouse: the preview offset, snapping to neighbours and the grid (Alt places
 * freely), and on release one move intent (or a move into the container the pools or storage were dropped on).
 */
final class DragMove {
    /** How close, on screen, an edge must come to a neighbour's (or the grid) to snap to it. */
    private static final double SNAP_PIXELS = 6;

    private final DesignCanvas canvas;
    private Snapper snapper;
    private double pressX;
    private double pressY;

    DragMove(DesignCanvas canvas) {
        this.canvas = canvas;
    }

    /**
     * Starts moving the selection (with the children of selected containers and the selected notes) from
     * the press at ({@code pressX}, {@code pressY}) on screen.
     */
    void start(MouseEvent e, double pressX, double pressY) {
        this.pressX = pressX;
        this.pressY = pressY;
        PaintState s = canvas.state();
        Set<String> moving = new LinkedHashSet<>(canvas.getDiagram().withDescendants(movableSelection()));
        moving.addAll(selectedAnnotations());
        s.moving = moving;
        drag(e);
    }

    /** Follows the pointer: the preview offset from the press, snapped unless Alt is held. */
    void drag(MouseEvent e) {
        PaintState s = canvas.state();
        double z = canvas.viewport().zoom();
        double dx = (e.getX() - pressX) / z;
        double dy = (e.getY() - pressY) / z;
        s.guideX = Double.NaN;
        s.guideY = Double.NaN;
        // Alt held while dragging places freely
        if (canvas.snapProperty().get() && !e.isAltDown()) {
            if (snapper == null) {
                snapper = Snapper.of(canvas.getDiagram(), s.moving, movableSelection(), canvas.viewport());
            }
            Snapper.Snap snap = snapper.snap(dx, dy, SNAP_PIXELS / z);
            dx = snap.dx();
            dy = snap.dy();
            s.guideX = snap.guideX();
            s.guideY = snap.guideY();
        }
        s.moveDx = dx;
        s.moveDy = dy;
        canvas.redraw();
    }

    /** Ends the move: one move intent, or a move into another container for dropped pools and storage. */
    void finish(MouseEvent e) {
        PaintState s = canvas.state();
        double dx = s.moveDx;
        double dy = s.moveDy;
        Set<String> ids = new LinkedHashSet<>(movableSelection());
        ids.addAll(selectedAnnotations());
        s.moving = Set.of();
        s.moveDx = 0;
        s.moveDy = 0;
        s.guideX = Double.NaN;
        s.guideY = Double.NaN;
        snapper = null;
        canvas.redraw();
        if (!ids.isEmpty() && (dx != 0 || dy != 0)) {
            Optional<Optional<String>> into = newHome(ids, e);
            if (into.isPresent()) {
                canvas.intents().moveInto(ids, into.get(), dx, dy, e.getSceneX(), e.getSceneY());
            } else {
                canvas.intents().move(ids, dx, dy);
            }
        }
    }

    /** Forgets the snap targets of a cancelled drag. */
    void cancel() {
        snapper = null;
    }

    /** The selected notes and zones (they move with the selection). */
    private Set<String> selectedAnnotations() {
        Set<String> result = new LinkedHashSet<>();
        for (Annotation a : canvas.getDiagram().design().annotations()) {
            if (canvas.getSelection().contains(a.id())) {
                result.add(a.id());
            }
        }
        return result;
    }

    /**
     * Where dragged GPU pools and storage were dropped when that is not their region: the container under
     * the pointer (empty for the bare canvas). Empty when something else is dragged or the region is theirs.
     */
    private Optional<Optional<String>> newHome(Set<String> ids, MouseEvent e) {
        Set<String> parents = new java.util.HashSet<>();
        for (String id : ids) {
            Component c = canvas.component(id);
            if (!(c instanceof Component.GpuPool || c instanceof Component.Storage)) {
                return Optional.empty();
            }
            parents.add(c.parent().orElse(""));
        }
        Viewport v = canvas.viewport();
        Optional<String> over = canvas.getDiagram()
                .containerAt(v.toWorldX(e.getX()), v.toWorldY(e.getY()))
                .map(Diagram.Item::id);
        if (parents.size() == 1 && parents.contains(over.orElse("-"))) {
            return Optional.empty();
        }
        return Optional.of(over);
    }

    /** Selected components whose ancestors are not selected too (moving a container moves its children). */
    Set<String> movableSelection() {
        Set<String> result = new LinkedHashSet<>();
        for (String id : canvas.getSelection()) {
            Component c = canvas.component(id);
            if (c == null) {
                continue;
            }
            boolean ancestorSelected = false;
            Optional<String> p = c.parent();
            while (p.isPresent() && !ancestorSelected) {
                ancestorSelected = canvas.getSelection().contains(p.get());
                Component pc = canvas.component(p.get());
                p = pc == null ? Optional.empty() : pc.parent();
            }
            if (!ancestorSelected) {
                result.add(id);
            }
        }
        return result;
    }
}
