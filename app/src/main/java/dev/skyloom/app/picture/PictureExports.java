package dev.skyloom.app.picture;

import dev.skyloom.catalog.Catalog;
import dev.skyloom.export.ExportResult;
import dev.skyloom.export.diagram.Diagram;
import dev.skyloom.export.diagram.DiagramLabels;
import dev.skyloom.export.diagram.DiagramStyle;
import dev.skyloom.export.picture.AwtTextMeasure;
import dev.skyloom.export.picture.DiagramPicture;
import dev.skyloom.export.picture.DiagramPictures;
import dev.skyloom.export.picture.PngPictureExporter;
import dev.skyloom.model.Design;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Exports a design's diagram as PNG, SVG or PDF; used by {@code skyloom export} and by the designer's
 * export action (which passes the canvas' current diagram and theme). Files are written atomically
 * (temporary file, then move); failures are {@link dev.skyloom.export.ExportException}s naming the file.
 */
public final class PictureExports {
    private final Optional<Catalog> catalog;
    private final Clock clock;

    public PictureExports(Catalog catalog, Clock clock) {
        this.catalog = Optional.ofNullable(catalog);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The picture of a design, laid out as the canvas lays it out, in the light style. */
    public DiagramPicture picture(Design design) {
        return picture(Diagram.of(design), DiagramStyle.LIGHT);
    }

    /** The picture of a diagram in a style, its texts measured with the bundled font. */
    public DiagramPicture picture(Diagram diagram, DiagramStyle style) {
        return picture(diagram, DiagramLabels.of(diagram, catalog, AwtTextMeasure.shared()), style);
    }

    /** The picture of what a canvas shows: its diagram, the texts it fitted and placed, its style. */
    public DiagramPicture picture(Diagram diagram, DiagramLabels labels, DiagramStyle style) {
        return DiagramPictures.of(diagram, labels, catalog, style, LocalDate.now(clock));
    }

    /**
     * Writes a picture to {@code file}.
     *
     * @param scale PNG pixels per world unit (ignored by SVG and PDF)
     * @throws IllegalArgumentException for a PNG scale outside 0.1 to 8
     */
    public ExportResult write(DiagramPicture picture, PictureFormat format, double scale, Path file) {
        return format.exporter(scale).writeFile(picture, file);
    }

    public ExportResult write(Design design, PictureFormat format, double scale, Path file) {
        if (format == PictureFormat.PNG) {
            PngPictureExporter.checkScale(scale);
        }
        return write(picture(design), format, scale, file);
    }
}
