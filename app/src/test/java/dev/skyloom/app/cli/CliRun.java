package dev.skyloom.app.cli;

import dev.skyloom.app.export.ExportFormats;
import dev.skyloom.model.check.Checks;
import dev.skyloom.model.check.DesignCheck;
import dev.skyloom.model.fixtures.ExampleFiles;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Runs the CLI in-process and captures its exit code, stdout and stderr: the one runner of the tests. */
public record CliRun(int code, String out, String err) {

    public static CliRun of(String... args) {
        return with(ExportFormats.STANDARD, Checks.standard(), args);
    }

    /** With {@code export}'s formats and {@code check}'s checks from these registries (a test's dummy added). */
    public static CliRun with(ExportFormats formats, List<DesignCheck> checks, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = SkyloomCli.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                formats,
                checks);
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    public static String example(String name) {
        return ExampleFiles.path(name).toString();
    }
}
