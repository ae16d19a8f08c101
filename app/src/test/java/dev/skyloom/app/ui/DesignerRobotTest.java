package dev.skyloom.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skyloom.app.MainWindow;
import dev.skyloom.app.SampleDesigns;
import dev.skyloom.app.TestCatalogs;
import dev.skyloom.app.document.DesignIo;
import dev.skyloom.app.document.Doubles;
import dev.skyloom.app.document.RecoveryStore;
import dev.skyloom.app.service.FxDialogService;
import dev.skyloom.app.service.SettingsStore;
import dev.skyloom.app.service.TaskExecutor;
import dev.skyloom.model.Component;
import dev.skyloom.model.Design;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The designer driven like a user: palette drags, canvas gestures, inspector typing, files and dialogs. */
@ExtendWith(ApplicationExtension.class)
class DesignerRobotTest {
    @TempDir
    static Path dir;

    private final Doubles.Chooser chooser = new Doubles.Chooser();
    private final DesignIo io = DesignerTests.io();
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Path data = dir.resolve("data-" + System.nanoTime());
        MainWindow.Services services = new MainWindow.Services(
                io,
                new FxDialogService(stage),
                chooser,
                TaskExecutor.direct(),
                new SettingsStore(data),
                new RecoveryStore(data),
                TestCatalogs::small);
        window = new MainWindow(stage, services, SampleDesigns.builtIn(), Optional.empty());
        stage.setWidth(1280);
        stage.setHeight(800);
        stage.show();
    }

    private Design design() {
        return window.viewModel().design();
    }

    private void search(FxRobot robot, String text) {
        robot.interact(() -> {
            window.palette().searchField().setText(text);
            window.palette().refilter();
        });
        // the search box refilters again after a pause in typing; let that happen before dragging
        WaitForAsyncUtils.sleep(400, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private TreeCell<?> cell(FxRobot robot, String startsWith) {
        return robot.lookup(".tree-cell")
                .match((TreeCell<?> c) ->
                        c.isVisible() && c.getText() != null && c.getText().startsWith(startsWith))
                .query();
    }

    /** A point inside a canvas node, offset from its top-left corner (to hit the container, not a child). */
    private Point2D inside(FxRobot robot, String nodeId, double dx, double dy) {
        Node n = robot.lookup("#node-" + nodeId).query();
        Bounds b = n.localToScreen(n.getBoundsInLocal());
        return new Point2D(b.getMinX() + dx, b.getMinY() + dy);
    }

    private Point2D canvasPoint(FxRobot robot, double x, double y) {
        Node canvas = robot.lookup("#canvas").query();
        return canvas.localToScreen(x, y);
    }

    private void dragPaletteItem(FxRobot robot, String label, Point2D to) {
        robot.drag(cell(robot, label), MouseButton.PRIMARY).moveTo(to).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void undo(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void redo(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void opensTheExampleDesign(FxRobot robot) {
        assertEquals("EU sovereign training — Skyloom", stage.getTitle());
        assertTrue(robot.lookup("#node-train-pool").tryQuery().isPresent());
        Label date = robot.lookup("#catalog-date").query();
        assertTrue(date.getText().contains("2026-07-30"), date.getText());
    }

    @Test
    void addsProviderRegionPoolAndStorageByDraggingAndUndoesAndRedoesEach(FxRobot robot) {
        Design start = design();
        search(robot, "Azure");
        dragPaletteItem(robot, "Microsoft Azure", canvasPoint(robot, 60, 520));
        assertTrue(design().component("azure").isPresent(), "provider container added");
        Design withProvider = design();

        search(robot, "westeurope");
        dragPaletteItem(robot, "NL  westeurope", inside(robot, "azure", 30, 60));
        Component.Region region =
                (Component.Region) design().component("azure-westeurope").orElseThrow();
        assertEquals(Optional.of("azure"), region.parent());
        Design withRegion = design();

        dragPaletteItem(robot, "Standard_ND96isr_H100_v5", inside(robot, "azure-westeurope", 20, 50));
        Component.GpuPool pool = (Component.GpuPool)
                design().component("standard-nd96isr-h100-v5").orElseThrow();
        assertEquals(1, pool.count());
        assertEquals(Optional.of("azure-westeurope"), pool.parent());
        Design withPool = design();

        search(robot, "S3");
        dragPaletteItem(robot, "S3 Standard", inside(robot, "aws-par", 20, 50));
        assertEquals(
                Optional.of("aws-par"),
                design().component("s3-standard").orElseThrow().parent());
        Design withStorage = design();

        robot.clickOn("#canvas");
        undo(robot);
        assertEquals(withPool, design());
        undo(robot);
        assertEquals(withRegion, design());
        undo(robot);
        assertEquals(withProvider, design());
        undo(robot);
        assertEquals(start, design());
        redo(robot);
        redo(robot);
        redo(robot);
        redo(robot);
        assertEquals(withStorage, design());
    }

    @Test
    void refusesAnInvalidDropWithAMessageAtThePointer(FxRobot robot) {
        Design start = design();
        search(robot, "westeurope");
        dragPaletteItem(robot, "NL  westeurope", inside(robot, "aws-fra", 200, 40));
        Label message = robot.lookup("#drop-message").query();
        assertTrue(message.isVisible());
        assertEquals(
                "westeurope is a Microsoft Azure region; it cannot go into Amazon Web Services", message.getText());
        assertEquals(start, design());

        search(robot, "p5.48");
        dragPaletteItem(robot, "p5.48xlarge", canvasPoint(robot, 60, 600));
        assertEquals("A GPU pool must go inside a region", message.getText());
        assertEquals(start, design());
        assertFalse(window.viewModel().canUndoProperty().get());
    }

    @Test
    void connectsAPipelineChoosingWritesFromThePopup(FxRobot robot) {
        search(robot, "Pipeline");
        dragPaletteItem(robot, "Pipeline", canvasPoint(robot, 80, 560));
        assertTrue(
                design().component("pipeline").isPresent(),
                () -> window.viewModel().statusProperty().get());
        robot.press(KeyCode.SHIFT);
        robot.drag("#node-pipeline", MouseButton.PRIMARY)
                .moveTo("#node-lake-dr")
                .release(MouseButton.PRIMARY);
        robot.release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#connect-writes");
        assertTrue(design().connection("pipeline-writes-lake-dr").isPresent());
        robot.clickOn("#canvas");
        undo(robot);
        assertTrue(design().connection("pipeline-writes-lake-dr").isEmpty());
        redo(robot);
        assertTrue(design().connection("pipeline-writes-lake-dr").isPresent());

        robot.press(KeyCode.SHIFT);
        robot.drag("#node-lake", MouseButton.PRIMARY).moveTo("#node-pipeline").release(MouseButton.PRIMARY);
        robot.release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        Label message = robot.lookup("#drop-message").query();
        assertEquals("Draw connections from the pipeline to the storage", message.getText());
    }

    @Test
    void changesAPoolsCountInTheInspectorWithValidationAndUndo(FxRobot robot) {
        robot.clickOn("#node-train-pool");
        robot.doubleClickOn("#inspector-count").eraseText(3).write("x");
        Label error = robot.lookup("#inspector-error").query();
        assertEquals("Count must be a positive whole number", error.getText());
        robot.eraseText(1).write("7").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(7, ((Component.GpuPool) design().component("train-pool").orElseThrow()).count());
        assertTrue(stage.getTitle().startsWith("• "));
        robot.clickOn("#canvas");
        undo(robot);
        assertEquals(4, ((Component.GpuPool) design().component("train-pool").orElseThrow()).count());
        redo(robot);
        assertEquals(7, ((Component.GpuPool) design().component("train-pool").orElseThrow()).count());
    }

    @Test
    void savesReopensAndFindsAnEqualDesign(FxRobot robot) throws Exception {
        Path file = dir.resolve("saved-" + System.nanoTime() + ".skyloom.json");
        robot.clickOn("#node-lake");
        robot.interact(() -> window.viewModel().rename("lake", "Renamed lake"));
        Design edited = design();
        chooser.save = Optional.of(file);
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(Files.exists(file));
        assertEquals(file.getFileName() + " — Skyloom", stage.getTitle());
        robot.interact(() -> window.viewModel().newDocument());
        assertEquals(0, design().components().size());
        chooser.open = Optional.of(file);
        robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(edited, design());
        assertFalse(window.viewModel().dirtyProperty().get());
    }

    @Test
    void aHostileFileShowsOneErrorDialogAndKeepsTheDesign(FxRobot robot) throws Exception {
        Path hostile = dir.resolve("hostile.skyloom.json");
        Files.writeString(hostile, "{\"skyloom\": 1, \"components\": [" + "[".repeat(5000));
        Design before = design();
        chooser.open = Optional.of(hostile);
        robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#skyloom-dialog")
                .tryQuery()
                .isPresent());
        javafx.scene.control.DialogPane pane = robot.lookup("#skyloom-dialog").query();
        assertEquals("Cannot open design", pane.getHeaderText());
        assertTrue(pane.getContentText().contains("hostile.skyloom.json"), pane.getContentText());
        assertFalse(pane.getContentText().contains("Exception"), pane.getContentText());
        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#skyloom-dialog").tryQuery().isEmpty(), "only one dialog");
        assertEquals(before, design());
        assertEquals("EU sovereign training — Skyloom", stage.getTitle());
    }
}
