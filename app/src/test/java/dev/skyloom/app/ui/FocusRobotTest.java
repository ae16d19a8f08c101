package dev.skyloom.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skyloom.app.DesignerReady;
import dev.skyloom.app.MainWindow;
import dev.skyloom.app.SampleDesigns;
import dev.skyloom.app.document.Doubles;
import dev.skyloom.app.document.RecoveryStore;
import dev.skyloom.app.service.FxDialogService;
import dev.skyloom.app.service.SettingsStore;
import dev.skyloom.app.service.TaskExecutor;
import dev.skyloom.catalog.fixtures.TinyCatalog;
import dev.skyloom.export.diagram.Rect;
import dev.skyloom.model.Component;
import dev.skyloom.model.Design;
import dev.skyloom.model.Pricing;
import dev.skyloom.model.Survives;
import java.nio.file.Path;
import java.util.Optional;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
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
 * Issue 14, point 1: the keyboard stays where the user worked. Each commit of the inspector (Enter in a
 * field, a choice), the data-classes dialog and leaving presentation mode leave the focus in the control
 * the user was in (never the palette's search box); Escape returns it to the canvas; Ctrl+Z and Delete act
 * on the text in a focused text field and on the design otherwise.
 */
@ExtendWith(ApplicationExtension.class)
class FocusRobotTest {
    @TempDir
    static Path dir;

    private MainWindow window;

    @Start
    void start(Stage primary) {
        Stage stage = DesignerReady.ownStage();
        Path data = dir.resolve("data-" + System.nanoTime());
        MainWindow.Services services = new MainWindow.Services(
                DesignerTests.io(),
                new FxDialogService(stage),
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

    private Component.GpuPool pool() {
        return (Component.GpuPool) design().component("train-pool").orElseThrow();
    }

    private Node focused() {
        return window.canvas().getScene().getFocusOwner();
    }

    private String focusedId() {
        Node n = focused();
        return n == null ? "(nothing)" : n.getId() == null ? n.getClass().getSimpleName() : n.getId();
    }

    private Point2D centreOf(String id) {
        Rect r = window.canvas().getDiagram().item(id).orElseThrow().rect();
        Point2D scene = window.canvas().worldToScene(r.x() + r.w() / 2, r.y() + r.h() / 2);
        return window.canvas().localToScreen(window.canvas().sceneToLocal(scene));
    }

    private void key(FxRobot robot, KeyCode... codes) {
        robot.press(codes);
        for (int i = codes.length - 1; i >= 0; i--) {
            robot.release(codes[i]);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void choose(FxRobot robot, String comboId, String item) {
        robot.clickOn("#" + comboId);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup(".list-cell")
                .match((javafx.scene.control.ListCell<?> c) -> c.isVisible() && item.equals(c.getText()))
                .<Node>query());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void countCommittedWithEnterKeepsTheFocusInTheFieldAndEscapeReturnsToTheCanvas(FxRobot robot) {
        robot.clickOn(centreOf("train-pool"));
        robot.doubleClickOn("#inspector-count").eraseText(3).write("7").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(7, pool().count());
        assertEquals("inspector-count", focusedId(), "Enter keeps the focus in the Count field");
        assertNotEquals(window.palette().searchField(), focused());

        // typing more and Ctrl+Z: the field's own undo takes the typing back; the design keeps 7
        robot.write("9");
        assertEquals("79", ((TextField) focused()).getText());
        key(robot, KeyCode.CONTROL, KeyCode.Z);
        assertEquals("7", ((TextField) focused()).getText(), "Ctrl+Z in a text field acts on the text");
        assertEquals(7, pool().count());
        assertEquals("", window.palette().searchField().getText());

        // Delete in a text field deletes a character, not the selected component
        key(robot, KeyCode.HOME);
        key(robot, KeyCode.DELETE);
        assertEquals("", ((TextField) focused()).getText());
        assertTrue(design().component("train-pool").isPresent(), "Delete in a field keeps the component");

        // Escape drops the typing and returns to the canvas, where Ctrl+Z undoes the edit
        key(robot, KeyCode.ESCAPE);
        assertSame(window.canvas(), focused(), "Escape returns the focus to the canvas");
        assertEquals(7, pool().count(), "the dropped typing was not committed");
        key(robot, KeyCode.CONTROL, KeyCode.Z);
        assertEquals(4, pool().count(), "Ctrl+Z on the canvas undoes the design edit");

        // Delete with the canvas focused deletes the selected component
        key(robot, KeyCode.DELETE);
        assertTrue(design().component("train-pool").isEmpty());
    }

    @Test
    void pricingChoiceKeepsTheFocusInTheChoice(FxRobot robot) {
        robot.clickOn(centreOf("train-pool"));
        choose(robot, "inspector-pricing", "spot");
        assertEquals(Pricing.SPOT, pool().pricing());
        assertEquals("inspector-pricing", focusedId());
        assertTrue(focused() instanceof ComboBox<?>);
        key(robot, KeyCode.ESCAPE);
        assertSame(window.canvas(), focused());
    }

    @Test
    void survivesChoiceKeepsTheFocusInTheChoice(FxRobot robot) {
        robot.clickOn(centreOf("training"));
        choose(robot, "inspector-survives", "region");
        assertEquals(
                Survives.REGION,
                ((Component.Pipeline) design().component("training").orElseThrow()).survives());
        assertEquals("inspector-survives", focusedId());
    }

    @Test
    void dataClassesDialogGivesTheFocusBackToItsButton(FxRobot robot) {
        robot.interact(() -> window.viewModel().clearSelection());
        robot.clickOn("#inspector-data-classes");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#data-class-id").write("health");
        robot.clickOn("#data-class-jurisdictions").write("DE");
        robot.clickOn("#data-class-add");
        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, design().dataClasses().size());
        assertEquals("inspector-data-classes", focusedId(), "the focus is back on the button the user pressed");
    }

    @Test
    void leavingPresentationModeGivesTheFocusToTheCanvas(FxRobot robot) {
        robot.clickOn(centreOf("train-pool"));
        robot.doubleClickOn("#inspector-count");
        key(robot, KeyCode.F5);
        assertTrue(window.presentation().activeProperty().get());
        key(robot, KeyCode.ESCAPE);
        assertTrue(!window.presentation().activeProperty().get());
        assertSame(window.canvas(), focused(), "after presenting, the keyboard is on the canvas");
        robot.interact(() -> window.viewModel().select("train-pool", false));
        key(robot, KeyCode.DELETE);
        assertTrue(design().component("train-pool").isEmpty(), "Delete acts on the canvas selection");
    }
}
