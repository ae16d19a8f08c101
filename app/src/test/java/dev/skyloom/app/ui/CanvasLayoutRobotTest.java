package dev.skyloom.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skyloom.app.CanvasMessages;
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
import dev.skyloom.model.Component;
import dev.skyloom.model.Design;
import dev.skyloom.model.edit.Edit;
import dev.skyloom.model.fixtures.ExampleFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
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

/**
 * Issue 15, the canvas part, driven like a user: drops and pastes land in free places, pools and storage
 * move between regions by drag (or are refused with the palette's reason), align and distribute, the
 * minimap that fit keeps clear and that stays collapsed across runs, presentation fitted to the screen,
 * tooltips with the full name, and opening a file fits it.
 */
@ExtendWith(ApplicationExtension.class)
class CanvasLayoutRobotTest {
    @TempDir
    static Path dir;

    private final Doubles.Chooser chooser = new Doubles.Chooser();
    private MainWindow window;
    private CanvasMessages messages;
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
                DesignerTests.io(),
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

    private DesignCanvas canvas() {
        return window.canvas();
    }

    private Rect rect(String id) {
        return canvas().getDiagram().item(id).orElseThrow().rect();
    }

    private Point2D screenAt(double wx, double wy) {
        return canvas().localToScreen(canvas().sceneToLocal(canvas().worldToScene(wx, wy)));
    }

    private Point2D centreOf(String id) {
        Rect r = rect(id);
        return screenAt(r.centerX(), r.centerY());
    }

    private void settle() {
        WaitForAsyncUtils.waitForFxEvents();
        FxPulses.await(window.canvas().getScene(), 2);
    }

    private void select(FxRobot robot, String... ids) {
        robot.interact(() -> {
            window.viewModel().selection().clear();
            window.viewModel().selection().addAll(List.of(ids));
        });
        settle();
    }

    private static boolean overlap(Rect a, Rect b) {
        return a.x() < b.maxX() && b.x() < a.maxX() && a.y() < b.maxY() && b.y() < a.maxY();
    }

