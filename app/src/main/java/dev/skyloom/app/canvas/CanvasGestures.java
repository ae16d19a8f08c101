package dev.skyloom.app.canvas;

import dev.skyloom.export.diagram.Diagram;
import dev.skyloom.export.diagram.DiagramLayout;
import dev.skyloom.export.diagram.Rect;
import dev.skyloom.model.Annotation;
import dev.skyloom.model.Bounds;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import javafx.scene.Cursor;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;

/**
 * Mouse, touch and keyboard handling of a {@link DesignCanvas}: which gesture a press starts, selection,
 * rubber band, resize, pan, zoom and keys. Moving ({@link DragMove}), connecting ({@link ConnectDrag}),
 * hover feedback ({@link HoverTips}) and in-place rename ({@link RenameInPlace}) have classes of their own.
 * Previews are drawn by the canvas; each finished gesture is one call on {@link CanvasIntents}.
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

    private final DesignCanvas canvas;
    private final DragMove move;
    private final ConnectDrag connect;
    private final HoverTips hoverTips;
    private final RenameInPlace rename;
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

    CanvasGestures(DesignCanvas canvas) {
        this.canvas = canvas;
        this.move = new DragMove(canvas);
        this.connect = new ConnectDrag(canvas);
        this.hoverTips = new HoverTips(canvas, connect);
        this.rename = new RenameInPlace(canvas);
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, e -> hoverTips.moved(e, spaceDown));
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hoverTips.hover(null));
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
        rename.designChanged();
    }

    private Optional<Diagram.Item> hit(double x, double y) {
        return hit(canvas, x, y);
    }

    /** The item under the screen point (x, y) of the canvas, with a few pixels' tolerance. */
    static Optional<Diagram.Item> hit(DesignCanvas canvas, double x, double y) {
        Viewport v = canvas.viewport();
        return canvas.getDiagram().hit(v.toWorldX(x), v.toWorldY(y), 6 / v.zoom());
    }

    private void pressed(MouseEvent e) {
        rename.pressedOn(e.getTarget());
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
        Optional<String> connectSource = connect.handleAt(e.getX(), e.getY());
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
            connect.start(connectSource.get(), e);
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
                    move.start(e, pressX, pressY);
                }
                break;
            case MOVE:
                move.drag(e);
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
                connect.drag(e);
                break;
            default:
                break;
        }
        e.consume();
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
                move.finish(e);
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
                connect.finish(e);
                break;
            default:
                break;
        }
        if (finished != Mode.NONE) {
            e.consume();
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
        if (rename.isEditing()) {
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
            Set<String> ids = move.movableSelection();
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
        move.cancel();
        if (mode == Mode.NONE) {
            canvas.getSelection().clear();
        }
        mode = Mode.NONE;
        canvas.redraw();
    }

    void startRename(String id) {
        rename.start(id);
    }
}
