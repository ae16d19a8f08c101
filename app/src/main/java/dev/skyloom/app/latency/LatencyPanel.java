package dev.skyloom.app.latency;

import dev.skyloom.app.cost.CostPanel;
import dev.skyloom.app.cost.PoolOptions;
import dev.skyloom.app.document.DocumentViewModel;
import dev.skyloom.app.service.TaskExecutor;
import dev.skyloom.catalog.Catalog;
import dev.skyloom.model.Component;
import dev.skyloom.model.Design;
import dev.skyloom.model.check.Finding;
import dev.skyloom.model.latency.Latencies;
import dev.skyloom.model.latency.Places;
import dev.skyloom.model.latency.RoundTrip;
import dev.skyloom.model.latency.Serving;
import dev.skyloom.model.suggest.CloserRegions;
import dev.skyloom.model.suggest.MoveSuggestions;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The Latency panel of the analysis drawer: one row per population (where it is, the region and pool
 * serving it, the round trip — measured, or {@code ~} estimated — with its source, the budget and the
 * status), coverage now and under the worst single failure (the {@code reach.coverage} finding), and in
 * what-if mode where each population is served from after the failure. Clicking a row selects the
 * population on the canvas. For a population over budget, "Move closer" suggests a region for the pool
 * serving it ({@link CloserRegions}: first the closer region that adds no error, else the closest with
 * what it breaks) with the change in the monthly cost; applying it is one undoable edit.
 */
public final class LatencyPanel extends HBox {
    /** One population as the table shows it. */
    public record Row(
            String id,
            String name,
            String place,
            String servedFrom,
            String rtt,
            String source,
            String budget,
            String status,
            String whatIf) {}

    private final DocumentViewModel vm;
    private final TaskExecutor tasks;
    private final Supplier<Optional<Catalog>> catalog;
    private final TableView<Row> table = new TableView<>();
    private final TableColumn<Row, String> whatIfColumn = column("After the what-if failure", Row::whatIf, 260);
    private final Label coverage = new Label();
    private final Label closerTitle = new Label("Select a population over its budget for a closer region");
    private final Label closer = new Label();
    private final Label closerBreaking = new Label();
    private final Button move = new Button("Move closer");
    private final Button moveAnyway = new Button("Move anyway");
    private final ReadOnlyObjectWrapper<Optional<CloserView>> suggestion =
            new ReadOnlyObjectWrapper<>(Optional.empty());
    private Consumer<String> onSelect = id -> {};
    private long asked;

    /** The computed suggestion for the selected population, with the cost difference of each option. */
    public record CloserView(
            CloserRegions.Result result, Optional<BigDecimal> keepingCost, Optional<BigDecimal> breakingCost) {}

