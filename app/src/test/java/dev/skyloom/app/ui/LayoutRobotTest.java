package dev.skyloom.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
import dev.skyloom.export.diagram.Diagram;
import dev.skyloom.export.diagram.Rect;
import dev.skyloom.model.Bounds;
import dev.skyloom.model.Design;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

/**
 * Layout help from the keyboard: Arrange lays the design out without overlaps and one Undo puts it back;
 * a note is added, its text edited in place (F2), deleted, and each step undoes on its own.
 */
@ExtendWith(ApplicationExtension.class)
class LayoutRobotTest {
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

    private void keys(FxRobot robot, KeyCode... codes) {
        robot.press(codes);
        for (int i = codes.length - 1; i >= 0; i--) {
            robot.release(codes[i]);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static int overlappingCards(Design design) {
        List<Rect> cards = new ArrayList<>();
        for (Diagram.Item it : Diagram.of(design).items()) {
            if (it.kind() == Diagram.Kind.CARD) {
                cards.add(it.rect());
            }
        }
        int n = 0;
        for (int i = 0; i < cards.size(); i++) {
            for (int j = i + 1; j < cards.size(); j++) {
                Rect a = cards.get(i);
                Rect b = cards.get(j);
                if (Math.min(a.maxX(), b.maxX()) - Math.max(a.x(), b.x()) > 1
                        && Math.min(a.maxY(), b.maxY()) - Math.max(a.y(), b.y()) > 1) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void arrangeLaysTheDesignOutAsOneUndoStep(FxRobot robot) {
        robot.interact(() -> window.viewModel().clearSelection());
        Map<String, Bounds> before = window.viewModel().design().layout();
        robot.interact(() -> window.canvas().requestFocus());
        keys(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.L);

        Design arranged = window.viewModel().design();
        assertNotEquals(before, arranged.layout(), "Arrange moved something");
        assertEquals(0, overlappingCards(arranged));
        for (var c : arranged.components()) {
            assertTrue(arranged.layout().containsKey(c.id()), "every component has stored bounds: " + c.id());
        }

        keys(robot, KeyCode.CONTROL, KeyCode.Z);
        assertEquals(before, window.viewModel().design().layout(), "one Undo restores the layout");

        keys(robot, KeyCode.CONTROL, KeyCode.Y);
        assertEquals(arranged.layout(), window.viewModel().design().layout(), "Redo arranges again");
    }

    @Test
    void aNoteIsAddedEditedAndDeletedEachAsOneUndoStep(FxRobot robot) {
        robot.interact(() -> window.canvas().requestFocus());
        keys(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.N);
        Design added = window.viewModel().design();
        assertEquals(1, added.annotations().size());
        String id = added.annotations().get(0).id();
        assertTrue(window.viewModel().selection().contains(id), "the new note is selected");
        assertTrue(window.canvas()
                .getDiagram()
                .extent()
                .contains(dev.skyloom.export.diagram.DiagramLayout.rectOf(
                        added.annotations().get(0))));

        keys(robot, KeyCode.F2);
        robot.write("Phase 2");
        keys(robot, KeyCode.ENTER);
        assertEquals(
                "Phase 2",
                window.viewModel().design().annotation(id).orElseThrow().text());

        robot.interact(() -> window.canvas().requestFocus());
        keys(robot, KeyCode.DELETE);
        assertTrue(window.viewModel().design().annotations().isEmpty(), "Delete removes the note");

        keys(robot, KeyCode.CONTROL, KeyCode.Z);
        assertEquals(
                "Phase 2",
                window.viewModel().design().annotation(id).orElseThrow().text());
        keys(robot, KeyCode.CONTROL, KeyCode.Z);
        assertEquals(
                "Note", window.viewModel().design().annotation(id).orElseThrow().text());
        keys(robot, KeyCode.CONTROL, KeyCode.Z);
        assertTrue(window.viewModel().design().annotations().isEmpty());
    }
}
