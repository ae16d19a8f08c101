package dev.skyloom.app.cli;

import dev.skyloom.app.export.ExportFormats;
import dev.skyloom.model.check.Checks;
import dev.skyloom.model.check.DesignCheck;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
            DiffCommand.class,
            ImportCommand.class
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
        return run(args, out, err, formats, Checks.standard());
    }

    /** As {@link #run(String[], PrintStream, PrintStream, ExportFormats)}, {@code check} running {@code checks}. */
    public static int run(
            String[] args, PrintStream out, PrintStream err, ExportFormats formats, List<DesignCheck> checks) {
        PrintWriter outWriter = terminal(out);
        PrintWriter errWriter = terminal(err);
        CommandLine.IFactory defaults = CommandLine.defaultFactory();
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                if (type == ExportCommand.class) {
                    return type.cast(new ExportCommand(formats, out));
                }
                return type == CheckCommand.class ? type.cast(new CheckCommand(checks)) : defaults.create(type);
            }
        };
        CommandLine cli = new CommandLine(new SkyloomCli(), factory);
        cli.setOut(outWriter);
        cli.setErr(errWriter);
        cli.setParameterExceptionHandler((ex, a) -> {
            errWriter.println("skyloom: " + oneLine(unknownCommand(ex, cli).orElse(ex.getMessage())));
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
        try {
            return cli.execute(args);
        } catch (OutOfMemoryError e) {
            // picocli hands Errors on; what was allocated is garbage once the command has unwound.
            errWriter.println(OUT_OF_MEMORY);
            return BAD_INPUT;
        }
    }

    /** Built before it is needed: the line must print when memory has just run out. */
    static final String OUT_OF_MEMORY = "skyloom: out of memory: the input is too large for the memory Java was"
            + " given; run again with more, e.g. SKYLOOM_JAVA_OPTS=-Xmx4g";

    /** A writer over the stream that escapes whatever could drive the terminal ({@link TerminalWriter}). */
    private static PrintWriter terminal(PrintStream stream) {
        return new PrintWriter(new TerminalWriter(new OutputStreamWriter(stream, Charset.defaultCharset())), true);
    }

    /**
     * "unknown command 'x'; commands: ..." when the first argument names no command, with the nearest
     * command when one is close. The list comes from the registered subcommands, so new ones appear.
     */
    static Optional<String> unknownCommand(CommandLine.ParameterException ex, CommandLine top) {
        if (!(ex instanceof CommandLine.UnmatchedArgumentException u) || u.getCommandLine() != top) {
            return Optional.empty();
        }
        List<String> unmatched = u.getUnmatched();
        if (unmatched.isEmpty() || unmatched.get(0).startsWith("-")) {
            return Optional.empty();
        }
        String given = unmatched.get(0);
        List<String> commands = new ArrayList<>(top.getSubcommands().keySet());
        StringBuilder b = new StringBuilder("unknown command '")
                .append(given)
                .append("'; commands: ")
                .append(String.join(", ", commands));
        nearest(given, commands)
                .ifPresent(n -> b.append("; did you mean '").append(n).append("'?"));
        return Optional.of(b.toString());
    }

    /** The command closest in edit distance, when it is close enough to be a plausible typo. */
    static Optional<String> nearest(String given, List<String> commands) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : commands) {
            int d = editDistance(given.toLowerCase(Locale.ROOT), c);
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        boolean plausible = best != null
                && (bestDistance <= Math.max(1, Math.min(given.length(), best.length()) / 2)
                        || (given.length() >= 2 && best.startsWith(given.toLowerCase(Locale.ROOT))));
        return plausible ? Optional.of(best) : Optional.empty();
    }

    private static int editDistance(String a, String b) {
        if (a.length() > 64) {
            return Integer.MAX_VALUE;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return previous[b.length()];
    }

    static String oneLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        String flat = message.replaceAll("[\\r\\n\\t]+", " ").strip();
        return flat.length() > 500 ? flat.substring(0, 497) + "..." : flat;
    }
}
