package dev.skyloom.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skyloom.app.DesignerReady;
import dev.skyloom.app.MainWindow;
import dev.skyloom.app.SampleDesigns;
import dev.skyloom.app.document.Doubles;
import dev.skyloom.app.document.RecoveryStore;
import dev.skyloom.app.service.SettingsStore;
import dev.skyloom.app.service.TaskExecutor;
import dev.skyloom.catalog.fixtures.TinyCatalog;
import dev.skyloom.export.diagram.Rect;
import dev.skyloom.model.Connection;
import dev.skyloom.model.ConnectionType;
import dev.skyloom.model.Design;
import java.nio.file.Path;
import java.util.Optional;
import javafx.geometry.Point2D;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 14, point 5: connecting needs no modifier key (Alt-drag is taken by many Linux desktops for moving
 * windows). The card's hover handle and Connect mode (toolbar toggle, C) connect with the same validation as
 * Alt-drag, which stays.
 */
@ExtendWith(ApplicationExtension.class)
class ConnectWithoutModifiersRobotTest {
    @TempDir
    static Path dir;

    private MainWindow window;

    @Start
    void start(Stage primary) {
        Stage stage = DesignerReady.ownStage();
        Path data = dir.resolve("data-" + System.nanoTime());
        MainWindow.Services services = new MainWindow.Services(
                DesignerTests.io(),
                new Doubles.Dialogs(),
                new Doubles.Chooser(),
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
    void ready() {
        DesignerReady.await(window);
    }

    private Design design() {
        return window.viewModel().design();
    }

    private Rect rect(String id) {
        return window.canvas().getDiagram().item(id).orElseThrow().rect();
    }

    private Point2D screenOf(double wx, double wy) {
        Point2D scene = window.canvas().worldToScene(wx, wy);
        return window.canvas().localToScreen(window.canvas().sceneToLocal(scene));
    }

    private Point2D centreOf(String id) {
        Rect r = rect(id);
        return screenOf(r.centerX(), r.centerY());
    }

    private Optional<Connection> connection(String from, String to) {
        return design().connections().stream()
                .filter(c -> c.from().equals(from) && c.to().equals(to))
                .findFirst();
    }

    private String status() {
        return window.viewModel().statusProperty().get();
    }

    private void plainDrag(FxRobot robot, Point2D from, Point2D to) {
        robot.moveTo(from);
        robot.drag(from, MouseButton.PRIMARY).moveTo(to).moveBy(3, 3).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void inConnectModeAPlainDragFromCardToCardConnectsAndMovesNothing(FxRobot robot) {
        Rect before = rect("lake-dr");
        robot.clickOn("#action-connect-mode");
        assertTrue(window.canvas().connectModeProperty().get(), "the toolbar toggle turns Connect mode on");
        plainDrag(robot, centreOf("lake-dr"), centreOf("lake"));
        assertEquals(
                ConnectionType.REPLICATES_TO,
                connection("lake-dr", "lake").orElseThrow().type(),
                "storage to storage replicates, as with Alt-drag");
        assertEquals(before, rect("lake-dr"), "the dragged card did not move");
        robot.clickOn("#action-connect-mode");
        assertFalse(window.canvas().connectModeProperty().get());
        Rect lake = rect("lake");
        plainDrag(robot, centreOf("lake"), centreOf("lake-dr"));
        assertTrue(!rect("lake").equals(lake), "outside Connect mode a plain drag moves the card again");
    }

    @Test
    void keyCTogglesConnectModeOnTheCanvasAndEscapeLeavesIt(FxRobot robot) {
        ToggleButton toggle = robot.lookup("#action-connect-mode").queryAs(ToggleButton.class);
        robot.clickOn(centreOf("lake"));
        robot.type(KeyCode.C);
        assertTrue(window.canvas().connectModeProperty().get(), "C turns Connect mode on");
        assertTrue(toggle.isSelected(), "the toolbar shows it");
        robot.type(KeyCode.ESCAPE);
        assertFalse(window.canvas().connectModeProperty().get(), "Escape leaves Connect mode");
        assertEquals(1, window.viewModel().selection().size(), "leaving the mode keeps the selection");
        robot.doubleClickOn("#inspector-name").write("c");
        assertFalse(window.canvas().connectModeProperty().get(), "typing C in a field is text, not the mode");
    }

    @Test
    void theHandleConnectsWithTheSameRulesAsAltDrag(FxRobot robot) {
        int before = design().connections().size();
        Rect lake = rect("lake");
        robot.moveTo(centreOf("lake"));
        plainDrag(robot, screenOf(lake.maxX(), lake.centerY()), centreOf("training"));
        String refusedByHandle = status();
        assertTrue(refusedByHandle.startsWith("Refused: Draw connections from the pipeline"), refusedByHandle);
        assertEquals(before, design().connections().size(), "nothing connected");
        window.viewModel().statusProperty();
        robot.press(KeyCode.ALT);
        robot.drag(centreOf("lake"), MouseButton.PRIMARY)
                .moveTo(centreOf("training"))
                .release(MouseButton.PRIMARY);
        robot.release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(refusedByHandle, status(), "Alt-drag refuses with the same reason");

        Rect training = rect("training");
        robot.moveTo(centreOf("training"));
        plainDrag(robot, screenOf(training.maxX(), training.centerY()), centreOf("lake-dr"));
        robot.clickOn("#connect-writes");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(
                ConnectionType.WRITES,
                connection("training", "lake-dr").orElseThrow().type(),
                "pipeline to storage asks reads or writes, as Alt-drag does");
    }
}
