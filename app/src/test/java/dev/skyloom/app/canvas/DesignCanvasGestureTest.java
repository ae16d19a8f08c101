package dev.skyloom.app.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skyloom.app.SampleDesigns;
import dev.skyloom.export.diagram.Rect;
import java.util.List;
import java.util.Set;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The canvas gestures with a robot (headless Monocle): each finished gesture is exactly one intent. */
@ExtendWith(ApplicationExtension.class)
class DesignCanvasGestureTest {
    private DesignCanvas canvas;
    private final RecordingIntents intents = new RecordingIntents();

    @Start
    void start(Stage stage) {
        canvas = new DesignCanvas();
        canvas.setIntents(intents);
        canvas.setDesign(SampleDesigns.builtIn());
        stage.setScene(new Scene(canvas, 1000, 700));
        stage.show();
    }

    private Rect rect(String id) {
        return canvas.getDiagram().item(id).orElseThrow().rect();
    }

    private Point2D screenOfWorld(double wx, double wy) {
        Viewport v = canvas.viewport();
        return canvas.localToScreen(v.toScreenX(wx), v.toScreenY(wy));
    }

    private Point2D centre(String id) {
        Rect r = rect(id);
        return screenOfWorld(r.centerX(), r.centerY());
    }

    @Test
    void clickSelectsTheCardUnderThePointerAndCtrlClickAddsAnother(FxRobot robot) {
        robot.clickOn(centre("lake"));
        assertEquals(Set.of("lake"), Set.copyOf(canvas.getSelection()));
        robot.press(KeyCode.CONTROL).clickOn(centre("train-pool")).release(KeyCode.CONTROL);
        assertEquals(Set.of("lake", "train-pool"), Set.copyOf(canvas.getSelection()));
        robot.press(KeyCode.CONTROL).clickOn(centre("lake")).release(KeyCode.CONTROL);
        assertEquals(Set.of("train-pool"), Set.copyOf(canvas.getSelection()));
    }

    @Test
    void clickOnBareCanvasClearsTheSelection(FxRobot robot) {
        robot.clickOn(centre("lake"));
        Rect e = canvas.getDiagram().extent();
        robot.clickOn(screenOfWorld(e.x() - 10, e.y() - 10));
        assertTrue(canvas.getSelection().isEmpty());
    }

    @Test
    void rubberBandSelectsTheComponentsWhollyInside(FxRobot robot) {
        Rect e = canvas.getDiagram().extent();
        Rect fra = rect("aws-fra");
        robot.drag(screenOfWorld(e.x() - 12, e.y() - 12), MouseButton.PRIMARY)
                .moveTo(screenOfWorld(fra.maxX() + 4, fra.maxY() + 4))
                .release(MouseButton.PRIMARY);
        assertEquals(Set.of("aws-fra", "train-pool", "lake"), Set.copyOf(canvas.getSelection()));
    }

    @Test
    void draggingACardSendsExactlyOneMoveAtTheEnd(FxRobot robot) {
        canvas.snapProperty().set(false); // the exact distance dragged (SnapperTest covers snapping)
        Point2D from = centre("lake");
        double zoom = canvas.viewport().zoom();
        robot.drag(from, MouseButton.PRIMARY)
                .moveBy(30, 10)
                .moveBy(30, 10)
                .moveBy(40, 20)
                .release(MouseButton.PRIMARY);
        assertEquals(1, intents.moves.size(), "one intent per drag: " + intents.moves);
        RecordingIntents.Move m = intents.moves.get(0);
        assertEquals(Set.of("lake"), m.ids());
        assertEquals(100 / zoom, m.dx(), 1.5 / zoom);
        assertEquals(40 / zoom, m.dy(), 1.5 / zoom);
        assertTrue(canvas.state().moving.isEmpty(), "preview cleared");
    }

