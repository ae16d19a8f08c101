package dev.skyloom.app.canvas;

import javafx.application.Platform;
import javafx.scene.canvas.Canvas;

/**
 * When the canvas paints: a change asks for the next pulse, several changes in one pulse paint once, and the
 * paint runs after that pulse's layout pass. Counts its paints for the harness.
 */
final class PaintSchedule {
    private final DesignCanvas canvas;
    private final Canvas target;
    private boolean dirty;
    private long paints;

    /**
     * Paints after the layout pass of the pulse in which the view changed: a change made by an animation
     * timer or an event handler shows in that same pulse (an animation timer started from another timer
     * would only run in the next one, so every second pulse showed nothing new).
     */
    private final Runnable paintAfterLayout = () -> {
        if (dirty) {
            paintNow();
        }
    };

    PaintSchedule(DesignCanvas canvas, Canvas target) {
        this.canvas = canvas;
        this.target = target;
        canvas.sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.removePostLayoutPulseListener(paintAfterLayout);
            }
            if (scene != null) {
                scene.addPostLayoutPulseListener(paintAfterLayout);
                redraw();
            }
        });
    }

    void redraw() {
        if (!dirty) {
            dirty = true;
            Platform.requestNextPulse();
        }
    }

    void paintNow() {
        dirty = false;
        paints++;
        Viewport v = canvas.viewport();
        if (v.width() <= 0 || v.height() <= 0) {
            return;
        }
        canvas.painter()
                .paint(target.getGraphicsContext2D(), canvas.getDiagram(), canvas.getLabels(), v, canvas.state(), true);
    }

    long paintCount() {
        return paints;
    }
}
