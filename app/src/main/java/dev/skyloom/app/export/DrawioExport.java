package dev.skyloom.app.export;

import dev.skyloom.export.DesignExporter;
import dev.skyloom.export.ExportResult;
import dev.skyloom.export.drawio.DrawioExporter;
import dev.skyloom.model.file.AtomicOutput;
import java.nio.file.Path;

/** The draw.io file ({@code --drawio OUT}): containers, cards and routed edges with the design's ids. */
public final class DrawioExport implements ExportFormat {
    private static final Info INFO = new Info(
            "drawio",
            "draw.io diagram",
            ".drawio",
            false,
            "Export draw.io Diagram…",
            "Export a draw.io diagram",
            "Write the diagram as an uncompressed draw.io (diagrams.net) file to OUT.");

    @Override
    public Info info() {
        return INFO;
    }

    @Override
    public void check(Path target, ExportSettings settings) {
        DesignExporter.checkTarget(target);
    }

    @Override
    public Staged stage(ExportInput input, Path target, ExportSettings settings, AtomicOutput out) {
        ExportResult r = new DrawioExporter(input.catalog()).stageFile(input.design(), target, out);
        return new Staged(
                r.files(),
                r.warnings(),
                // components and connections are both draw.io cells: name each, so neither count is misread
                dev.skyloom.model.text.Counted.of(input.design().components().size(), "shape") + ", "
                        + dev.skyloom.model.text.Counted.of(
                                input.design().connections().size(), "connector"));
    }
}
