package dev.skyloom.app.cost;

import dev.skyloom.app.document.DocumentViewModel;
import dev.skyloom.app.service.TaskExecutor;
import dev.skyloom.catalog.Catalog;
import dev.skyloom.model.Component;
import dev.skyloom.model.Design;
import dev.skyloom.model.Pricing;
import dev.skyloom.model.cost.CostLine;
import dev.skyloom.model.cost.PriceState;
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
 * For the selected GPU pool: its monthly cost under each pricing model side by side, and the catalog's
 * cheapest region for its offering with a one-click move there (one undoable edit; the live analysis then
 * re-checks residency).
 */
public final class PoolPricingView extends VBox {
    private final DocumentViewModel vm;
    private final TaskExecutor tasks;
    private final Supplier<Optional<Catalog>> catalog;
    private final Label title = new Label("Select a GPU pool to compare pricing models");
    private final GridPane models = new GridPane();
    private final Label cheapest = new Label();
    private final Button move = new Button();
    private long asked;
    private Optional<PoolOptions.Cheapest> target = Optional.empty();
    private String poolId;

    public PoolPricingView(DocumentViewModel vm, TaskExecutor tasks, Supplier<Optional<Catalog>> catalog) {
        this.vm = vm;
        this.tasks = tasks;
        this.catalog = catalog;
        setId("pool-pricing");
        setSpacing(6);
        setPadding(new Insets(0, 6, 0, 6));
        setMinWidth(260);
        models.setHgap(12);
        models.setId("pool-pricing-models");
        cheapest.setId("pool-cheapest");
        cheapest.setWrapText(true);
        move.setId("pool-move-cheapest");
        move.setVisible(false);
        move.setOnAction(e -> moveToCheapest());
        getChildren().addAll(title, models, cheapest, move);
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
            move.setVisible(false);
            return;
        }
        String id = pool.get().id();
        tasks.submit(
                () -> new Result(
                        PoolOptions.byPricing(design, cat.get(), id),
                        PoolOptions.cheapestRegion(design, cat.get(), id),
                        CostEngineRegion.of(design, id)),
                r -> {
                    if (ticket == asked) {
                        show(pool.get(), r);
                    }
                },
                e -> cheapest.setText("Cannot compare: " + e.getMessage()));
    }

    private record Result(Map<Pricing, CostLine> lines, Optional<PoolOptions.Cheapest> cheapest, String region) {}

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
            value.setId("pool-pricing-" + e.getKey().json());
            models.addRow(row++, name, value);
        }
        target = r.cheapest();
        if (target.isEmpty()) {
            cheapest.setText("No priced region in the catalog for " + pool.instanceType());
            move.setVisible(false);
        } else if (target.get().region().equals(r.region())) {
            cheapest.setText("Already in the cheapest region (" + r.region() + ")");
            move.setVisible(false);
        } else {
            PoolOptions.Cheapest c = target.get();
            cheapest.setText("Cheapest region for " + pool.instanceType() + ": " + c.provider() + " " + c.region()
                    + c.prices()
                            .onDemand()
                            .map(p -> " at " + p.amount().toPlainString() + " " + p.currency() + "/hour (on-demand, "
                                    + p.source() + " " + p.asOf() + ")")
                            .orElse(""));
            move.setText("Move to " + c.region());
            move.setVisible(true);
        }
    }

    /** Moves the selected pool to the cheapest region as one undoable edit. */
    public boolean moveToCheapest() {
        if (target.isEmpty() || poolId == null || catalog.get().isEmpty()) {
            return false;
        }
        return PoolOptions.moveToRegion(
                        vm.design(), catalog.get().get(), poolId, target.get().region())
                .map(vm::apply)
                .orElse(false);
    }

    public Optional<PoolOptions.Cheapest> target() {
        return target;
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
