package dev.skyloom.app.palette;

import java.util.Optional;
import javafx.geometry.Point2D;

/** What the palette needs from the canvas while dragging an item over it. */
public interface DropTarget {
    /** True when the scene point lies over the visible canvas. */
    boolean containsScenePoint(double sceneX, double sceneY);

    /** The innermost container (provider or region) under the scene point; empty for bare canvas. */
    Optional<String> containerAt(double sceneX, double sceneY);

    /** The scene point in design coordinates. */
    Point2D sceneToDesign(double sceneX, double sceneY);

    /** Highlights where the drop would land (green) or that it would be refused (red). */
    void showDropFeedback(Optional<String> containerId, boolean allowed);

    void clearDropFeedback();

    /** Shows a short message next to the pointer for a few seconds (a refused drop or connection). */
    void showMessageAt(double sceneX, double sceneY, String message);
}
