package dev.skyloom.app.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skyloom.app.analysis.Analysis;
import dev.skyloom.app.analysis.AnalysisService;
import dev.skyloom.app.analysis.Examples;
import dev.skyloom.app.document.DocumentViewModel;
import dev.skyloom.app.document.Doubles;
import dev.skyloom.app.document.RecoveryStore;
import dev.skyloom.app.service.TaskExecutor;
import dev.skyloom.model.Component;
import dev.skyloom.model.Design;
import dev.skyloom.model.TestDesigns;
import dev.skyloom.model.check.CheckSession;
import dev.skyloom.model.cost.CostEngine;
import dev.skyloom.model.fixtures.ExampleFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.control.Label;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

class CostPanelUpdateTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void anAmountOnlyChangeUpdatesTheRowsAndBarsInPlace() throws Exception {
        Design base = Examples.read(ExampleFiles.path("global-inference"));
        Component.GpuPool pool =
                (Component.GpuPool) base.component("us-serve-pool").orElseThrow();
        Design more = base.withComponents(base.components().stream()
                .map(c -> c.id().equals(pool.id()) ? pool.withCount(pool.count() + 4) : c)
                .toList());
        CheckSession session = new CheckSession(Examples.catalog());
        CostEngine engine = new CostEngine(Examples.catalog());
        Analysis first = AnalysisService.analyse(session, engine, base, 1);
        Analysis second = AnalysisService.analyse(session, engine, more, 2);
        assertNotEquals(first.cost().monthly(), second.cost().monthly(), "the edit changes the cost");

        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                DocumentViewModel vm = new DocumentViewModel(
                        base,
                        new Doubles.MemoryIo(),
                        new Doubles.Dialogs(),
                        new Doubles.Chooser(),
                        TaskExecutor.direct(),
                        new RecoveryStore(dir.resolve("data")));
                SimpleObjectProperty<Analysis> shown = new SimpleObjectProperty<>(first);
                CostPanel panel = new CostPanel(
                        shown, new PoolPricingView(vm, TaskExecutor.direct(), () -> Optional.of(Examples.catalog())));
                new javafx.scene.Scene(panel, 1200, 400);
                panel.applyCss(); // builds the skins, so the grids inside the scroll pane can be looked up
                panel.layout();
                List<Label> before = labels(panel);
                assertTrue(before.size() >= 4, "rows by category and by region: " + before.size());
                Node bar = bars(panel).getData().get(0).getData().get(0).getNode();

                shown.set(second);

