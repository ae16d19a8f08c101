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
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
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
import picocli.CommandLine.Spec;

/**
 * {@code skyloom export FILE [--xlsx OUT [--compare BASE]] [--terraform DIR] [--force] [--png OUT [--scale S]] [--svg OUT]
 * [--pdf OUT]}, where a file OUT may be {@code -} for standard output: one option per format of {@link ExportFormats}, written by {@link Exports} (the
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

    /** The target that means standard output. */
    static final Path STANDARD_OUTPUT = Path.of("-");

    private final ExportFormats formats;

    /** Where a file given as {@code -} is copied, byte for byte. */
    private final OutputStream standardOutput;

    @picocli.CommandLine.Mixin
    DesignFileArgument designFile = new DesignFileArgument();

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
        this(ExportFormats.STANDARD, System.out);
    }

    public ExportCommand(ExportFormats formats, OutputStream standardOutput) {
        this.formats = Objects.requireNonNull(formats, "formats");
        this.standardOutput = Objects.requireNonNull(standardOutput, "standardOutput");
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
        Optional<Exports.Request> toStandardOutput = standardOutputRequest(requests);
        Design design = designFile.read();
        Catalog catalog = catalogChoice.catalog();
        Optional<WorkbookBaseline> baseline =
                compare == null ? Optional.empty() : Optional.of(baseline(compare, design, catalog));
        ExportSettings settings = new ExportSettings(force, scale == null ? 1 : scale, author);
        Exports.Outcome outcome;
        Path privateFolder = null;
        try {
            List<Exports.Request> run = requests;
            if (toStandardOutput.isPresent()) {
                // Written like any file (checked, complete or not at all), then copied: stdout gets whole outputs only.
                privateFolder = Files.createTempDirectory("skyloom-stdout-");
                Exports.Request r = toStandardOutput.get();
                Exports.Request staged = new Exports.Request(
                        r.format(),
                        privateFolder.resolve("output" + r.format().info().extension()));
                run = requests.stream().map(q -> q == r ? staged : q).collect(Collectors.toList());
                outcome = runExports(design, catalog, baseline, run, settings);
                Files.copy(staged.target(), standardOutput);
                standardOutput.flush();
            } else {
                outcome = runExports(design, catalog, baseline, run, settings);
            }
        } catch (IOException e) {
            throw new UserInputException("export: standard output: " + e.getMessage(), e);
        } finally {
            deleteQuietly(privateFolder);
        }
        // With '-' standard output carries the file itself, so the report goes to stderr.
        PrintWriter out = toStandardOutput.isPresent()
                ? spec.commandLine().getErr()
                : spec.commandLine().getOut();
        for (Exports.Written w : outcome.written()) {
            boolean piped = toStandardOutput.isPresent()
                    && w.request().format() == toStandardOutput.get().format();
            out.println(piped ? new Exports.Written(toStandardOutput.get(), w.staged()).line() : w.line());
        }
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

    private static Exports.Outcome runExports(
            Design design,
            Catalog catalog,
            Optional<WorkbookBaseline> baseline,
            List<Exports.Request> requests,
            ExportSettings settings) {
        try {
            Exports.check(requests, settings);
            ExportInput input = new ExportInput(design, catalog, Clock.systemDefaultZone(), baseline);
            return Exports.run(input, requests, settings);
        } catch (ExportException e) {
            throw new UserInputException("export: " + e.getMessage(), e);
        }
    }

    /** The one file output given as {@code -}, if any; a folder or a second one is refused. */
    private static Optional<Exports.Request> standardOutputRequest(List<Exports.Request> requests) {
        List<Exports.Request> piped = requests.stream()
                .filter(r -> r.target().equals(STANDARD_OUTPUT))
                .collect(Collectors.toList());
        if (piped.size() > 1) {
            throw new UserInputException("export: only one output can go to standard output ('-'), not "
                    + piped.stream().map(r -> r.format().info().option()).collect(Collectors.joining(" and ")));
        }
        if (!piped.isEmpty() && piped.get(0).format().info().needsFolder()) {
            throw new UserInputException(
                    "export: " + piped.get(0).format().info().option()
                            + " writes a folder; it cannot go to standard output ('-')");
        }
        return piped.stream().findFirst();
    }

    /** Removes this run's private folder for a {@code -} output, whatever happened. */
    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (var files = Files.list(folder)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            // a leftover in the temp folder is harmless; the export's result stands
        }
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
