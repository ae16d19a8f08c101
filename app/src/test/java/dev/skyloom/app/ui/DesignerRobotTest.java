package dev.skyloom.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skyloom.app.CanvasMessages;
import dev.skyloom.app.DesignerReady;
import dev.skyloom.app.Eventually;
import dev.skyloom.app.FxPulses;
import dev.skyloom.app.MainWindow;
import dev.skyloom.app.SampleDesigns;
import dev.skyloom.app.actions.AppAction;
import dev.skyloom.app.canvas.DesignCanvas;
import dev.skyloom.app.document.DesignIo;
import dev.skyloom.app.document.Doubles;
import dev.skyloom.app.document.RecoveryStore;
import dev.skyloom.app.palette.PaletteItem;
import dev.skyloom.app.palette.PaletteNode;
import dev.skyloom.app.palette.PaletteTrees;
import dev.skyloom.app.service.FxDialogService;
import dev.skyloom.app.service.SettingsStore;
import dev.skyloom.app.service.TaskExecutor;
import dev.skyloom.catalog.fixtures.TinyCatalog;
import dev.skyloom.export.diagram.Rect;
import dev.skyloom.model.Component;
import dev.skyloom.model.Design;
import dev.skyloom.model.fixtures.ExampleFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
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

/** The designer driven like a user: palette drags, canvas gestures, inspector typing, files and dialogs. */
@ExtendWith(ApplicationExtension.class)
class DesignerRobotTest {
    @TempDir
    static Path dir;

    private final Doubles.Chooser chooser = new Doubles.Chooser();
    private final DesignIo io = DesignerTests.io();
    private MainWindow window;
    private Stage stage;
    private CanvasMessages messages;

    /** Closes the window while the class's temporary folder still exists: nothing is written into it later. */
    @AfterEach
    void closeWindow() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Start
    void start(Stage primary) {
        Stage stage = DesignerReady.ownStage();
        this.stage = stage;
        Path data = dir.resolve("data-" + System.nanoTime());
        MainWindow.Services services = new MainWindow.Services(
                io,
                new FxDialogService(stage),
                chooser,
                TaskExecutor.direct(),
                new SettingsStore(data),
                new RecoveryStore(data),
                TinyCatalog::threeRegions);
        window = new MainWindow(stage, services, SampleDesigns.builtIn(), Optional.empty());
        stage.setWidth(1280);
        stage.setHeight(800);
        stage.show();
    }

    @BeforeEach
    void ready(FxRobot robot) {
        DesignerReady.await(window);
        messages = CanvasMessages.record(robot, canvas());
    }

    private Design design() {
        return window.viewModel().design();
    }

    private void search(FxRobot robot, String text) {
        robot.interact(() -> {
            window.palette().searchField().setText(text);
            window.palette().refilter();
        });
        // refilter() cancels the typed query's pending refilter: the tree stays as it is now under the drag
        WaitForAsyncUtils.waitForFxEvents();
    }

    private TreeCell<?> cell(FxRobot robot, String startsWith) {
        return robot.from(window.palette())
                .lookup(".tree-cell")
                .match((TreeCell<?> c) ->
                        c.isVisible() && c.getText() != null && c.getText().startsWith(startsWith))
                .query();
    }

    private DesignCanvas canvas() {
        return window.canvas();
    }

    /** A screen point at world offset (dx, dy) from a component's top-left corner (its header, for containers). */
    private Point2D inside(FxRobot robot, String id, double dx, double dy) {
        Rect r = canvas().getDiagram().item(id).orElseThrow().rect();
        return toScreen(canvas().worldToScene(r.x() + dx, r.y() + dy));
    }

    /** The screen point at the centre of a component's card. */
    private Point2D centreOf(String id) {
        Rect r = canvas().getDiagram().item(id).orElseThrow().rect();
        return toScreen(canvas().worldToScene(r.x() + r.w() / 2, r.y() + r.h() / 2));
    }

    private Point2D toScreen(Point2D scene) {
        return canvas().localToScreen(canvas().sceneToLocal(scene));
    }

    /**
     * A point of bare canvas with room for a new card below and to the right of it (no container, card or
     * edge there), searched from the top-left corner.
     */
    private Point2D emptyPoint(FxRobot robot) {
        robot.interact(() -> canvas().zoomOut());
        WaitForAsyncUtils.waitForFxEvents();
        for (double y = 20; y < canvas().getHeight() - 140; y += 15) {
            for (double x = 20; x < canvas().getWidth() - 260; x += 15) {
                if (bare(x, y) && bare(x + 240, y) && bare(x, y + 120) && bare(x + 240, y + 120)) {
                    return toScreen(canvas().localToScene(x, y));
                }
            }
        }
        throw new AssertionError("no empty canvas area");
    }

    private boolean bare(double localX, double localY) {
        Point2D scene = canvas().localToScene(localX, localY);
        return canvas().containerAt(scene.getX(), scene.getY()).isEmpty()
                && canvas().itemAt(scene.getX(), scene.getY()).isEmpty();
    }

