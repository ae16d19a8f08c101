package dev.skyloom.app.latency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skyloom.app.DesignerReady;
import dev.skyloom.app.Eventually;
import dev.skyloom.app.FxPulses;
import dev.skyloom.app.MainWindow;
import dev.skyloom.app.SampleDesigns;
import dev.skyloom.app.canvas.DesignCanvas;
import dev.skyloom.app.document.DesignIo;
import dev.skyloom.app.document.Doubles;
import dev.skyloom.app.document.RecoveryStore;
import dev.skyloom.app.service.FxDialogService;
import dev.skyloom.app.service.SettingsStore;
import dev.skyloom.app.service.TaskExecutor;
import dev.skyloom.catalog.CatalogLoader;
import dev.skyloom.export.diagram.Rect;
import dev.skyloom.export.map.ReachMap;
import dev.skyloom.model.Component;
import dev.skyloom.model.Design;
import java.nio.file.Path;
import java.util.Optional;
import javafx.geometry.Point2D;
import javafx.scene.control.TreeCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 17 in the designer, driven like a user on the built-in sample (training on a p5.48xlarge pool in AWS
 * Frankfurt, reading EU personal data) with the bundled catalog: drop Users in Tokyo from the palette,
 * connect the pipeline to them (serves), see the Latency panel and the Map view follow, then "Move closer".
 */
@ExtendWith(ApplicationExtension.class)
class LatencyRobotTest {
    @TempDir
    static Path dir;

    private MainWindow window;

    @AfterEach
    void closeWindow() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Start
    void start(Stage primary) {
        Stage stage = DesignerReady.ownStage();
        Path data = dir.resolve("data-" + System.nanoTime());
        DesignIo io = dev.skyloom.app.DesignIos.standard();
        MainWindow.Services services = new MainWindow.Services(
                io,
                new FxDialogService(stage),
                new Doubles.Chooser(),
                TaskExecutor.direct(),
                new SettingsStore(data),
                new RecoveryStore(data),
                CatalogLoader::bundled);
        window = new MainWindow(stage, services, SampleDesigns.builtIn(), Optional.empty());
        stage.setWidth(1280);
        stage.setHeight(800);
        stage.show();
    }

    @BeforeEach
    void ready() {
        DesignerReady.await(window);
    }

    private Design design() {
        return window.viewModel().design();
    }

    private DesignCanvas canvas() {
        return window.canvas();
    }

    private Point2D centreOf(String id) {
        Rect r = canvas().getDiagram().item(id).orElseThrow().rect();
        Point2D scene = canvas().worldToScene(r.x() + r.w() / 2, r.y() + r.h() / 2);
        return canvas().localToScreen(canvas().sceneToLocal(scene));
    }

    /** Bare canvas with room for a card, searched from the top left (as the designer robot test does). */
    private Point2D emptyPoint(FxRobot robot) {
        robot.interact(() -> canvas().zoomOut());
        WaitForAsyncUtils.waitForFxEvents();
        for (double y = 60; y < canvas().getHeight() - 140; y += 15) {
            for (double x = 20; x < canvas().getWidth() - 260; x += 15) {
                if (bare(x, y) && bare(x + 240, y) && bare(x, y + 120) && bare(x + 240, y + 120)) {
                    return canvas().localToScreen(x, y);
                }
            }
        }
        throw new AssertionError("no empty canvas area");
    }

    private boolean bare(double x, double y) {
        Point2D scene = canvas().localToScene(x, y);
        return canvas().containerAt(scene.getX(), scene.getY()).isEmpty()
                && canvas().itemAt(scene.getX(), scene.getY()).isEmpty();
    }

    /** The analysis (after its short debounce) has seen the current design and the scene is laid out again. */
    private void settle() {
        Eventually.until(() -> {
            var a = window.analysis().analysis().current();
            return a != null && a.design() == design();
        });
        FxPulses.await(window.canvas().getScene(), 2);
    }

    private LatencyPanel panel() {
        return window.analysis().reach().panel();
    }

