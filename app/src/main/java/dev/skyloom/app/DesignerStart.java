package dev.skyloom.app;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * Why the designer cannot open its window, in one line, instead of JavaFX's stack trace: no display
 * (DISPLAY unset or not reachable) or no GTK 3. Checked before the toolkit starts where that is cheap
 * (an unset DISPLAY on Linux), and caught when the toolkit's start fails for either reason.
 */
final class DesignerStart {
    static final int CANNOT_START = 2;

    private static final String NEEDS = "Skyloom needs GTK 3 (libgtk-3-0) and a display; the command line works"
            + " without them: `skyloom check FILE` (see `skyloom --help`)";

    private static final AtomicBoolean started = new AtomicBoolean();

    /** Held so the filter set on it lives as long as the JVM (loggers are only weakly kept). */
    private static final Logger JAVAFX_LOGGER = Logger.getLogger("javafx");

    private DesignerStart() {}

    /** The one-line reason the designer cannot start on this system before trying, if one is known. */
    static Optional<String> missing(String osName, Map<String, String> env, String glassPlatform) {
        boolean linux = osName.toLowerCase(Locale.ROOT).contains("linux");
        boolean ownPlatform = glassPlatform != null && !glassPlatform.isBlank(); // Monocle: no display needed
        String display = env.get("DISPLAY");
        if (linux && !ownPlatform && (display == null || display.isBlank())) {
            return Optional.of("cannot open the designer: no display (DISPLAY is not set). " + NEEDS);
        }
        return Optional.empty();
    }

    /** The line for a failure of the toolkit's start, or empty when the throwable is something else. */
    static Optional<String> explain(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            String m = String.valueOf(c.getMessage());
            if (m.contains("Unable to open DISPLAY")) {
                return Optional.of("cannot open the designer: the display cannot be opened (DISPLAY="
                        + System.getenv().getOrDefault("DISPLAY", "") + "). " + NEEDS);
            }
            if (c instanceof UnsatisfiedLinkError
                    || m.contains("Graphics Device initialization failed")
                    || m.toLowerCase(Locale.ROOT).contains("gtk")) {
                return Optional.of("cannot open the designer: " + firstLine(m) + ". " + NEEDS);
            }
        }
        return Optional.empty();
    }

    /**
     * Drops JavaFX's "Unsupported JavaFX configuration: classes were loaded from 'unnamed module'"
     * warning, and only that one. Skyloom runs JavaFX from the class path on purpose: {@link Main} does
     * not extend Application so one jar serves the command line and the designer, and the same class
     * path is what the jpackage image starts. JavaFX works there (it is tested that way); the warning
     * says only that the configuration is not the one it recommends. Other JavaFX warnings still show.
     */
    static void silenceClassPathWarning() {
        JAVAFX_LOGGER.setFilter(
                r -> r.getMessage() == null || !r.getMessage().startsWith("Unsupported JavaFX configuration"));
    }

    /** Marks the toolkit as up: failures after this are the designer's own, not a missing system library. */
    static void toolkitStarted() {
        started.set(true);
    }

    /**
     * Turns a toolkit start failure on the launcher thread into one line on {@code err} and exit code
     * 2; anything else (or anything after the toolkit started) goes to the handler there was before.
     */
    static void catchToolkitFailure(PrintStream err) {
        Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, t) -> {
            Optional<String> why = started.get() ? Optional.empty() : explain(t);
            if (why.isPresent()) {
                err.println("skyloom: " + why.get());
                err.flush();
                Runtime.getRuntime().halt(CANNOT_START);
            }
            if (previous != null) {
                previous.uncaughtException(thread, t);
            } else {
                // What the JVM prints without a handler (ThreadGroup's own would call this handler again).
                err.print("Exception in thread \"" + thread.getName() + "\" ");
                t.printStackTrace(err);
            }
        });
    }

    private static String firstLine(String m) {
        int cut = m.indexOf('\n');
        String line = (cut < 0 ? m : m.substring(0, cut)).strip();
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
