package dev.skyloom.app.canvas;

import dev.skyloom.app.palette.DropTarget;
import dev.skyloom.catalog.Catalog;
import dev.skyloom.export.diagram.Diagram;
import dev.skyloom.export.diagram.DiagramLabels;
import dev.skyloom.export.diagram.DiagramLayout;
import dev.skyloom.export.diagram.EdgeLabel;
import dev.skyloom.export.diagram.Rect;
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
import javafx.animation.FadeTransition;
import javafx.animation.PauseTransition;
import javafx.animation.SequentialTransition;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;

/**
 * The design canvas: one {@link Canvas} that draws only what meets the viewport (no node per
 * component, no ScrollPane), with its own pan and zoom. It shows an immutable {@link Design} set
 * through {@link #designProperty()}, keeps a selection of ids, and reports gestures to
 * {@link CanvasIntents}; it never edits the model.
 */
public final class DesignCanvas extends Region implements DropTarget {
    /** What {@link #snapshotTo} renders. */
    public enum SnapshotArea {
        /** The whole design with a margin. */
        DESIGN,
        /** What is on screen now. */
        VIEW
    }

    static final double MIN_ZOOM = 0.02;
    static final double MAX_ZOOM = 4;

    private final Canvas canvas = new Canvas();
    private final Pane overlay = new Pane();
    private final Label message = new Label();
    private final Label tip = new Label();
    private final ObjectProperty<Design> design = new SimpleObjectProperty<>(this, "design");
    private final ReadOnlyObjectWrapper<Diagram> diagram = new ReadOnlyObjectWrapper<>(this, "diagram");
    private final ObservableSet<String> selection = FXCollections.observableSet(new LinkedHashSet<>());
    private final DoubleProperty zoom = new SimpleDoubleProperty(this, "zoom", 1);
    private final BooleanProperty connectMode = new SimpleBooleanProperty(this, "connectMode", false);
    private final ReadOnlyObjectWrapper<Viewport> viewport =
            new ReadOnlyObjectWrapper<>(this, "viewport", new Viewport(0, 0, 1, 0, 0));
    private final ObjectProperty<CanvasTheme> theme = new SimpleObjectProperty<>(this, "theme", CanvasTheme.LIGHT);
    private final DiagramPainter painter = new DiagramPainter();
    private final PaintState state = new PaintState();
    private final CanvasGestures gestures;
    private final SequentialTransition messageFade;
    private CanvasIntents intents = CanvasIntents.NONE;
    private boolean settingZoom;
    private boolean dirty;
    private boolean fitPending = true;
    private boolean fitted;
    private final Map<Object, FitArea.Reserve> reserves = new java.util.LinkedHashMap<>();
    private final BooleanProperty snap = new SimpleBooleanProperty(this, "snap", true);
    private long paints;
    private Optional<Catalog> catalog = Optional.empty();
    private Function<String, Optional<String>> priceOf = id -> Optional.empty();
    private DiagramLabels labels;
    private Diagram labelsOf;

