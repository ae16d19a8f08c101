package dev.skyloom.app.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skyloom.app.DesignIos;
import dev.skyloom.app.DesignerReady;
import dev.skyloom.app.Eventually;
import dev.skyloom.app.FxPulses;
import dev.skyloom.app.MainWindow;
import dev.skyloom.app.SampleDesigns;
import dev.skyloom.app.document.Doubles;
import dev.skyloom.app.document.RecoveryStore;
import dev.skyloom.app.service.FxDialogService;
import dev.skyloom.app.service.SettingsStore;
import dev.skyloom.app.service.TaskExecutor;
import dev.skyloom.catalog.fixtures.TinyCatalog;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 14, point 4: dialogs size from their content, can be resized, and cannot be made smaller than what
 * shows all of it — the data-classes list is never 0 px tall and F1 lists every shortcut. Runs with Monocle,
 * and under Xvfb with fluxbox ({@code -Pxvfb}) or with no window manager ({@code -Pxvfb -Dskyloom.wm=}).
 */
@ExtendWith(ApplicationExtension.class)
class DialogSizeRobotTest {
    @TempDir
    static Path dir;

    private Stage stage;
    private FxDialogService dialogs;

    @BeforeAll
    static void windowManager() {
        WindowManager.start();
    }

    @AfterAll
    static void stopWindowManager() {
        WindowManager.stop();
    }

    private MainWindow window;

    @Start
    void start(Stage primary) {
        Stage stage = DesignerReady.ownStage();
        this.stage = stage;
        Path data = dir.resolve("data-" + System.nanoTime());
        dialogs = new FxDialogService(stage);
        MainWindow.Services services = new MainWindow.Services(
                DesignIos.standard(),
                dialogs,
                new Doubles.Chooser(),
                TaskExecutor.direct(),
                new SettingsStore(data),
                new RecoveryStore(data),
                TinyCatalog::threeRegions);
        window = new MainWindow(stage, services, SampleDesigns.builtIn(), Optional.empty());
        stage.setWidth(1200);
        stage.setHeight(760);
        stage.show();
    }

    @BeforeEach
    void ready() {
        DesignerReady.await(window);
    }

    @AfterEach
    void closeDialogs(FxRobot robot) {
        robot.interact(() -> new java.util.ArrayList<>(javafx.stage.Window.getWindows())
                .stream().filter(w -> w != stage && w instanceof Stage).forEach(w -> ((Stage) w).close()));
    }

    /** The open dialog's pane, once it shows, is laid out and a window manager has mapped and decorated it. */
    private static DialogPane openDialog(FxRobot robot) {
        Eventually.until(() -> robot.lookup(".dialog-pane")
                .tryQuery()
                .map(p -> p.getScene().getWindow().isShowing())
                .orElse(false));
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        if (WindowManager.running()) {
            // no event says when the manager has framed the window (DialogFit then measures again)
            WaitForAsyncUtils.sleep(1200, TimeUnit.MILLISECONDS);
        }
        FxPulses.await(pane.getScene(), 2);
        return pane;
    }

    private static Stage windowOf(Node node) {
        return (Stage) node.getScene().getWindow();
    }

    /** Whether the node lies wholly inside its window's visible scene. */
    private static boolean inside(Node node) {
        Bounds b = node.localToScene(node.getBoundsInLocal());
        return b.getMinX() >= -0.5
                && b.getMinY() >= -0.5
                && b.getMaxX() <= node.getScene().getWidth() + 0.5
                && b.getMaxY() <= node.getScene().getHeight() + 0.5;
    }

    private static void assertMinimumShowsAll(DialogPane pane) {
        Stage window = windowOf(pane);
        assertTrue(window.isResizable(), "the dialog can be resized");
        double frameW = window.getWidth() - pane.getScene().getWidth();
        double frameH = window.getHeight() - pane.getScene().getHeight();
        assertTrue(
                window.getMinWidth() >= pane.prefWidth(-1) + frameW - 1,
                "minimum width " + window.getMinWidth() + " holds the content " + pane.prefWidth(-1));
        assertTrue(
                window.getMinHeight() >= pane.prefHeight(pane.getWidth()) + frameH - 1,
                "minimum height " + window.getMinHeight() + " holds the content " + pane.prefHeight(pane.getWidth()));
    }

    /** Asks for a size far below the minimum, as a window manager or the user's drag would. */
    private static void squeeze(FxRobot robot, Stage window) {
        robot.interact(() -> {
            window.setWidth(120);
            window.setHeight(90);
        });
        if (WindowManager.running()) {
            WaitForAsyncUtils.sleep(600, TimeUnit.MILLISECONDS); // the manager applies it asynchronously
        }
        FxPulses.await(window.getScene(), 2);
    }

    @Test
    void dataClassesListIsTallEnoughToEditAndStaysSoWhenSqueezed(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.D).release(KeyCode.D, KeyCode.SHIFT, KeyCode.CONTROL);
        DialogPane pane = openDialog(robot);
        ListView<?> list = robot.lookup("#data-classes-list").queryAs(ListView.class);
        assertTrue(list.getHeight() >= 120, "the class list is " + list.getHeight() + " px tall");
        assertTrue(inside(robot.lookup("#data-class-remove").query()), "the Remove button is visible");
        assertMinimumShowsAll(pane);
        squeeze(robot, windowOf(pane));
        assertTrue(list.getHeight() >= 120, "squeezed, the class list is " + list.getHeight() + " px tall");
        assertTrue(inside(robot.lookup("#data-class-remove").query()), "squeezed, Remove is still visible");
    }

    @Test
    void f1ListsEveryShortcutUncut(FxRobot robot) {
        robot.press(KeyCode.F1).release(KeyCode.F1);
        DialogPane pane = openDialog(robot);
        List<Label> labels = List.copyOf(robot.lookup("#skyloom-list .label").queryAllAs(Label.class));
        assertEquals(2 * MainWindow.shortcutEntries().size(), labels.size(), "a key and a text per shortcut");
        assertTrue(labels.stream().anyMatch(l -> l.getText().equals("Keyboard Shortcuts")));
        assertMinimumShowsAll(pane);
        squeeze(robot, windowOf(pane));
        for (Label l : labels) {
            assertTrue(inside(l), "\"" + l.getText() + "\" lies inside the dialog");
            assertTrue(l.getWidth() >= l.prefWidth(-1) - 0.5, "\"" + l.getText() + "\" is not cut");
        }
    }

    @Test
    void aLongErrorMessageShowsEveryLine(FxRobot robot) {
        String message = String.join("\n", java.util.Collections.nCopies(12, "A line of a long error message."))
                + "\nThe last line.";
        Platform.runLater(() -> dialogs.showError("Cannot open the design", message));
        DialogPane pane = openDialog(robot);
        assertMinimumShowsAll(pane);
        squeeze(robot, windowOf(pane));
        Label content = (Label) pane.lookup(".content");
        assertTrue(inside(content), "the message lies inside the dialog");
        assertTrue(content.getHeight() >= content.prefHeight(content.getWidth()) - 0.5, "no line is cut");
    }

    @Test
    void aChoiceDialogHoldsItsContent(FxRobot robot) {
        Platform.runLater(() -> dialogs.choose("Open recent", "Which design?", List.of("a", "b", "c")));
        DialogPane pane = openDialog(robot);
        assertMinimumShowsAll(pane);
        squeeze(robot, windowOf(pane));
        assertTrue(windowOf(pane).getWidth() >= windowOf(pane).getMinWidth() - 0.5, "not narrower than its minimum");
    }
}
