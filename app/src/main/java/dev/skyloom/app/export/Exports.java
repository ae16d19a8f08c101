package dev.skyloom.app.export;

import dev.skyloom.app.picture.PictureExports;
import dev.skyloom.app.picture.PictureFormat;
import dev.skyloom.app.service.Settings;
import dev.skyloom.catalog.Catalog;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/** The exports the designer offers, called exactly as {@code skyloom export} calls them. Any thread. */
public final class Exports {
    private Exports() {}

    /** What can be exported; the label is shown in menus and progress. */
    public enum Kind {
        WORKBOOK("Excel cost workbook", ".xlsx"),
        TERRAFORM("Terraform folder", "-terraform"),
        /** PNG, SVG or PDF by the chosen file's extension (PNG when it has none of those). */
        PICTURE("picture of the canvas", ".png");

        private final String label;
        private final String suffix;

        Kind(String label, String suffix) {
            this.label = label;
            this.suffix = suffix;
        }

        public String label() {
            return label;
        }

        /** The suggested file or folder name for a design name. */
        public String suggestedName(String designName) {
            String base = designName.isBlank() ? "design" : designName.strip().replaceAll("[^A-Za-z0-9._-]+", "-");
            return base + suffix;
        }
    }

    /** Refuses a target that cannot be written, before anything is written. */
    public static void check(Kind kind, Path target, boolean force) {
        if (kind == Kind.TERRAFORM) {
            TerraformFolder.check(target, force);
            return;
        }
        Path absolute = target.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            throw new ExportException(target + ": is a directory");
        }
        Path parent = absolute.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new ExportException(target + ": folder " + parent + " does not exist");
        }
    }

    /** PNG pixels per world unit for pictures from the designer until the user picks another. */
    public static final double PICTURE_SCALE = Settings.DEFAULT_PICTURE_SCALE;

    /** Writes one export (a PNG at {@link #PICTURE_SCALE}); {@link ExportException} carries a message for the user. */
    public static ExportResult write(Kind kind, Design design, Catalog catalog, Path target, boolean force) {
        return write(kind, design, catalog, target, force, PICTURE_SCALE);
    }

    /**
     * Writes one export; {@code pictureScale} is the PNG's pixels per world unit (as {@code skyloom export
     * --png OUT --scale S}). {@link ExportException} carries a message for the user.
     */
    public static ExportResult write(
            Kind kind, Design design, Catalog catalog, Path target, boolean force, double pictureScale) {
        check(kind, target, force);
        if (kind == Kind.TERRAFORM) {
            return new TerraformExporter(catalog).write(design, target, force);
        }
        if (kind == Kind.PICTURE) {
            PictureFormat format =
                    PictureFormat.ofFileName(target.getFileName().toString()).orElse(PictureFormat.PNG);
            return new PictureExports(catalog, Clock.systemDefaultZone()).write(design, format, pictureScale, target);
        }
        CostReport report = new CostEngine(catalog).price(design);
        return new CostWorkbookExporter()
                .writeFile(WorkbookDataFactory.create(design, catalog, report, Checks.runAll(design, catalog)), target);
    }

    /** The folder to open after an export: the Terraform folder itself, or the workbook's folder. */
    public static Path folderOf(Kind kind, Path target) {
        Path abs = target.toAbsolutePath();
        return kind == Kind.TERRAFORM || abs.getParent() == null ? abs : abs.getParent();
    }
}
