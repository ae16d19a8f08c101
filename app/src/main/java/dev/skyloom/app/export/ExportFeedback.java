package dev.skyloom.app.export;

import java.nio.file.Path;

/** How an export shows itself: progress with a cancel button, then a notification. Tests record it. */
public interface ExportFeedback {
    /**
     * Shows that an export is running.
     *
     * @param cancel what the cancel button does
     * @return closes the progress display
     */
    Runnable showProgress(String text, Runnable cancel);

    /** The export succeeded: tell the user, offering to open {@code folder}. */
    void succeeded(String message, Path folder);
}
