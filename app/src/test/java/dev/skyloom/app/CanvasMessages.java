package dev.skyloom.app;

import dev.skyloom.app.canvas.DesignCanvas;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every text the canvas's own labels (the message at the pointer, the hover tip) showed since it was made.
 * The message at the pointer fades after a few seconds, which a loaded machine can outlast between a drop
 * and the assertion: a test asks whether it was shown, not whether it is still showing.
 */
public final class CanvasMessages {
    private final List<String> shown = new CopyOnWriteArrayList<>();

    private CanvasMessages() {}

    public static CanvasMessages record(FxRobot robot, DesignCanvas canvas) {
        CanvasMessages messages = new CanvasMessages();
        robot.interact(() -> {
            for (Node n : canvas.lookupAll(".label")) {
                if (n instanceof Label l) {
                    l.visibleProperty().addListener((o, a, visible) -> {
                        if (visible) {
                            messages.shown.add(l.getText());
                        }
                    });
                    l.textProperty().addListener((o, a, text) -> {
                        if (l.isVisible()) {
                            messages.shown.add(text);
                        }
                    });
                }
            }
        });
        return messages;
    }

    /** The text if a canvas label showed it, else a description of what they showed (for the assertion). */
    public String shown(String text) {
        WaitForAsyncUtils.waitForFxEvents();
        return shown.contains(text) ? text : "(no visible message \"" + text + "\"; shown: " + shown + ")";
    }
}
