package dev.skyloom.app.cost;

import dev.skyloom.app.document.DocumentViewModel;
import dev.skyloom.app.service.TaskExecutor;
import dev.skyloom.catalog.Catalog;
import dev.skyloom.model.Component;
import dev.skyloom.model.Design;
import dev.skyloom.model.Pricing;
import dev.skyloom.model.cost.CostLine;
import dev.skyloom.model.cost.PriceState;
import dev.skyloom.model.suggest.CheapestRegions;
import dev.skyloom.model.suggest.MoveSuggestions;
import dev.skyloom.model.text.Counted;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.collections.SetChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * For the selected GPU pool: its monthly cost under each pricing model side by side, and the cheapest region
 * for its offering under the rule of {@link MoveSuggestions}: first the cheapest region whose move keeps the
 * design free of new errors (with a one-click, undoable move), then the cheapest overall when it differs,
 * with the error it would cause.
 */
public final class PoolPricingView extends VBox {
    private final DocumentViewModel vm;
    private final TaskExecutor tasks;
    private final Supplier<Optional<Catalog>> catalog;
    private final Label title = new Label("Select a GPU pool to compare pricing models");
    private final GridPane models = new GridPane();
    private final Label cheapest = new Label();
    private final Button move = new Button();
    private final Label cheaper = new Label();
    private final Button moveAnyway = new Button();
    private long asked;
    private Optional<CheapestRegions.Region> target = Optional.empty();
    private Optional<CheapestRegions.Region> ruleBreaking = Optional.empty();
    private String poolId;

    public PoolPricingView(DocumentViewModel vm, TaskExecutor tasks, Supplier<Optional<Catalog>> catalog) {
        this.vm = vm;
        this.tasks = tasks;
        this.catalog = catalog;
        setId("pool-pricing");
        setSpacing(6);
        setPadding(new Insets(0, 6, 0, 6));
        setPrefWidth(300);
        title.setWrapText(true);
        models.setHgap(12);
        models.setId("pool-pricing-models");
        cheapest.setId("pool-cheapest");
        cheapest.setWrapText(true);
        move.setId("pool-move-cheapest");
        move.setVisible(false);
        move.setOnAction(e -> moveToCheapest());
        cheaper.setId("pool-cheaper-breaking");
        cheaper.setWrapText(true);
        moveAnyway.setId("pool-move-anyway");
        moveAnyway.getStyleClass().add("flat");
        moveAnyway.setOnAction(e -> ruleBreaking.ifPresent(r -> moveTo(r.code())));
        for (javafx.scene.Node n : List.of(move, cheaper, moveAnyway)) {
            n.managedProperty().bind(n.visibleProperty());
        }
        cheaper.visibleProperty().bind(cheaper.textProperty().isNotEmpty());
        moveAnyway.setVisible(false);
        getChildren().addAll(title, models, cheapest, move, cheaper, moveAnyway);
        vm.selection().addListener((SetChangeListener<String>) c -> refresh());
        vm.designProperty().addListener((o, a, b) -> refresh());
    }

    /** Recomputes for the current selection (off the UI thread). */
    public void refresh() {
        Optional<Catalog> cat = catalog.get();
        Design design = vm.design();
        Optional<Component.GpuPool> pool = vm.selection().size() == 1
                ? design.component(vm.selection().iterator().next())
                        .filter(Component.GpuPool.class::isInstance)
                        .map(Component.GpuPool.class::cast)
                : Optional.empty();
        long ticket = ++asked;
        if (pool.isEmpty() || cat.isEmpty()) {
            poolId = null;
            title.setText("Select a GPU pool to compare pricing models");
            models.getChildren().clear();
            cheapest.setText("");
            cheaper.setText("");
            move.setVisible(false);
            moveAnyway.setVisible(false);
            return;
        }
        String id = pool.get().id();
        tasks.submit(
                () -> new Result(
                        PoolOptions.byPricing(design, cat.get(), id),
                        CheapestRegions.forPool(design, cat.get(), id),
                        CostEngineRegion.of(design, id)),
                r -> {
                    if (ticket == asked) {
                        show(pool.get(), r);
                    }
                },
                e -> cheapest.setText("Cannot compare: " + e.getMessage()));
    }

    private record Result(
            Map<Pricing, CostLine> lines, MoveSuggestions.Suggestion<CheapestRegions.Region> cheapest, String region) {}

