package dev.skyloom.app.governance;

import dev.skyloom.app.document.DocumentViewModel;
import dev.skyloom.app.service.WhileShown;
import dev.skyloom.model.Design;
import dev.skyloom.model.text.Counted;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;

/**
 * The Governance tab of the analysis drawer: each cloud the design uses against identity federation,
 * telemetry coverage and audit-log export, gaps marked; clicking a row selects that cloud's containers,
 * identity providers and sinks on the canvas.
 */
public final class GovernancePanel extends BorderPane {
    static final PseudoClass GAP = PseudoClass.getPseudoClass("gap");

    private final DocumentViewModel vm;
    /** The rows, made while the panel is shown (standalone: always; in a tab: while it is selected). */
    private final WhileShown rows;

    private final TableView<GovernanceRows.Row> table = new TableView<>();

    public GovernancePanel(DocumentViewModel vm) {
        this.vm = vm;
        this.rows = new WhileShown(() -> show(vm.design()));
        setId("governance-panel");
        table.setId("governance-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(new Label("No cloud has containers in this design"));
        table.getColumns().add(column("Cloud", r -> names(r.containers()) + " (" + r.cloud() + ")", r -> false));
        table.getColumns()
                .add(column(
                        "Federated",
                        r -> r.federated() ? "by " + names(r.identities()) : "no: separate identity silo",
                        r -> !r.federated()));
        table.getColumns()
                .add(column(
                        "Telemetry",
                        r -> r.observed().size() + " of "
                                + Counted.of(r.workloads().size(), "pool or pipeline", "pools and pipelines")
                                + (r.sinks().isEmpty() ? "" : " → " + names(r.sinks())),
                        r -> !r.fullyObserved()));
        table.getColumns()
                .add(column(
                        "Audit logging",
                        r -> r.auditLogged() ? "exported" : "not exported (no region or container ships telemetry)",
                        r -> !r.auditLogged()));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> {
            if (row != null) {
                vm.selection().clear();
                vm.selection().addAll(row.subjects());
            }
        });
        setCenter(table);
        vm.designProperty().addListener((o, a, d) -> rows.run());
        rows.run();
    }

    /** Adds the Governance tab to the analysis drawer's tabs. */
    public static GovernancePanel addTo(TabPane tabs, DocumentViewModel vm) {
        GovernancePanel panel = new GovernancePanel(vm);
        Tab tab = new Tab("Governance", panel);
        tab.setId("tab-governance");
        tab.setClosable(false);
        tabs.getTabs().add(tab);
        panel.showWhile(tab.selectedProperty());
        return panel;
    }

    public TableView<GovernanceRows.Row> table() {
        return table;
    }

    private void show(Design d) {
        table.getItems().setAll(GovernanceRows.of(d));
    }

    /**
     * Rows are made while {@code visible} is true, and once more when it becomes true after edits: in a tab
     * that is not selected they would be made after every edit for no one (at 5,000 components a few ms
     * of the FX thread each time).
     */
    public void showWhile(javafx.beans.value.ObservableBooleanValue visible) {
        rows.follow(visible);
    }

    private String names(List<String> ids) {
        return String.join(
                ", ",
                ids.stream()
                        .map(id -> vm.design().component(id).map(c -> c.label()).orElse(id))
                        .toList());
    }

    private static TableColumn<GovernanceRows.Row, String> column(
            String title, Function<GovernanceRows.Row, String> text, Function<GovernanceRows.Row, Boolean> gap) {
        TableColumn<GovernanceRows.Row, String> col = new TableColumn<>(title);
        col.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(text.apply(f.getValue())));
        col.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                GovernanceRows.Row row =
                        empty || getTableRow() == null ? null : getTableRow().getItem();
                boolean isGap = row != null && gap.apply(row);
                pseudoClassStateChanged(GAP, isGap);
            }
        });
        return col;
    }
}
