package dev.skyloom.app.cli;

import dev.skyloom.app.export.ExportFormat;
import dev.skyloom.app.export.ExportFormats;
import dev.skyloom.app.export.ExportInput;
import dev.skyloom.app.export.ExportSettings;
import dev.skyloom.app.export.Exports;
import dev.skyloom.catalog.Catalog;
import dev.skyloom.export.ExportException;
import dev.skyloom.export.picture.PngPictureExporter;
import dev.skyloom.export.xlsx.WorkbookBaseline;
import dev.skyloom.model.Design;
import dev.skyloom.model.cost.CostEngine;
import dev.skyloom.model.file.DesignFile;
import dev.skyloom.model.file.DesignFormatException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.IModelTransformer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code skyloom export FILE [--xlsx OUT [--compare BASE]] [--terraform DIR] [--force] [--png OUT [--scale S]] [--svg OUT]
 * [--pdf OUT]}: one option per format of {@link ExportFormats}, written by {@link Exports} (the
 * designer's orchestration): every output is checked before anything is written, and all are moved
 * into place together or none is. Exit 0, or 2 with one line on stderr. What the exporters could not
 * map is printed as warnings on stderr.
 */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = "Export the design as an Excel cost workbook, a Terraform skeleton and/or pictures.",
        modelTransformer = ExportCommand.FormatOptions.class)
public final class ExportCommand implements Callable<Integer> {
    /** Warnings printed in full; the rest are counted. */
    static final int MAX_WARNINGS = 20;

    /** The id of the format {@code --compare} applies to. */
    private static final String XLSX = "xlsx";

    /** The id of the format {@code --scale} applies to. */
    private static final String PNG = "png";

    private final ExportFormats formats;

    @Parameters(index = "0", paramLabel = "FILE", description = "The design (*.skyloom.json).")
    Path file;

    @Option(
            names = "--compare",
            paramLabel = "BASE",
            description = "With --xlsx: add a Comparison sheet against BASE (a file or git:REV:PATH).")
    String compare;

    @Option(names = "--author", paramLabel = "NAME", description = "The author on the deck's title slide (--pptx).")
    String author;

    @Option(names = "--force", description = "Write into a non-empty Terraform folder that Skyloom did not create.")
    boolean force;

    @Option(
            names = "--scale",
            paramLabel = "S",
            description = "PNG pixels per canvas unit, 0.1 to 8 (default 1; 2 for sharp slides).")
    Double scale;

    @picocli.CommandLine.Mixin
    CatalogChoice catalogChoice = new CatalogChoice();

    @Spec
    CommandSpec spec;

    public ExportCommand() {
        this(ExportFormats.STANDARD);
    }

    public ExportCommand(ExportFormats formats) {
        this.formats = Objects.requireNonNull(formats, "formats");
    }

    /** Adds one option per registered format ({@code --ID OUT} or {@code --ID DIR}). */
    public static final class FormatOptions implements IModelTransformer {
        @Override
        public CommandSpec transform(CommandSpec spec) {
            ExportCommand command = (ExportCommand) spec.userObject();
            for (ExportFormat f : command.formats.all()) {
                spec.addOption(OptionSpec.builder(f.info().option())
                        .paramLabel(f.info().paramLabel())
                        .type(Path.class)
                        .description(f.info().help())
                        .build());
            }
            return spec;
        }
    }

    @Override
    public Integer call() {
        List<Exports.Request> requests = new ArrayList<>();
        for (ExportFormat f : formats.all()) {
            Path target = spec.findOption(f.info().option()).getValue();
            if (target != null) {
                requests.add(new Exports.Request(f, target));
            }
        }
        if (scale != null) {
            if (requests.stream().noneMatch(r -> r.format().info().id().equals(PNG))) {
                throw new UserInputException("export: --scale applies to --png only");
            }
            try {
                PngPictureExporter.checkScale(scale);
            } catch (IllegalArgumentException e) {
                throw new UserInputException("export: --scale: " + e.getMessage(), e);
            }
        }
        if (requests.isEmpty()) {
            throw new UserInputException("export: nothing to export; give "
                    + formats.all().stream()
                            .map(f -> f.info().option() + " " + f.info().paramLabel())
                            .collect(Collectors.joining(", ")));
        }
        if (compare != null
                && requests.stream().noneMatch(r -> r.format().info().id().equals(XLSX))) {
            throw new UserInputException("export: --compare needs --xlsx OUT");
        }
        Design design;
        try {
            design = DesignFile.read(file);
        } catch (DesignFormatException e) {
            throw new UserInputException(e.getMessage(), e);
        }
        Catalog catalog = catalogChoice.catalog();
        Optional<WorkbookBaseline> baseline =
                compare == null ? Optional.empty() : Optional.of(baseline(compare, design, catalog));
        ExportSettings settings = new ExportSettings(force, scale == null ? 1 : scale, author);
        Exports.Outcome outcome;
        try {
            Exports.check(requests, settings);
            ExportInput input = new ExportInput(design, catalog, Clock.systemDefaultZone(), baseline);
            outcome = Exports.run(input, requests, settings);
        } catch (ExportException e) {
            throw new UserInputException("export: " + e.getMessage(), e);
        }
        PrintWriter out = spec.commandLine().getOut();
        outcome.written().forEach(w -> out.println(w.line()));
        List<String> warnings = outcome.warnings();
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

    /** The baseline for {@code --compare}; its currency must be the design's (amounts are not converted). */
    private static WorkbookBaseline baseline(String source, Design design, Catalog catalog) {
        Design base = DesignSource.read(source, Path.of("."));
        if (!base.currency().equals(design.currency())) {
            throw new UserInputException("--compare " + source + ": its currency " + base.currency()
                    + " is not the design's " + design.currency() + " (amounts are not converted)");
        }
        return new WorkbookBaseline(source, new CostEngine(catalog).price(base));
    }
}
