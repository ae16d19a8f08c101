package dev.skyloom.app.board;

import dev.skyloom.app.document.DocumentViewModel;
import dev.skyloom.app.palette.DropTarget;
import dev.skyloom.model.Bounds;
import dev.skyloom.model.Component;
import dev.skyloom.model.Connection;
import dev.skyloom.model.Design;
import dev.skyloom.model.edit.Edit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.animation.PauseTransition;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;
import javafx.util.Duration;

/**
 * A simple drawing of the design used until the scalable canvas is wired in: containers, boxes and
 * straight connections; click to select, drag to move, Shift-drag from one box to another to connect.
 */
public final class BoardView extends Pane implements DropTarget {
    static final double LEAF_W = 170;
    static final double LEAF_H = 54;

    private final DocumentViewModel vm;
    private final ConnectIntent connect;
    private final Group content = new Group();
    private final Label message = new Label();
    private final PauseTransition messageTimer = new PauseTransition(Duration.seconds(3));
    private final Map<String, Region> nodes = new HashMap<>();
    private Map<String, Bounds> placed = new LinkedHashMap<>();
    private Optional<String> feedback = Optional.empty();
    private boolean feedbackAllowed;
    private Point2D pressAt;
    private String pressedId;
    private boolean connecting;
    private final Line rubber = new Line();
    private final Scale zoom = new Scale(1, 1, 0, 0);

    public BoardView(DocumentViewModel vm, ConnectIntent connect) {
        this.vm = vm;
        this.connect = connect;
        setId("canvas");
        getStyleClass().add("board");
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        message.getStyleClass().add("drop-message");
        message.setId("drop-message");
        message.setVisible(false);
        message.setMouseTransparent(true);
        rubber.getStyleClass().add("board-rubber");
        rubber.setVisible(false);
        rubber.setMouseTransparent(true);
        content.getTransforms().add(zoom);
        getChildren().addAll(content, rubber, message);
        messageTimer.setOnFinished(e -> message.setVisible(false));
        vm.designProperty().addListener((o, a, b) -> redraw());
        vm.selection().addListener((javafx.collections.SetChangeListener<String>) c -> redraw());
        setFocusTraversable(true);
        setOnMousePressed(e -> {
            requestFocus();
            if (e.getTarget() == this) {
                vm.clearSelection();
            }
        });
        redraw();
    }

    /** The bounds each component is drawn at (explicit layout, or a default place for the others). */
    public Map<String, Bounds> placedBounds() {
        return placed;
    }

    public Optional<Node> nodeFor(String id) {
        return Optional.ofNullable(nodes.get(id));
    }

    private void redraw() {
        Design d = vm.design();
        placed = BoardLayout.place(d);
        nodes.clear();
        List<Node> containers = new ArrayList<>();
        List<Node> leaves = new ArrayList<>();
        for (Component c : d.components()) {
            Region box = box(c, placed.get(c.id()));
            nodes.put(c.id(), box);
            boolean container = c instanceof Component.Provider || c instanceof Component.Region;
            (container ? containers : leaves).add(box);
        }
        List<Node> lines = new ArrayList<>();
        for (Connection k : d.connections()) {
            Bounds a = placed.get(k.from());
            Bounds b = placed.get(k.to());
            Point2D from = border(a, b);
            Point2D to = border(b, a);
            Line line = new Line(from.getX(), from.getY(), to.getX(), to.getY());
            line.getStyleClass().addAll("board-edge", "edge-" + k.type().json());
            if (vm.selection().contains(k.id())) {
                line.getStyleClass().add("selected");
            }
            line.setOnMouseClicked(e -> vm.select(k.id(), e.isShortcutDown()));
            Polygon head = arrowHead(from, to);
            head.getStyleClass().add("board-arrow");
            Label label = new Label(k.type().json()
                    + (k.monthlyTb().signum() > 0 ? " · " + k.monthlyTb().toPlainString() + " TB/mo" : ""));
            label.getStyleClass().add("board-edge-label");
            label.setMouseTransparent(true);
            label.relocate((from.getX() + to.getX()) / 2 + 4, (from.getY() + to.getY()) / 2 - 8);
            lines.add(line);
            lines.add(head);
            lines.add(label);
        }
        content.getChildren().setAll(containers);
        content.getChildren().addAll(lines);
        content.getChildren().addAll(leaves);
    }