    @Test
    void dropAPopulationConnectItAndSeeTheLatencyPanelAndTheMapFollow(FxRobot robot) throws Exception {
        Eventually.until(() -> window.catalog().isPresent());
        robot.interact(() -> {
            window.palette().searchField().setText("Tokyo");
            window.palette().refilter();
        });
        settle();
        TreeCell<?> tokyo = robot.lookup(".tree-cell")
                .match((TreeCell<?> c) ->
                        c.isVisible() && c.getText() != null && c.getText().startsWith("JP  Tokyo"))
                .query();
        robot.drag(tokyo, MouseButton.PRIMARY).moveTo(emptyPoint(robot)).release(MouseButton.PRIMARY);
        settle();
        assertTrue(
                design().component("users-tokyo-jp")
                        .filter(Component.Users.class::isInstance)
                        .isPresent(),
                () -> window.viewModel().statusProperty().get());

        robot.interact(() -> window.analysis().showTab("latency"));
        settle();
        assertEquals(1, panel().table().getItems().size());
        assertEquals("nothing serves them", panel().table().getItems().get(0).servedFrom());
        assertEquals("not served", panel().table().getItems().get(0).status());

        robot.press(KeyCode.ALT);
        robot.drag(centreOf("training"), MouseButton.PRIMARY)
                .moveTo(centreOf("users-tokyo-jp"))
                .release(MouseButton.PRIMARY);
        robot.release(KeyCode.ALT);
        settle();
        assertTrue(
                design().connections().stream()
                        .anyMatch(c ->
                                c.type() == dev.skyloom.model.ConnectionType.SERVES && c.to().equals("users-tokyo-jp")),
                () -> window.viewModel().statusProperty().get());
        Eventually.until(() -> panel().table().getItems().size() == 1
                && panel().table().getItems().get(0).status().equals("over budget"));
        LatencyPanel.Row row = panel().table().getItems().get(0);
        assertEquals("aws/eu-central-1 (train-pool)", row.servedFrom());
        assertTrue(row.rtt().startsWith("~"), "Tokyo–Frankfurt is estimated: " + row.rtt());
        assertEquals("100 ms", row.budget());
        assertTrue(panel().coverageText().startsWith("0% of users"), panel().coverageText());

        // the Map view: the population and a red line to Frankfurt
        robot.clickOn("#view-map");
        settle();
        assertTrue(window.analysis().reach().map().isVisible());
        ReachMap map = window.analysis().reach().map().map();
        assertEquals(1, map.populations().size());
        ReachMap.ServingLine line = map.lines().get(0);
        assertEquals("aws/eu-central-1", line.region());
        assertEquals(ReachMap.LineState.OVER_BUDGET, line.state());

        // what-if: with Frankfurt failed nothing serves Tokyo; the map keeps a dashed line to where it was
        robot.interact(() -> window.analysis().whatIf(java.util.List.of("aws-fra")));
        Eventually.until(() -> window.analysis().reach().map().map().lines().stream()
                .anyMatch(l -> l.state() == ReachMap.LineState.BEFORE_FAILURE));
        ReachMap failed = window.analysis().reach().map().map();
        assertEquals(1, failed.lines().size(), "only the line to where Tokyo was served before");
        assertTrue(failed.regions().get(0).failed());
        assertEquals("not served", panel().table().getItems().get(0).whatIf().replaceAll(".* — ", ""));
        robot.interact(() -> window.analysis().whatIfModel().activeProperty().set(false));
        Eventually.until(() -> window.analysis().reach().map().map().lines().stream()
                .noneMatch(l -> l.state() == ReachMap.LineState.BEFORE_FAILURE));
        robot.interact(() -> window.analysis().showTab("latency"));

        // clicking the row selects the population; "Move closer" keeps the EU data in the EU
        robot.interact(() -> panel().table().getSelectionModel().select(0));
        settle();
        assertEquals(java.util.Set.of("users-tokyo-jp"), window.viewModel().selection());
        Eventually.until(() -> panel().suggestionProperty().getValue().isPresent());
        var suggestion = panel().suggestionProperty().getValue().orElseThrow();
        String target = suggestion
                .result()
                .suggestion()
                .keepingRules()
                .orElseThrow()
                .target()
                .code();
        assertEquals("eu-north-1", target, "Stockholm: the EU region selling p5.48xlarge nearest to Tokyo");
        assertEquals(
                "ap-northeast-1",
                suggestion
                        .result()
                        .suggestion()
                        .ruleBreaking()
                        .orElseThrow()
                        .target()
                        .code(),
                "Tokyo itself would break residency");
        // the button shows once the suggestion is on screen; it may sit below the side column's fold, so it is
        // fired as a click on it would
        Eventually.until(() -> robot.lookup("#latency-move-closer").query().isVisible());
        robot.interact(() -> robot.lookup("#latency-move-closer")
                .queryAs(javafx.scene.control.Button.class)
                .fire());
        settle();
        String region =
                design().component("train-pool").flatMap(Component::parent).orElseThrow();
        assertTrue(
                design().component(region)
                        .map(c -> ((Component.Region) c).region())
                        .orElse("")
                        .equals("eu-north-1"),
                "the pool moved to Stockholm");
        robot.interact(() -> window.viewModel().undo());
        settle();
        assertEquals(Optional.of("aws-fra"), design().component("train-pool").flatMap(Component::parent));
        assertFalse(
                design().components().stream()
                        .anyMatch(c ->
                                c instanceof Component.Region r && r.region().equals("eu-north-1")),
                "one undo removes the move and the region it added");
    }
}
