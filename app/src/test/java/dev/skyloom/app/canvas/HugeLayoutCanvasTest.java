package dev.skyloom.app.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skyloom.model.Bounds;
import dev.skyloom.model.Component;
import dev.skyloom.model.Design;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.image.WritableImage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/**
 * The designer shows a legal 10,000,000 x 10,000,000 layout box (issue 12: it hung): the spatial index
 * keeps such a box in its list of large items instead of filling hundreds of millions of grid cells, and
 * the painter cuts the box's far sides to the view.
 */
class HugeLayoutCanvasTest {
    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void showsAndHitsATenMillionUnitBox() throws Exception {
        Design design = Design.empty("Huge")
                .withComponents(List.of(
                        new Component.Provider("near", "Near", "aws", Map.of()),
                        new Component.Provider("far", "Far", "gcp", Map.of())))
                .withLayout(Map.of(
                        "near", new Bounds(40, 40, 300, 180),
                        "far", new Bounds(400, 40, 10_000_000, 10_000_000)));
        CompletableFuture<Object[]> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                DesignCanvas canvas = new DesignCanvas();
                canvas.resize(800, 600);
                canvas.setDesign(design);
                canvas.zoomToFit();
                WritableImage image = canvas.snapshotTo(DesignCanvas.SnapshotArea.VIEW, 1);
                String hit = canvas.getDiagram()
                        .hit(5_000_000, 5_000_000, 1)
                        .map(it -> it.id())
                        .orElse("");
                done.complete(new Object[] {image, hit});
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        Object[] result = done.get();
        WritableImage image = (WritableImage) result[0];
        assertTrue(image.getWidth() > 0 && image.getHeight() > 0);
        assertEquals("far", result[1], "the big box is found at its centre");
    }
}
