package dev.skyloom.app.document;

import dev.skyloom.app.service.SettingsStore;
import dev.skyloom.model.file.AtomicOutput;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * At start, removes the temporary files that crashed saves left (a full-size copy each) in the data
 * folder and the folders of the recent designs; {@link AtomicOutput#sweepLeftovers} touches only
 * Skyloom's own temporary names of processes that have ended.
 */
public final class LeftoverSweep {
    private LeftoverSweep() {}

    /** The folders swept at start: the data folder, the opened file's and the recent files' folders. */
    public static Set<Path> folders(Path dataDirectory, List<String> recentFiles, Optional<Path> opened) {
        Set<Path> folders = new LinkedHashSet<>();
        folders.add(dataDirectory);
        opened.map(p -> p.toAbsolutePath().getParent()).ifPresent(folders::add);
        for (String f : recentFiles) {
            try {
                Path parent = Path.of(f).toAbsolutePath().getParent();
                if (parent != null) {
                    folders.add(parent);
                }
            } catch (InvalidPathException e) {
                // a recent entry from another system: nothing to sweep there
            }
        }
        return folders;
    }

    /** Sweeps in a background thread, so start-up does not wait for slow or network folders. */
    public static void startInBackground(Path dataDirectory, Optional<Path> opened) {
        Thread t = new Thread(
                () -> folders(
                                dataDirectory,
                                new SettingsStore(dataDirectory).load().recentFiles(),
                                opened)
                        .forEach(AtomicOutput::sweepLeftovers),
                "skyloom-leftover-sweep");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }
}
