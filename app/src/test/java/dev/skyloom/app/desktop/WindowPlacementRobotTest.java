package dev.skyloom.app.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.skyloom.app.DesignIos;
import dev.skyloom.app.MainWindow;
import dev.skyloom.app.SampleDesigns;
import dev.skyloom.app.document.Doubles;
import dev.skyloom.app.document.RecoveryStore;
import dev.skyloom.app.service.Settings;
import dev.skyloom.app.service.SettingsStore;
import dev.skyloom.app.service.TaskExecutor;
import dev.skyloom.catalog.fixtures.TinyCatalog;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 14, point 9: the window comes back exactly where and as large as it was; three restarts in a row
 * do not move it (under a window manager it used to creep down by the title bar's height each time).
 */
@ExtendWith(ApplicationExtension.class)
class WindowPlacementRobotTest {
    @TempDir
    static Path dir;

    @BeforeAll
    static void windowManager() {
        WindowManager.start();
    }

    @AfterAll
    static void stopWindowManager() {
        WindowManager.stop();
    }

    /** Opens the designer as a start would, lets the window settle, closes it as the user would. */
    private static Settings run(FxRobot robot, Path data) {
        MainWindow[] window = new MainWindow[1];
        Stage[] stage = new Stage[1];
        robot.interact(() -> {
            stage[0] = new Stage();
            MainWindow.Services services = new MainWindow.Services(
                    DesignIos.standard(),
                    new Doubles.Dialogs(),
                    new Doubles.Chooser(),
                    TaskExecutor.direct(),
                    new SettingsStore(data),
                    new RecoveryStore(data),
                    TinyCatalog::threeRegions);
            window[0] = new MainWindow(stage[0], services, SampleDesigns.builtIn(), Optional.empty());
            stage[0].show();
        });
        WaitForAsyncUtils.sleep(1200, TimeUnit.MILLISECONDS); // a window manager places and decorates it
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            window[0].close();
            stage[0].hide();
        });
        return new SettingsStore(data).load();
    }

    @Test
    void windowIsRestoredExactlyRunAfterRun(FxRobot robot) {
        Path data = dir.resolve("placement");
        new SettingsStore(data).save(new Settings(130, 150, 1000, 640, false, false, List.of()));
        Settings first = run(robot, data);
        assertEquals(130, first.x(), "x after the first run");
        assertEquals(150, first.y(), "y after the first run");
        assertEquals(1000, first.width());
        assertEquals(640, first.height());
        run(robot, data);
        Settings third = run(robot, data);
        assertEquals(first, third, "no creep over three runs");
    }
}
