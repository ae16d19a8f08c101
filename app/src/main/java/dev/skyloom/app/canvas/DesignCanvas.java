package dev.skyloom.app.canvas;

import dev.skyloom.app.palette.DropTarget;
import dev.skyloom.catalog.Catalog;
import dev.skyloom.export.diagram.Diagram;
import dev.skyloom.export.diagram.DiagramLabels;
import dev.skyloom.model.Component;
import dev.skyloom.model.Design;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;

/**
 * The design canvas: one {@link Canvas} that draws only what meets the viewport (no node per
 * component, no ScrollPane), with its own pan and zoom. It shows an immutable {@link Design} set
 * through {@link #designProperty()}, keeps a selection of ids, and reports gestures to
 * {@link CanvasIntents}; it never edits the model.
 *
 * <p>It holds the design, selection and paint state and is the one API the shell sees; pan, zoom
 * and fit ({@link PanZoom}), its texts ({@link CanvasTexts}), the labels by the pointer ({@link PointerLabels}),
 * palette drop feedback ({@link DropFeedback}), when to paint ({@link PaintSchedule}) and snapshots
 * ({@link CanvasSnapshot}) are classes beside it.
 */
public final class DesignCanvas extends Region implements DropTarget {
    /** What {@link #snapshotTo} renders. */
    public enum SnapshotArea {
        /** The whole design with a margin. */
        DESIGN,
        /** What is on screen now. */
        VIEW
    }

    private final Canvas canvas = new Canvas();
    private final Pane overlay = new Pane();
    private final PointerLabels pointerLabels;
    private final ObjectProperty<Design> design = new SimpleObjectProperty<>(this, "design");
    private final ReadOnlyObjectWrapper<Diagram> diagram = new ReadOnlyObjectWrapper<>(this, "diagram");
    private final ObservableSet<String> selection = FXCollections.observableSet(new LinkedHashSet<>());
    private final PanZoom view = new PanZoom(this);
    private final BooleanProperty connectMode = new SimpleBooleanProperty(this, "connectMode", false);
    private final ObjectProperty<CanvasTheme> theme = new SimpleObjectProperty<>(this, "theme", CanvasTheme.LIGHT);
    private final DiagramPainter painter = new DiagramPainter();
    private final PaintState state = new PaintState();
    private final CanvasTexts texts = new CanvasTexts(this);
    private final DropFeedback drop = new DropFeedback(this);
    private final CanvasGestures gestures;
    private CanvasIntents intents = CanvasIntents.NONE;
    private final BooleanProperty snap = new SimpleBooleanProperty(this, "snap", true);
    private final PaintSchedule paints = new PaintSchedule(this, canvas);

    public DesignCanvas() {
        getStyleClass().add("design-canvas");
        setFocusTraversable(true);
        setMinSize(0, 0);
        setPrefSize(800, 600);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        overlay.setPickOnBounds(false);
        overlay.setManaged(false);
        pointerLabels = new PointerLabels(this, overlay);
        getChildren().addAll(canvas, overlay);
        diagram.set(Diagram.of(Design.empty("")));
        design.addListener((obs, old, d) -> {
            Diagram next = Diagram.of(d == null ? Design.empty("") : d, diagram.get());
            diagram.set(next);
            Set<String> gone = new HashSet<>();
            for (String id : selection) {
                if (!next.item(id).isPresent() && next.design().annotation(id).isEmpty()) {
                    gone.add(id);
                }
            }
            selection.removeAll(gone);
            gestures().designChanged();
            if (old == null) {
                view.fitOnNextLayout();
            }
            redraw();
        });
        selection.addListener((SetChangeListener<String>) c -> {
            state.selection = Set.copyOf(selection);
            redraw();
        });
        theme.addListener((obs, o, t) -> {
            painter.setTheme(t == null ? CanvasTheme.LIGHT : t);
            pointerLabels.styleLabels();
            redraw();
        });
        pointerLabels.styleLabels();
        gestures = new CanvasGestures(this);
    }

    private CanvasGestures gestures() {
        return gestures;
    }

    // ---- API for the shell ------------------------------------------------------------------

    public ObjectProperty<Design> designProperty() {
        return design;
    }

    public Design getDesign() {
        return design.get();
    }

    public void setDesign(Design d) {
        design.set(d);
    }

    /** Selected component and connection ids; the shell binds its view-model to it. */
    public ObservableSet<String> getSelection() {
        return selection;
    }

    public void setIntents(CanvasIntents intents) {
        this.intents = Objects.requireNonNull(intents, "intents");
    }

    CanvasIntents intents() {
        return intents;
    }

    public ObjectProperty<CanvasTheme> themeProperty() {
        return theme;
    }

    public void setTheme(CanvasTheme t) {
        theme.set(t);
    }

