package dev.skyloom.app.latency;

import dev.skyloom.app.analysis.Analysis;
import dev.skyloom.app.canvas.DesignCanvas;
import dev.skyloom.app.document.DocumentViewModel;
import dev.skyloom.app.service.TaskExecutor;
import dev.skyloom.app.whatif.WhatIfModel;
import dev.skyloom.catalog.Catalog;
import dev.skyloom.model.Component;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.SetChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * Latency and reach in the designer (issue 17): the shared {@link ReachState}, the {@link MapView} that
 * sits in the canvas area behind a "Diagram | Map" switch, and the {@link LatencyPanel} of the analysis
 * drawer. Selecting a population in either selects it on the canvas, and the map marks the population
 * selected there.
 */
public final class ReachViews {
    private final ReachState state;
    private final MapView map;
    private final LatencyPanel panel;
    private final ToggleButton diagramButton = new ToggleButton("Diagram");
    private final ToggleButton mapButton = new ToggleButton("Map");
    private final HBox viewSwitch = new HBox(diagramButton, mapButton);

    public ReachViews(
            DocumentViewModel vm,
            DesignCanvas board,
            TaskExecutor tasks,
            ObservableValue<Analysis> analysis,
            WhatIfModel whatIf,
            Supplier<Optional<Catalog>> catalog) {
        this.state = new ReachState(tasks, analysis, whatIf, catalog);
        this.map = new MapView(state.snapshotProperty(), board.themeProperty());
        this.panel = new LatencyPanel(vm, state.snapshotProperty(), tasks, catalog);
        panel.setOnSelect(id -> {
            vm.select(id, false);
            if (!mapShown()) {
                board.reveal(id);
            }
        });
        map.setOnSelect(id -> vm.select(id, false));
        vm.selection().addListener((SetChangeListener<String>) c -> map.setSelected(
                vm.selection().size() == 1
                                && vm.design()
                                        .component(vm.selection().iterator().next())
                                        .filter(Component.Users.class::isInstance)
                                        .isPresent()
                        ? vm.selection().iterator().next()
                        : null));
        ToggleGroup group = new ToggleGroup();
        diagramButton.setToggleGroup(group);
        mapButton.setToggleGroup(group);
        diagramButton.setSelected(true);
        diagramButton.setId("view-diagram");
        mapButton.setId("view-map");
        diagramButton.getStyleClass().add("left-pill");
        mapButton.getStyleClass().add("right-pill");
        // one of the two is always chosen: clicking the chosen one again keeps it
        group.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                a.setSelected(true);
            }
        });
        map.visibleProperty().bind(mapButton.selectedProperty());
        viewSwitch.setId("view-switch");
        viewSwitch.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        StackPane.setAlignment(viewSwitch, Pos.TOP_RIGHT);
        StackPane.setMargin(viewSwitch, new Insets(8));
        // the switch covers the canvas' top-right corner: zoom to fit keeps cards and titles from under it
        viewSwitch.layoutBoundsProperty().addListener((o, a, b) -> {
            if (b.getWidth() > 0 && b.getHeight() > 0) {
                board.reserve(viewSwitch, Pos.TOP_RIGHT, b.getWidth() + 16, b.getHeight() + 16);
            }
        });
    }

    /** The catalog arrived. */
    public void refresh() {
        state.refresh();
    }

    public ReachState state() {
        return state;
    }

    public MapView map() {
        return map;
    }

    public LatencyPanel panel() {
        return panel;
    }

    /** The "Diagram | Map" switch shown over the canvas area. */
    public Node viewSwitch() {
        return viewSwitch;
    }

    /** True while the map is shown instead of the diagram. */
    public BooleanProperty mapShownProperty() {
        return mapButton.selectedProperty();
    }

    public boolean mapShown() {
        return mapButton.isSelected();
    }

    /** Shows the map (true) or the diagram (false). */
    public void showMap(boolean show) {
        (show ? mapButton : diagramButton).setSelected(true);
    }
}