    /** Where the line from the centre of {@code a} towards the centre of {@code b} leaves {@code a}. */
    private static Point2D border(Bounds a, Bounds b) {
        double cx = a.x() + a.w() / 2;
        double cy = a.y() + a.h() / 2;
        double dx = b.x() + b.w() / 2 - cx;
        double dy = b.y() + b.h() / 2 - cy;
        if (dx == 0 && dy == 0) {
            return new Point2D(cx, cy);
        }
        double sx = dx == 0 ? Double.MAX_VALUE : (a.w() / 2) / Math.abs(dx);
        double sy = dy == 0 ? Double.MAX_VALUE : (a.h() / 2) / Math.abs(dy);
        double s = Math.min(sx, sy);
        return new Point2D(cx + dx * s, cy + dy * s);
    }

    private static Polygon arrowHead(Point2D from, Point2D to) {
        double angle = Math.atan2(to.getY() - from.getY(), to.getX() - from.getX());
        double len = 10;
        double spread = Math.toRadians(24);
        return new Polygon(
                to.getX(),
                to.getY(),
                to.getX() - len * Math.cos(angle - spread),
                to.getY() - len * Math.sin(angle - spread),
                to.getX() - len * Math.cos(angle + spread),
                to.getY() - len * Math.sin(angle + spread));
    }

