package dev.skyloom.app.presentation;

import dev.skyloom.app.analysis.Analysis;
import dev.skyloom.app.cost.CostPanel;
import dev.skyloom.app.whatif.WhatIfModel;
import dev.skyloom.app.whatif.WhatIfPanel;
import dev.skyloom.model.Component;
import dev.skyloom.model.check.Severity;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * Presentation mode (F5): full screen, every panel hidden, only the canvas, with the findings and cost
 * summary as an overlay (toggled with its button or the O key) and one-click what-if buttons per provider.
 * Esc (or F5 again) leaves and restores the window exactly as it was; the design never changes.
 */
public final class PresentationMode {
    static final double PANEL_WIDTH = 380;
    static final double MARGIN = 16;
    /** Room for the what-if result, kept whether a what-if is on or not. */
    static final double OUTAGE_HEIGHT = 64;

    private final Stage stage;
    private final AnalysisPanels panels;
    private final Node canvasArea;
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(this, "active");
    private final VBox overlay = new VBox(6);
    private final Label findings = new Label();
    private final Label cost = new Label();
    private final Label outage = new Label();
    private final HBox whatIfButtons = new HBox(6);
    private final ToggleButton overlayToggle = new ToggleButton("Summary");
    private final javafx.scene.control.Button collapse = new javafx.scene.control.Button();
    private final javafx.beans.property.BooleanProperty collapsed =
            new javafx.beans.property.SimpleBooleanProperty(this, "collapsed");
    /** Keys of the areas reserved on the canvas while presenting. */
    private final Object summaryKey = new Object();

    private final Object controlsKey = new Object();
    private HBox controls;
    private double dragX;
    private double dragY;
    private Parent normalRoot;
    private StackPane root;
    private boolean wasWhatIf;
    private boolean wasOpen;
    private Runnable focusAfterLeaving = () -> {};
    /** Whether entering also makes the stage full screen (robot tests under Monocle turn it off). */
    boolean fullScreen = true;

    public PresentationMode(Stage stage, AnalysisPanels panels, Node canvasArea) {
        this.stage = stage;
        this.panels = panels;
        this.canvasArea = canvasArea;
        overlay.setId("presentation-overlay");
        overlay.getStyleClass().add("presentation-overlay");
        overlay.setPadding(new Insets(12));
        // one size whatever the what-if adds: the fit leaves exactly this much room, so the panel never
        // grows over the design (a long outage text is cut, the whole of it is in the label's tooltip)
        overlay.setPrefWidth(PANEL_WIDTH);
        overlay.setMinSize(PANEL_WIDTH, javafx.scene.layout.Region.USE_PREF_SIZE);
        overlay.setMaxSize(PANEL_WIDTH, javafx.scene.layout.Region.USE_PREF_SIZE);
        findings.setMaxHeight(96);
        outage.setMinHeight(OUTAGE_HEIGHT);
        outage.setPrefHeight(OUTAGE_HEIGHT);
        outage.setMaxHeight(OUTAGE_HEIGHT);
        outage.setAlignment(Pos.TOP_LEFT);
        Label title = new Label("Summary");
        title.getStyleClass().add("presentation-title");
        collapse.setId("presentation-summary-collapse");
        collapse.getStyleClass().addAll("flat", "small");
        collapse.setFocusTraversable(false);
        collapse.setOnAction(e -> collapsed.set(!collapsed.get()));
        collapse.textProperty()
                .bind(javafx.beans.binding.Bindings.when(collapsed).then("▸").otherwise("▾"));
        javafx.scene.layout.Region spring = new javafx.scene.layout.Region();
        HBox.setHgrow(spring, javafx.scene.layout.Priority.ALWAYS);
        HBox head = new HBox(6, title, spring, collapse);
        head.setAlignment(Pos.CENTER_LEFT);
        head.setId("presentation-summary-head");
        head.setCursor(javafx.scene.Cursor.MOVE);
        dragToMove(head);
        for (Label l : List.of(findings, cost)) {
            l.visibleProperty().bind(collapsed.not());
            l.managedProperty().bind(collapsed.not());
        }
        outage.visibleProperty().bind(outage.textProperty().isNotEmpty().and(collapsed.not()));
        overlay.getChildren().add(head);
        collapsed.addListener((o, a, b) -> reserveRoom());
        overlay.heightProperty().addListener((o, a, b) -> reserveRoom());
        findings.getStyleClass().add("presentation-findings");
        cost.getStyleClass().add("presentation-cost");
        outage.getStyleClass().add("presentation-outage");
        findings.setWrapText(true);
        cost.setWrapText(true);
        outage.setWrapText(true);
        outage.managedProperty().bind(collapsed.not());
        outage.textProperty()
                .addListener((o, a, b) -> outage.setTooltip(b.isEmpty() ? null : new javafx.scene.control.Tooltip(b)));
        overlayToggle.setId("presentation-summary-toggle");
        overlayToggle.setSelected(true);
        overlay.visibleProperty().bind(overlayToggle.selectedProperty());
        overlay.visibleProperty().addListener((o, a, b) -> reserveRoom());
        overlay.getChildren().addAll(findings, cost, outage);
        panels.analysis().currentProperty().addListener((o, a, b) -> refresh());
        panels.whatIfModel().resultProperty().addListener((o, a, b) -> refresh());
        stage.fullScreenProperty().addListener((o, a, full) -> {
            if (!full && active.get()) {
                leave();
            }
        });
    }

    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    public void toggle() {
        if (active.get()) {
            leave();
        } else {
            enter();
        }
    }

