package dev.skyloom.app.cli;

import dev.skyloom.catalog.Catalog;
import dev.skyloom.model.Design;
import dev.skyloom.model.check.Checks;
import dev.skyloom.model.check.DesignCheck;
import dev.skyloom.model.check.Finding;
import dev.skyloom.model.check.ResidencyCheck;
import dev.skyloom.model.check.Severity;
import dev.skyloom.model.text.Counted;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.IModelTransformer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code skyloom check FILE [--json]}: runs every check. Exit 0 when there is no error finding, 1 when
 * there is, 2 for a bad file or usage. JSON: {@code {"summary": {"errors", "warnings", "infos"},
 * "findings": [{"severity", "check", "code", "subjects": [ids], "message"}]}} in report order.
 */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description = "Check a design: findings, exit 1 when errors are found.",
        modelTransformer = CheckCommand.CheckList.class)
public final class CheckCommand implements Callable<Integer> {
    private final List<DesignCheck> checks;

    @picocli.CommandLine.Mixin
    DesignFileArgument designFile = new DesignFileArgument();

    @Option(names = "--json", description = "Print JSON for scripts instead of text.")
    boolean json;

    @Option(
            names = "--rtt",
            paramLabel = "MEASUREMENTS",
            description = "Your own round trips between regions (CSV: from,to,rtt_ms[,source,date]), laid over.")
    Path measurements;

    @picocli.CommandLine.Mixin
    CatalogChoice catalogChoice = new CatalogChoice();

    @Spec
    CommandSpec spec;

    public CheckCommand() {
        this(Checks.standard());
    }

    /** A command running {@code checks} (the registry, {@link Checks#standard()}, or it plus test checks). */
    public CheckCommand(List<DesignCheck> checks) {
        this.checks = List.copyOf(checks);
    }

    /** Lists the registered checks and their codes under the help. */
    public static final class CheckList implements IModelTransformer {
        @Override
        public CommandSpec transform(CommandSpec spec) {
            CheckCommand command = (CheckCommand) spec.userObject();
            List<String> lines = new ArrayList<>();
            lines.add("%nChecks and the codes of their findings:");
            for (DesignCheck c : command.checks) {
                lines.add("  " + c.name());
                for (String code : c.codes()) {
                    lines.add("    " + code);
                }
            }
            spec.usageMessage().footer(lines.toArray(new String[0]));
            return spec;
        }
    }

    @Override
    public Integer call() {
        Design design = designFile.read();
        Catalog catalog = catalogChoice.catalog();
        List<Finding> findings = Checks.run(
                new dev.skyloom.model.check.DesignContext(
                        design,
                        catalog,
                        dev.skyloom.model.graph.DesignGraph.of(design),
                        LatencyInput.read(measurements)),
                checks);
        long errors = Checks.count(findings, Severity.ERROR);
        long warnings = Checks.count(findings, Severity.WARNING);
        long infos = Checks.count(findings, Severity.INFO);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.print(JsonOutput.render(g -> {
                g.writeStartObject();
                g.writeObjectFieldStart("summary");
                g.writeNumberField("errors", errors);
                g.writeNumberField("warnings", warnings);
                g.writeNumberField("infos", infos);
                g.writeEndObject();
                g.writeArrayFieldStart("findings");
                for (Finding f : findings) {
                    g.writeStartObject();
                    g.writeStringField("severity", f.severity().json());
                    g.writeStringField("check", f.check());
                    g.writeStringField("code", f.code());
                    JsonOutput.strings(g, "subjects", f.subjects());
                    g.writeStringField("message", f.message());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }));
        } else {
            out.println(TerminalWriter.inline(designFile.path()) + ": " + TerminalWriter.inline(design.name()) + " — "
                    + Counted.of(errors, "error") + ", " + Counted.of(warnings, "warning") + ", "
                    + Counted.of(infos, "info", "info"));
            for (Finding f : findings) {
                out.println(String.format("%-7s %-40s %s", f.severity().json(), f.code(), f.message()));
                if (!f.subjects().isEmpty()) {
                    String joint = f.check().equals(ResidencyCheck.NAME) ? " → " : ", ";
                    out.println("        " + String.join(joint, f.subjects()));
                }
            }
        }
        out.flush();
        return errors > 0 ? SkyloomCli.FINDINGS : SkyloomCli.OK;
    }
}