    private Region box(Component c, Bounds b) {
        Label title = new Label(c.label());
        title.getStyleClass().add("board-title");
        Label sub = new Label(subtitle(c));
        sub.getStyleClass().add("board-subtitle");
        javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(2, title, sub);
        box.setId("node-" + c.id());
        box.getStyleClass().addAll("board-node", "node-" + c.type().json());
        boolean container = c instanceof Component.Provider || c instanceof Component.Region;
        box.getStyleClass().add(container ? "board-container" : "board-leaf");
        if (vm.selection().contains(c.id())) {
            box.getStyleClass().add("selected");
        }
        if (feedback.isPresent() && feedback.get().equals(c.id())) {
            box.getStyleClass().add(feedbackAllowed ? "drop-ok" : "drop-refused");
        }
        box.relocate(b.x(), b.y());
        box.setPrefSize(b.w(), b.h());
        box.setMinSize(b.w(), b.h());
        box.setMaxSize(b.w(), b.h());
        box.setOnMousePressed(e -> pressed(c, e));
        box.setOnMouseDragged(e -> dragged(e));
        box.setOnMouseReleased(e -> released(c, e));
        box.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                fireEvent(new BoardRenameEvent(c.id()));
            }
        });
        return box;
    }

    private static String subtitle(Component c) {
        if (c instanceof Component.Provider p) {
            return "provider · " + p.provider();
        }
        if (c instanceof Component.Region r) {
            return "region · " + (r.isCustom() ? "custom " + r.country().orElse("") : r.region());
        }
        if (c instanceof Component.GpuPool g) {
            return g.count() + " × " + g.instanceType() + " · " + g.pricing().json();
        }
        if (c instanceof Component.Storage s) {
            return "storage · " + s.storageClass() + " · " + s.capacityTb().toPlainString() + " TB";
        }
        return "pipeline · survives " + ((Component.Pipeline) c).survives().json();
    }

    private void pressed(Component c, MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        e.consume();
        requestFocus();
        pressedId = c.id();
        pressAt = new Point2D(e.getSceneX(), e.getSceneY());
        connecting = e.isShiftDown();
        if (!vm.selection().contains(c.id()) || e.isShortcutDown()) {
            vm.select(c.id(), e.isShortcutDown());
        }
    }

    private void dragged(MouseEvent e) {
        e.consume();
        if (pressedId == null) {
            return;
        }
        if (connecting) {
            Point2D a = sceneToLocal(pressAt);
            Point2D b = sceneToLocal(e.getSceneX(), e.getSceneY());
            rubber.setStartX(a.getX());
            rubber.setStartY(a.getY());
            rubber.setEndX(b.getX());
            rubber.setEndY(b.getY());
            rubber.setVisible(true);
            return;
        }
        Region n = nodes.get(pressedId);
        Bounds b = placed.get(pressedId);
        Point2D delta = designDelta(e);
        n.relocate(b.x() + delta.getX(), b.y() + delta.getY());
    }

    private void released(Component c, MouseEvent e) {
        e.consume();
        if (pressedId == null) {
            return;
        }
        String from = pressedId;
        pressedId = null;
        rubber.setVisible(false);
        if (connecting) {
            leafAt(e.getSceneX(), e.getSceneY())
                    .or(() -> containerAt(e.getSceneX(), e.getSceneY()))
                    .filter(to -> !to.equals(from))
                    .ifPresent(to -> connect.connect(from, to, e.getSceneX(), e.getSceneY()));
            return;
        }
        Point2D delta = designDelta(e);
        double dx = delta.getX();
        double dy = delta.getY();
        if (Math.abs(dx) < 2 && Math.abs(dy) < 2) {
            return;
        }
        Map<String, Bounds> moved = new LinkedHashMap<>();
        collect(vm.design(), c.id(), dx, dy, moved);
        vm.apply(new Edit.Move(moved));
        vm.endGesture();
    }

    private Point2D designDelta(MouseEvent e) {
        return sceneToDesign(e.getSceneX(), e.getSceneY()).subtract(sceneToDesign(pressAt.getX(), pressAt.getY()));
    }

    private void collect(Design d, String id, double dx, double dy, Map<String, Bounds> out) {
        out.put(id, placed.get(id).movedBy(dx, dy));
        for (Component child : d.children(id)) {
            collect(d, child.id(), dx, dy, out);
        }
    }

    /** The leaf (pool, storage, pipeline) under the scene point. */
    public Optional<String> leafAt(double sceneX, double sceneY) {
        return hit(sceneX, sceneY, false);
    }

    @Override
    public boolean containsScenePoint(double sceneX, double sceneY) {
        Point2D p = sceneToLocal(sceneX, sceneY);
        return p != null && p.getX() >= 0 && p.getY() >= 0 && p.getX() <= getWidth() && p.getY() <= getHeight();
    }

    @Override
    public Optional<String> containerAt(double sceneX, double sceneY) {
        return hit(sceneX, sceneY, true);
    }

    private Optional<String> hit(double sceneX, double sceneY, boolean containers) {
        Point2D p = sceneToDesign(sceneX, sceneY);
        String best = null;
        double bestArea = Double.MAX_VALUE;
        for (Component c : vm.design().components()) {
            boolean isContainer = c instanceof Component.Provider || c instanceof Component.Region;
            if (isContainer != containers) {
                continue;
            }
            Bounds b = placed.get(c.id());
            double area = b.w() * b.h();
            if (p.getX() >= b.x()
                    && p.getX() <= b.x() + b.w()
                    && p.getY() >= b.y()
                    && p.getY() <= b.y() + b.h()
                    && area < bestArea) {
                best = c.id();
                bestArea = area;
            }
        }
        return Optional.ofNullable(best);
    }

    @Override
    public Point2D sceneToDesign(double sceneX, double sceneY) {
        return content.sceneToLocal(sceneX, sceneY);
    }

    @Override
    public void showDropFeedback(Optional<String> containerId, boolean allowed) {
        if (!feedback.equals(containerId) || feedbackAllowed != allowed) {
            feedback = containerId;
            feedbackAllowed = allowed;
            redraw();
        }
        pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("drop-ok"), containerId.isEmpty() && allowed);
    }

    @Override
    public void clearDropFeedback() {
        showDropFeedback(Optional.empty(), false);
    }

    @Override
    public void showMessageAt(double sceneX, double sceneY, String text) {
        Point2D p = sceneToLocal(sceneX, sceneY);
        message.setText(text);
        message.relocate(Math.max(4, Math.min(p.getX() + 14, getWidth() - 360)), Math.max(4, p.getY() + 14));
        message.setVisible(true);
        message.toFront();
        messageTimer.playFromStart();
    }

    /** Zooms about the top-left corner, between 20 % and 400 %. */
    public void zoomBy(double factor) {
        double z = Math.max(0.2, Math.min(4, zoom.getX() * factor));
        zoom.setX(z);
        zoom.setY(z);
    }

    /** Scales so the whole design fits the visible area. */
    public void zoomToFit() {
        double maxX = 1;
        double maxY = 1;
        for (Bounds b : placed.values()) {
            maxX = Math.max(maxX, b.x() + b.w());
            maxY = Math.max(maxY, b.y() + b.h());
        }
        double z = Math.max(0.2, Math.min(2, Math.min(getWidth() / (maxX + 40), getHeight() / (maxY + 40))));
        zoom.setX(z);
        zoom.setY(z);
    }

    public Label messageLabel() {
        return message;
    }
}
