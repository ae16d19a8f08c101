package dev.skyloom.app.canvas;

import dev.skyloom.export.diagram.Diagram;
import dev.skyloom.export.diagram.DiagramLayout;
import dev.skyloom.export.diagram.Rect;
import dev.skyloom.model.Annotation;
import dev.skyloom.model.Bounds;
import dev.skyloom.model.Component;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.control.TextField;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;

/**
 * Mouse, touch and keyboard handling of a {@link DesignCanvas}: selection, rubber band, move, resize,
 * connect, in-place rename, pan and zoom. Previews are drawn by the canvas; each finished gesture is
 * one call on {@link CanvasIntents}.
 */
final class CanvasGestures {
    private enum Mode {
        NONE,
        PAN,
        PRESS_ITEM,
        MOVE,
        BAND,
        RESIZE,
        CONNECT
    }

    private static final double DRAG_THRESHOLD = 4;
    /** How close, on screen, an edge must come to a neighbour's (or the grid) to snap to it. */
    private static final double SNAP_PIXELS = 6;

    private final DesignCanvas canvas;
    private Mode mode = Mode.NONE;
    private double pressX;
    private double pressY;
    private double lastX;
    private double lastY;
    private boolean additive;
    private boolean spaceDown;
    private int handle = -1;
    private Rect resizeStart;
    private Set<String> bandBase = Set.of();
    private TextField editor;
    private String editingId;
    private Snapper snapper;