    private void assertNoCardOverlaps() {
        List<Diagram.Item> cards = canvas().getDiagram().items().stream()
                .filter(it -> it.kind() == Diagram.Kind.CARD)
                .toList();
        for (Diagram.Item a : cards) {
            for (Diagram.Item b : cards) {
                if (a != b) {
                    assertFalse(overlap(a.rect(), b.rect()), a.id() + " overlaps " + b.id());
                }
            }
        }
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

    /** The message at the pointer, if the canvas showed it since the test began (it fades after a few seconds). */
    private String visibleMessage(FxRobot robot, String text) {
        return messages.shown(text);
    }

    private void drag(FxRobot robot, Point2D from, Point2D to) {
        robot.moveTo(from).press(MouseButton.PRIMARY);
        robot.moveTo(new Point2D((from.getX() * 2 + to.getX()) / 3, (from.getY() * 2 + to.getY()) / 3));
        robot.moveTo(to).release(MouseButton.PRIMARY);
        settle();
    }

    @Test
    void aPasteIntoAFullRegionLandsInAFreePlaceAsOneUndoStep(FxRobot robot) {
        Design start = design();
        select(robot, "train-pool");
        robot.clickOn("#canvas");
        select(robot, "train-pool");
        robot.press(KeyCode.CONTROL, KeyCode.C).release(KeyCode.C, KeyCode.CONTROL);
        // Edit → Paste (what Ctrl+V runs) twice: a robot's Ctrl+V held while the FX thread is busy pasting
        // lets the X server repeat the key under Xvfb, and each extra paste makes the next one slower
        robot.interact(() -> window.actions().run(dev.skyloom.app.actions.AppAction.PASTE));
        robot.interact(() -> window.actions().run(dev.skyloom.app.actions.AppAction.PASTE));
        settle();
        assertEquals(start.components().size() + 2, design().components().size(), "two copies pasted");
        assertNoCardOverlaps();
        // the Edit action, as the pastes: a robot Ctrl+Z that Xvfb key-repeats would undo more than twice
        robot.interact(() -> window.actions().run(dev.skyloom.app.actions.AppAction.UNDO));
        robot.interact(() -> window.actions().run(dev.skyloom.app.actions.AppAction.UNDO));
        settle();
        assertEquals(start, design(), "each paste is one undo step");
    }

    @Test
    void aPoolDroppedFromThePaletteOntoACardLandsBesideIt(FxRobot robot) {
        robot.interact(() -> {
            window.palette().searchField().setText("p5.48");
            window.palette().refilter();
        });
        settle();
        Node cell = robot.from(window.palette())
                .lookup(".tree-cell")
                .match((javafx.scene.control.TreeCell<?> c) ->
                        c.isVisible() && c.getText() != null && c.getText().startsWith("p5.48xlarge"))
                .query();
        robot.drag(cell, MouseButton.PRIMARY).moveTo(centreOf("train-pool")).release(MouseButton.PRIMARY);
        settle();
        Component.GpuPool added = (Component.GpuPool)
                design().components().get(design().components().size() - 1);
        assertEquals(Optional.of("aws-fra"), added.parent());
        assertNoCardOverlaps();
    }

    @Test
    void storageDraggedIntoAnotherRegionMovesThereAndOneUndoBringsItBack(FxRobot robot) {
        Design start = design();
        Rect par = rect("aws-par");
        Rect parBefore = par;
        Rect fraBefore = rect("aws-fra");
        drag(robot, centreOf("lake"), screenAt(par.x() + 120, par.y() + 70));
        assertEquals(
                Optional.of("aws-par"), design().component("lake").orElseThrow().parent());
        assertTrue(rect("aws-fra").w() <= fraBefore.w(), "the old region does not stretch");
        assertNoCardOverlaps();
        assertTrue(parBefore.x() <= rect("lake").x(), "inside Paris");
        robot.clickOn("#canvas");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        settle();
        assertEquals(start, design());
    }

    @Test
    void aPoolDraggedToARegionThatDoesNotSellItIsRefusedAndReturns(FxRobot robot) {
        Design start = design();
        Rect par = rect("aws-par");
        Rect fra = rect("aws-fra");
        drag(robot, centreOf("train-pool"), screenAt(par.x() + 120, par.y() + 70));
        String reason = "p5.48xlarge (H100) is not offered in eu-west-3";
        assertEquals(reason, visibleMessage(robot, reason));
        assertEquals(start, design(), "the card returns");
        assertEquals(fra, rect("aws-fra"), "its region did not stretch");
    }

    @Test
    void aPoolDraggedToAnotherRegionThatSellsItMovesThere(FxRobot robot) {
        robot.interact(() -> window.viewModel()
                .apply(new Edit.AddComponent(
                        new Component.Region(
                                "aws-fra-b",
                                "Frankfurt B",
                                Optional.of("aws"),
                                "eu-central-1",
                                Optional.empty(),
                                Map.of()),
                        new dev.skyloom.model.Bounds(60, 420, 420, 200))));
        robot.interact(() -> canvas().zoomToFit());
        settle();
        Rect b = rect("aws-fra-b");
        drag(robot, centreOf("train-pool"), screenAt(b.x() + 130, b.y() + 80));
        assertEquals(
                Optional.of("aws-fra-b"),
                design().component("train-pool").orElseThrow().parent());
        assertNoCardOverlaps();
    }

    @Test
    void alignAndDistributeFromTheKeyboardAreOneUndoStepEach(FxRobot robot) {
        Design start = design();
        robot.clickOn("#canvas");
        select(robot, "train-pool", "lake");
        robot.press(KeyCode.ALT, KeyCode.SHIFT, KeyCode.L).release(KeyCode.L, KeyCode.SHIFT, KeyCode.ALT);
        settle();
        assertEquals(rect("train-pool").x(), rect("lake").x(), 0.5, "left edges aligned");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        settle();
        assertEquals(start, design(), "one undo step");

        robot.interact(() -> window.viewModel()
                .apply(new Edit.AddComponent(
                        new Component.Storage(
                                "extra",
                                "Extra",
                                Optional.of("aws-par"),
                                "object",
                                java.math.BigDecimal.ONE,
                                List.of(),
                                Optional.empty(),
                                Map.of()),
                        new dev.skyloom.model.Bounds(720, 140, 0, 0))));
        Design three = design();
        select(robot, "lake", "lake-dr", "extra");
        robot.interact(() -> window.actions().run(dev.skyloom.app.actions.AppAction.DISTRIBUTE_VERTICALLY));
        settle();
        List<Rect> rs = new java.util.ArrayList<>(List.of(rect("lake"), rect("lake-dr"), rect("extra")));
        rs.sort(java.util.Comparator.comparingDouble(Rect::y));
        assertEquals(rs.get(1).y() - rs.get(0).maxY(), rs.get(2).y() - rs.get(1).maxY(), 1.0, "equal gaps " + rs);
        robot.interact(() -> window.viewModel().undo());
        assertEquals(three, design());
    }

    @Test
    void theMinimapIsClearOfTheFittedDesignAndStaysCollapsedAcrossRuns(FxRobot robot) {
        robot.interact(() -> canvas().zoomToFit());
        settle();
        Node minimap = robot.lookup("#overview").query();
        assertFalse(coversACard(minimap), "zoom to fit leaves the minimap's corner free");
        assertFalse(coversACard(robot.lookup("#view-switch").query()), "and the Diagram | Map switch's");
        Node button = robot.lookup("#minimap-collapse").query();
        Node view = robot.lookup("#minimap-view").query();
        javafx.geometry.Bounds b = button.localToScene(button.getLayoutBounds());
        javafx.geometry.Bounds m = view.localToScene(view.getLayoutBounds());
        double overlapW = Math.min(b.getMaxX(), m.getMaxX()) - Math.max(b.getMinX(), m.getMinX());
        double overlapH = Math.min(b.getMaxY(), m.getMaxY()) - Math.max(b.getMinY(), m.getMinY());
        assertFalse(
                overlapW > 0.5 && overlapH > 0.5, "the collapse button " + b + " covers none of the miniature " + m);
        robot.clickOn("#minimap-collapse");
        settle();
        assertTrue(robot.lookup("#minimap-open").query().isVisible(), "collapsed to a button");
        assertFalse(new SettingsStore(data).load().minimapOpen(), "remembered in the settings");
        robot.interact(() -> window.actions().run(dev.skyloom.app.actions.AppAction.MINIMAP));
        settle();
        assertTrue(new SettingsStore(data).load().minimapOpen(), "the View menu item opens it again");
        assertTrue(robot.lookup("#minimap-view").query().isVisible());
    }

    @Test
    void hoveringACardShowsItsFullNameAndFacts(FxRobot robot) {
        String longName = "H100 training pool for the European foundation model, phase two";
        robot.interact(() -> window.viewModel().rename("train-pool", longName));
        settle();
        robot.moveTo(centreOf("train-pool"));
        robot.moveBy(3, 2);
        settle();
        Label tip = robot.lookup(".label")
                .match((Label l) ->
                        l.isVisible() && l.getText() != null && l.getText().startsWith(longName))
                .query();
        assertTrue(tip.getText().contains("p5.48xlarge (H100) × 4"), tip.getText());
        assertTrue(tip.getText().contains("Frankfurt"), tip.getText());
    }

    @Test
    void openingAFileZoomsToFitIt(FxRobot robot) {
        robot.interact(() -> {
            canvas().zoomIn();
            canvas().zoomIn();
            canvas().zoomIn();
        });
        settle();
        assertFalse(canvas().isFitted());
        Path example = ExampleFiles.path("global-inference");
        robot.interact(() -> window.viewModel().openFile(example));
        settle();
        assertTrue(canvas().isFitted(), "the opened design is fitted");
        Rect extent = canvas().getDiagram().extent();
        Point2D a = canvas().sceneToLocal(canvas().worldToScene(extent.x(), extent.y()));
        Point2D b = canvas().sceneToLocal(canvas().worldToScene(extent.maxX(), extent.maxY()));
        assertTrue(a.getX() >= 0 && a.getY() >= 0, "top-left on screen: " + a);
        assertTrue(b.getX() <= canvas().getWidth() && b.getY() <= canvas().getHeight(), "bottom-right on screen: " + b);
    }
}
