package dev.skyloom.app.cli;

import dev.skyloom.app.picture.PictureExports;
import dev.skyloom.app.picture.PictureFormat;
import dev.skyloom.catalog.Catalog;
import dev.skyloom.export.ExportResult;
import dev.skyloom.export.picture.DiagramPicture;
import dev.skyloom.export.picture.PngPictureExporter;
import dev.skyloom.model.Design;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The picture options of {@code skyloom export}: {@code --png OUT [--scale S]}, {@code --svg OUT},
 * {@code --pdf OUT}. The diagram is laid out as the designer's canvas lays it out; each file is written
 * to a temporary file and moved into place.
 */
public final class PictureOptions {
    @Option(names = "--png", paramLabel = "OUT", description = "Write the diagram as a PNG image to OUT.")
    Path png;

    @Option(names = "--svg", paramLabel = "OUT", description = "Write the diagram as an SVG vector image to OUT.")
    Path svg;

    @Option(names = "--pdf", paramLabel = "OUT", description = "Write the diagram as a one-page PDF to OUT.")
    Path pdf;

    @Option(
            names = "--scale",
            paramLabel = "S",
            description = "PNG pixels per canvas unit, 0.1 to 8 (default 1; 2 for sharp slides).")
    Double scale;

    /** Whether any picture was asked for. */
    boolean any() {
        return png != null || svg != null || pdf != null;
    }

    /** Refuses a bad scale, or a scale without {@code --png}, before anything is read or written. */
    void validate() {
        if (scale == null) {
            return;
        }
        if (png == null) {
            throw new UserInputException("export: --scale applies to --png only");
        }
        try {
            PngPictureExporter.checkScale(scale);
        } catch (IllegalArgumentException e) {
            throw new UserInputException("export: --scale: " + e.getMessage(), e);
        }
    }

    private Map<PictureFormat, Path> targets() {
        Map<PictureFormat, Path> t = new LinkedHashMap<>();
        if (png != null) {
            t.put(PictureFormat.PNG, png);
        }
        if (svg != null) {
            t.put(PictureFormat.SVG, svg);
        }
        if (pdf != null) {
            t.put(PictureFormat.PDF, pdf);
        }
        return t;
    }

    /** Checks every picture target (folder exists and is writable, not a folder itself). */
    void checkTargets() {
        for (Path target : targets().values()) {
            ExportCommand.checkFileTarget(target);
        }
    }

    /** Writes the pictures, prints one line per file and returns the writers' warnings. */
    List<String> write(Design design, Catalog catalog, PrintWriter out) {
        List<String> warnings = new ArrayList<>();
        if (!any()) {
            return warnings;
        }
        PictureExports exports = new PictureExports(catalog, Clock.systemDefaultZone());
        DiagramPicture picture = exports.picture(design);
        double s = scale == null ? 1 : scale;
        for (Map.Entry<PictureFormat, Path> e : targets().entrySet()) {
            ExportResult r = exports.write(picture, e.getKey(), s, e.getValue());
            warnings.addAll(r.warnings());
            String detail = "";
            if (e.getKey() == PictureFormat.PNG) {
                int[] px = new PngPictureExporter(s).pixelSize(picture);
                detail = " (" + px[0] + " x " + px[1] + " px)";
            }
            out.println("wrote " + e.getValue() + detail);
        }
        return warnings;
    }
}
