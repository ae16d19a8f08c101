package dev.skyloom.app.presentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skyloom.app.DesignerReady;
import dev.skyloom.app.FxPulses;
import dev.skyloom.app.MainWindow;
import dev.skyloom.app.SampleDesigns;
import dev.skyloom.app.canvas.DesignCanvas;
import dev.skyloom.app.document.Doubles;
import dev.skyloom.app.document.RecoveryStore;
import dev.skyloom.app.service.FxDialogService;
import dev.skyloom.app.service.SettingsStore;
import dev.skyloom.app.service.TaskExecutor;
import dev.skyloom.catalog.fixtures.TinyCatalog;
import dev.skyloom.export.diagram.Diagram;
import dev.skyloom.export.diagram.Rect;
import java.nio.file.Path;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
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

/** Issue 15: presentation mode enters fitted to the screen, clear of its summary panel; Ctrl+0 refits. */
@ExtendWith(ApplicationExtension.class)
class PresentationFitRobotTest {
    @TempDir
    static Path dir;

    private final Doubles.Chooser chooser = new Doubles.Chooser();
    private MainWindow window;
    private Stage stage;
    private Path data;

    @AfterEach
    void closeWindow() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Start
    void start(Stage primary) {
        Stage stage = DesignerReady.ownStage();
        this.stage = stage;
        data = dir.resolve("data-" + System.nanoTime());
        MainWindow.Services services = new MainWindow.Services(
                dev.skyloom.app.DesignIos.standard(),
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
    void ready() {
        DesignerReady.await(window);
    }

    private DesignCanvas canvas() {
        return window.canvas();
    }

    private Point2D screenAt(double wx, double wy) {
        return canvas().localToScreen(canvas().sceneToLocal(canvas().worldToScene(wx, wy)));
    }

    private void settle() {
        WaitForAsyncUtils.waitForFxEvents();
        FxPulses.await(window.canvas().getScene(), 2);
    }

    /** Whether any card of the design is (partly) under a node's area on screen. */
    private boolean coversACard(Node node) {
        Bounds b = node.localToScreen(node.getBoundsInLocal());
        for (Diagram.Item it : canvas().getDiagram().items()) {
            if (it.kind() != Diagram.Kind.CARD) {
                continue;
            }
            Point2D tl = screenAt(it.rect().x(), it.rect().y());
            Point2D br = screenAt(it.rect().maxX(), it.rect().maxY());
            if (tl.getX() < b.getMaxX()
                    && b.getMinX() < br.getX()
                    && tl.getY() < b.getMaxY()
                    && b.getMinY() < br.getY()) {
                return true;
            }
        }
        return false;
    }

    @Test
    void presentationEntersFittedAndControlZeroRefits(FxRobot robot) {
        robot.interact(() -> canvas().zoomIn());
        robot.interact(() -> canvas().zoomIn());
        settle();
        window.presentation().fullScreen = false;
        robot.interact(() -> window.presentation().enter());
        settle();
        assertTrue(canvas().isFitted(), "entered fitted to the screen");
        Rect extent = canvas().getDiagram().extent();
        Point2D tl = canvas().localToScene(0, 0);
        Point2D dtl = canvas().worldToScene(extent.x(), extent.y());
        Point2D dbr = canvas().worldToScene(extent.maxX(), extent.maxY());
        assertTrue(dtl.getX() >= tl.getX() && dbr.getX() <= tl.getX() + canvas().getWidth(), "whole width shown");
        assertTrue(dtl.getY() >= tl.getY() && dbr.getY() <= tl.getY() + canvas().getHeight(), "whole height shown");
        Node summary = robot.lookup("#presentation-overlay").query();
        assertFalse(coversACard(summary), "the summary panel covers no card");
        double fitted = canvas().zoomProperty().get();
        robot.interact(() -> canvas().zoomIn());
        assertNotEquals(fitted, canvas().zoomProperty().get(), 1e-9);
        robot.interact(() -> stage.getScene().getRoot().requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.CONTROL);
        settle();
        assertEquals(fitted, canvas().zoomProperty().get(), 1e-9, "Ctrl+0 refits");
        robot.clickOn("#presentation-summary-collapse");
        settle();
        assertTrue(window.presentation().collapsedProperty().get(), "the summary collapses");
        robot.interact(() -> window.presentation().leave());
    }
}
