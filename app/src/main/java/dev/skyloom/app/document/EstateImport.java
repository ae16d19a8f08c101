package dev.skyloom.app.document;

import dev.skyloom.app.service.DialogService;
import dev.skyloom.app.service.FileChooserService;
import dev.skyloom.app.service.TaskExecutor;
import dev.skyloom.catalog.Catalog;
import dev.skyloom.export.tfimport.ImportReport;
import dev.skyloom.export.tfimport.TerraformImport;
import dev.skyloom.export.tfimport.TerraformImportException;
import dev.skyloom.model.Design;
import dev.skyloom.model.check.Checks;
import dev.skyloom.model.check.Finding;
import dev.skyloom.model.check.Severity;
import dev.skyloom.model.cost.CostEngine;
import dev.skyloom.model.cost.CostReport;
import dev.skyloom.model.text.Counted;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * File → Import from Terraform…: asks for a plan/state JSON file or a folder of {@code .tf} files, imports it
 * off the FX thread, opens the result as a new unsaved design (the live checks and costs then run on it) and
 * shows the import report with what the estate costs and how many errors and warnings it has.
 */
public final class EstateImport {
    public static final String PLAN_OR_STATE = "A plan or state JSON file (terraform show -json)";
    public static final String FOLDER = "A folder of .tf files";

    private final DocumentViewModel vm;
    private final DialogService dialogs;
    private final FileChooserService chooser;
    private final TaskExecutor tasks;
    private final Supplier<Optional<Catalog>> catalog;

    public EstateImport(
            DocumentViewModel vm,
            DialogService dialogs,
            FileChooserService chooser,
            TaskExecutor tasks,
            Supplier<Optional<Catalog>> catalog) {
        this.vm = Objects.requireNonNull(vm);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.chooser = Objects.requireNonNull(chooser);
        this.tasks = Objects.requireNonNull(tasks);
        this.catalog = Objects.requireNonNull(catalog);
    }

    /** What an import gives the designer: the design, its report and a one-paragraph summary. */
    public record Outcome(Design design, ImportReport report, String summary) {}

    public void run() {
        Optional<Catalog> c = catalog.get();
        if (c.isEmpty()) {
            dialogs.showError("Import from Terraform", "The catalog is still loading; try again in a moment.");
            return;
        }
        if (!vm.confirmDiscard()) {
            return;
        }
        Optional<String> kind = dialogs.choose(
                "Import from Terraform", "Import the estate from", List.of(PLAN_OR_STATE, FOLDER), PLAN_OR_STATE);
        if (kind.isEmpty()) {
            return;
        }
        Optional<Path> source = kind.get().equals(FOLDER)
                ? chooser.chooseTerraformFolder(Optional.empty())
                : chooser.chooseTerraformJson(Optional.empty());
        source.ifPresent(path -> tasks.submit(
                () -> importFrom(path, c.get()),
                outcome -> {
                    vm.replace(outcome.design(), Optional.empty(), true);
                    dialogs.showInfo(
                            "Imported from Terraform",
                            outcome.summary() + "\n\n" + outcome.report().text());
                },
                e -> dialogs.showError(
                        "Cannot import from Terraform",
                        e instanceof TerraformImportException ? e.getMessage() : path + ": " + e.getMessage())));
    }

    /** Imports, checks and prices; runs on a worker. */
    public static Outcome importFrom(Path source, Catalog catalog) {
        TerraformImport.Result result = TerraformImport.run(List.of(source), Optional.empty(), false, catalog);
        List<Finding> findings = Checks.runAll(result.design(), catalog);
        CostReport cost = new CostEngine(catalog).price(result.design());
        long errors = Checks.count(findings, Severity.ERROR);
        long warnings = Checks.count(findings, Severity.WARNING);
        String summary = (cost.total().isUnpriced() ? "The imported estate's cost is " : "The imported estate costs ")
                + cost.total().text(m -> m.toPlainString() + " " + cost.currency() + " a month")
                + "; the checks find " + Counted.of(errors, "error") + " and " + Counted.of(warnings, "warning")
                + ", listed under Problems."
                + " It is a new, unsaved design: save it to keep it.";
        return new Outcome(result.design(), result.report(), summary);
    }
}
