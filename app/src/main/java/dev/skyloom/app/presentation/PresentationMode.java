package dev.skyloom.app.presentation;

import dev.skyloom.app.analysis.Analysis;
import dev.skyloom.app.cost.CostPanel;
import dev.skyloom.app.whatif.WhatIfModel;
import dev.skyloom.app.whatif.WhatIfPanel;
import dev.skyloom.model.Component;
import dev.skyloom.model.check.Finding;
import dev.skyloom.model.check.Severity;
import java.util.ArrayList;
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
        overlay.setMaxSize(460, javafx.scene.layout.Region.USE_PREF_SIZE);
        findings.getStyleClass().add("presentation-findings");
        cost.getStyleClass().add("presentation-cost");
        outage.getStyleClass().add("presentation-outage");
        findings.setWrapText(true);
        cost.setWrapText(true);
        outage.setWrapText(true);
        outage.visibleProperty().bind(outage.textProperty().isNotEmpty());
        outage.managedProperty().bind(outage.visibleProperty());
        overlayToggle.setId("presentation-summary-toggle");
        overlayToggle.setSelected(true);
        overlay.visibleProperty().bind(overlayToggle.selectedProperty());
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
        HBox controls = new HBox(6, overlayToggle, whatIfButtons);
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
            } else if (e.getCode() == KeyCode.O) {
                overlayToggle.setSelected(!overlayToggle.isSelected());
                e.consume();
            }
        });
        panels.viewModel().clearSelection();
        scene.setRoot(root);
        active.set(true);
        refresh();
        if (fullScreen) {
            stage.setFullScreenExitHint("Esc leaves the presentation");
            stage.setFullScreen(true);
        }
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
        Analysis a = panels.analysis().current();
        if (a == null) {
            findings.setText("Checking…");
            cost.setText("");
        } else {
            List<String> top = new ArrayList<>();
            for (Finding f : a.findings()) {
                if (f.severity() == Severity.ERROR && top.size() < 3) {
                    top.add("• " + dev.skyloom.app.problems.FindingText.of(f, a.design()));
                }
            }
            findings.setText(
                    count(a.count(Severity.ERROR), "error") + ", " + count(a.count(Severity.WARNING), "warning")
                            + (top.isEmpty() ? "" : "\n" + String.join("\n", top)));
            cost.setText("Monthly " + CostPanel.money(a.cost().monthly()) + " "
                    + a.cost().currency()
                    + (a.cost().hasEstimates() ? " ~" : "")
                    + (a.cost().unpriced().isEmpty()
                            ? ""
                            : ", " + count(a.cost().unpriced().size(), "item") + " unpriced"));
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