    /**
     * Paints after the layout pass of the pulse in which the view changed: a change made by an animation
     * timer or an event handler shows in that same pulse (an animation timer started from another timer
     * would only run in the next one, so every second pulse showed nothing new).
     */
    private final Runnable paintAfterLayout = () -> {
        if (dirty) {
            paintNow();
        }
    };

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
        for (Label l : List.of(message, tip)) {
            l.setManaged(false);
            l.setVisible(false);
            l.setMouseTransparent(true);
            l.setWrapText(true);
            l.setMaxWidth(360);
            overlay.getChildren().add(l);
        }
        getChildren().addAll(canvas, overlay);
        sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.removePostLayoutPulseListener(paintAfterLayout);
            }
            if (scene != null) {
                scene.addPostLayoutPulseListener(paintAfterLayout);
                redraw();
            }
        });
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
                fitPending = true;
                requestLayout();
            }
            redraw();
        });
        selection.addListener((SetChangeListener<String>) c -> {
            state.selection = Set.copyOf(selection);
            redraw();
        });
        zoom.addListener((obs, o, z) -> {
            if (!settingZoom) {
                Viewport v = viewport.get();
                double clamped = clampZoom(z.doubleValue());
                setViewport(v.zoomedAround(clamped, v.width() / 2, v.height() / 2));
            }
        });
        theme.addListener((obs, o, t) -> {
            painter.setTheme(t == null ? CanvasTheme.LIGHT : t);
            styleLabels();
            redraw();
        });
        styleLabels();
        FadeTransition fade = new FadeTransition(Duration.millis(400), message);
        fade.setFromValue(1);
        fade.setToValue(0);
        messageFade = new SequentialTransition(new PauseTransition(Duration.millis(2200)), fade);
        messageFade.setOnFinished(e -> message.setVisible(false));
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
        this.priceOf = Objects.requireNonNull(priceOf, "priceOf");
    }

    /** The hover text of a card: full name, type, key facts, price and findings. */
    public String tipText(String id) {
        Component c = component(id);
        if (c == null) {
            return id;
        }
        CanvasBadge badge = state.badges.get(id);
        return CardTip.text(design.get(), c, catalog, priceOf.apply(id), badge == null ? List.of() : badge.messages());
    }

    /**
     * The hover text of a connection whose label the canvas does not show whole: hidden (no free spot
     * beside its route) or cut with an ellipsis. Its full label and its ends; empty when the label is drawn
     * whole (or there is none).
     */
    public Optional<String> edgeTipText(String id) {
        Optional<EdgeLabel> label = getLabels().edge(id);
        if (label.isEmpty()
                || (!label.get().hidden()
                        && label.get().text().text().equals(label.get().name()))) {
            return Optional.empty();
        }
        Diagram.Item it = diagram.get().item(id).orElse(null);
        if (it == null || it.connection() == null) {
            return Optional.of(label.get().name());
        }
        Component from = component(it.connection().from());
        Component to = component(it.connection().to());
        return Optional.of(label.get().name() + "\n"
                + (from == null ? it.connection().from() : from.label()) + " → "
                + (to == null ? it.connection().to() : to.label()));
    }

    /** Catalog for region headers (country code and city); optional. */
    public void setCatalog(Catalog catalog) {
        this.catalog = Optional.ofNullable(catalog);
        labels = null;
        redraw();
    }

    /**
     * The texts of the current diagram as the canvas draws them (names fitted and wrapped, edge labels
     * placed), measured with the bundled font; computed on first use after each change.
     */
    public DiagramLabels getLabels() {
        Diagram d = diagram.get();
        if (labels == null || labelsOf != d) {
            labels = DiagramLabels.of(d, catalog, FxTextMeasure.shared(), labels);
            labelsOf = d;
        }
        return labels;
    }

    /** The current zoom (1 = 100 %); setting it zooms around the centre of the view. */
    /**
     * Connect mode: a plain drag from a card to another connects them (no modifier key, which desktops often
     * take for moving windows); toggled by the toolbar and the C key, left with Escape.
     */
    public BooleanProperty connectModeProperty() {
        return connectMode;
    }

    public DoubleProperty zoomProperty() {
        return zoom;
    }

    public ReadOnlyObjectProperty<Viewport> viewportProperty() {
        return viewport.getReadOnlyProperty();
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
        Viewport v = viewport.get();
        return new Point2D(v.toWorldX(local.getX()), v.toWorldY(local.getY()));
    }

    public Point2D worldToScene(double wx, double wy) {
        Viewport v = viewport.get();
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
        return diagram.get().hit(w.getX(), w.getY(), 6 / zoom.get()).map(Diagram.Item::id);
    }

    /** During a palette drag: outlines the container under the pointer in green or red and shows the reason. */
    public void showDropFeedback(double sceneX, double sceneY, boolean accepted, String text) {
        state.dropActive = true;
        state.dropAccepted = accepted;
        state.dropTarget = containerAt(sceneX, sceneY).orElse(null);
        if (text == null || text.isBlank()) {
            tip.setVisible(false);
        } else {
            Point2D p = sceneToLocal(sceneX, sceneY);
            showLabel(tip, text, p.getX() + 16, p.getY() + 18, accepted ? "accept" : "refuse");
        }
        redraw();
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
        state.dropActive = true;
        state.dropAccepted = allowed;
        state.dropTarget = containerId.orElse(null);
        redraw();
    }

    @Override
    public void clearDropFeedback() {
        state.dropActive = false;
        state.dropTarget = null;
        tip.setVisible(false);
        redraw();
    }

    /** A refusal reason (or any short message) at the pointer; fades after a few seconds. */
    @Override
    public void showMessageAt(double sceneX, double sceneY, String text) {
        Point2D p = sceneToLocal(sceneX, sceneY);
        messageFade.stop();
        message.setOpacity(1);
        showLabel(message, text, p.getX() + 14, p.getY() + 14, "refuse");
        messageFade.playFromStart();
    }

    /** Issue 6: a flow path (components and connections, in order) drawn emphasised; empty clears it. */
    public void setHighlight(List<String> ids) {
        state.highlight = PaintState.orderOf(List.copyOf(ids));
        redraw();
    }

    /** Issue 6: an error/warning badge per component id; hovering a badged component shows its messages. */
    public void setBadges(Map<String, CanvasBadge> badges) {
        state.badges = Map.copyOf(badges);
        redraw();
    }

    Map<String, CanvasBadge> badges() {
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
        fitPending = false; // an explicit view wins over a fit still waiting for the layout pass
        fitted = false;
        Viewport now = viewport.get();
        setViewport(new Viewport(v.originX(), v.originY(), v.zoom(), now.width(), now.height()));
    }

    /** Zooms to fit once the next layout pass has given the canvas its size (after a panel opened beside it). */
    public void zoomToFitAfterLayout() {
        fitPending = true;
        requestLayout();
    }

    /**
     * Shows the whole design in the part of the canvas no overlay covers (see {@link #reserve}); the view
     * then stays fitted when the canvas changes size (a drawer opens, the window resizes) until the user
     * pans or zooms.
     */
    public void zoomToFit() {
        Rect r = diagram.get().extent();
        if (getWidth() <= 0 || getHeight() <= 0) {
            fitPending = true;
            return;
        }
        if (r.w() <= 0 && r.h() <= 0) {
            setViewport(new Viewport(0, 0, 1, getWidth(), getHeight()));
            fitted = true;
            return;
        }
        setViewport(FitArea.fit(r, fitContent(), getWidth(), getHeight(), reserves.values(), MIN_ZOOM, 1.25));
        fitted = true;
    }

    /**
     * What zoom to fit keeps out from under the overlays: cards (with room for their badges), container
     * headers (with room for their overview titles), notes, edge lines and the edge labels that are drawn.
     */
    private List<Rect> fitContent() {
        Diagram d = diagram.get();
        DiagramLabels l = getLabels();
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

    /** Fits the view once the next layout pass has given the canvas its size (a file was opened). */
    public void fitOnNextLayout() {
        fitPending = true;
        requestLayout();
    }

    /**
     * Declares a screen area in a corner that an overlay (the minimap, a presentation panel) covers: zoom to
     * fit leaves it free. Setting the same key again replaces the area; a fitted view refits at once.
     */
    public void reserve(Object key, Pos corner, double width, double height) {
        FitArea.Reserve next = new FitArea.Reserve(corner, width, height);
        if (!next.equals(reserves.put(key, next)) && fitted) {
            zoomToFit();
        }
    }

    /** Removes an area declared with {@link #reserve}. */
    public void release(Object key) {
        if (reserves.remove(key) != null && fitted) {
            zoomToFit();
        }
    }

    /** Whether the view is as the last zoom to fit left it. */
    public boolean isFitted() {
        return fitted;
    }

    /** Snapping of dragged components to the grid and to neighbours' edges (View menu). */
    public BooleanProperty snapProperty() {
        return snap;
    }

    public void zoomToSelection() {
        Optional<Rect> r = diagram.get().boundsOf(selection);
        if (r.isEmpty()) {
            zoomToFit();
            return;
        }
        setViewport(Viewport.fitting(r.get(), getWidth(), getHeight(), 48, MIN_ZOOM, 2));
    }

    /** Centres the view on a component or connection, zooming in to at least 80 % if needed. */
    public void reveal(String id) {
        diagram.get().item(id).ifPresent(it -> {
            Viewport v = viewport.get();
            double z = Math.max(v.zoom(), 0.8);
            Rect r = it.rect();
            if (r.w() * z > getWidth() || r.h() * z > getHeight()) {
                setViewport(Viewport.fitting(r, getWidth(), getHeight(), 40, MIN_ZOOM, z));
                return;
            }
            setViewport(new Viewport(
                    r.centerX() - getWidth() / 2 / z, r.centerY() - getHeight() / 2 / z, z, getWidth(), getHeight()));
        });
    }

    public void zoomIn() {
        zoomAround(zoom.get() * 1.25, getWidth() / 2, getHeight() / 2);
    }

    public void zoomOut() {
        zoomAround(zoom.get() / 1.25, getWidth() / 2, getHeight() / 2);
    }

    /** Pans by a distance in pixels (positive moves the content left/up). */
    public void panBy(double dx, double dy) {
        Viewport v = viewport.get();
        setViewport(new Viewport(
                v.originX() + dx / v.zoom(), v.originY() + dy / v.zoom(), v.zoom(), v.width(), v.height()));
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
        Rect r = area == SnapshotArea.VIEW
                ? viewport.get().world()
                : diagram.get().extent().inflated(40);
        double s = scale;
        if (area == SnapshotArea.VIEW) {
            s = scale * viewport.get().zoom();
        }
        s = Math.min(s, 8192 / Math.max(1, Math.max(r.w(), r.h())));
        int w = (int) Math.max(1, Math.ceil(r.w() * s));
        int h = (int) Math.max(1, Math.ceil(r.h() * s));
        Canvas c = new Canvas(w, h);
        PaintState plain = new PaintState();
        plain.highlight = state.highlight;
        plain.badges = state.badges;
        plain.dimmed = state.dimmed;
        plain.compare = state.compare;
        painter.paint(
                c.getGraphicsContext2D(), diagram.get(), getLabels(), new Viewport(r.x(), r.y(), s, w, h), plain, true);
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(painter.theme().background());
        return c.snapshot(params, null);
    }

    // ---- internals for gestures, overview and the harness -----------------------------------------

    Viewport viewport() {
        return viewport.get();
    }

    PaintState state() {
        return state;
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
        redraw();
    }

    void zoomAround(double newZoom, double sx, double sy) {
        setViewport(viewport.get().zoomedAround(clampZoom(newZoom), sx, sy));
    }

    private static double clampZoom(double z) {
        return Double.isFinite(z) ? Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, z)) : 1;
    }

    /** Schedules a repaint on the next pulse; several changes in one pulse paint once. */
    void redraw() {
        if (!dirty) {
            dirty = true;
            Platform.requestNextPulse();
        }
    }

    /** Paints immediately (the harness measures this path). */
    void paintNow() {
        dirty = false;
        paints++;
        Viewport v = viewport.get();
        if (v.width() <= 0 || v.height() <= 0) {
            return;
        }
        painter.paint(canvas.getGraphicsContext2D(), diagram.get(), getLabels(), v, state, true);
    }

    long paintCount() {
        return paints;
    }

    DiagramPainter painter() {
        return painter;
    }

    Pane overlay() {
        return overlay;
    }

    Label tip() {
        return tip;
    }

    void showLabel(Label l, String text, double x, double y, String kind) {
        l.setText(text);
        l.getProperties().put("kind", kind);
        styleLabel(l);
        l.setVisible(true);
        l.autosize();
        double lx = Math.min(x, Math.max(0, getWidth() - l.getWidth() - 4));
        double ly = Math.min(y, Math.max(0, getHeight() - l.getHeight() - 4));
        l.relocate(lx, ly);
        l.toFront();
    }

    private void styleLabels() {
        styleLabel(message);
        styleLabel(tip);
    }

    private void styleLabel(Label l) {
        CanvasTheme t = painter.theme();
        Object kind = l.getProperties().get("kind");
        String border =
                "refuse".equals(kind) ? hex(t.error()) : "accept".equals(kind) ? hex(t.accept()) : hex(t.cardStroke());
        l.setStyle("-fx-background-color: " + hex(t.cardFill()) + "; -fx-text-fill: " + hex(t.text())
                + "; -fx-border-color: " + border + "; -fx-border-width: 1 1 1 4; -fx-background-radius: 6;"
                + " -fx-border-radius: 6; -fx-padding: 6 10 6 10; -fx-font-size: 12px;"
                + " -fx-effect: dropshadow(gaussian, rgba(0,0,0,0.25), 8, 0, 0, 2);");
    }

    static String hex(javafx.scene.paint.Color c) {
        return String.format(
                java.util.Locale.ROOT,
                "#%02x%02x%02x",
                Math.round(c.getRed() * 255),
                Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
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
            Viewport v = viewport.get();
            viewport.set(new Viewport(v.originX(), v.originY(), v.zoom(), w, h));
            redraw();
            if (fitted && w > 0 && h > 0) {
                zoomToFit();
            }
        }
        if (fitPending && w > 0 && h > 0) {
            fitPending = false;
            zoomToFit();
        }
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
