package dev.skyloom.app;

import dev.skyloom.model.file.AtomicOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/** Writes a PNG of a scene (used for the README screenshot), atomically like every other output. */
public final class Screenshots {
    private Screenshots() {}

    public static void write(Scene scene, Path out) throws IOException {
        WritableImage image = scene.snapshot(null);
        try (AtomicOutput files = AtomicOutput.begin()) {
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                files.createFolders(parent);
            }
            try (OutputStream stream = files.open(out)) {
                if (!ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", stream)) {
                    throw new IOException("no PNG writer available");
                }
            }
            files.commit();
        }
    }
}
