package dev.skyloom.app;

import dev.skyloom.app.document.DocumentViewModel;
import dev.skyloom.app.presentation.AnalysisPanels;
import dev.skyloom.catalog.Catalog;
import dev.skyloom.model.cost.PriceAge;
import dev.skyloom.model.text.Counted;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import org.controlsfx.control.StatusBar;

/**
 * The window's status bar: the view-model's status text on the left; on the right the analysis items,
 * the counts of components and connections, saved or not, and the catalog's state and price age.
 */
final class StatusLine {
    private final StatusBar status = new StatusBar();
    private final Label catalogState = new Label("Loading catalog…");
    // one tooltip, its text changed: a new one after every analysis built a popup window's scene each time
    private final javafx.scene.control.Tooltip catalogTip = new javafx.scene.control.Tooltip();

    /** The status bar bound to the view-model, with the analysis's items. */
    StatusBar bar(DocumentViewModel vm, AnalysisPanels analysis) {
        status.setId("status-bar");
        status.textProperty().bind(vm.statusProperty());
        Label dirty = new Label();
        dirty.textProperty()
                .bind(Bindings.when(vm.dirtyProperty()).then("Unsaved changes").otherwise("Saved"));
        Label counts = new Label();
        counts.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> Counted.of(vm.design().components().size(), "component") + " · "
                                + Counted.of(vm.design().connections().size(), "connection"),
                        vm.designProperty()));
        dirty.setId("status-saved");
        counts.setId("status-counts");
        status.getRightItems().addAll(analysis.statusItems());
        status.getRightItems().add(new Separator(Orientation.VERTICAL));
        status.getRightItems()
                .addAll(
                        counts,
                        new Separator(Orientation.VERTICAL),
                        dirty,
                        new Separator(Orientation.VERTICAL),
                        catalogState);
        // On a laptop screen the counts, the cost and saved-or-not are what a glance needs: they keep their
        // width, and the catalog's age (its tooltip holds it whole) and the left message give way.
        for (javafx.scene.Node n : status.getRightItems()) {
            if (n instanceof Label l && l != catalogState) {
                l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            }
        }
        return status;
    }

    /** The catalog loaded: its snapshot date until an analysis tells the price age. */
    void catalogLoaded(Catalog c) {
        catalogState.setText("Catalog " + c.snapshotDate());
    }

    void catalogUnavailable() {
        catalogState.setText("Catalog unavailable");
    }

    /** How old the prices the design uses are; past 90 days, quietly where to look. */
    void showPriceAge(dev.skyloom.app.analysis.Analysis a, Catalog catalog) {
        if (a == null || catalog == null) {
            return;
        }
        PriceAge age = PriceAge.of(catalog.snapshotDate(), a.cost(), java.time.LocalDate.now());
        catalogState.setText(age.summary() + (age.isStale() ? " ⚠" : ""));
        catalogTip.setText(age.summary() + "\n"
                + age.warning().orElse("Catalog snapshot and the date of the oldest catalog price this design uses"));
        if (catalogState.getTooltip() != catalogTip) {
            catalogState.setTooltip(catalogTip);
        }
        catalogState.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("stale"), age.isStale());
    }
}
