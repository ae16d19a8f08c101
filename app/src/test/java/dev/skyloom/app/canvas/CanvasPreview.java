package dev.skyloom.app.canvas;

import dev.skyloom.app.SampleDesigns;
import dev.skyloom.catalog.CatalogLoader;
import dev.skyloom.model.Design;
import dev.skyloom.model.sample.GeneratedDesigns;
import java.io.File;
import java.util.List;
import java.util.Map;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.util.Duration;
import javax.imageio.ImageIO;

/**
 * A developer tool to look at the canvas for real (under Xvfb): shows the sample design (or a generated
 * one of N components) with the minimap, selects a card, and writes a screenshot of the window.
 * Arguments: {@code out.png [light|dark] [N]}.
 */
public final class CanvasPreview {
    private CanvasPreview() {}

    static void show(List<String> args) {
        Stage stage = new Stage();
        String out = args.isEmpty() ? "canvas-preview.png" : args.get(0);
        boolean dark = args.size() > 1 && args.get(1).equals("dark");
        Design design = args.size() > 2
                ? GeneratedDesigns.unplaced(Integer.parseInt(args.get(2)), 42)
                : SampleDesigns.builtIn();
        DesignCanvas canvas = new DesignCanvas();
        canvas.setTheme(dark ? CanvasTheme.DARK : CanvasTheme.LIGHT);
        canvas.setCatalog(CatalogLoader.bundled());
        canvas.setDesign(design);
        if (args.size() <= 2) {
            canvas.getSelection().add("lake");
            canvas.setBadges(Map.of("lake-dr", new CanvasBadge(CanvasBadge.Level.WARNING, List.of("No failover"))));
        }
        Node overview = canvas.createOverview();
        StackPane.setAlignment(overview, Pos.BOTTOM_RIGHT);
        StackPane.setMargin(overview, new Insets(12));
        StackPane root = new StackPane(canvas, overview);
        ((javafx.scene.layout.Region) overview).setMaxSize(220, 150);
        stage.setScene(new Scene(root, 1200, 760));
        stage.show();
        PauseTransition wait = new PauseTransition(Duration.millis(1500));
        wait.setOnFinished(e -> {
            try {
                ImageIO.write(SwingFXUtils.fromFXImage(stage.getScene().snapshot(null), null), "png", new File(out));
            } catch (java.io.IOException ex) {
                throw new java.io.UncheckedIOException(ex);
            }
            Platform.exit();
        });
        wait.play();
    }

    public static void main(String[] args) {
        Platform.startup(() -> show(List.of(args)));
    }
}
