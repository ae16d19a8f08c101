package dev.skyloom.app.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skyloom.app.DesignIos;
import dev.skyloom.app.DesignerReady;
import dev.skyloom.app.Eventually;
import dev.skyloom.app.MainWindow;
import dev.skyloom.app.SampleDesigns;
import dev.skyloom.app.actions.AppAction;
import dev.skyloom.app.document.Doubles;
import dev.skyloom.app.document.RecoveryStore;
import dev.skyloom.app.service.FxDialogService;
import dev.skyloom.app.service.SettingsStore;
import dev.skyloom.app.service.TaskExecutor;
import dev.skyloom.catalog.fixtures.TinyCatalog;
import dev.skyloom.export.diagram.Diagram;
import dev.skyloom.export.diagram.Rect;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Point2D;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.image.Image;
import javafx.scene.input.MouseButton;
import javafx.scene.paint.Color;
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
 * Issue 15, snapping driven with the mouse: a card dragged a few pixels short of a neighbour's edge lands
 * on it with a guide drawn while the button is held (and gone after), a card dropped away from every edge
 * lands on the grid, and View → Snap to Grid and Edges turned off places the card where the pointer left
 * it. Card sizes come from the diagram, so the test follows the sizes the canvas measures.
 */
@ExtendWith(ApplicationExtension.class)
class SnapDragRobotTest {
    /** How far short of the line the pointer stops, in screen pixels (the snap distance is 6). */
    private static final double SHORT = 3;

    @TempDir
    static Path dir;

    private MainWindow window;

