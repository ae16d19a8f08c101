package dev.skyloom.app.desktop;

import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Starts the window manager named by {@code -Dskyloom.wm} (the {@code -Pxvfb} profile passes {@code -Dskyloom.test.wm},
 * fluxbox unless told, e.g. openbox)
 * on the test display, so the window tests also run with decorations and a manager that places windows.
 * Without the property (Monocle, the default test command) nothing is started.
 */
final class WindowManager {
    private static Process running;

    private WindowManager() {}

    /** The window manager's name when one was asked for and started. */
    static synchronized Optional<String> start() {
        String wm = System.getProperty("skyloom.wm", "");
        if (wm.isBlank() || System.getenv("DISPLAY") == null) {
            return Optional.empty();
        }
        if (running == null || !running.isAlive()) {
            try {
                running = new ProcessBuilder(wm)
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .start();
                // give it time to take the display before the first window maps
                running.waitFor(1500, TimeUnit.MILLISECONDS);
            } catch (IOException e) {
                throw new AssertionError("cannot start the window manager " + wm + ": " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (!running.isAlive()) {
                throw new AssertionError("the window manager " + wm + " exited at once");
            }
        }
        return Optional.of(wm);
    }

    /** Whether a window manager started by {@link #start()} is running (it maps windows a little later). */
    static synchronized boolean running() {
        return running != null && running.isAlive();
    }

    static synchronized void stop() {
        if (running != null) {
            running.destroy();
            try {
                // the next test class starts its own; it exits at once while this one still holds the display
                running.waitFor(3, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            running = null;
        }
    }
}
