package dev.skyloom.app.picture;

import dev.skyloom.export.DesignExporter;
import dev.skyloom.export.picture.DiagramPicture;
import dev.skyloom.export.picture.PdfPictureExporter;
import dev.skyloom.export.picture.PngPictureExporter;
import dev.skyloom.export.picture.SvgPictureExporter;
import java.util.Locale;

/** The picture formats, with their file extension and exporter. */
public enum PictureFormat {
    PNG("png", "PNG image"),
    SVG("svg", "SVG vector image"),
    PDF("pdf", "PDF document");

    private final String extension;
    private final String description;

    PictureFormat(String extension, String description) {
        this.extension = extension;
        this.description = description;
    }

    public String extension() {
        return extension;
    }

    public String description() {
        return description;
    }

    /** The exporter; {@code scale} only matters for PNG (pixels per world unit, 0.1 to 8). */
    public DesignExporter<DiagramPicture> exporter(double scale) {
        // exhaustive: a new format without an exporter does not compile
        return switch (this) {
            case PNG -> new PngPictureExporter(scale);
            case SVG -> new SvgPictureExporter();
            case PDF -> new PdfPictureExporter();
        };
    }

    /** The format a file name's extension names, if any ({@code slide.PNG} is PNG). */
    public static java.util.Optional<PictureFormat> ofFileName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (PictureFormat f : values()) {
            if (lower.endsWith("." + f.extension)) {
                return java.util.Optional.of(f);
            }
        }
        return java.util.Optional.empty();
    }
}
