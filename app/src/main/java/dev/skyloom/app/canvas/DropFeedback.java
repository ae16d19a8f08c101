package dev.skyloom.app.canvas;

import java.util.Optional;
import javafx.geometry.Point2D;

/**
 * What a palette drag over the canvas shows: the container the item would land in, outlined in green or red,
 * and the reason in the tip; cleared when the drag leaves or ends.
 */
final class DropFeedback {
    private final DesignCanvas canvas;

    DropFeedback(DesignCanvas canvas) {
        this.canvas = canvas;
    }

    void show(double sceneX, double sceneY, boolean accepted, String text) {
        PaintState state = canvas.state();
        state.dropActive = true;
        state.dropAccepted = accepted;
        state.dropTarget = canvas.containerAt(sceneX, sceneY).orElse(null);
        if (text == null || text.isBlank()) {
            canvas.tip().setVisible(false);
        } else {
            Point2D p = canvas.sceneToLocal(sceneX, sceneY);
            canvas.showLabel(canvas.tip(), text, p.getX() + 16, p.getY() + 18, accepted ? "accept" : "refuse");
        }
        canvas.redraw();
    }

    void show(Optional<String> containerId, boolean allowed) {
        PaintState state = canvas.state();
        state.dropActive = true;
        state.dropAccepted = allowed;
        state.dropTarget = containerId.orElse(null);
        canvas.redraw();
    }

    void clear() {
        PaintState state = canvas.state();
        state.dropActive = false;
        state.dropTarget = null;
        canvas.tip().setVisible(false);
        canvas.redraw();
    }
}
