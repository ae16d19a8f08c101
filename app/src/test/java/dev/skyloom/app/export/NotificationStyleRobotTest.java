package dev.skyloom.app.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skyloom.app.DesignerReady;
import dev.skyloom.app.Eventually;
import dev.skyloom.app.FxPulses;
import dev.skyloom.app.MainWindow;
import dev.skyloom.app.SampleDesigns;
import dev.skyloom.app.document.Doubles;
import dev.skyloom.app.document.RecoveryStore;
import dev.skyloom.app.service.SettingsStore;
import dev.skyloom.app.service.TaskExecutor;
import dev.skyloom.catalog.fixtures.TinyCatalog;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Issue 14, point 8: the "Export finished" notification is styled by the theme. ControlsFX's
 * notificationpopup.css paints its panel with Modena's looked-up colours ({@code -fx-outer-border},
 * {@code -fx-body-color}), which AtlantaFX does not define: JavaFX logged a ClassCastException for each and
 * left the panel transparent over the canvas.
 */
@ExtendWith(ApplicationExtension.class)
class NotificationStyleRobotTest {
    @TempDir
    static Path dir;

    private final List<String> cssLog = new ArrayList<>();
    private final Logger css = Logger.getLogger("javafx.css");
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord r) {
            cssLog.add(r.getMessage() + (r.getThrown() == null ? "" : " " + r.getThrown()));
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };
    private Stage stage;

    private MainWindow window;

    @Start
    void start(Stage primary) {
        Stage stage = DesignerReady.ownStage();
        this.stage = stage;
        css.addHandler(capture);
        Path data = dir.resolve("data-" + System.nanoTime());
        MainWindow.Services services = new MainWindow.Services(
                dev.skyloom.app.DesignIos.standard(),
                new Doubles.Dialogs(),
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
    void stopCapture() {
        css.removeHandler(capture);
    }

    private static Optional<Region> notificationPanel() {
        for (Window w : new ArrayList<>(Window.getWindows())) {
            if (w instanceof PopupWindow && w.isShowing() && w.getScene() != null) {
                Node pane = w.getScene().getRoot().lookup(".notification-bar > .pane");
                if (pane instanceof Region r) {
                    return Optional.of(r);
                }
            }
        }
        return Optional.empty();
    }

    @Test
    void theExportNotificationIsPaintedWithTheThemeAndLogsNoCssError(FxRobot robot) {
        robot.interact(() -> new FxExportFeedback(stage, new Doubles.Dialogs())
                .succeeded("Exported the cost workbook (1 note)", dir));
        Eventually.until(() -> notificationPanel().isPresent());
        Region panel = notificationPanel().orElseThrow();
        FxPulses.await(panel.getScene(), 2); // its style is applied on a pulse
        assertEquals(
                List.of(),
                cssLog.stream().filter(m -> m.contains("ClassCastException")).toList());
        assertTrue(
                panel.getBackground() != null
                        && !panel.getBackground().getFills().isEmpty(),
                "a background");
        Color fill = (Color) panel.getBackground()
                .getFills()
                .get(panel.getBackground().getFills().size() - 1)
                .getFill();
        assertEquals(1.0, fill.getOpacity(), 0.001, "an opaque panel, not the canvas showing through: " + fill);
        Label text = (Label) panel.lookup(".label");
        Color fg = (Color) text.getTextFill();
        assertTrue(Math.abs(fg.getBrightness() - fill.getBrightness()) > 0.4, "text " + fg + " readable on " + fill);
    }
}
