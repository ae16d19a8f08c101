package dev.skyloom.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.skyloom.catalog.Catalog;
import dev.skyloom.export.tfimport.TerraformImport;
import dev.skyloom.export.tfimport.TerraformImportException;
import dev.skyloom.model.check.Checks;
import dev.skyloom.model.check.Finding;
import dev.skyloom.model.check.Severity;
import dev.skyloom.model.cost.CostEngine;
import dev.skyloom.model.cost.CostReport;
import dev.skyloom.model.file.DesignFile;
import dev.skyloom.model.text.Counted;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code skyloom import SOURCE... [--out FILE] [--name NAME] [--json] [--all-compute] [--force]}: turns the
 * estate in Terraform plan/state JSON or a folder of {@code .tf} files into a laid-out design, prints the import
 * report with the design's errors, warnings and monthly cost, and writes the design only with {@code --out}
 * (an existing file only with {@code --force}). Exit 0, or 2 for a bad source or option; nothing is written
 * when the import fails.
 */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = "Import an estate from Terraform plan/state JSON or a folder of .tf files.")
public final class ImportCommand implements Callable<Integer> {
    @Parameters(
            arity = "1..*",
            paramLabel = "SOURCE",
            description = "`terraform show -json` output (plan or state), a state file, or a folder of .tf files.")
    List<Path> sources;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the design here (*.skyloom.json).")
    Path out;

    @Option(names = "--name", paramLabel = "NAME", description = "The design's name.")
    String name;

    @Option(names = "--json", description = "Print the report as JSON.")
    boolean json;

    @Option(names = "--all-compute", description = "Draw compute without accelerators too (listed only by default).")
    boolean allCompute;

    @Option(names = "--force", description = "Replace FILE if it exists.")
    boolean force;

    @picocli.CommandLine.Mixin
    CatalogChoice catalogChoice = new CatalogChoice();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (out != null) {
            if (Files.exists(out, LinkOption.NOFOLLOW_LINKS) && !force) {
                throw new UserInputException(out + ": exists; give --force to replace it");
            }
            if (Files.exists(out, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(out, LinkOption.NOFOLLOW_LINKS)) {
                throw new UserInputException(out + ": not a regular file");
            }
        }
        Catalog catalog = catalogChoice.catalog();
        TerraformImport.Result result;
        try {
            result = TerraformImport.run(sources, Optional.ofNullable(name), allCompute, catalog);
        } catch (TerraformImportException e) {
            throw new UserInputException(e.getMessage(), e);
        }
        List<Finding> findings = Checks.runAll(result.design(), catalog);
        CostReport cost = new CostEngine(catalog).price(result.design());
        if (out != null) {
            try {
                DesignFile.save(result.design(), out);
            } catch (IOException e) {
                throw new UserInputException(out + ": cannot write: " + e.getMessage(), e);
            }
        }
        PrintWriter w = spec.commandLine().getOut();
        if (json) {
            ObjectNode root = new ObjectMapper().createObjectNode();
            root.set("report", result.report().toJson());
            ObjectNode summary = root.putObject("summary");
            summary.put("components", result.design().components().size());
            summary.put("errors", Checks.count(findings, Severity.ERROR));
            summary.put("warnings", Checks.count(findings, Severity.WARNING));
            // null when every line is unpriced, as in cost --json
            if (cost.total().monthly().isPresent()) {
                summary.put("monthly", cost.total().monthly().get().toPlainString());
            } else {
                summary.putNull("monthly");
            }
            summary.put("currency", cost.currency());
            summary.put("unpriced", cost.unpriced().size());
            if (out != null) {
                root.put("out", out.toString());
            }
            w.println(root.toPrettyString());
        } else {
            w.print(result.report().text());
            w.println("Design: " + Counted.of(result.design().components().size(), "component") + "; "
                    + Counted.of(Checks.count(findings, Severity.ERROR), "error") + ", "
                    + Counted.of(Checks.count(findings, Severity.WARNING), "warning") + "; "
                    + (cost.total().isUnpriced() ? "cost " : "")
                    + cost.total().text(m -> m.toPlainString() + " " + cost.currency() + " a month"));
            w.println(out == null ? "Nothing written (give --out FILE to save the design)." : "Wrote " + out);
        }
        w.flush();
        return SkyloomCli.OK;
    }
}