    CanvasGestures(DesignCanvas canvas) {
        this.canvas = canvas;
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, this::moved);
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hover(null));
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        canvas.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        canvas.addEventHandler(ZoomEvent.ZOOM, this::zoomed);
        canvas.addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, this::contextMenu);
        canvas.addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        canvas.addEventHandler(KeyEvent.KEY_RELEASED, this::keyReleased);
    }

    void designChanged() {
        PaintState s = canvas.state();
        if (s.hoverId != null && canvas.getDiagram().item(s.hoverId).isEmpty()) {
            s.hoverId = null;
        }
        if (editingId != null
                && canvas.getDiagram().item(editingId).isEmpty()
                && canvas.getDiagram().design().annotation(editingId).isEmpty()) {
            closeEditor(false);
        }
    }

    private Point2D world(MouseEvent e) {
        Viewport v = canvas.viewport();
        return new Point2D(v.toWorldX(e.getX()), v.toWorldY(e.getY()));
    }

    private Optional<Diagram.Item> hit(double x, double y) {
        Viewport v = canvas.viewport();
        return canvas.getDiagram().hit(v.toWorldX(x), v.toWorldY(y), 6 / v.zoom());
    }

    /**
     * What a connection being drawn would end on: the card under the pointer, or the innermost container
     * there (or around it) that the source can connect to (identity → its provider, telemetry from a region).
     */
    private Optional<Diagram.Item> connectTarget(Optional<Diagram.Item> under, Component from) {
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

    private void pressed(MouseEvent e) {
        if (editor != null && e.getTarget() != editor) {
            closeEditor(true);
        }
        canvas.requestFocus();
        canvas.tip().setVisible(false);
        pressX = e.getX();
        pressY = e.getY();
        lastX = e.getX();
        lastY = e.getY();
        if (e.getButton() == MouseButton.MIDDLE || (e.getButton() == MouseButton.PRIMARY && spaceDown)) {
            mode = Mode.PAN;
            canvas.setCursor(Cursor.CLOSED_HAND);
            e.consume();
            return;
        }
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        PaintState s = canvas.state();
        Viewport v = canvas.viewport();
        additive = e.isShortcutDown() || e.isShiftDown();
        if (canvas.getSelection().size() == 1) {
            String only = canvas.getSelection().iterator().next();
            Optional<Rect> note = canvas.getDiagram().design().annotation(only).map(DiagramLayout::rectOf);
            int noteHandle = note.map(r -> CanvasGeometry.handleAt(r, v, e.getX(), e.getY()))
                    .orElse(-1);
            if (noteHandle >= 0) {
                mode = Mode.RESIZE;
                handle = noteHandle;
                resizeStart = note.get();
                s.resizingId = only;
                s.resizeRect = resizeStart;
                e.consume();
                return;
            }
            Optional<Diagram.Item> sel = canvas.getDiagram().item(only);
            if (sel.isPresent() && sel.get().kind() == Diagram.Kind.CONTAINER) {
                int h = CanvasGeometry.handleAt(sel.get().rect(), v, e.getX(), e.getY());
                if (h >= 0) {
                    mode = Mode.RESIZE;
                    handle = h;
                    resizeStart = sel.get().rect();
                    s.resizingId = only;
                    s.resizeRect = resizeStart;
                    e.consume();
                    return;
                }
            }
        }
        Optional<String> connectSource = connectHandleAt(e.getX(), e.getY());
        Optional<Diagram.Item> hit = hit(e.getX(), e.getY());
        if (connectSource.isEmpty()
                && (e.isAltDown() || canvas.connectModeProperty().get())
                && hit.isPresent()
                && hit.get().component() != null
                && CanvasGeometry.startsSomeConnection(hit.get().component())) {
            connectSource = Optional.of(hit.get().id());
        }
        if (connectSource.isPresent()) {
            mode = Mode.CONNECT;
            s.connectFrom = connectSource.get();
            Point2D w = world(e);
            s.connectX = w.getX();
            s.connectY = w.getY();
            s.connectTarget = null;
            canvas.redraw();
            e.consume();
            return;
        }
        // a note lies over the cards: it is picked first; a zone lies under them: picked on bare canvas only
        Optional<String> annotation = annotationAt(e.getX(), e.getY(), hit.isEmpty());
        if (annotation.isPresent() || hit.isPresent()) {
            String id = annotation.orElseGet(() -> hit.get().id());
            if (e.isShortcutDown()) {
                if (!canvas.getSelection().remove(id)) {
                    canvas.getSelection().add(id);
                }
            } else if (e.isShiftDown()) {
                canvas.getSelection().add(id);
            } else if (!canvas.getSelection().contains(id)) {
                canvas.getSelection().clear();
                canvas.getSelection().add(id);
            }
            mode = annotation.isEmpty() && hit.get().kind() == Diagram.Kind.EDGE ? Mode.NONE : Mode.PRESS_ITEM;
        } else {
            if (!additive) {
                canvas.getSelection().clear();
            }
            bandBase = additive ? Set.copyOf(canvas.getSelection()) : Set.of();
            mode = Mode.BAND;
        }
        e.consume();
    }

    private Optional<String> annotationAt(double x, double y, boolean zones) {
        Viewport v = canvas.viewport();
        return canvas.getDiagram()
                .annotationAt(v.toWorldX(x), v.toWorldY(y), 6 / v.zoom())
                .filter(a -> zones || a.kind() == Annotation.Kind.NOTE)
                .map(Annotation::id);
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

    private Optional<String> connectHandleAt(double x, double y) {
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

    private void dragged(MouseEvent e) {
        PaintState s = canvas.state();
        Viewport v = canvas.viewport();
        double dx = e.getX() - lastX;
        double dy = e.getY() - lastY;
        lastX = e.getX();
        lastY = e.getY();
        switch (mode) {
            case PAN:
                canvas.panBy(-dx, -dy);
                break;
            case PRESS_ITEM:
                if (Math.hypot(e.getX() - pressX, e.getY() - pressY) >= DRAG_THRESHOLD) {
                    mode = Mode.MOVE;
                    Set<String> moving = new LinkedHashSet<>(canvas.getDiagram().withDescendants(movableSelection()));
                    moving.addAll(selectedAnnotations());
                    s.moving = moving;
                    updateMove(e);
                }
                break;
            case MOVE:
                updateMove(e);
                break;
            case BAND:
                s.band = Rect.spanning(
                        v.toWorldX(pressX), v.toWorldY(pressY), v.toWorldX(e.getX()), v.toWorldY(e.getY()));
                canvas.redraw();
                break;
            case RESIZE:
                s.resizeRect = CanvasGeometry.resized(
                        resizeStart, handle, (e.getX() - pressX) / v.zoom(), (e.getY() - pressY) / v.zoom());
                canvas.redraw();
                break;
            case CONNECT:
                Point2D w = world(e);
                s.connectX = w.getX();
                s.connectY = w.getY();
                Optional<Diagram.Item> target = connectTarget(hit(e.getX(), e.getY()), canvas.component(s.connectFrom));
                s.connectTarget = target.map(Diagram.Item::id).orElse(null);
                s.connectTargetOk = target.isPresent()
                        && CanvasGeometry.someTypeJoins(
                                canvas.component(s.connectFrom), target.get().component());
                canvas.redraw();
                break;
            default:
                break;
        }
        e.consume();
    }

    private void updateMove(MouseEvent e) {
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
    private Set<String> movableSelection() {
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

    private void released(MouseEvent e) {
        PaintState s = canvas.state();
        Mode finished = mode;
        mode = Mode.NONE;
        switch (finished) {
            case PAN:
                canvas.setCursor(spaceDown ? Cursor.OPEN_HAND : Cursor.DEFAULT);
                break;
            case MOVE:
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
                break;
            case BAND:
                Rect band = s.band;
                s.band = null;
                if (band != null) {
                    Set<String> inside = canvas.getDiagram().componentsInside(band);
                    Set<String> next = new LinkedHashSet<>(bandBase);
                    next.addAll(inside);
                    canvas.getSelection().retainAll(next);
                    canvas.getSelection().addAll(next);
                }
                canvas.redraw();
                break;
            case RESIZE:
                Rect r = s.resizeRect;
                String id = s.resizingId;
                s.resizingId = null;
                s.resizeRect = null;
                canvas.redraw();
                if (r != null && !r.equals(resizeStart)) {
                    canvas.intents().resize(id, new Bounds(r.x(), r.y(), r.w(), r.h()));
                }
                break;
            case CONNECT:
                String from = s.connectFrom;
                String to = s.connectTarget;
                s.connectFrom = null;
                s.connectTarget = null;
                canvas.redraw();
                if (to != null) {
                    canvas.intents().connect(from, to, e.getSceneX(), e.getSceneY());
                }
                break;
            default:
                break;
        }
        if (finished != Mode.NONE) {
            e.consume();
        }
    }

    private void moved(MouseEvent e) {
        Viewport v = canvas.viewport();
        Optional<String> handleOwner = connectHandleAt(e.getX(), e.getY());
        if (handleOwner.isEmpty() && canvas.connectModeProperty().get()) {
            handleOwner = hit(e.getX(), e.getY())
                    .filter(it -> it.component() != null && CanvasGeometry.canStartConnection(it.component()))
                    .map(Diagram.Item::id);
        }
        if (handleOwner.isPresent()) {
            canvas.setCursor(Cursor.CROSSHAIR);
            return;
        }
        if (canvas.getSelection().size() == 1) {
            Optional<Diagram.Item> sel =
                    canvas.getDiagram().item(canvas.getSelection().iterator().next());
            if (sel.isPresent() && sel.get().kind() == Diagram.Kind.CONTAINER) {
                int h = CanvasGeometry.handleAt(sel.get().rect(), v, e.getX(), e.getY());
                if (h >= 0) {
                    canvas.setCursor(resizeCursor(h));
                    return;
                }
            }
        }
        canvas.setCursor(spaceDown ? Cursor.OPEN_HAND : Cursor.DEFAULT);
        Optional<Diagram.Item> hit = hit(e.getX(), e.getY());
        hover(hit.filter(it -> it.kind() == Diagram.Kind.CARD)
                .map(Diagram.Item::id)
                .orElse(null));
        Optional<CanvasBadge> badge = hit.map(it -> canvas.badges().get(it.id()));
        Optional<String> edgeTip =
                hit.filter(it -> it.kind() == Diagram.Kind.EDGE).flatMap(it -> canvas.edgeTipText(it.id()));
        boolean onBadge = badge.isPresent()
                && hit.get().kind() == Diagram.Kind.CARD
                && isNear(
                        CanvasGeometry.badgeCentre(
                                canvas.getLabels(), hit.get(), hit.get().rect(), v),
                        e.getX(),
                        e.getY());
        if (badge.isPresent()
                && !badge.get().messages().isEmpty()
                && (onBadge || hit.get().kind() != Diagram.Kind.CARD)) {
            canvas.showLabel(
                    canvas.tip(), String.join("\n", badge.get().messages()), e.getX() + 14, e.getY() + 16, "refuse");
        } else if (hit.isPresent() && hit.get().kind() == Diagram.Kind.CARD && !canvas.state().dropActive) {
            // the card may shorten its name: the tip has it whole, with what the card is and its findings
            canvas.showLabel(canvas.tip(), canvas.tipText(hit.get().id()), e.getX() + 14, e.getY() + 16, "info");
        } else if (edgeTip.isPresent() && !canvas.state().dropActive) {
            // a label with no free spot is never drawn over a card: hovering its route shows it here
            canvas.showLabel(canvas.tip(), edgeTip.get(), e.getX() + 14, e.getY() + 16, "info");
        } else if (!canvas.state().dropActive) {
            canvas.tip().setVisible(false);
        }
    }

    private static boolean isNear(double[] p, double x, double y) {
        return Math.hypot(p[0] - x, p[1] - y) <= 10;
    }

    private void hover(String id) {
        PaintState s = canvas.state();
        if (!java.util.Objects.equals(s.hoverId, id)) {
            s.hoverId = id;
            canvas.redraw();
        }
    }

    private static Cursor resizeCursor(int h) {
        switch (h) {
            case CanvasGeometry.NW:
                return Cursor.NW_RESIZE;
            case CanvasGeometry.N:
                return Cursor.N_RESIZE;
            case CanvasGeometry.NE:
                return Cursor.NE_RESIZE;
            case CanvasGeometry.E:
                return Cursor.E_RESIZE;
            case CanvasGeometry.SE:
                return Cursor.SE_RESIZE;
            case CanvasGeometry.S:
                return Cursor.S_RESIZE;
            case CanvasGeometry.SW:
                return Cursor.SW_RESIZE;
            default:
                return Cursor.W_RESIZE;
        }
    }

    private void clicked(MouseEvent e) {
        if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && e.isStillSincePress()) {
            hit(e.getX(), e.getY()).filter(it -> it.kind() != Diagram.Kind.EDGE).ifPresent(it -> startRename(it.id()));
            e.consume();
        }
    }

    private void scrolled(ScrollEvent e) {
        if (e.isShortcutDown() || e.isControlDown()) {
            double factor = Math.pow(1.0015, e.getDeltaY());
            canvas.zoomAround(canvas.viewport().zoom() * factor, e.getX(), e.getY());
        } else if (e.isShiftDown() && e.getDeltaX() == 0) {
            canvas.panBy(-e.getDeltaY(), 0);
        } else {
            canvas.panBy(-e.getDeltaX(), -e.getDeltaY());
        }
        e.consume();
    }

    private void zoomed(ZoomEvent e) {
        canvas.zoomAround(canvas.viewport().zoom() * e.getZoomFactor(), e.getX(), e.getY());
        e.consume();
    }

    private void contextMenu(ContextMenuEvent e) {
        Optional<Diagram.Item> hit = hit(e.getX(), e.getY());
        String id = hit.map(Diagram.Item::id).orElse(null);
        if (id != null && !canvas.getSelection().contains(id)) {
            canvas.getSelection().clear();
            canvas.getSelection().add(id);
        }
        canvas.intents().contextMenu(id, e.getScreenX(), e.getScreenY());
        e.consume();
    }

    private void keyPressed(KeyEvent e) {
        if (editor != null) {
            return;
        }
        KeyCode code = e.getCode();
        if (code == KeyCode.SPACE) {
            spaceDown = true;
            if (mode == Mode.NONE) {
                canvas.setCursor(Cursor.OPEN_HAND);
            }
            e.consume();
        } else if ((code == KeyCode.DELETE || code == KeyCode.BACK_SPACE)
                && !canvas.getSelection().isEmpty()) {
            canvas.intents().delete(Set.copyOf(canvas.getSelection()));
            e.consume();
        } else if (code == KeyCode.F2 && canvas.getSelection().size() == 1) {
            startRename(canvas.getSelection().iterator().next());
            e.consume();
        } else if (code == KeyCode.ESCAPE
                && mode == Mode.NONE
                && canvas.connectModeProperty().get()) {
            canvas.connectModeProperty().set(false);
            e.consume();
        } else if (code == KeyCode.ESCAPE) {
            cancelGesture();
            e.consume();
        } else if (code == KeyCode.C && !e.isShortcutDown() && !e.isAltDown() && !e.isShiftDown()) {
            canvas.connectModeProperty().set(!canvas.connectModeProperty().get());
            e.consume();
        } else if (code.isArrowKey() && !e.isShortcutDown()) {
            Set<String> ids = movableSelection();
            if (!ids.isEmpty()) {
                double step = e.isShiftDown() ? 10 : 1;
                double dx = code == KeyCode.LEFT ? -step : code == KeyCode.RIGHT ? step : 0;
                double dy = code == KeyCode.UP ? -step : code == KeyCode.DOWN ? step : 0;
                canvas.intents().move(ids, dx, dy);
            } else {
                double step = e.isShiftDown() ? 200 : 60;
                canvas.panBy(
                        code == KeyCode.LEFT ? -step : code == KeyCode.RIGHT ? step : 0,
                        code == KeyCode.UP ? -step : code == KeyCode.DOWN ? step : 0);
            }
            e.consume();
        }
    }

    private void keyReleased(KeyEvent e) {
        if (e.getCode() == KeyCode.SPACE) {
            spaceDown = false;
            if (mode != Mode.PAN) {
                canvas.setCursor(Cursor.DEFAULT);
            }
            e.consume();
        }
    }

    private void cancelGesture() {
        PaintState s = canvas.state();
        s.moving = Set.of();
        s.band = null;
        s.connectFrom = null;
        s.connectTarget = null;
        s.resizingId = null;
        s.resizeRect = null;
        s.guideX = Double.NaN;
        s.guideY = Double.NaN;
        snapper = null;
        if (mode == Mode.NONE) {
            canvas.getSelection().clear();
        }
        mode = Mode.NONE;
        canvas.redraw();
    }

    void startRename(String id) {
        Optional<Annotation> annotation = canvas.getDiagram().design().annotation(id);
        if (annotation.isPresent()) {
            editAnnotation(annotation.get());
            return;
        }
        Optional<Diagram.Item> item = canvas.getDiagram().item(id);
        Component c = canvas.component(id);
        if (item.isEmpty() || c == null) {
            return;
        }
        closeEditor(false);
        canvas.reveal(id);
        Viewport v = canvas.viewport();
        Rect r = item.get().rect();
        double z = v.zoom();
        boolean container = item.get().kind() == Diagram.Kind.CONTAINER;
        editingId = id;
        editor = new TextField(c.name().isEmpty() ? c.label() : c.name());
        editor.setId("canvas-rename");
        editor.setStyle("-fx-font-size: " + Math.max(12, Math.min(18, 13 * z)) + "px;");
        editor.setManaged(false);
        canvas.overlay().getChildren().add(editor);
        // the theme's padding around the font decides the height: a box sized from the zoom alone clipped the text
        editor.applyCss();
        double height = Math.max(editor.prefHeight(-1), (container ? DiagramLayout.headerHeight(c) - 6 : 26) * z);
        double x = v.toScreenX(r.x()) + (container ? 40 : 44) * z;
        double y = container ? v.toScreenY(r.y()) + 3 * z : v.toScreenY(r.centerY()) - height / 2;
        double w = Math.max(120, r.w() * z - (x - v.toScreenX(r.x())) - 8 * z);
        editor.resizeRelocate(x, y, w, height);
        editor.setOnAction(ev -> closeEditor(true));
        editor.addEventHandler(KeyEvent.KEY_PRESSED, ev -> {
            if (ev.getCode() == KeyCode.ESCAPE) {
                closeEditor(false);
                ev.consume();
            }
        });
        editor.focusedProperty().addListener((obs, was, now) -> {
            if (!now && editor != null) {
                closeEditor(true);
            }
        });
        editor.requestFocus();
        editor.selectAll();
    }

    /** The text of a note or zone, edited in place over its top band. */
    private void editAnnotation(Annotation a) {
        closeEditor(false);
        Viewport v = canvas.viewport();
        Rect r = DiagramLayout.rectOf(a);
        double z = v.zoom();
        double x = v.toScreenX(r.x()) + 4;
        double y = v.toScreenY(r.y()) + 2;
        double w = Math.max(160, r.w() * z - 8);
        editingId = a.id();
        editor = new TextField(a.text());
        editor.setId("canvas-rename");
        editor.setManaged(false);
        editor.resizeRelocate(x, y, w, 28);
        editor.setOnAction(ev -> closeEditor(true));
        editor.addEventHandler(KeyEvent.KEY_PRESSED, ev -> {
            if (ev.getCode() == KeyCode.ESCAPE) {
                closeEditor(false);
                ev.consume();
            }
        });
        editor.focusedProperty().addListener((obs, was, now) -> {
            if (!now && editor != null) {
                closeEditor(true);
            }
        });
        canvas.overlay().getChildren().add(editor);
        editor.requestFocus();
        editor.selectAll();
    }

    boolean isEditing() {
        return editor != null;
    }

    private void closeEditor(boolean commit) {
        if (editor == null) {
            return;
        }
        TextField field = editor;
        String id = editingId;
        editor = null;
        editingId = null;
        canvas.overlay().getChildren().remove(field);
        canvas.requestFocus();
        if (commit && canvas.getDiagram().design().annotation(id).isPresent()) {
            if (!field.getText()
                    .strip()
                    .equals(canvas.getDiagram().design().annotation(id).get().text())) {
                canvas.intents().rename(id, field.getText());
            }
        } else if (commit) {
            Component c = canvas.component(id);
            String text = field.getText().strip();
            if (c != null && !text.equals(c.name()) && !(c.name().isEmpty() && text.equals(c.id()))) {
                canvas.intents().rename(id, text);
            }
        }
    }
}
