package dev.skyloom.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/** Writes a PNG of a scene (used for the README screenshot). */
public final class Screenshots {
    private Screenshots() {}

    public static void write(Scene scene, Path out) throws IOException {
        WritableImage image = scene.snapshot(null);
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        if (!ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out.toFile())) {
            throw new IOException("no PNG writer available");
        }
    }
}
