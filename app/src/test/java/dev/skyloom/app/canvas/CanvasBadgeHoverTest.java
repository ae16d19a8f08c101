package dev.skyloom.app.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skyloom.app.SampleDesigns;
import dev.skyloom.export.diagram.Rect;
import java.util.List;
import java.util.Map;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Hovering a problem badge on the canvas shows the messages of its findings. */
@ExtendWith(ApplicationExtension.class)
class CanvasBadgeHoverTest {
    private DesignCanvas canvas;

    @Start
    void start(Stage stage) {
        canvas = new DesignCanvas();
        canvas.setIntents(new RecordingIntents());
        canvas.setDesign(SampleDesigns.builtIn());
        canvas.setBadges(Map.of(
                "train-pool", new CanvasBadge(CanvasBadge.Level.ERROR, List.of("first problem", "second problem"))));
        stage.setScene(new Scene(canvas, 1000, 700));
        stage.show();
    }

    @Test
    void hoveringABadgeShowsAllItsMessagesAndLeavingHidesThem(FxRobot robot) {
        var pool = canvas.getDiagram().item("train-pool").orElseThrow();
        double[] badge = CanvasGeometry.badgeCentre(canvas.getLabels(), pool, pool.rect(), canvas.viewport());
        robot.moveTo(canvas.localToScreen(badge[0], badge[1]));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(canvas.tip().isVisible(), "the messages show on hover");
        assertEquals("first problem\nsecond problem", canvas.tip().getText());
        Rect e = canvas.getDiagram().extent();
        Viewport v = canvas.viewport();
        robot.moveTo(canvas.localToScreen(v.toScreenX(e.x()) - 20, v.toScreenY(e.y()) - 20));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(canvas.tip().isVisible(), "and hide when the pointer leaves");
    }
}
