package dev.skyloom.app.cli;

import dev.skyloom.app.export.ExportFormats;
import java.io.PrintStream;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line: {@code check}, {@code cost}, {@code simulate}, {@code export}, {@code catalog}, {@code
 * diff}. Exit
 * codes: 0 fine, 1 errors found, 2 bad input or usage. Errors are one line on stderr, never a stack
 * trace.
 */
@Command(
        name = "skyloom",
        mixinStandardHelpOptions = true,
        version = "skyloom 0.1.0",
        description = "Design, check, price and export multi-cloud AI infrastructure.",
        subcommands = {
            CheckCommand.class,
            CostCommand.class,
            SimulateCommand.class,
            LatencyCommand.class,
            ExportCommand.class,
            CatalogCommand.class,
            DiffCommand.class
        })
public final class SkyloomCli implements Runnable {
    public static final int OK = 0;
    public static final int FINDINGS = 1;
    public static final int BAD_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (try --help)");
    }

    /** Whether these arguments ask for the designer rather than a command. */
    public static boolean isGuiInvocation(String[] args) {
        if (args.length == 0) {
            return true;
        }
        String first = args[0];
        return first.equals("open") || first.startsWith("--screenshot") || first.endsWith(".skyloom.json");
    }

    /** Runs a command line and returns its exit code; never throws. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, ExportFormats.STANDARD);
    }

    /** As {@link #run(String[], PrintStream, PrintStream)}, with {@code export}'s options from {@code formats}. */
    public static int run(String[] args, PrintStream out, PrintStream err, ExportFormats formats) {
        PrintWriter outWriter = new PrintWriter(out, true);
        PrintWriter errWriter = new PrintWriter(err, true);
        CommandLine.IFactory defaults = CommandLine.defaultFactory();
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                return type == ExportCommand.class ? type.cast(new ExportCommand(formats)) : defaults.create(type);
            }
        };
        CommandLine cli = new CommandLine(new SkyloomCli(), factory);
        cli.setOut(outWriter);
        cli.setErr(errWriter);
        cli.setParameterExceptionHandler((ex, a) -> {
            errWriter.println("skyloom: " + oneLine(ex.getMessage()));
            return BAD_INPUT;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof UserInputException u) {
                errWriter.println("skyloom: " + oneLine(u.getMessage()));
                return BAD_INPUT;
            }
            errWriter.println("skyloom: internal error: " + oneLine(String.valueOf(ex)));
            return BAD_INPUT;
        });
        return cli.execute(args);
    }

    static String oneLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        String flat = message.replaceAll("[\\r\\n\\t]+", " ").strip();
        return flat.length() > 500 ? flat.substring(0, 497) + "..." : flat;
    }
}