    @Test
    void draggingAContainerMovesItOnlyNotAlsoItsSelectedChildren(FxRobot robot) {
        robot.clickOn(centre("lake"));
        Rect fra = rect("aws-fra");
        Point2D header = screenOfWorld(fra.x() + fra.w() - 30, fra.y() + 12);
        robot.press(KeyCode.SHIFT).clickOn(header).release(KeyCode.SHIFT);
        robot.drag(header, MouseButton.PRIMARY).moveBy(20, 0).moveBy(20, 0).release(MouseButton.PRIMARY);
        assertEquals(1, intents.moves.size());
        assertEquals(Set.of("aws-fra"), intents.moves.get(0).ids());
    }

    @Test
    void draggingFromTheConnectHandleConnectsPipelineToStorage(FxRobot robot) {
        Rect training = rect("training");
        robot.moveTo(centre("training"));
        Point2D handle = screenOfWorld(training.maxX(), training.centerY());
        robot.moveTo(handle);
        robot.drag(handle, MouseButton.PRIMARY)
                .moveTo(centre("lake-dr"))
                .moveBy(3, 3)
                .release(MouseButton.PRIMARY);
        assertEquals(List.of(new RecordingIntents.Connect("training", "lake-dr")), intents.connects);
        assertTrue(intents.moves.isEmpty(), "connecting does not move");
    }

    @Test
    void altDragFromStorageConnectsToAnotherStorage(FxRobot robot) {
        robot.press(KeyCode.ALT);
        robot.drag(centre("lake"), MouseButton.PRIMARY)
                .moveTo(centre("lake-dr"))
                .release(MouseButton.PRIMARY);
        robot.release(KeyCode.ALT);
        assertEquals(List.of(new RecordingIntents.Connect("lake", "lake-dr")), intents.connects);
    }

    @Test
    void doubleClickRenamesInPlaceAndEnterCommits(FxRobot robot) {
        robot.doubleClickOn(centre("lake"));
        TextField editor = robot.lookup("#canvas-rename").queryAs(TextField.class);
        assertEquals("Lake", editor.getText());
        assertTrue(
                editor.isFocused(),
                "editor has focus; owner=" + editor.getScene().getFocusOwner());
        robot.interact(() -> editor.setText("Data lake"));
        robot.type(KeyCode.ENTER);
        assertEquals(List.of(new RecordingIntents.Rename("lake", "Data lake")), intents.renames);
        assertTrue(robot.lookup("#canvas-rename").tryQuery().isEmpty(), "editor closed");
    }

    @Test
    void f2OpensTheEditorAndEscapeCancelsWithoutRenaming(FxRobot robot) {
        robot.clickOn(centre("train-pool"));
        robot.type(KeyCode.F2);
        TextField editor = robot.lookup("#canvas-rename").queryAs(TextField.class);
        robot.interact(() -> editor.setText("Something else"));
        robot.type(KeyCode.ESCAPE);
        assertTrue(intents.renames.isEmpty());
        assertTrue(robot.lookup("#canvas-rename").tryQuery().isEmpty());
    }

    @Test
    void deleteKeySendsTheSelection(FxRobot robot) {
        robot.clickOn(centre("lake"));
        robot.press(KeyCode.SHIFT).clickOn(centre("training")).release(KeyCode.SHIFT);
        robot.type(KeyCode.DELETE);
        assertEquals(List.of(Set.of("lake", "training")), intents.deletes);
    }

    @Test
    void arrowKeysNudgeTheSelectionOneStepEach(FxRobot robot) {
        robot.clickOn(centre("lake"));
        robot.type(KeyCode.RIGHT);
        robot.press(KeyCode.SHIFT).type(KeyCode.DOWN).release(KeyCode.SHIFT);
        assertEquals(
                List.of(
                        new RecordingIntents.Move(Set.of("lake"), 1, 0),
                        new RecordingIntents.Move(Set.of("lake"), 0, 10)),
                intents.moves);
    }