    /** The monthly price of a component as the cost analysis has it, for the hover tip; empty when unknown. */
    public void setPriceOf(Function<String, Optional<String>> priceOf) {
        texts.setPriceOf(priceOf);
    }

    /** The hover text of a card: full name, type, key facts, price and findings. */
    public String tipText(String id) {
        return texts.tipText(id);
    }

    /**
     * The hover text of a connection whose label the canvas does not show whole: hidden (no free spot
     * beside its route) or cut with an ellipsis. Its full label and its ends; empty when the label is drawn
     * whole (or there is none).
     */
    public Optional<String> edgeTipText(String id) {
        return texts.edgeTipText(id);
    }

    /** Catalog for region headers (country code and city); optional. */
    public void setCatalog(Catalog catalog) {
        texts.setCatalog(catalog);
        redraw();
    }

    /**
     * The texts of the current diagram as the canvas draws them (names fitted and wrapped, edge labels
     * placed), measured with the bundled font; computed on first use after each change.
     */
    public DiagramLabels getLabels() {
        return texts.labels();
    }

    /**
     * Connect mode: a plain drag from a card to another connects them (no modifier key, which desktops often
     * take for moving windows); toggled by the toolbar and the C key, left with Escape.
     */
    public BooleanProperty connectModeProperty() {
        return connectMode;
    }

    /** The current zoom (1 = 100 %); setting it zooms around the centre of the view. */
    public DoubleProperty zoomProperty() {
        return view.zoomProperty();
    }

    public ReadOnlyObjectProperty<Viewport> viewportProperty() {
        return view.viewportWrapper().getReadOnlyProperty();
    }

    /** The compiled geometry of the current design (layout, routes, index). */
    public ReadOnlyObjectProperty<Diagram> diagramProperty() {
        return diagram.getReadOnlyProperty();
    }

    public Diagram getDiagram() {
        return diagram.get();
    }

    public Point2D sceneToWorld(double sceneX, double sceneY) {
        Point2D local = sceneToLocal(sceneX, sceneY);
        Viewport v = viewport();
        return new Point2D(v.toWorldX(local.getX()), v.toWorldY(local.getY()));
    }

    public Point2D worldToScene(double wx, double wy) {
        Viewport v = viewport();
        return localToScene(v.toScreenX(wx), v.toScreenY(wy));
    }

    /** The innermost provider or region under a scene point (for palette drops). */
    @Override
    public Optional<String> containerAt(double sceneX, double sceneY) {
        Point2D w = sceneToWorld(sceneX, sceneY);
        return diagram.get().containerAt(w.getX(), w.getY()).map(Diagram.Item::id);
    }

    /** The topmost component or connection under a scene point. */
    public Optional<String> itemAt(double sceneX, double sceneY) {
        Point2D w = sceneToWorld(sceneX, sceneY);
        return diagram.get().hit(w.getX(), w.getY(), 6 / zoomProperty().get()).map(Diagram.Item::id);
    }

    /** During a palette drag: outlines the container under the pointer in green or red and shows the reason. */
    public void showDropFeedback(double sceneX, double sceneY, boolean accepted, String text) {
        drop.show(sceneX, sceneY, accepted, text);
    }

    @Override
    public boolean containsScenePoint(double sceneX, double sceneY) {
        Point2D p = sceneToLocal(sceneX, sceneY);
        return p != null && p.getX() >= 0 && p.getY() >= 0 && p.getX() < getWidth() && p.getY() < getHeight();
    }

    @Override
    public Point2D sceneToDesign(double sceneX, double sceneY) {
        return sceneToWorld(sceneX, sceneY);
    }

    /** Palette-drag feedback on a given container (or the bare canvas when empty), without a message. */
    @Override
    public void showDropFeedback(Optional<String> containerId, boolean allowed) {
        drop.show(containerId, allowed);
    }

    @Override
    public void clearDropFeedback() {
        drop.clear();
    }

    /** A refusal reason (or any short message) at the pointer; fades after a few seconds. */
    @Override
    public void showMessageAt(double sceneX, double sceneY, String text) {
        Point2D p = sceneToLocal(sceneX, sceneY);
        pointerLabels.showMessage(text, p.getX() + 14, p.getY() + 14);
    }

    /** Issue 6: a flow path (components and connections, in order) drawn emphasised; empty clears it. */
    public void setHighlight(List<String> ids) {
        state.highlight = PaintState.orderOf(List.copyOf(ids));
        redraw();
    }

    /** Issue 6: an error/warning badge per component id; hovering a badged component shows its messages. */
    public void setBadges(Map<String, CanvasBadge> badges) {
        Map<String, CanvasBadge> next = Map.copyOf(badges);
        // most edits leave every badge as it was: painting again then would only repeat the last frame
        if (!next.equals(state.badges)) {
            state.badges = next;
            redraw();
        }
    }