    private void show(Component.GpuPool pool, Result r) {
        poolId = pool.id();
        title.setText(pool.label() + " (" + pool.count() + " × " + pool.instanceType() + ")");
        models.getChildren().clear();
        int row = 0;
        for (Map.Entry<Pricing, CostLine> e : r.lines().entrySet()) {
            CostLine l = e.getValue();
            String amount = l.monthly()
                    .map(m -> (l.state() == PriceState.DYNAMIC ? "from " : "") + CostPanel.money(m)
                            + (l.estimate() ? " ~" : "") + " /month" + CostPanel.stateSuffix(l))
                    .orElse(l.state() == PriceState.PRICE_ON_REQUEST ? "price on request" : "unpriced");
            Label name = new Label(e.getKey().json() + (e.getKey() == pool.pricing() ? " (current)" : ""));
            Label value = new Label(amount);
            name.setMinWidth(Label.USE_PREF_SIZE);
            value.setMinWidth(Label.USE_PREF_SIZE);
            value.setId("pool-pricing-" + e.getKey().json());
            models.addRow(row++, name, value);
        }
        MoveSuggestions.Suggestion<CheapestRegions.Region> suggestion = r.cheapest();
        target = suggestion.keepingRules().map(MoveSuggestions.Option::target);
        ruleBreaking = suggestion.ruleBreaking().map(MoveSuggestions.Option::target);
        if (target.isEmpty()) {
            cheapest.setText(
                    suggestion.preferred().isEmpty()
                            ? "No priced region in the catalog for " + pool.instanceType()
                            : "No region of " + pool.instanceType() + " keeps the design free of new errors");
            move.setVisible(false);
        } else if (target.get().code().equals(r.region())) {
            cheapest.setText("Already in the cheapest region that keeps the rules (" + r.region() + ")");
            move.setVisible(false);
        } else {
            CheapestRegions.Region c = target.get();
            cheapest.setText("Cheapest region for " + pool.instanceType() + " that keeps the rules: " + c.provider()
                    + " " + c.code() + price(c));
            move.setText("Move to " + c.code());
            move.setVisible(true);
        }
        Optional<MoveSuggestions.Option<CheapestRegions.Region>> breaking = suggestion.ruleBreaking();
        if (breaking.isPresent()) {
            CheapestRegions.Region c = breaking.get().target();
            int n = breaking.get().newErrors().size();
            cheaper.setText("Cheaper: " + c.code() + price(c) + ", but it would cause "
                    + (n == 1 ? "an error" : Counted.of(n, "error")) + ": "
                    + dev.skyloom.app.problems.FindingText.of(
                            breaking.get().newErrors().get(0), vm.design()));
            moveAnyway.setText("Move to " + c.code() + " anyway");
            moveAnyway.setVisible(true);
        } else {
            cheaper.setText("");
            moveAnyway.setVisible(false);
        }
    }

    private static String price(CheapestRegions.Region c) {
        return c.prices()
                .onDemand()
                .map(p -> " at " + p.amount().toPlainString() + " " + p.currency() + "/hour (on-demand, " + p.source()
                        + " " + p.asOf() + ")")
                .orElse("");
    }

    /** Moves the selected pool to the cheapest region as one undoable edit. */
    public boolean moveToCheapest() {
        return target.map(t -> moveTo(t.code())).orElse(false);
    }

    private boolean moveTo(String regionCode) {
        if (poolId == null || catalog.get().isEmpty()) {
            return false;
        }
        return PoolOptions.moveToRegion(vm.design(), catalog.get().get(), poolId, regionCode)
                .map(vm::apply)
                .orElse(false);
    }

    /** The cheapest region that keeps the design free of new errors. */
    public Optional<CheapestRegions.Region> target() {
        return target;
    }

    /** The cheaper region that would cause an error, when there is one. */
    public Optional<CheapestRegions.Region> ruleBreaking() {
        return ruleBreaking;
    }

    /** The region code a component sits in (for "already there"). */
    static final class CostEngineRegion {
        private CostEngineRegion() {}

        static String of(Design design, String id) {
            dev.skyloom.model.graph.DesignGraph g = dev.skyloom.model.graph.DesignGraph.of(design);
            int v = g.indexOf(id);
            return v < 0 ? "" : dev.skyloom.model.cost.CostEngine.regionCode(g, v);
        }
    }
}
