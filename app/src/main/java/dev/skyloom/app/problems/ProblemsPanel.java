package dev.skyloom.app.problems;

import dev.skyloom.model.check.Checks;
import dev.skyloom.model.check.DesignCheck;
import dev.skyloom.model.check.Finding;
import dev.skyloom.model.check.Severity;
import dev.skyloom.model.text.Counted;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The findings of the live analysis as a table, filterable by severity and check. */
public final class ProblemsPanel extends BorderPane {
    static final String ALL_SEVERITIES = "All severities";
    static final String ALL_CHECKS = "All checks";

    private final FilteredList<Finding> shown;
    private final TableView<Finding> table = new TableView<>();
    private final ComboBox<String> severity = new ComboBox<>();
    private final ComboBox<String> check = new ComboBox<>();
    private final Label summary = new Label();
    private final FindingDetail detail = new FindingDetail();
    private Consumer<Optional<Finding>> onSelect = f -> {};
    private java.util.function.Function<String, String> names = id -> id;

    public ProblemsPanel(ObservableList<Finding> findings) {
        this(findings, Checks.standard());
    }

    /** A panel whose check filter lists {@code checks} (the registry, {@link Checks#standard()}). */
    public ProblemsPanel(ObservableList<Finding> findings, List<DesignCheck> checks) {
        setId("problems-panel");
        shown = new FilteredList<>(findings);
        severity.setId("problems-severity");
        severity.getItems().addAll(ALL_SEVERITIES, "error", "warning", "info");
        severity.setValue(ALL_SEVERITIES);
        check.setId("problems-check");
        check.getItems().add(ALL_CHECKS);
        check.getItems().addAll(Checks.names(checks));
        check.setValue(ALL_CHECKS);
        severity.valueProperty().addListener((o, a, b) -> refilter());
        check.valueProperty().addListener((o, a, b) -> refilter());

        table.setId("problems-table");
        table.setItems(shown);
        table.setPlaceholder(new Label("No problems found"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        TableColumn<Finding, Severity> sev = new TableColumn<>("");
        sev.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().severity()));
        sev.setCellFactory(c -> new SeverityCell());
        sev.setMinWidth(34);
        sev.setMaxWidth(34);
        TableColumn<Finding, String> name = new TableColumn<>("Check");
        name.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().code()));
        name.setPrefWidth(170);
        name.setMaxWidth(240);
        name.setCellFactory(c -> new TipCell());
        TableColumn<Finding, String> message = new TableColumn<>("Message");
        message.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(FindingText.of(c.getValue(), names)));
        message.setPrefWidth(600);
        message.setCellFactory(c -> new TipCell());
        TableColumn<Finding, String> subjects = new TableColumn<>("Components");
        subjects.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(String.join(
                ", ",
                c.getValue().subjects().stream().map(id -> names.apply(id)).toList())));
        subjects.setPrefWidth(220);
        subjects.setCellFactory(c -> new TipCell());
        table.getColumns().addAll(List.of(sev, name, message, subjects));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, f) -> {
            detail.show(Optional.ofNullable(f), names);
            onSelect.accept(Optional.ofNullable(f));
        });
        detail.setOnShow(() -> {
            Finding f = table.getSelectionModel().getSelectedItem();
            if (f != null) {
                onSelect.accept(Optional.of(f));
            }
        });

        Label filter = new Label("Show");
        summary.setId("problems-summary");
        HBox bar = new HBox(8, filter, severity, check, summary);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 6, 4, 6));
        setTop(bar);
        // the table lists, the detail pane beside it shows the selected finding in full (message wrapped,
        // every subject by name and id, the flow path, a link back to the canvas)
        javafx.scene.control.SplitPane body = new javafx.scene.control.SplitPane(table, detail);
        body.setDividerPositions(0.62);
        javafx.scene.control.SplitPane.setResizableWithParent(detail, false);
        setCenter(body);
        shown.addListener((javafx.collections.ListChangeListener<Finding>) c -> updateSummary(findings));
        updateSummary(findings);
    }

    /** How a component id is shown: the name the user gave (ids stay in the detail pane). */
    public void setNames(java.util.function.Function<String, String> names) {
        this.names = names;
        table.refresh();
        detail.show(Optional.ofNullable(table.getSelectionModel().getSelectedItem()), names);
    }

    public FindingDetail detail() {
        return detail;
    }

    /** Called with the finding the user selected (empty when the selection is cleared). */
    public void setOnSelect(Consumer<Optional<Finding>> onSelect) {
        this.onSelect = onSelect;
    }

    public TableView<Finding> table() {
        return table;
    }

    /** Filters by severity ({@code error}, {@code warning}, {@code info}; null = all). */
    public void showSeverity(String value) {
        severity.setValue(value == null ? ALL_SEVERITIES : value);
    }

    /** Filters by check ({@code residency}, ...; null = all). */
    public void showCheck(String value) {
        check.setValue(value == null ? ALL_CHECKS : value);
    }

    /** Selects the first finding (of those shown) whose code or check is {@code codeOrCheck}. */
    public boolean selectFirst(String codeOrCheck) {
        for (Finding f : shown) {
            if (f.code().equals(codeOrCheck) || f.check().equals(codeOrCheck)) {
                table.getSelectionModel().select(f);
                table.scrollTo(f);
                return true;
            }
        }
        return false;
    }

    private void refilter() {
        String s = severity.getValue();
        String c = check.getValue();
        shown.setPredicate(f ->
                (s == null || s.equals(ALL_SEVERITIES) || f.severity().json().equals(s))
                        && (c == null || c.equals(ALL_CHECKS) || f.check().equals(c)));
    }

    private void updateSummary(List<Finding> all) {
        summary.setText(
                shown.size() == all.size()
                        ? Counted.of(all.size(), "finding")
                        : shown.size() + " of " + Counted.of(all.size(), "finding"));
    }

    /** Text that may be cut short by the column: the whole text as tooltip. */
    static final class TipCell extends TableCell<Finding, String> {
        private final Tooltip tip = new Tooltip();

        TipCell() {
            tip.setWrapText(true);
            tip.setMaxWidth(560);
        }

        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            setText(empty ? null : text);
            tip.setText(text);
            setTooltip(empty || text == null || text.isEmpty() ? null : tip);
        }
    }

    /** The severity as a coloured icon, with the word as tooltip and accessible text. */
    static final class SeverityCell extends TableCell<Finding, Severity> {
        private final Tooltip tip = new Tooltip();

        @Override
        protected void updateItem(Severity s, boolean empty) {
            super.updateItem(s, empty);
            if (empty || s == null) {
                setGraphic(null);
                setTooltip(null);
                setAccessibleText(null);
                return;
            }
            setGraphic(icon(s));
            tip.setText(s.json());
            setTooltip(tip);
            setAccessibleText(s.json());
        }
    }

    /**
     * The icon used for a severity, in the table and the status bar. Shape and colour both tell the
     * severity, as the canvas badges do: a circle with "!" for errors, a triangle for warnings, a circle
     * with "i" for information. The colour comes from the theme through the {@code severity-*} style class
     * (skyloom.css: the theme's danger, warning and accent colours, light or dark).
     */
    public static FontIcon icon(Severity s) {
        FontIcon icon;
        switch (s) {
            case ERROR:
                icon = new FontIcon(Material2AL.ERROR);
                break;
            case WARNING:
                icon = new FontIcon(Material2MZ.WARNING);
                break;
            default:
                icon = new FontIcon(Material2AL.INFO);
                break;
        }
        icon.getStyleClass().add(styleClass(s));
        icon.setIconSize(16);
        return icon;
    }

    /** The style class that colours a severity's icon. */
    public static String styleClass(Severity s) {
        return "severity-" + s.json().toLowerCase(Locale.ROOT);
    }
}
