package dev.skyloom.app;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.StageStyle;

/**
 * What a robot test waits for before its first step, called from its {@code @BeforeEach}: the designer's
 * window is showing, the catalog (loaded after the first frame) has reached the palette, inspector and
 * canvas, and a layout pass has given the canvas its size and diagram. Without it a test raced the catalog
 * load and the first layout, which on a loaded machine could come after the test's first drag.
 */
public final class DesignerReady {
    private DesignerReady() {}

    /**
     * A new stage for a designer under test, instead of TestFX's primary stage. The primary stage lives as
     * long as the test JVM: a designer built on it stays reachable from the handlers it adds there (window
     * placement, autosave, full screen), and the stage keeps its size, place and full-screen state for the
     * next test class. A stage of its own is hidden after the test and goes with its designer. Undecorated
     * as TestFX's primary stage, which the tests were written against (under Xvfb a window manager would
     * otherwise add a title bar and move the window).
     */
    public static Stage ownStage() {
        return new Stage(StageStyle.UNDECORATED);
    }

    public static void await(MainWindow window) {
        Eventually.until(() -> showing(window) && (window.catalog().isPresent() || catalogFailed(window)));
        if (window.catalog().isEmpty()) {
            throw new AssertionError("the designer under test could not load its catalog");
        }
        Scene scene = window.canvas().getScene();
        FxPulses.await(scene, 2);
        Eventually.until(() -> window.canvas().getWidth() > 0
                && window.canvas().getHeight() > 0
                && window.canvas().getDiagram() != null
                && window.palette().tree().getRoot() != null);
    }

    private static boolean showing(MainWindow window) {
        Scene scene = window.canvas().getScene();
        return scene != null && scene.getWindow() instanceof Stage stage && stage.isShowing() && scene.getWidth() > 0;
    }

    // the status bar says so when the load failed (an error dialog is shown too)
    private static boolean catalogFailed(MainWindow window) {
        for (Node n : window.canvas().getScene().getRoot().lookupAll(".label")) {
            if (n instanceof Label l && "Catalog unavailable".equals(l.getText())) {
                return true;
            }
        }
        return false;
    }
}
