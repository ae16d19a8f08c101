package dev.skyloom.app.export;

import dev.skyloom.export.DesignExporter;
import dev.skyloom.export.ExportResult;
import dev.skyloom.export.xlsx.CostWorkbookExporter;
import dev.skyloom.export.xlsx.WorkbookDataFactory;
import dev.skyloom.model.cost.CostReport;
import dev.skyloom.model.file.AtomicOutput;
import dev.skyloom.model.text.Counted;
import java.nio.file.Path;

/** The Excel cost workbook ({@code --xlsx OUT}). */
public final class WorkbookExport implements ExportFormat {
    private static final Info INFO = new Info(
            "xlsx",
            "Excel cost workbook",
            ".xlsx",
            false,
            "Export Cost Workbook…",
            "Export the cost workbook",
            "Write the cost workbook (.xlsx) to OUT.");

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
        CostReport report = input.cost();
        CostWorkbookExporter exporter =
                input.baseline().map(CostWorkbookExporter::new).orElseGet(CostWorkbookExporter::new);
        ExportResult r = exporter.stageFile(
                WorkbookDataFactory.create(input.design(), input.catalog(), report, input.findings()), target, out);
        return new Staged(
                r.files(),
                r.warnings(),
                Counted.of(report.lines().size(), "cost line") + ", "
                        + report.unpriced().size() + " unpriced");
    }
}
