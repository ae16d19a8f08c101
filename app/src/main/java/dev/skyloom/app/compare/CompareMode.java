package dev.skyloom.app.compare;

import dev.skyloom.app.canvas.CompareMarks;
import dev.skyloom.app.canvas.DesignCanvas;
import dev.skyloom.app.canvas.Viewport;
import dev.skyloom.app.document.DocumentViewModel;
import dev.skyloom.app.presentation.AnalysisPanels;
import dev.skyloom.app.service.DialogService;
import dev.skyloom.app.service.TaskExecutor;
import dev.skyloom.catalog.Catalog;
import dev.skyloom.export.diagram.Diagram;
import dev.skyloom.model.Design;
import dev.skyloom.model.diff.ChangeKind;
import dev.skyloom.model.diff.DesignComparison;
import dev.skyloom.model.diff.DesignDiff;
import dev.skyloom.model.diff.ElementChange;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.SetChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;

/**
 * Compare mode: the open design (the head, "after") against another one (the base, "before": a file or a
 * git revision). While it is on, the canvas marks added components green, changed ones amber and shows
 * removed ones as dashed ghosts where the base had them ({@link CompareMarks}); a Compare tab in the
 * analysis drawer shows the comparison ({@link ComparePanel}); the inspector lists the changed fields of
 * the selected element; a legend floats over the canvas. The comparison is {@link DesignDiff}'s, the same
 * as {@code skyloom diff BASE HEAD}, and follows edits. The mode only looks: it never applies an edit, and
 * leaving it (Escape, the menu, the legend's button) puts back the viewport and the drawer as they were.
 */
public final class CompareMode {
    private final DocumentViewModel vm;
    private final DesignCanvas board;
    private final AnalysisPanels analysis;
    private final Pane inspector;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final Supplier<Optional<Catalog>> catalog;
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(this, "active");
    private final ReadOnlyObjectWrapper<DesignComparison> comparison = new ReadOnlyObjectWrapper<>(this, "comparison");
    private final ComparePanel panel = new ComparePanel();
    private final Tab tab = new Tab("Compare", panel);
    private final CompareLegend legend;
    private final VBox fields = new VBox(3);
    private Design base;
    private String baseLabel = "";
    private Diagram baseDiagram;
    private long generation;
    private SavedView saved;

    /** What entering the mode changes and leaving it puts back. */
    private record SavedView(Viewport viewport, Tab tab, boolean drawerOpen) {}

    public CompareMode(
            DocumentViewModel vm,
            DesignCanvas board,
            AnalysisPanels analysis,
            Pane inspector,
            TaskExecutor tasks,
            DialogService dialogs,
            Supplier<Optional<Catalog>> catalog) {
        this.vm = vm;
        this.board = board;
        this.analysis = analysis;
        this.inspector = inspector;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.catalog = catalog;
        this.legend = new CompareLegend(board.themeProperty(), this::leave);
        legend.visibleProperty().bind(active);
        // outside compare mode the legend takes no part in the layout of the canvas area
        legend.managedProperty().bind(active);
        tab.setId("tab-compare");
        tab.setClosable(false);
        fields.setId("compare-fields");
        fields.setPadding(new javafx.geometry.Insets(10, 0, 0, 0));
        vm.designProperty().addListener((o, a, d) -> {
            if (active.get()) {
                recompute();
            }
        });
        vm.selection().addListener((SetChangeListener<String>) c -> showFields());
    }

    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    /** The comparison shown (base → the open design); null outside compare mode or before the first result. */
    public ReadOnlyObjectProperty<DesignComparison> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    public ComparePanel panel() {
        return panel;
    }

    public Tab tab() {
        return tab;
    }

    /** The legend to float over the canvas (visible only in compare mode). */
    public Node legend() {
        return legend;
    }

    /** What the base is called (a file name or {@code git:REV:FILE}); empty outside compare mode. */
    public String baseLabel() {
        return baseLabel;
    }

    /**
     * Compares the open design with {@code base} (called {@code label}): enters compare mode, or changes
     * what it compares with when it is on. Needs the catalog (prices and checks); without it, says so.
     */
    public void enter(Design base, String label) {
        if (catalog.get().isEmpty()) {
            dialogs.showError("Compare with", "The catalog is still loading; try again in a moment.");
            return;
        }
        if (!active.get()) {
            saved = new SavedView(
                    board.viewportProperty().get(),
                    analysis.tabs().getSelectionModel().getSelectedItem(),
                    analysis.panelsOpen());
        }
        this.base = base;
        this.baseLabel = label;
        this.baseDiagram = Diagram.of(base);
        legend.setTitle("Compared with " + label + " (before)");
        active.set(true);
        if (!analysis.tabs().getTabs().contains(tab)) {
            analysis.tabs().getTabs().add(tab);
        }
        analysis.tabs().getSelectionModel().select(tab);
        analysis.showPanels(true);
        if (!inspector.getChildren().contains(fields)) {
            inspector.getChildren().add(fields);
        }
        recompute();
        // the drawer just opened under the canvas: fit the design (and its ghosts) into what is left
        board.zoomToFitAfterLayout();
        vm.setStatus("Comparing with " + label + " — Escape leaves compare mode");
    }