    /** The message at the pointer, if the canvas showed it since the test began. */
    private String visibleMessage(FxRobot robot, String text) {
        return messages.shown(text);
    }

    private void dragPaletteItem(FxRobot robot, String label, Point2D to) {
        robot.drag(cell(robot, label), MouseButton.PRIMARY).moveTo(to).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        FxPulses.await(stage.getScene(), 2);
    }

    /*
     * File and undo steps run their menu action rather than a robot key chord (the shortcuts have their own
     * tests): under Xvfb the server auto-repeats a key the robot holds while the FX thread is busy, so a
     * held Ctrl+O opened a second design or dialog and a held Ctrl+Z undid twice.
     */
    private void run(FxRobot robot, AppAction action) {
        // queued as a key press would be: an action that shows a dialog waits in it for the test's click
        javafx.application.Platform.runLater(() -> window.actions().run(action));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void undo(FxRobot robot) {
        run(robot, AppAction.UNDO);
    }

    private void redo(FxRobot robot) {
        run(robot, AppAction.REDO);
    }

    @Test
    void opensTheExampleDesign(FxRobot robot) throws Exception {
        Path example = ExampleFiles.path("eu-sovereign-training");
        chooser.open = Optional.of(example);
        run(robot, AppAction.OPEN);
        Design expected = dev.skyloom.model.file.DesignFile.read(example);
        assertEquals(expected, design());
        assertEquals("eu-sovereign-training.skyloom.json — Skyloom", stage.getTitle());
        for (Component c : expected.components()) {
            assertTrue(canvas().getDiagram().item(c.id()).isPresent(), c.id());
        }
        Label date = robot.from(window.palette()).lookup("#catalog-date").query();
        assertTrue(date.getText().contains("2026-07-30"), date.getText());
    }

    @Test
    void expandingAProviderInThePaletteShowsEveryRegionAndOfferingOfTheCatalog(FxRobot robot) {
        PaletteNode catalogTree = PaletteTrees.of(window.catalog().orElseThrow());
        PaletteNode provider = catalogTree.children().stream()
                .filter(n -> n.item() instanceof PaletteItem.ProviderEntry
                        && !n.children().isEmpty()
                        && !n.children().get(0).children().isEmpty())
                .findFirst()
                .orElseThrow();
        TreeItem<PaletteItem> item = window.palette().tree().getRoot().getChildren().stream()
                .filter(i -> i.getValue().equals(provider.item()))
                .findFirst()
                .orElseThrow();
        assertFalse(item.isLeaf(), "a collapsed provider shows that it can be opened");
        robot.interact(() -> item.setExpanded(true));
        assertEquals(
                provider.children().stream().map(PaletteNode::item).toList(),
                item.getChildren().stream().map(TreeItem::getValue).toList());
        TreeItem<PaletteItem> region = item.getChildren().get(0);
        robot.interact(() -> region.setExpanded(true));
        assertEquals(
                provider.children().get(0).children().stream()
                        .map(PaletteNode::item)
                        .toList(),
                region.getChildren().stream().map(TreeItem::getValue).toList());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(cell(robot, region.getChildren().get(0).getValue().label()).isVisible());
    }

    @Test
    void addsProviderRegionPoolAndStorageByDraggingAndUndoesAndRedoesEach(FxRobot robot) {
        Design start = design();
        search(robot, "Azure");
        dragPaletteItem(robot, "Microsoft Azure", emptyPoint(robot));
        assertTrue(design().component("azure").isPresent(), "provider container added");
        Design withProvider = design();

        search(robot, "westeurope");
        dragPaletteItem(robot, "NL  westeurope", inside(robot, "azure", 10, 10));
        Component.Region region =
                (Component.Region) design().component("azure-westeurope").orElseThrow();
        assertEquals(Optional.of("azure"), region.parent());
        Design withRegion = design();

        dragPaletteItem(robot, "Standard_ND96isr_H100_v5", inside(robot, "azure-westeurope", 10, 10));
        Component.GpuPool pool = (Component.GpuPool)
                design().component("standard-nd96isr-h100-v5").orElseThrow();
        assertEquals(1, pool.count());
        assertEquals(Optional.of("azure-westeurope"), pool.parent());
        Design withPool = design();

        search(robot, "S3");
        dragPaletteItem(robot, "S3 Standard", inside(robot, "aws-par", 10, 10));
        assertEquals(
                Optional.of("aws-par"),
                design().component("s3-standard").orElseThrow().parent());
        Design withStorage = design();

        robot.clickOn(canvas());
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
        dragPaletteItem(robot, "NL  westeurope", inside(robot, "aws-fra", 10, 10));
        String refusal = "westeurope is a Microsoft Azure region; it cannot go into Amazon Web Services";
        assertEquals(refusal, visibleMessage(robot, refusal));
        assertEquals(start, design());

        search(robot, "p5.48");
        dragPaletteItem(robot, "p5.48xlarge", emptyPoint(robot));
        assertEquals("A GPU pool must go inside a region", visibleMessage(robot, "A GPU pool must go inside a region"));
        assertEquals(start, design());
        assertFalse(window.viewModel().canUndoProperty().get());
    }

    @Test
    void connectsAPipelineChoosingWritesFromThePopup(FxRobot robot) throws Exception {
        search(robot, "Pipeline");
        dragPaletteItem(robot, "Pipeline", emptyPoint(robot));
        assertTrue(
                design().component("pipeline").isPresent(),
                () -> window.viewModel().statusProperty().get());
        robot.press(KeyCode.ALT);
        robot.drag(centreOf("pipeline"), MouseButton.PRIMARY)
                .moveTo(centreOf("lake-dr"))
                .release(MouseButton.PRIMARY);
        robot.release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        Eventually.until(() -> robot.lookup("#connect-writes").tryQuery().isPresent());
        robot.clickOn("#connect-writes");
        assertTrue(design().connection("pipeline-writes-lake-dr").isPresent());
        robot.clickOn(canvas());
        undo(robot);
        assertTrue(design().connection("pipeline-writes-lake-dr").isEmpty());
        redo(robot);
        assertTrue(design().connection("pipeline-writes-lake-dr").isPresent());

        robot.press(KeyCode.ALT);
        robot.drag(centreOf("lake"), MouseButton.PRIMARY)
                .moveTo(centreOf("train-pool"))
                .release(MouseButton.PRIMARY);
        robot.release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        String reason = "A storage cannot connect to a gpu-pool"
                + " (pipelines read or write storage, run on GPU pools and serve users; storage replicates to"
                + " storage; an identity provider federates a provider; providers, regions, pools and pipelines"
                + " ship telemetry to a sink)";
        assertEquals("Refused: " + reason, window.viewModel().statusProperty().get());
        assertEquals(reason, visibleMessage(robot, reason));
    }

    @Test
    void changesAPoolsCountInTheInspectorWithValidationAndUndo(FxRobot robot) {
        robot.clickOn(centreOf("train-pool"));
        assertEquals(java.util.Set.of("train-pool"), window.viewModel().selection());
        robot.doubleClickOn(robot.from(window.inspector())
                        .lookup("#inspector-count")
                        .queryAs(javafx.scene.Node.class))
                .eraseText(3)
                .write("x");
        Label error = robot.from(window.inspector()).lookup("#inspector-error").query();
        assertEquals("Count must be a positive whole number", error.getText());
        robot.eraseText(1).write("7").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(7, ((Component.GpuPool) design().component("train-pool").orElseThrow()).count());
        assertTrue(stage.getTitle().startsWith("• "));
        robot.clickOn(canvas());
        undo(robot);
        assertEquals(4, ((Component.GpuPool) design().component("train-pool").orElseThrow()).count());
        redo(robot);
        assertEquals(7, ((Component.GpuPool) design().component("train-pool").orElseThrow()).count());
    }

    @Test
    void savesReopensAndFindsAnEqualDesign(FxRobot robot) throws Exception {
        Path file = dir.resolve("saved-" + System.nanoTime() + ".skyloom.json");
        robot.interact(() -> window.viewModel().rename("lake", "Renamed lake"));
        Design edited = design();
        chooser.save = Optional.of(file);
        run(robot, AppAction.SAVE);
        assertTrue(Files.exists(file));
        assertEquals(file.getFileName() + " — Skyloom", stage.getTitle());
        robot.interact(() -> window.viewModel().newDocument());
        assertEquals(0, design().components().size());
        chooser.open = Optional.of(file);
        run(robot, AppAction.OPEN);
        assertEquals(edited, design());
        assertFalse(window.viewModel().dirtyProperty().get());
    }

    @Test
    void aHostileFileShowsOneErrorDialogAndKeepsTheDesign(FxRobot robot) throws Exception {
        Path hostile = dir.resolve("hostile.skyloom.json");
        Files.writeString(hostile, "{\"skyloom\": 1, \"components\": [" + "[".repeat(5000));
        Design before = design();
        chooser.open = Optional.of(hostile);
        run(robot, AppAction.OPEN);
        Eventually.until(() -> robot.lookup("#skyloom-dialog").tryQuery().isPresent());
        javafx.scene.control.DialogPane pane = robot.lookup("#skyloom-dialog").query();
        assertEquals("Cannot open design", pane.getHeaderText());
        assertTrue(pane.getContentText().contains("hostile.skyloom.json"), pane.getContentText());
        assertFalse(pane.getContentText().contains("Exception"), pane.getContentText());
        robot.clickOn(robot.from(pane).lookup("OK").queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#skyloom-dialog").tryQuery().isEmpty(), "only one dialog");
        assertEquals(before, design());
        assertEquals("EU sovereign training — Skyloom", stage.getTitle());
    }
}
