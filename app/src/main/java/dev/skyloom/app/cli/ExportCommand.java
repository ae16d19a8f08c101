package dev.skyloom.app.cli;

import dev.skyloom.app.Counted;
import dev.skyloom.catalog.Catalog;
import dev.skyloom.catalog.CatalogLoader;
import dev.skyloom.export.ExportException;
import dev.skyloom.export.ExportResult;
import dev.skyloom.export.terraform.TerraformExporter;
import dev.skyloom.export.terraform.TerraformFolder;
import dev.skyloom.export.xlsx.CostWorkbookExporter;
import dev.skyloom.export.xlsx.WorkbookDataFactory;
import dev.skyloom.model.Design;
import dev.skyloom.model.check.Checks;
import dev.skyloom.model.cost.CostEngine;
import dev.skyloom.model.cost.CostReport;
import dev.skyloom.model.file.DesignFile;
import dev.skyloom.model.file.DesignFormatException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code skyloom export FILE [--xlsx OUT] [--terraform DIR] [--force] [--png OUT [--scale S]] [--svg OUT]
 * [--pdf OUT]}: the Excel cost workbook, the Terraform skeleton and pictures of the diagram ({@link
 * PictureOptions}). Every output is checked before anything is written; a Terraform folder that
 * is not empty and was not made by Skyloom is refused without {@code --force}. Exit 0, or 2 with one
 * line on stderr. What the exporters could not map is printed as warnings on stderr.
 */
@Command(
        name = "export",
        description = "Export the design as an Excel cost workbook, a Terraform skeleton and/or pictures.")
public final class ExportCommand implements Callable<Integer> {
    /** Warnings printed in full; the rest are counted. */
    static final int MAX_WARNINGS = 20;

    @Parameters(index = "0", paramLabel = "FILE", description = "The design (*.skyloom.json).")
    Path file;

    @Option(names = "--xlsx", paramLabel = "OUT", description = "Write the cost workbook (.xlsx) to OUT.")
    Path xlsx;

    @Option(names = "--terraform", paramLabel = "DIR", description = "Write the Terraform skeleton into DIR.")
    Path terraform;

    @Option(names = "--force", description = "Write into a non-empty Terraform folder that Skyloom did not create.")
    boolean force;

    @Mixin
    PictureOptions pictures = new PictureOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        pictures.validate();
        if (xlsx == null && terraform == null && !pictures.any()) {
            throw new UserInputException(
                    "export: nothing to export; give --xlsx OUT, --terraform DIR, --png OUT, --svg OUT and/or --pdf OUT");
        }
        Design design;
        try {
            design = DesignFile.read(file);
        } catch (DesignFormatException e) {
            throw new UserInputException(e.getMessage(), e);
        }
        Catalog catalog = CatalogLoader.bundled();
        PrintWriter out = spec.commandLine().getOut();
        List<String> warnings = new ArrayList<>();
        try {
            if (xlsx != null) {
                checkFileTarget(xlsx);
            }
            if (terraform != null) {
                TerraformFolder.check(terraform, force);
            }
            pictures.checkTargets();
            if (xlsx != null) {
                CostReport report = new CostEngine(catalog).price(design);
                ExportResult r = new CostWorkbookExporter()
                        .writeFile(
                                WorkbookDataFactory.create(design, catalog, report, Checks.runAll(design, catalog)),
                                xlsx);
                warnings.addAll(r.warnings());
                out.println("wrote " + xlsx + " (" + report.lines().size() + " cost lines, "
                        + report.unpriced().size() + " unpriced)");
            }
            if (terraform != null) {
                ExportResult r = new TerraformExporter(catalog).write(design, terraform, force);
                warnings.addAll(r.warnings());
                out.println("wrote " + terraform + " (" + Counted.of(r.files().size(), "file") + ", "
                        + Counted.of(r.warnings().size(), "placeholder") + ")");
            }
            warnings.addAll(pictures.write(design, catalog, out));
        } catch (ExportException e) {
            throw new UserInputException("export: " + e.getMessage(), e);
        }
        PrintWriter err = spec.commandLine().getErr();
        for (int i = 0; i < warnings.size() && i < MAX_WARNINGS; i++) {
            err.println("warning: " + SkyloomCli.oneLine(warnings.get(i)));
        }
        if (warnings.size() > MAX_WARNINGS) {
            err.println(
                    "warning: ... and " + (warnings.size() - MAX_WARNINGS) + " more (see the README.md of the export)");
        }
        return SkyloomCli.OK;
    }

    /** A file target must not be a folder, and its folder must exist and be writable. */
    static void checkFileTarget(Path target) {
        Path absolute = target.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            throw new ExportException(target + ": is a directory");
        }
        Path parent = absolute.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new ExportException(target + ": folder " + parent + " does not exist");
        }
        if (!Files.isWritable(parent)) {
            throw new ExportException(target + ": folder " + parent + " is not writable");
        }
    }
}
