package dev.skyloom.app.presentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skyloom.app.DesignIos;
import dev.skyloom.app.DesignerReady;
import dev.skyloom.app.Eventually;
import dev.skyloom.app.MainWindow;
import dev.skyloom.app.actions.AppAction;
import dev.skyloom.app.canvas.DesignCanvas;
import dev.skyloom.app.document.Doubles;
import dev.skyloom.app.document.RecoveryStore;
import dev.skyloom.app.service.FxDialogService;
import dev.skyloom.app.service.SettingsStore;
import dev.skyloom.app.service.TaskExecutor;
import dev.skyloom.catalog.fixtures.TinyCatalog;
import dev.skyloom.export.diagram.Diagram;
import dev.skyloom.export.diagram.Rect;
import dev.skyloom.model.Design;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Tab;
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
 * Issue 15: with the analysis drawer closed and open on each of its tabs (Problems, Cost, What-if, Latency,
 * Governance, Compare), the fitted design stays in the part of the canvas nothing covers: every card, as
 * drawn on screen, lies inside the canvas' visible area and clear of the drawer, the minimap and the other
 * overlays over the canvas. Checked after the automatic refit when the drawer opens or changes height, and
 * after Zoom to Fit (Ctrl+0) from a zoomed-in view.
 */
@ExtendWith(ApplicationExtension.class)
class DrawerFitRobotTest {
    private static final Path EXAMPLE = Path.of("..", "examples", "global-inference.skyloom.json");

    @TempDir
    static Path dir;

    private MainWindow window;

    @AfterEach
    void closeWindow() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Start
    void start(Stage primary) throws Exception {
        Stage stage = DesignerReady.ownStage();
        Path data = dir.resolve("data-" + System.nanoTime());
        MainWindow.Services services = new MainWindow.Services(
                DesignIos.standard(),
                new FxDialogService(stage),
                new Doubles.Chooser(),
                TaskExecutor.direct(),
                new SettingsStore(data),
                new RecoveryStore(data),
                TinyCatalog::threeRegions);
        Design example = DesignIos.standard().read(EXAMPLE);
        window = new MainWindow(stage, services, example, Optional.of(EXAMPLE));
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

    private AnalysisPanels drawer() {
        return window.analysis();
    }

    private Point2D screenAt(double wx, double wy) {
        return canvas().localToScreen(canvas().sceneToLocal(canvas().worldToScene(wx, wy)));
    }

    private static Bounds onScreen(Node n) {
        return n.localToScreen(n.getBoundsInLocal());
    }

    /** A card as drawn: its diagram rectangle through the canvas' current view, in screen coordinates. */
    private Bounds drawn(Rect r) {
        Point2D a = screenAt(r.x(), r.y());
        Point2D b = screenAt(r.maxX(), r.maxY());
        return new BoundingBox(a.getX(), a.getY(), b.getX() - a.getX(), b.getY() - a.getY());
    }

    private static boolean overlap(Bounds a, Bounds b) {
        return a.getMinX() < b.getMaxX()
                && b.getMinX() < a.getMaxX()
                && a.getMinY() < b.getMaxY()
                && b.getMinY() < a.getMaxY();
    }

    /** The overlays over the canvas that are showing now, by name. */
    private List<Object[]> overlays(FxRobot robot) {
        List<Object[]> out = new ArrayList<>();
        out.add(new Object[] {"the drawer", onScreen(drawer().tabs())});
        for (String id : List.of("#overview", "#view-switch", "#compare-legend")) {
            robot.lookup(id).tryQuery().filter(Node::isVisible).ifPresent(n -> out.add(new Object[] {id, onScreen(n)}));
        }
        return out;
    }

    /** Every card inside the canvas as shown and under no overlay; the failures name card and overlay. */
    private void assertEveryCardClear(FxRobot robot, String when) {
        assertTrue(canvas().isFitted(), when + ": the view is fitted");
        Bounds visible = onScreen(canvas());
        List<Object[]> overlays = overlays(robot);
        List<String> wrong = new ArrayList<>();
        int cards = 0;
        for (Diagram.Item it : canvas().getDiagram().items()) {
            if (it.kind() != Diagram.Kind.CARD) {
                continue;
            }
            cards++;
            Bounds card = drawn(it.rect());
            if (!visible.contains(card)) {
                wrong.add(it.id() + " is (partly) outside the canvas " + visible + ": " + card);
            }
            for (Object[] o : overlays) {
                if (overlap(card, (Bounds) o[1])) {
                    wrong.add(it.id() + " is under " + o[0] + " " + o[1] + ": " + card);
                }
            }
        }
        assertTrue(cards > 10, "the example has cards: " + cards);
        assertEquals(List.of(), wrong, when);
    }

    /** Zoomed in (the view no longer fitted), then View → Zoom to Fit. */
    private void zoomInThenFit(FxRobot robot) {
        robot.interact(() -> {
            canvas().zoomIn();
            canvas().zoomIn();
        });
        assertTrue(!canvas().isFitted(), "zoomed in, not fitted");
        robot.interact(() -> window.actions().run(AppAction.ZOOM_FIT));
        assertTrue(canvas().isFitted(), "Zoom to Fit fits");
    }

    private void openOn(FxRobot robot, Tab tab) {
        double closedHeight = canvas().getHeight();
        robot.interact(() -> {
            drawer().tabs().getSelectionModel().select(tab);
            drawer().showPanels(true);
        });
        Eventually.until(() -> drawer().panelsOpen() && canvas().getHeight() < closedHeight);
    }

    @Test
    void closedAndOpenOnEveryTabTheFittedDesignIsClearOfTheDrawerAndTheOverlays(FxRobot robot) {
        Eventually.until(() -> window.catalog().isPresent() && canvas().isFitted() && canvas().getHeight() > 0);
        assertTrue(!drawer().panelsOpen(), "the drawer starts closed");
        double fullHeight = canvas().getHeight();
        assertEveryCardClear(robot, "drawer closed, as opened");
        zoomInThenFit(robot);
        assertEveryCardClear(robot, "drawer closed, Zoom to Fit");

        for (String id : List.of("tab-problems", "tab-cost", "tab-whatif", "tab-latency", "tab-governance")) {
            Tab tab = drawer().tabs().getTabs().stream()
                    .filter(t -> id.equals(t.getId()))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no tab " + id));
            openOn(robot, tab);
            assertEveryCardClear(robot, id + " open, refitted as the drawer opened");
            zoomInThenFit(robot);
            assertEveryCardClear(robot, id + " open, Zoom to Fit");
            robot.interact(() -> drawer().showPanels(false));
            Eventually.until(() -> !drawer().panelsOpen() && canvas().getHeight() == fullHeight);
            assertEveryCardClear(robot, id + " closed again, refitted");
        }

        // compare mode opens the drawer on its own tab and shows a legend over the canvas
        robot.interact(() -> window.compare().enter(window.viewModel().design(), "the same design"));
        Eventually.until(() -> drawer().panelsOpen() && canvas().isFitted() && canvas().getHeight() < fullHeight);
        assertEveryCardClear(robot, "compare tab open");
        zoomInThenFit(robot);
        assertEveryCardClear(robot, "compare tab open, Zoom to Fit");
    }
}
