package dev.skyloom.app.canvas;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skyloom.app.OnFx;
import dev.skyloom.app.SampleDesigns;
import dev.skyloom.catalog.CatalogLoader;
import dev.skyloom.export.diagram.Diagram;
import dev.skyloom.export.diagram.Rect;
import java.io.File;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** Renders the sample design to an image (also written to target/ for a look) and checks it has content. */
class CanvasSnapshotTest {

    @BeforeAll
    static void startToolkit() throws Exception {
        // through TestFX, so robot tests that run later in this JVM find the toolkit set up their way
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void snapshotOfSampleDesignShowsEveryCardInColour() throws Exception {
        for (CanvasTheme theme : List.of(CanvasTheme.LIGHT, CanvasTheme.DARK)) {
            WritableImage image = OnFx.call(() -> {
                DesignCanvas canvas = new DesignCanvas();
                canvas.setTheme(theme);
                canvas.setCatalog(CatalogLoader.bundled());
                canvas.setDesign(SampleDesigns.builtIn());
                canvas.setBadges(
                        Map.of("lake", new CanvasBadge(CanvasBadge.Level.ERROR, List.of("EU data leaves the EU"))));
                canvas.setHighlight(List.of("training", "training-reads-lake", "lake"));
                canvas.setDimmed(Set.of());
                return canvas.snapshotTo(DesignCanvas.SnapshotArea.DESIGN, 1.5);
            });
            File out = new File("target/canvas-sample-" + theme.name() + ".png");
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out);
            Rect extent = OnFx.call(() -> Diagram.of(SampleDesigns.builtIn()).extent());
            assertTrue(image.getWidth() >= (extent.w() + 80) * 1.5 - 2, "whole design at scale 1.5");
            PixelReader px = image.getPixelReader();
            javafx.scene.paint.Color bg = theme.background();
            int differing = 0;
            for (int y = 0; y < image.getHeight(); y += 4) {
                for (int x = 0; x < image.getWidth(); x += 4) {
                    if (!px.getColor(x, y).equals(bg)) {
                        differing++;
                    }
                }
            }
            assertTrue(differing > 1000, "drawn content, not just background: " + differing);
        }
    }
}
