package dev.skyloom.app.export;

import dev.skyloom.export.ExportResult;
import dev.skyloom.export.terraform.TerraformExporter;
import dev.skyloom.export.terraform.TerraformFolder;
import dev.skyloom.model.file.AtomicOutput;
import dev.skyloom.model.text.Counted;
import java.nio.file.Path;

/** The Terraform skeleton folder ({@code --terraform DIR [--force]}); rules in {@link TerraformFolder}. */
public final class TerraformExport implements ExportFormat {
    private static final Info INFO = new Info(
            "terraform",
            "Terraform folder",
            "",
            true,
            "Export Terraform…",
            "Export the Terraform folder",
            "Write the Terraform skeleton into DIR.");

    @Override
    public Info info() {
        return INFO;
    }

    @Override
    public void check(Path target, ExportSettings settings) {
        TerraformFolder.check(target, settings.force());
    }

    @Override
    public Staged stage(ExportInput input, Path target, ExportSettings settings, AtomicOutput out) {
        ExportResult r = new TerraformExporter(input.catalog()).stage(input.design(), target, settings.force(), out);
        return new Staged(
                r.files(),
                r.warnings(),
                Counted.of(r.files().size(), "file") + ", "
                        + Counted.of(r.warnings().size(), "placeholder"));
    }
}