    public LatencyPanel(
            DocumentViewModel vm,
            ObservableValue<ReachState.Snapshot> state,
            TaskExecutor tasks,
            Supplier<Optional<Catalog>> catalog) {
        this.vm = vm;
        this.tasks = tasks;
        this.catalog = catalog;
        setId("latency-panel");
        setSpacing(12);
        setPadding(new Insets(6));
        table.setId("latency-table");
        table.setPlaceholder(new Label(
                "No user populations: drop Users from the palette and connect a pipeline" + " to them (serves)"));
        table.getColumns()
                .addAll(List.of(
                        column("Population", Row::name, 140),
                        column("Place", Row::place, 120),
                        column("Served from", Row::servedFrom, 230),
                        column("RTT", Row::rtt, 64),
                        column("Budget", Row::budget, 64),
                        column("Status", Row::status, 100),
                        column("Source", Row::source, 150),
                        whatIfColumn));
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> {
            if (row != null) {
                onSelect.accept(row.id());
            }
            suggest(row);
        });
        coverage.setId("latency-coverage");
        coverage.setWrapText(true);
        // the table takes the drawer's full height; coverage and Move closer share the side column
        VBox left = new VBox(table);
        VBox.setVgrow(table, Priority.ALWAYS);
        HBox.setHgrow(left, Priority.ALWAYS);
        closerTitle.setWrapText(true);
        closerTitle.getStyleClass().add("text-bold");
        closer.setId("latency-closer");
        closer.setWrapText(true);
        closerBreaking.setId("latency-closer-breaking");
        closerBreaking.setWrapText(true);
        move.setId("latency-move-closer");
        moveAnyway.setId("latency-move-anyway");
        moveAnyway.getStyleClass().add("flat");
        move.setOnAction(e -> moveCloser(false));
        moveAnyway.setOnAction(e -> moveCloser(true));
        for (javafx.scene.Node n : List.of(move, moveAnyway, closerBreaking)) {
            n.managedProperty().bind(n.visibleProperty());
            n.setVisible(false);
        }
        VBox right = new VBox(
                6,
                coverage,
                new javafx.scene.control.Separator(),
                closerTitle,
                closer,
                move,
                closerBreaking,
                moveAnyway);
        right.setPadding(new Insets(0, 8, 0, 0));
        javafx.scene.control.ScrollPane side = new javafx.scene.control.ScrollPane(right);
        side.setFitToWidth(true);
        side.setPrefWidth(340);
        side.setMinWidth(240);
        side.setMinHeight(0);
        getChildren().addAll(left, side);
        state.addListener((o, a, s) -> show(s));
        show(state.getValue());
    }

    /** What clicking a row does (the window selects the population on the canvas). */
    public void setOnSelect(Consumer<String> onSelect) {
        this.onSelect = onSelect;
    }

    public TableView<Row> table() {
        return table;
    }

    public String coverageText() {
        return coverage.getText();
    }

    public ObservableValue<Optional<CloserView>> suggestionProperty() {
        return suggestion.getReadOnlyProperty();
    }

    /** Applies the suggested closer region (the one that keeps the rules): one undoable edit. */
    public boolean moveCloser() {
        return moveCloser(false);
    }

    private void show(ReachState.Snapshot s) {
        String selectedId = Optional.ofNullable(table.getSelectionModel().getSelectedItem())
                .map(Row::id)
                .orElse(null);
        if (s == null) {
            table.getItems().clear();
            coverage.setText("");
            return;
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < s.now().size(); i++) {
            Serving now = s.now().get(i);
            int at = i;
            Optional<Serving> after = s.afterFailure().map(l -> l.get(at));
            rows.add(row(s.design(), now, after));
        }
        whatIfColumn.setVisible(s.afterFailure().isPresent());
        whatIfColumn.setText("When " + String.join(", ", s.failure()) + " fail"
                + (s.failure().size() == 1 ? "s" : ""));
        if (!table.getItems().equals(rows)) {
            table.getItems().setAll(rows);
        }
        coverage.setText(s.coverage().map(Finding::message).orElse(s.now().isEmpty() ? "" : "Coverage: …"));
        if (selectedId != null) {
            for (Row r : rows) {
                if (r.id().equals(selectedId)) {
                    table.getSelectionModel().select(r);
                    break;
                }
            }
        }
    }

    static Row row(Design design, Serving s, Optional<Serving> after) {
        Component.Users users = design.component(s.population())
                .filter(Component.Users.class::isInstance)
                .map(Component.Users.class::cast)
                .orElseThrow();
        return new Row(
                users.id(),
                users.label(),
                Places.bundled().describe(users),
                servedFrom(s),
                s.rtt().map(RoundTrip::text).orElse("—"),
                s.rtt().map(RoundTrip::provenance).orElse(""),
                s.budgetMs().stripTrailingZeros().toPlainString() + " ms",
                status(s),
                after.map(a -> a.region().equals(s.region())
                                ? "same (" + status(a) + ")"
                                : servedFrom(a)
                                        + (a.rtt().isPresent()
                                                ? " at " + a.rtt().get().text()
                                                : "") + " — " + status(a))
                        .orElse(""));
    }

    private static String servedFrom(Serving s) {
        return s.region().isEmpty() ? "nothing serves them" : s.region() + " (" + s.pool() + ")";
    }

    static String status(Serving s) {
        return switch (s.status()) {
            case WITHIN_BUDGET -> "within budget";
            case OVER_BUDGET -> "over budget";
            case UNSERVED -> "not served";
            case UNKNOWN -> "unknown";
        };
    }

    private void suggest(Row row) {
        long ticket = ++asked;
        suggestion.set(Optional.empty());
        closer.setText("");
        closerBreaking.setText("");
        move.setVisible(false);
        moveAnyway.setVisible(false);
        closerBreaking.setVisible(false);
        Optional<Catalog> cat = catalog.get();
        if (row == null || cat.isEmpty() || !row.status().equals("over budget")) {
            closerTitle.setText(
                    row == null
                            ? "Select a population over its budget for a closer region"
                            : row.name() + ": " + row.status());
            return;
        }
        closerTitle.setText(row.name() + " is over budget (" + row.rtt() + " for " + row.budget() + ")");
        closer.setText("Looking for a closer region…");
        Design design = vm.design();
        tasks.submit(
                () -> compute(design, cat.get(), row.id()),
                v -> {
                    if (ticket == asked) {
                        showSuggestion(v);
                    }
                },
                e -> {
                    if (ticket == asked) {
                        closer.setText("No suggestion: " + e.getMessage());
                    }
                });
    }

    static Optional<CloserView> compute(Design design, Catalog catalog, String population) {
        return CloserRegions.forPopulation(design, catalog, Latencies.standard(), population)
                .map(r -> {
                    String pool = r.subject().pool();
                    Function<Optional<MoveSuggestions.Option<CloserRegions.Region>>, Optional<BigDecimal>> cost =
                            o -> o.flatMap(x -> CloserRegions.monthlyDifference(
                                    design, catalog, pool, x.target().code()));
                    return new CloserView(
                            r,
                            cost.apply(r.suggestion().keepingRules()),
                            cost.apply(r.suggestion().ruleBreaking()));
                });
    }

    private void showSuggestion(Optional<CloserView> view) {
        suggestion.set(view);
        if (view.isEmpty()) {
            closer.setText("No suggestion: its pool's instance type or region is not in the catalog");
            return;
        }
        CloserRegions.Result r = view.get().result();
        String currency = vm.design().currency();
        Optional<MoveSuggestions.Option<CloserRegions.Region>> keeping =
                r.suggestion().keepingRules();
        if (keeping.isPresent()) {
            CloserRegions.Region target = keeping.get().target();
            closer.setText("Move " + r.subject().pool() + " from " + r.subject().region() + " to " + target.key()
                    + ": " + target.rtt().text() + " instead of "
                    + r.subject().rtt().text() + " ("
                    + target.rtt().provenance() + "); " + costText(view.get().keepingCost(), currency)
                    + ". Adds no error.");
            move.setText("Move closer (" + target.code() + ")");
            move.setVisible(true);
        } else if (r.suggestion().preferred().isEmpty()) {
            closer.setText(
                    "No region of " + r.subject().pool() + "'s provider that sells its instance type is closer.");
        } else {
            closer.setText("Every closer region of " + r.subject().pool() + "'s provider breaks a rule.");
        }
        r.suggestion().ruleBreaking().ifPresent(b -> {
            CloserRegions.Region target = b.target();
            StringBuilder why = new StringBuilder(
                    "Closest: " + target.key() + " at " + target.rtt().text() + " ("
                            + costText(view.get().breakingCost(), currency) + "), but it would cause:");
            for (Finding f : b.newErrors()) {
                why.append("\n• ").append(f.message());
            }
            closerBreaking.setText(why.toString());
            closerBreaking.setVisible(true);
            moveAnyway.setText("Move to " + target.code() + " anyway");
            moveAnyway.setVisible(true);
        });
    }

    private static String costText(Optional<BigDecimal> difference, String currency) {
        if (difference.isEmpty()) {
            return "cost change unknown (unpriced there)";
        }
        BigDecimal d = difference.get();
        return d.signum() == 0
                ? "same monthly cost"
                : (d.signum() > 0 ? "+" : "−") + CostPanel.money(d.abs()) + " " + currency + "/month";
    }

    private boolean moveCloser(boolean anyway) {
        Optional<CloserView> view = suggestion.get();
        Optional<Catalog> cat = catalog.get();
        if (view.isEmpty() || cat.isEmpty()) {
            return false;
        }
        CloserRegions.Result r = view.get().result();
        Optional<MoveSuggestions.Option<CloserRegions.Region>> option =
                anyway ? r.suggestion().ruleBreaking() : r.suggestion().keepingRules();
        return option.flatMap(o -> PoolOptions.moveToRegion(
                        vm.design(), cat.get(), r.subject().pool(), o.target().code()))
                .map(vm::apply)
                .orElse(false);
    }

    private static TableColumn<Row, String> column(String title, Function<Row, String> value, double width) {
        TableColumn<Row, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new javafx.beans.property.ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