    /** The finding badges shown, by component id. */
    public Map<String, CanvasBadge> badges() {
        return state.badges;
    }

    /** Issue 6 what-if: components drawn greyed out (with their connections); empty clears it. */
    public void setDimmed(Set<String> ids) {
        state.dimmed = Set.copyOf(ids);
        redraw();
    }

    /** Compare mode's marks (added, changed, removed ghosts); {@link CompareMarks#NONE} for none. */
    public void setCompareMarks(CompareMarks marks) {
        state.compare = marks == null ? CompareMarks.NONE : marks;
        redraw();
    }

    public CompareMarks getCompareMarks() {
        return state.compare;
    }

    /** Shows exactly this part of the world (a view saved earlier); the size stays the canvas' own. */
    public void showViewport(Viewport v) {
        view.showViewport(v);
    }

    /** Zooms to fit once the next layout pass has given the canvas its size (after a panel opened beside it). */
    public void zoomToFitAfterLayout() {
        view.zoomToFitAfterLayout();
    }

    /**
     * Shows the whole design in the part of the canvas no overlay covers (see {@link #reserve}); the view
     * then stays fitted when the canvas changes size (a drawer opens, the window resizes) until the user
     * pans or zooms.
     */
    public void zoomToFit() {
        view.zoomToFit();
    }

    /** Fits the view once the next layout pass has given the canvas its size (a file was opened). */
    public void fitOnNextLayout() {
        view.fitOnNextLayout();
    }

    /**
     * Declares a screen area in a corner that an overlay (the minimap, a presentation panel) covers: zoom to
     * fit leaves it free. Setting the same key again replaces the area; a fitted view refits at once.
     */
    public void reserve(Object key, Pos corner, double width, double height) {
        view.reserve(key, corner, width, height);
    }

    /** Removes an area declared with {@link #reserve}. */
    public void release(Object key) {
        view.release(key);
    }

    /** Whether the view is as the last zoom to fit left it. */
    public boolean isFitted() {
        return view.isFitted();
    }

    /** Snapping of dragged components to the grid and to neighbours' edges (View menu). */
    public BooleanProperty snapProperty() {
        return snap;
    }

    public void zoomToSelection() {
        view.zoomToSelection();
    }

    /** Centres the view on a component or connection, zooming in to at least 80 % if needed. */
    public void reveal(String id) {
        view.reveal(id);
    }

    public void zoomIn() {
        view.zoomIn();
    }

    public void zoomOut() {
        view.zoomOut();
    }

    /** Pans by a distance in pixels (positive moves the content left/up). */
    public void panBy(double dx, double dy) {
        view.panBy(dx, dy);
    }

    /** Opens the in-place name editor on a component. */
    public void startRename(String id) {
        gestures.startRename(id);
    }

    /** A minimap bound to this canvas: shows the whole design and the visible part; click or drag to navigate. */
    public Node createOverview() {
        return new CanvasOverview(this);
    }

    /** The minimap with its collapse button, for the canvas's bottom-right corner (it reserves that corner). */
    public Minimap createMinimap() {
        return new Minimap(this);
    }

    /**
     * Renders the whole design (or the current view) at {@code scale} pixels per world unit into an
     * image, without selection, for screenshots and PNG export. Must run on the FX thread. The scale is
     * reduced if the image would exceed 8192 pixels on a side.
     */
    public WritableImage snapshotTo(SnapshotArea area, double scale) {
        return CanvasSnapshot.of(this, area, scale);
    }

    // ---- internals for gestures, overview and the harness -----------------------------------------

    Viewport viewport() {
        return view.viewportWrapper().get();
    }

    PaintState state() {
        return state;
    }

    void setViewport(Viewport v) {
        view.setViewport(v);
    }

    void zoomAround(double newZoom, double sx, double sy) {
        view.zoomAround(newZoom, sx, sy);
    }

    /** Schedules a repaint on the next pulse; several changes in one pulse paint once. */
    void redraw() {
        paints.redraw();
    }

    /** Paints immediately (the harness measures this path). */
    void paintNow() {
        paints.paintNow();
    }

    long paintCount() {
        return paints.paintCount();
    }

    DiagramPainter painter() {
        return painter;
    }

    Pane overlay() {
        return overlay;
    }

    Label tip() {
        return pointerLabels.tip();
    }

    void showLabel(Label l, String text, double x, double y, String kind) {
        pointerLabels.showLabel(l, text, x, y, kind);
    }

    Component component(String id) {
        return design.get() == null ? null : design.get().component(id).orElse(null);
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            overlay.resize(w, h);
            view.resized(w, h);
        }
        view.laidOut(w, h);
    }

    @Override
    protected double computePrefWidth(double height) {
        return 800;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 600;
    }
}
