package dev.skyloom.app.export;

import dev.skyloom.export.DesignExporter;
import dev.skyloom.export.ExportResult;
import dev.skyloom.export.pptx.DeckExporter;
import dev.skyloom.model.file.AtomicOutput;
import java.nio.file.Path;

/** The PowerPoint deck ({@code --pptx OUT}): diagram as editable shapes, cost chart, findings, outages. */
public final class DeckExport implements ExportFormat {
    private static final Info INFO = new Info(
            "pptx",
            "PowerPoint presentation",
            ".pptx",
            false,
            "Export Presentation…",
            "Export a PowerPoint presentation",
            "Write a 16:9 PowerPoint deck (.pptx) to OUT: editable diagram, cost, findings, outages.");

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
        ExportResult r = new DeckExporter(input.catalog(), input.date(), settings.author())
                .stageFile(input.design(), target, out);
        return new Staged(r.files(), r.warnings(), "16:9 deck");
    }
}
