package dev.skyloom.app.export;

import dev.skyloom.app.picture.PictureFormat;
import dev.skyloom.export.DesignExporter;
import dev.skyloom.export.ExportResult;
import dev.skyloom.export.picture.PngPictureExporter;
import dev.skyloom.model.file.AtomicOutput;
import dev.skyloom.model.text.Article;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A picture of the diagram in one {@link PictureFormat} ({@code --png OUT [--scale S]}, {@code --svg
 * OUT}, {@code --pdf OUT}); the three share the designer's "Export Picture…" item.
 */
public final class PictureExport implements ExportFormat {
    static final String MENU_LABEL = "Export Picture…";

    private final PictureFormat format;
    private final Info info;

    public PictureExport(PictureFormat format) {
        this.format = Objects.requireNonNull(format, "format");
        this.info = new Info(
                format.extension(),
                format.description(),
                "." + format.extension(),
                false,
                MENU_LABEL,
                "Export a picture of the canvas",
                "Write the diagram as " + Article.of(format.description()) + " to OUT.");
    }

    public PictureFormat format() {
        return format;
    }

    @Override
    public Info info() {
        return info;
    }

    @Override
    public void check(Path target, ExportSettings settings) {
        DesignExporter.checkTarget(target);
        if (format == PictureFormat.PNG) {
            PngPictureExporter.checkScale(settings.pictureScale());
        }
    }

    @Override
    public Staged stage(ExportInput input, Path target, ExportSettings settings, AtomicOutput out) {
        ExportResult r = format.exporter(settings.pictureScale()).stageFile(input.picture(), target, out);
        String detail = "";
        if (format == PictureFormat.PNG) {
            int[] px = new PngPictureExporter(settings.pictureScale()).pixelSize(input.picture());
            detail = px[0] + " x " + px[1] + " px";
        }
        return new Staged(r.files(), r.warnings(), detail);
    }
}
