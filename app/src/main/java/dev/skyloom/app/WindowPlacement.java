package dev.skyloom.app;

import javafx.animation.PauseTransition;
import javafx.beans.InvalidationListener;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * Keeps a restored window where and as large as it was while the window manager settles it. Some managers
 * decorate a window after it maps and shift its frame by the decorations (under fluxbox the window crept
 * down by its title bar on every start) or map it at 200×200 first (openbox): for a short while after the
 * window shows, such a change is undone. Later moves and resizes are the user's and are left alone.
 */
final class WindowPlacement {
    /** How long after showing a move or resize counts as the window manager's. */
    private static final Duration SETTLING = Duration.seconds(2);
    /** A shift this small is a frame's decoration, not a user's move. */
    private static final double DECORATION = 64;
    /** Bounded, so a manager that insists cannot make the window fight it forever. */
    private static final int MAX_CORRECTIONS = 6;

    private final Stage stage;
    private final double x;
    private final double y;
    private final double width;
    private final double height;
    private int corrections;
    private boolean settling = true;

    WindowPlacement(Stage stage, double x, double y, double width, double height) {
        this.stage = stage;
        this.x = x;
        this.y = y;
        this.width = width;
        this.height = height;
    }

    /** Starts watching when the window shows. */
    void hold() {
        InvalidationListener check = o -> correct();
        stage.xProperty().addListener(check);
        stage.yProperty().addListener(check);
        stage.widthProperty().addListener(check);
        stage.heightProperty().addListener(check);
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWN, e -> {
            correct();
            PauseTransition end = new PauseTransition(SETTLING);
            end.setOnFinished(f -> {
                correct();
                settling = false;
                stage.xProperty().removeListener(check);
                stage.yProperty().removeListener(check);
                stage.widthProperty().removeListener(check);
                stage.heightProperty().removeListener(check);
            });
            end.play();
        });
    }

    private void correct() {
        if (!settling
                || !stage.isShowing()
                || stage.isMaximized()
                || stage.isFullScreen()
                || stage.getScene() == null
                || corrections >= MAX_CORRECTIONS) {
            return;
        }
        boolean placed = Double.isFinite(x) && Double.isFinite(y);
        if (placed && (stage.getX() != x || stage.getY() != y) && near(stage.getX(), x) && near(stage.getY(), y)) {
            corrections++;
            stage.setX(x);
            stage.setY(y);
        }
        double sceneW = stage.getScene().getWidth();
        double sceneH = stage.getScene().getHeight();
        double frameW = stage.getWidth() - sceneW;
        double frameH = stage.getHeight() - sceneH;
        // only while the frame reads as a frame: mid-mapping the two sizes can disagree wildly
        if (sceneW > 0
                && sceneH > 0
                && (sceneW != width || sceneH != height)
                && frameW >= 0
                && frameW <= DECORATION
                && frameH >= 0
                && frameH <= DECORATION) {
            corrections++;
            stage.setWidth(width + frameW);
            stage.setHeight(height + frameH);
        }
    }

    /** Whether a coordinate is at most a decoration away (a larger move is a real one and left alone). */
    private static boolean near(double now, double wanted) {
        return Math.abs(now - wanted) <= DECORATION;
    }
}