    @AfterEach
    void closeWindow() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Start
    void start(Stage primary) {
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

    private Rect rect(String id) {
        return canvas().getDiagram().item(id).orElseThrow().rect();
    }

    private double zoom() {
        return canvas().viewport().zoom();
    }

    private Point2D screenAt(double wx, double wy) {
        return canvas().localToScreen(canvas().sceneToLocal(canvas().worldToScene(wx, wy)));
    }

    private Point2D centreOf(String id) {
        Rect r = rect(id);
        return screenAt(r.centerX(), r.centerY());
    }

    private void fitted() {
        Eventually.until(() ->
                canvas().isFitted() && canvas().getWidth() > 0 && rect("lake").w() > 0);
    }

    /** Presses on the card, moves the pointer by (dx, dy) screen pixels in two steps, keeps the button down. */
    private void pressAndMove(FxRobot robot, String id, double dx, double dy) {
        Point2D from = centreOf(id);
        robot.moveTo(from).press(MouseButton.PRIMARY);
        robot.moveTo(new Point2D(from.getX() + dx / 3, from.getY() + dy / 3));
        robot.moveTo(new Point2D(from.getX() + dx, from.getY() + dy));
        Eventually.until(() -> !canvas().state().moving.isEmpty());
    }

    private void release(FxRobot robot) {
        long moves = window.viewModel().revisionProperty().get();
        robot.release(MouseButton.PRIMARY);
        Eventually.until(() -> canvas().state().moving.isEmpty()
                && window.viewModel().revisionProperty().get() != moves);
    }

    /** The canvas as it is on screen, after one more paint of the current state. */
    private Image paintedCanvas(FxRobot robot) {
        long before = canvas().paintCount();
        robot.interact(() -> canvas().redraw());
        Eventually.until(() -> canvas().paintCount() > before);
        Image[] shot = new Image[1];
        robot.interact(() -> shot[0] = canvas().snapshot(null, null));
        return shot[0];
    }

    /** Pixels of the guide colour in the canvas' pixel column at world x. */
    private int guidePixelsAt(Image shot, double worldX) {
        int x = (int) Math.floor(canvas().viewport().toScreenX(worldX) + 0.5);
        Color guide = canvas().themeProperty().get().error();
        int n = 0;
        for (int y = 0; y < (int) shot.getHeight(); y++) {
            Color c = shot.getPixelReader().getColor(x, y);
            if (Math.abs(c.getRed() - guide.getRed()) < 0.06
                    && Math.abs(c.getGreen() - guide.getGreen()) < 0.06
                    && Math.abs(c.getBlue() - guide.getBlue()) < 0.06) {
                n++;
            }
        }
        return n;
    }

    private static double[] xLines(Rect r) {
        return new double[] {r.x(), r.centerX(), r.maxX()};
    }

    /** Within half a unit: moves store bounds on half units, as the file does. */
    private static boolean onALine(double v, double[] lines) {
        for (double line : lines) {
            if (Math.abs(v - line) <= 0.5) {
                return true;
            }
        }
        return false;
    }

    @Test
    void aCardDraggedJustShortOfANeighboursEdgeLandsOnItWithAGuideOnlyWhileDragging(FxRobot robot) {
        fitted();
        Rect lake = rect("lake");
        Rect train = rect("train-pool");
        // the lake's left edge to three pixels right of the training pool's, straight left
        double dx = (train.x() - lake.x()) * zoom() + SHORT;
        double freeX = lake.x() + dx / zoom();
        pressAndMove(robot, "lake", dx, 0);

        double guideX = canvas().state().guideX;
        assertTrue(
                java.util.Arrays.stream(xLines(train)).anyMatch(line -> line == guideX),
                "a guide on one of the training pool's x lines: " + guideX);
        Image during = paintedCanvas(robot);
        int guidePixels = guidePixelsAt(during, guideX);
        assertTrue(guidePixels > 100, "the guide is drawn down the canvas: " + guidePixels + " pixels");

        release(robot);
        Rect after = rect("lake");
        assertTrue(
                onALine(guideX, xLines(after)),
                "one of the lake's edges (or its centre) is on the guide's line: " + after + ", guide " + guideX);
        assertTrue(Math.abs(after.x() - freeX) > 1 / zoom(), "snapped, not where the pointer left it: " + after);
        assertEquals(lake.w(), after.w(), 1e-6, "moved, not resized");
        assertTrue(Double.isNaN(canvas().state().guideX) && Double.isNaN(canvas().state().guideY), "no guide after");
        int left = guidePixelsAt(paintedCanvas(robot), guideX);
        assertTrue(left < guidePixels / 4, "the guide is gone from the canvas: " + left + " pixels");
    }

    @Test
    void aCardDroppedAwayFromEveryEdgeLandsOnTheGrid(FxRobot robot) {
        fitted();
        Rect lake = rect("lake");
        Rect region = rect("aws-fra");
        double z = zoom();
        double tolerance = 6 / z;
        List<Double> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        for (Diagram.Item it : canvas().getDiagram().items()) {
            if (it.kind() == Diagram.Kind.EDGE
                    || it.id().equals("lake")
                    || it.rect().contains(lake)) {
                continue;
            }
            xs.add(it.rect().x());
            xs.add(it.rect().centerX());
            xs.add(it.rect().maxX());
            ys.add(it.rect().y());
            ys.add(it.rect().centerY());
            ys.add(it.rect().maxY());
        }
        // a place in the lake's own region, a few pixels off a grid point, far (in snapping terms) from every
        // neighbour's line and clear of the other cards
        Rect target = null;
        for (double gx = Math.ceil(region.x() / Snapper.GRID) * Snapper.GRID;
                target == null && gx + lake.w() < region.maxX();
                gx += Snapper.GRID) {
            for (double gy = Math.ceil(region.y() / Snapper.GRID) * Snapper.GRID + 4 * Snapper.GRID;
                    target == null && gy + lake.h() < region.maxY();
                    gy += Snapper.GRID) {
                Rect at = new Rect(gx + 2 / z, gy + 2 / z, lake.w(), lake.h());
                if (clear(at.x(), at.w(), xs, tolerance + 3 / z)
                        && clear(at.y(), at.h(), ys, tolerance + 3 / z)
                        && canvas().getDiagram().items().stream()
                                .noneMatch(it -> it.kind() == Diagram.Kind.CARD
                                        && !it.id().equals("lake")
                                        && it.rect().intersects(at))) {
                    target = at;
                }
            }
        }
        assertTrue(target != null, "the sample's Frankfurt region has a free place for the test: " + xs + " " + ys);
        pressAndMove(robot, "lake", (target.x() - lake.x()) * z, (target.y() - lake.y()) * z);
        assertTrue(Double.isNaN(canvas().state().guideX), "no guide: no neighbour was near");
        release(robot);
        Rect after = rect("lake");
        assertEquals(0, Math.IEEEremainder(after.x(), Snapper.GRID), 1e-6, "left edge on the grid: " + after);
        assertEquals(0, Math.IEEEremainder(after.y(), Snapper.GRID), 1e-6, "top edge on the grid: " + after);
        assertEquals(target.x(), after.x(), Snapper.GRID / 2 + 1e-6, "near where it was dropped: " + after);
        assertEquals(target.y(), after.y(), Snapper.GRID / 2 + 1e-6, "near where it was dropped: " + after);
    }

    private static boolean clear(double start, double size, List<Double> lines, double distance) {
        for (double line : lines) {
            for (double own : new double[] {start, start + size / 2, start + size}) {
                if (Math.abs(line - own) < distance) {
                    return false;
                }
            }
        }
        return true;
    }

    @Test
    void withSnappingOffInTheViewMenuTheCardStaysWhereThePointerLeftIt(FxRobot robot) {
        fitted();
        CheckMenuItem item = snapMenuItem(robot);
        assertTrue(item.isSelected(), "snapping is on at first");
        robot.clickOn("View");
        robot.clickOn("Snap to Grid and Edges");
        Eventually.until(() -> !canvas().snapProperty().get());
        assertFalse(item.isSelected());

        Rect lake = rect("lake");
        Rect train = rect("train-pool");
        double dx = (train.x() - lake.x()) * zoom() + SHORT;
        pressAndMove(robot, "lake", dx, 0);
        assertTrue(Double.isNaN(canvas().state().guideX), "no guide with snapping off");
        int guidePixels = guidePixelsAt(paintedCanvas(robot), train.x());
        release(robot);
        Rect after = rect("lake");
        assertEquals(lake.x() + dx / zoom(), after.x(), 1 / zoom(), "where the pointer left it: " + after);
        assertFalse(onALine(after.x(), xLines(train)), "not pulled onto the training pool's edge");
        assertTrue(guidePixels < 50, "no guide drawn: " + guidePixels + " pixels");

        robot.interact(() -> window.actions().run(AppAction.SNAP));
        assertTrue(canvas().snapProperty().get() && item.isSelected(), "the action turns it back on");
    }

    private CheckMenuItem snapMenuItem(FxRobot robot) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        for (javafx.scene.control.Menu m : bar.getMenus()) {
            for (MenuItem i : m.getItems()) {
                if (i instanceof CheckMenuItem c && "Snap to Grid and Edges".equals(c.getText())) {
                    return c;
                }
            }
        }
        throw new AssertionError("no View → Snap to Grid and Edges");
    }
}
