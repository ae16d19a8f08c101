package dev.skyloom.app.canvas;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skyloom.app.DesignIos;
import dev.skyloom.app.DesignerReady;
import dev.skyloom.app.Eventually;
import dev.skyloom.app.MainWindow;
import dev.skyloom.app.SampleDesigns;
import dev.skyloom.app.document.Doubles;
import dev.skyloom.app.document.RecoveryStore;
import dev.skyloom.app.service.FxDialogService;
import dev.skyloom.app.service.SettingsStore;
import dev.skyloom.app.service.TaskExecutor;
import dev.skyloom.catalog.fixtures.TinyCatalog;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
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

/**
 * View → Snap to Grid and Edges is remembered like the minimap: turned off in the menu it is saved in the
 * settings, and the next window on the same settings starts with snapping off (its item unchecked).
 */
@ExtendWith(ApplicationExtension.class)
class SnapSettingRobotTest {
    private static final String SNAP_ITEM = "Snap to Grid and Edges";

    @TempDir
    static Path dir;

    private final Doubles.Chooser chooser = new Doubles.Chooser();
    private MainWindow window;
    private Path data;

    @AfterEach
    void closeWindow() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Start
    void start(Stage primary) {
        Stage stage = DesignerReady.ownStage();
        data = dir.resolve("data-" + System.nanoTime());
        window = new MainWindow(stage, services(stage), SampleDesigns.builtIn(), Optional.empty());
        stage.setWidth(1280);
        stage.setHeight(800);
        stage.show();
    }

    @BeforeEach
    void ready() {
        DesignerReady.await(window);
    }

    private MainWindow.Services services(Stage stage) {
        return new MainWindow.Services(
                DesignIos.standard(),
                new FxDialogService(stage),
                chooser,
                TaskExecutor.direct(),
                new SettingsStore(data),
                new RecoveryStore(data),
                TinyCatalog::threeRegions);
    }

    private static CheckMenuItem snapItem(FxRobot robot, Node inScene) {
        MenuBar bar =
                robot.from(inScene.getScene().getRoot()).lookup(".menu-bar").queryAs(MenuBar.class);
        for (Menu m : bar.getMenus()) {
            for (MenuItem i : m.getItems()) {
                if (i instanceof CheckMenuItem c && SNAP_ITEM.equals(c.getText())) {
                    return c;
                }
            }
        }
        throw new AssertionError("no View → " + SNAP_ITEM);
    }

    @Test
    void snappingTurnedOffInTheViewMenuIsSavedAndTheNextWindowStartsWithItOff(FxRobot robot) {
        CheckMenuItem item = snapItem(robot, window.canvas());
        assertTrue(item.isSelected() && window.canvas().snapProperty().get(), "snapping is on at first");
        robot.clickOn("View");
        robot.clickOn(SNAP_ITEM);
        Eventually.until(() -> !window.canvas().snapProperty().get());
        assertFalse(item.isSelected());
        assertFalse(new SettingsStore(data).load().snapToGrid(), "saved in the settings");

        MainWindow[] second = new MainWindow[1];
        robot.interact(() -> {
            Stage next = new Stage();
            second[0] = new MainWindow(next, services(next), SampleDesigns.builtIn(), Optional.empty());
            next.setWidth(1000);
            next.setHeight(700);
            next.show();
        });
        assertFalse(second[0].canvas().snapProperty().get(), "the next window does not snap");
        assertFalse(snapItem(robot, second[0].canvas()).isSelected(), "and its menu item starts off");

        robot.interact(() -> window.actions().run(dev.skyloom.app.actions.AppAction.SNAP));
        assertTrue(window.canvas().snapProperty().get());
        assertTrue(new SettingsStore(data).load().snapToGrid(), "turned on again by the action, saved again");
    }
}