                List<Label> after = labels(panel);
                assertEquals(before.size(), after.size());
                for (int i = 0; i < before.size(); i++) {
                    assertSame(before.get(i), after.get(i), "rows are kept, not rebuilt");
                }
                assertSame(bar, bars(panel).getData().get(0).getData().get(0).getNode(), "bars are kept");
                // the example has an unpriced line: the sum says so
                assertEquals(
                        CostPanel.money(second.cost().monthly()) + " "
                                + second.cost().currency() + (second.cost().hasEstimates() ? " ~" : "")
                                + second.cost().total().unpricedSuffix(),
                        panel.monthlyText());
                String region = second.cost().byRegion().keySet().iterator().next();
                boolean found = false;
                for (int i = 0; i + 1 < after.size(); i++) {
                    if (after.get(i).getText().equals(region)
                            && after.get(i + 1)
                                    .getText()
                                    .startsWith(CostPanel.money(
                                            second.cost().byRegion().get(region)))) {
                        found = true;
                    }
                }
                assertTrue(found, "the region row shows the new amount");
                // each unpriced line's row holds its whole text as a tooltip (the row may cut it)
                panel.applyCss();
                panel.layout();
                int rows = 0;
                for (Node n : panel.lookupAll("#cost-unpriced .list-cell")) {
                    javafx.scene.control.ListCell<?> cell = (javafx.scene.control.ListCell<?>) n;
                    if (cell.getText() == null) {
                        assertEquals(null, cell.getTooltip(), "an empty row has no tooltip");
                    } else {
                        assertEquals(cell.getText(), cell.getTooltip().getText());
                        rows++;
                    }
                }
                assertTrue(rows > 0, "the example has an unpriced line");
                List<Number> values = new ArrayList<>();
                bars(panel).getData().get(0).getData().forEach(d -> values.add(d.getYValue()));
                assertEquals(new ArrayList<Number>(second.cost().byProvider().values()), values);
                done.complete(null);
            } catch (Throwable t) {
                done.completeExceptionally(t);
            }
        });
        done.get();
    }

    /**
     * AWS p6e-gb200 is price on request in the bundled catalog: a design of such pools reads "unpriced" in
     * the totals and their rows, never 0.00; with a priced pool more, the sum says how many lines it omits.
     */
    @Test
    void unpricedTotalsSayUnpricedAndAPartialSumCountsWhatItOmits() throws Exception {
        List<Component> parts = new ArrayList<>(List.of(
                TestDesigns.provider("aws", "aws"),
                TestDesigns.region("use1", "aws", "us-east-1"),
                TestDesigns.pool("gb200", "use1", "p6e-gb200.36xlarge", 1)));
        Design unpriced = TestDesigns.design("Only unpriced", parts, List.of());
        parts.add(TestDesigns.pool("h100", "use1", "p5.48xlarge", 2));
        Design mixed = TestDesigns.design("Mixed", parts, List.of());
        CheckSession session = new CheckSession(Examples.catalog());
        CostEngine engine = new CostEngine(Examples.catalog());
        Analysis first = AnalysisService.analyse(session, engine, unpriced, 1);
        Analysis second = AnalysisService.analyse(session, engine, mixed, 2);

        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                DocumentViewModel vm = new DocumentViewModel(
                        unpriced,
                        new Doubles.MemoryIo(),
                        new Doubles.Dialogs(),
                        new Doubles.Chooser(),
                        TaskExecutor.direct(),
                        new RecoveryStore(dir.resolve("data")));
                SimpleObjectProperty<Analysis> shown = new SimpleObjectProperty<>(first);
                CostPanel panel = new CostPanel(
                        shown, new PoolPricingView(vm, TaskExecutor.direct(), () -> Optional.of(Examples.catalog())));
                new javafx.scene.Scene(panel, 1200, 400);
                panel.applyCss();
                panel.layout();
                assertEquals("unpriced (1 line)", panel.monthlyText());
                assertEquals("unpriced (1 line)", panel.annualText());
                List<String> rows = labels(panel).stream().map(Label::getText).toList();
                assertTrue(rows.containsAll(List.of("gpu", "aws/us-east-1")), rows.toString());
                assertEquals(
                        2, rows.stream().filter("unpriced (1 line)"::equals).count(), rows.toString());
                assertTrue(rows.stream().noneMatch(t -> t.startsWith("0.00")), rows.toString());

                shown.set(second);

                assertEquals("80,358.40 USD + 1 unpriced line", panel.monthlyText());
                assertEquals("964,300.80 USD + 1 unpriced line", panel.annualText());
                rows = labels(panel).stream().map(Label::getText).toList();
                assertEquals(
                        2,
                        rows.stream()
                                .filter("80,358.40 USD + 1 unpriced line"::equals)
                                .count(),
                        rows.toString());
                done.complete(null);
            } catch (Throwable t) {
                done.completeExceptionally(t);
            }
        });
        done.get();
    }

    private static List<Label> labels(CostPanel panel) {
        List<Label> out = new ArrayList<>();
        for (Node n : panel.lookupAll("GridPane")) {
            for (Node c : ((javafx.scene.layout.GridPane) n).getChildren()) {
                if (c instanceof Label) {
                    out.add((Label) c);
                }
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static BarChart<String, Number> bars(CostPanel panel) {
        return (BarChart<String, Number>) panel.lookup("#cost-chart");
    }
}
