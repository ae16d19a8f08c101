package dev.skyloom.app.whatif;

import dev.skyloom.model.simulate.OutageResult;
import dev.skyloom.model.simulate.OutageSummary;
import dev.skyloom.model.text.Counted;
import java.util.Optional;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** What-if mode: a switch, the regions and providers with checkboxes, and what survives. */
public final class WhatIfPanel extends HBox {
    private final Label summary = new Label("Switch what-if mode on, then tick regions or providers to fail.");
    private final ListView<String> down = new ListView<>();

    public WhatIfPanel(WhatIfModel model, String currency) {
        setId("whatif-panel");
        setSpacing(12);
        setPadding(new Insets(6));
        ToggleButton mode = new ToggleButton("What-if mode");
        mode.setId("whatif-toggle");
        mode.selectedProperty().bindBidirectional(model.activeProperty());
        ListView<WhatIfModel.Target> targets = new ListView<>(model.targets());
        targets.setId("whatif-targets");
        targets.setPrefWidth(300);
        targets.setMinWidth(260);
        targets.disableProperty().bind(model.activeProperty().not());
        targets.setCellFactory(CheckBoxListCell.forListView(t -> {
            SimpleBooleanProperty p = new SimpleBooleanProperty(model.failed().contains(t.id()));
            p.addListener((o, a, b) -> model.setFailed(t.id(), b));
            return p;
        }));
        model.failed().addListener((javafx.collections.SetChangeListener<String>) c -> targets.refresh());
        summary.setId("whatif-summary");
        summary.setWrapText(true);
        summary.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        down.setId("whatif-down");
        down.setPrefHeight(120);
        VBox results = new VBox(6, summary, new Label("Pipelines that go down"), down);
        HBox.setHgrow(results, Priority.ALWAYS);
        getChildren().addAll(new VBox(6, mode, targets), results);
        model.resultProperty().addListener((o, a, r) -> show(r, currency));
        model.problemProperty().addListener((o, a, p) -> {
            if (!p.isEmpty()) {
                summary.setText(p);
            }
        });
        model.activeProperty().addListener((o, a, on) -> {
            if (!on) {
                summary.setText("What-if mode is off; the canvas shows the design as it is.");
            }
        });
    }

    private void show(Optional<OutageResult> result, String currency) {
        down.getItems().clear();
        if (result.isEmpty()) {
            summary.setText("Tick regions or providers to fail.");
            return;
        }
        OutageResult r = result.get();
        for (OutageResult.DownPipeline d : r.pipelinesDown()) {
            down.getItems().add(d.id() + ": " + d.reason());
        }
        summary.setText(text(r, currency));
    }

    /** One paragraph: what fails, how many pipelines go down, GPUs and spend that survive. */
    public static String text(OutageResult r, String currency) {
        StringBuilder b = new StringBuilder();
        b.append("Failing ").append(String.join(", ", r.outage().targets()));
        b.append(": ").append(Counted.of(r.pipelinesDown().size(), "pipeline")).append(" down, ");
        b.append(r.pipelinesUp().size()).append(" up. ");
        b.append("GPUs surviving ").append(OutageSummary.gpus(r));
        b.append(". Spend surviving ").append(OutageSummary.hourlySpend(r, currency));
        return b.append('.').toString();
    }

    public String summaryText() {
        return summary.getText();
    }
}
