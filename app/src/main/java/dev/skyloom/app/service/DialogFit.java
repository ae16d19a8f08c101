package dev.skyloom.app.service;

import javafx.scene.Scene;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogEvent;
import javafx.scene.control.DialogPane;
import javafx.scene.layout.Region;
import javafx.stage.Stage;

/**
 * Dialogs and small windows that size from their content, can be resized, and never get smaller than what
 * shows all of it. Without this a window manager (or none) may map a dialog at a size that squeezes a list to
 * 0 px or cuts a long message after its first line.
 */
public final class DialogFit {
    private DialogFit() {}

    /** Makes the dialog resizable with its preferred size as the minimum; returns it for chaining. */
    public static <D extends Dialog<?>> D apply(D dialog) {
        dialog.setResizable(true);
        DialogPane pane = dialog.getDialogPane();
        // the pane's preferred size is what shows all the content (wrapped text included)
        pane.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        dialog.addEventHandler(DialogEvent.DIALOG_SHOWN, e -> {
            Scene scene = pane.getScene();
            if (scene != null && scene.getWindow() instanceof Stage stage) {
                hold(stage, pane);
            }
        });
        return dialog;
    }

    /**
     * Keeps a shown window at least as large as its root's minimum (plus the window manager's frame, which is
     * only known once the window is decorated, so it is measured again whenever the window changes size).
     */
    public static void hold(Stage stage) {
        if (stage.getScene() != null && stage.getScene().getRoot() instanceof Region root) {
            hold(stage, root);
        }
    }

    /** Wider or taller than any window manager's frame: the scene has not yet caught up with a resize. */
    private static final double MAX_FRAME = 100;

    private static void hold(Stage stage, Region content) {
        boolean[] fitting = {false};
        Runnable fit = () -> {
            // setting the size fires the size listeners again; one fit at a time
            if (!fitting[0]) {
                fitting[0] = true;
                try {
                    fit(stage, content);
                } finally {
                    fitting[0] = false;
                }
            }
        };
        stage.widthProperty().addListener((o, a, b) -> fit.run());
        stage.heightProperty().addListener((o, a, b) -> fit.run());
        // openbox reports the window's new size before the scene's: measure the frame again once the scene follows
        stage.getScene().widthProperty().addListener((o, a, b) -> fit.run());
        stage.getScene().heightProperty().addListener((o, a, b) -> fit.run());
        stage.setResizable(true);
        fit.run();
    }

    private static void fit(Stage stage, Region content) {
        Scene scene = stage.getScene();
        if (scene == null) {
            return;
        }
        double frameW = frame(stage.getWidth() - scene.getWidth());
        double frameH = frame(stage.getHeight() - scene.getHeight());
        double minW = Math.ceil(content.minWidth(-1));
        double minH = Math.ceil(content.minHeight(minW));
        if (!Double.isFinite(minW) || !Double.isFinite(minH)) {
            return;
        }
        if (stage.getMinWidth() < minW + frameW) {
            stage.setMinWidth(minW + frameW);
        }
        if (stage.getMinHeight() < minH + frameH) {
            stage.setMinHeight(minH + frameH);
        }
        if (stage.getWidth() < stage.getMinWidth()) {
            stage.setWidth(stage.getMinWidth());
        }
        if (stage.getHeight() < stage.getMinHeight()) {
            stage.setHeight(stage.getMinHeight());
        }
    }

    /** The frame around the scene, or 0 while the window and scene sizes disagree by more than a frame. */
    private static double frame(double difference) {
        return difference >= 0 && difference <= MAX_FRAME ? difference : 0;
    }
}