    public void enter() {
        Scene scene = stage.getScene();
        if (active.get() || scene == null) {
            return;
        }
        wasWhatIf = panels.whatIfModel().activeProperty().get();
        wasOpen = panels.panelsOpen();
        normalRoot = scene.getRoot();
        panels.split().getItems().remove(canvasArea);
        buildWhatIfButtons();
        controls = new HBox(6, overlayToggle, whatIfButtons);
        controls.setId("presentation-controls");
        controls.getStyleClass().add("presentation-overlay");
        controls.setPadding(new Insets(6));
        controls.setMaxSize(javafx.scene.layout.Region.USE_PREF_SIZE, javafx.scene.layout.Region.USE_PREF_SIZE);
        root = new StackPane(canvasArea, overlay, controls);
        root.setId("presentation-root");
        StackPane.setAlignment(overlay, Pos.TOP_LEFT);
        StackPane.setMargin(overlay, new Insets(16));
        StackPane.setAlignment(controls, Pos.BOTTOM_LEFT);
        StackPane.setMargin(controls, new Insets(16));
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE || e.getCode() == KeyCode.F5) {
                e.consume();
                leave();
            } else if (e.isShortcutDown() && (e.getCode() == KeyCode.DIGIT0 || e.getCode() == KeyCode.NUMPAD0)) {
                // the menus are not in the scene while presenting: Ctrl+0 refits here
                panels.board().zoomToFit();
                e.consume();
            } else if (e.getCode() == KeyCode.O) {
                overlayToggle.setSelected(!overlayToggle.isSelected());
                e.consume();
            }
        });
        panels.viewModel().clearSelection();
        overlay.setTranslateX(0);
        overlay.setTranslateY(0);
        scene.setRoot(root);
        active.set(true);
        refresh();
        if (fullScreen) {
            stage.setFullScreenExitHint("Esc leaves the presentation");
            stage.setFullScreen(true);
        }
        controls.heightProperty().addListener((o, a, b) -> reserveRoom());
        controls.widthProperty().addListener((o, a, b) -> reserveRoom());
        reserveRoom();
        // fitted to the screen once the full-screen layout has given the canvas its size
        panels.board().fitOnNextLayout();
        root.requestFocus();
    }

    /** Where the keyboard goes after leaving (the canvas): the node that had it left the scene with the mode. */
    public void setOnLeave(Runnable focusAfterLeaving) {
        this.focusAfterLeaving = focusAfterLeaving;
    }

    public void leave() {
        if (!active.get()) {
            return;
        }
        active.set(false);
        panels.board().release(summaryKey);
        panels.board().release(controlsKey);
        root.getChildren().remove(canvasArea);
        panels.split().getItems().add(0, canvasArea);
        panels.showPanels(wasOpen);
        stage.getScene().setRoot(normalRoot);
        if (!wasWhatIf) {
            panels.whatIfModel().failed().clear();
            panels.whatIfModel().activeProperty().set(false);
        }
        if (stage.isFullScreen()) {
            stage.setFullScreen(false);
        }
        focusAfterLeaving.run();
    }

    /**
     * Tells the canvas which corners the summary panel and the controls cover, so that zoom to fit keeps the
     * design out from under them; the panel reserves the corner it was dragged nearest to.
     */
    private void reserveRoom() {
        if (!active.get()) {
            return;
        }
        if (overlay.isVisible()) {
            double w = overlay.getWidth() > 0 ? overlay.getWidth() : PANEL_WIDTH;
            double h = overlay.getHeight() > 0 ? overlay.getHeight() : overlay.prefHeight(w);
            double width = root == null ? 0 : root.getWidth();
            double height = root == null ? 0 : root.getHeight();
            double x = MARGIN + overlay.getTranslateX();
            double y = MARGIN + overlay.getTranslateY();
            boolean right = width > 0 && x + w / 2 > width / 2;
            boolean bottom = height > 0 && y + h / 2 > height / 2;
            double rw = right ? width - x : x + w;
            double rh = bottom ? height - y : y + h;
            Pos corner = bottom ? (right ? Pos.BOTTOM_RIGHT : Pos.BOTTOM_LEFT) : (right ? Pos.TOP_RIGHT : Pos.TOP_LEFT);
            panels.board().reserve(summaryKey, corner, rw + MARGIN / 2, rh + MARGIN / 2);
        } else {
            panels.board().release(summaryKey);
        }
        if (controls != null) {
            double h = controls.getHeight() > 0 ? controls.getHeight() : controls.prefHeight(-1);
            double w = controls.getWidth() > 0 ? controls.getWidth() : controls.prefWidth(-1);
            panels.board().reserve(controlsKey, Pos.BOTTOM_LEFT, w + 1.5 * MARGIN, h + 1.5 * MARGIN);
        }
    }

    /** The summary panel moves with a drag on its title row; the fit then frees the corner it went to. */
    private void dragToMove(Node handle) {
        handle.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> {
            dragX = e.getSceneX() - overlay.getTranslateX();
            dragY = e.getSceneY() - overlay.getTranslateY();
            e.consume();
        });
        handle.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_DRAGGED, e -> {
            overlay.setTranslateX(e.getSceneX() - dragX);
            overlay.setTranslateY(e.getSceneY() - dragY);
            e.consume();
        });
        handle.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_RELEASED, e -> {
            reserveRoom();
            e.consume();
        });
    }

    /** Whether the summary panel shows only its title row. */
    public javafx.beans.property.BooleanProperty collapsedProperty() {
        return collapsed;
    }

    private void buildWhatIfButtons() {
        whatIfButtons.getChildren().clear();
        Set<String> providers = new LinkedHashSet<>();
        for (Component c : panels.viewModel().design().components()) {
            if (c instanceof Component.Provider p) {
                providers.add(p.provider());
            }
        }
        WhatIfModel model = panels.whatIfModel();
        for (String p : providers) {
            ToggleButton b = new ToggleButton("Fail " + p);
            b.setId("presentation-fail-" + p);
            b.setSelected(model.failed().contains(p));
            b.selectedProperty().addListener((o, a, on) -> {
                model.activeProperty().set(true);
                model.setFailed(p, on);
            });
            whatIfButtons.getChildren().add(b);
        }
    }

    private void refresh() {
        if (!active.get()) {
            // not presenting: entering refreshes (its summary of findings took the FX thread ms per edit)
            return;
        }
        Analysis a = panels.analysis().current();
        if (a == null) {
            findings.setText("Checking…");
            cost.setText("");
        } else {
            List<String> top = SummaryFindings.errorLines(a.findings(), a.design(), 3);
            findings.setText(
                    count(a.count(Severity.ERROR), "error") + ", " + count(a.count(Severity.WARNING), "warning")
                            + (top.isEmpty() ? "" : "\n" + String.join("\n", top)));
            cost.setText("Monthly "
                    + a.cost()
                            .total()
                            .text(m -> CostPanel.money(m) + " " + a.cost().currency()
                                    + (a.cost().hasEstimates() ? " ~" : "")));
        }
        outage.setText(panels.whatIfModel()
                .resultProperty()
                .get()
                .map(r -> WhatIfPanel.text(r, a == null ? "USD" : a.cost().currency()))
                .orElse(""));
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** The overlay's panel (for tests of its look). */
    Node overlay() {
        return overlay;
    }

    public String overlayText() {
        return findings.getText() + "\n" + cost.getText() + "\n" + outage.getText();
    }
}