    @Test
    void draggingTheCornerHandleOfASelectedContainerResizesIt(FxRobot robot) {
        Rect par = rect("aws-par");
        robot.clickOn(screenOfWorld(par.x() + par.w() - 40, par.y() + 12));
        assertEquals(Set.of("aws-par"), Set.copyOf(canvas.getSelection()));
        Viewport v = canvas.viewport();
        Point2D corner = canvas.localToScreen(v.toScreenX(par.maxX()) + 3, v.toScreenY(par.maxY()) + 3);
        robot.drag(corner, MouseButton.PRIMARY).moveBy(30, 20).moveBy(30, 20).release(MouseButton.PRIMARY);
        assertEquals(1, intents.resizes.size());
        RecordingIntents.Resize r = intents.resizes.get(0);
        assertEquals("aws-par", r.id());
        assertEquals(par.x(), r.bounds().x(), 0.01);
        assertEquals(par.w() + 60 / v.zoom(), r.bounds().w(), 1.5 / v.zoom());
        assertEquals(par.h() + 40 / v.zoom(), r.bounds().h(), 1.5 / v.zoom());
        assertTrue(intents.moves.isEmpty());
    }

    @Test
    void ctrlScrollZoomsAroundThePointer(FxRobot robot) {
        Rect lake = rect("lake");
        Point2D at = screenOfWorld(lake.centerX(), lake.centerY());
        double before = canvas.zoomProperty().get();
        robot.moveTo(at)
                .press(KeyCode.CONTROL)
                .scroll(3, javafx.geometry.VerticalDirection.UP)
                .release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        double after = canvas.zoomProperty().get();
        assertTrue(after != before, "zoom changed from " + before);
        Point2D stillThere = screenOfWorld(lake.centerX(), lake.centerY());
        assertEquals(at.getX(), stillThere.getX(), 1.0);
        assertEquals(at.getY(), stillThere.getY(), 1.0);
    }

    @Test
    void plainScrollPansWithoutZooming(FxRobot robot) {
        double zoom = canvas.zoomProperty().get();
        Viewport before = canvas.viewport();
        robot.moveTo(centre("lake")).scroll(2, javafx.geometry.VerticalDirection.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(zoom, canvas.zoomProperty().get(), 1e-9);
        assertFalse(before.originY() == canvas.viewport().originY(), "panned vertically");
    }

    @Test
    void zoomToFitShowsTheWholeDesignAndZoomToSelectionFramesTheSelection(FxRobot robot) {
        robot.interact(() -> {
            canvas.zoomProperty().set(3);
            canvas.zoomToFit();
        });
        assertTrue(canvas.viewport().world().contains(canvas.getDiagram().extent()));
        robot.interact(() -> {
            canvas.getSelection().clear();
            canvas.getSelection().add("lake-dr");
            canvas.zoomToSelection();
        });
        Rect w = canvas.viewport().world();
        assertTrue(w.contains(rect("lake-dr")));
        assertTrue(w.w() < canvas.getDiagram().extent().w(), "zoomed in on the selection");
    }

    @Test
    void containerAtFindsTheInnermostContainerUnderAScenePoint(FxRobot robot) {
        Rect fra = rect("aws-fra");
        Rect aws = rect("aws");
        Point2D inRegion = canvas.localToScene(
                canvas.viewport().toScreenX(fra.x() + 5), canvas.viewport().toScreenY(fra.maxY() - 5));
        Point2D inProvider = canvas.localToScene(
                canvas.viewport().toScreenX(aws.maxX() - 5), canvas.viewport().toScreenY(aws.maxY() - 5));
        assertEquals(
                "aws-fra", canvas.containerAt(inRegion.getX(), inRegion.getY()).orElseThrow());
        assertEquals(
                "aws", canvas.containerAt(inProvider.getX(), inProvider.getY()).orElseThrow());
        Point2D bare = canvas.localToScene(2, 2);
        assertTrue(canvas.containerAt(bare.getX(), bare.getY()).isEmpty());
    }
}