    /** Leaves compare mode: marks, tab, legend and inspector section go; the viewport and drawer come back. */
    public void leave() {
        if (!active.get()) {
            return;
        }
        generation++;
        active.set(false);
        board.setCompareMarks(CompareMarks.NONE);
        comparison.set(null);
        panel.clear();
        inspector.getChildren().remove(fields);
        fields.getChildren().clear();
        SavedView s = saved;
        saved = null;
        base = null;
        baseDiagram = null;
        baseLabel = "";
        if (s.tab() != null && analysis.tabs().getTabs().contains(s.tab())) {
            analysis.tabs().getSelectionModel().select(s.tab());
        }
        analysis.tabs().getTabs().remove(tab);
        analysis.showPanels(s.drawerOpen());
        board.showViewport(s.viewport());
        vm.setStatus("Left compare mode");
    }

    /**
     * Escape leaves compare mode, unless a text field has the keyboard (Escape is its own there) or
     * {@code otherMode} (presentation) owns Escape at the moment.
     */
    public void installEscape(Scene scene, BooleanSupplier otherMode) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE
                    && active.get()
                    && !otherMode.getAsBoolean()
                    && !(scene.getFocusOwner() instanceof TextInputControl)) {
                e.consume();
                leave();
            }
        });
    }

    private void recompute() {
        long run = ++generation;
        Design before = base;
        Design after = vm.design();
        Catalog c = catalog.get().orElseThrow();
        String label = baseLabel;
        tasks.submit(
                () -> DesignDiff.compare(before, after, c),
                result -> {
                    if (run == generation && active.get()) {
                        show(result);
                    }
                },
                e -> dialogs.showError("Compare with", label + ": the comparison failed: " + e.getMessage()));
    }

    private void show(DesignComparison c) {
        comparison.set(c);
        Map<String, ChangeKind> marked = new HashMap<>();
        List<CompareMarks.Ghost> ghosts = new ArrayList<>();
        for (ElementChange e : c.components()) {
            if (e.change() == ChangeKind.REMOVED) {
                baseDiagram
                        .item(e.id())
                        .ifPresent(it -> ghosts.add(new CompareMarks.Ghost(
                                e.id(), e.label(), it.rect(), it.kind() == Diagram.Kind.CONTAINER)));
            } else {
                marked.put(e.id(), e.change());
            }
        }
        board.setCompareMarks(new CompareMarks(marked, ghosts));
        panel.show(c, baseLabel, vm.displayName());
        showFields();
    }

    /** The inspector's list of what changed in the one selected component or connection. */
    private void showFields() {
        fields.getChildren().clear();
        DesignComparison c = comparison.get();
        if (c == null || vm.selection().size() != 1) {
            return;
        }
        String id = vm.selection().iterator().next();
        Optional<ElementChange> change = c.components().stream()
                .filter(e -> e.id().equals(id))
                .findFirst()
                .or(() ->
                        c.connections().stream().filter(e -> e.id().equals(id)).findFirst());
        Label title = new Label();
        title.setId("compare-fields-title");
        title.setStyle("-fx-font-weight: bold;");
        title.setWrapText(true);
        fields.getChildren().add(title);
        if (change.isEmpty()) {
            title.setText("Unchanged since " + baseLabel);
            return;
        }
        ElementChange e = change.get();
        title.setText((e.change() == ChangeKind.ADDED ? "Added since " : "Changed since ") + baseLabel);
        for (var f : e.fields()) {
            Label row = new Label(
                    e.change() == ChangeKind.ADDED
                            ? f.field() + ": " + dash(f.after())
                            : f.field() + ": " + dash(f.before()) + " → " + dash(f.after()));
            row.setWrapText(true);
            row.getStyleClass().add("compare-field");
            fields.getChildren().add(row);
        }
    }

    /** The changed-field lines the inspector shows now (for tests and the screenshot). */
    public List<String> shownFields() {
        return fields.getChildren().stream()
                .filter(n -> n.getStyleClass().contains("compare-field"))
                .map(n -> ((Label) n).getText())
                .toList();
    }

    private static String dash(String v) {
        return v.isEmpty() ? "—" : v;
    }
}
