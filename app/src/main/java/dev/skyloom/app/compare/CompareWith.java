package dev.skyloom.app.compare;

import dev.skyloom.app.document.DesignIo;
import dev.skyloom.app.document.DocumentException;
import dev.skyloom.app.document.GitRevisions;
import dev.skyloom.app.service.DialogService;
import dev.skyloom.app.service.FileChooserService;
import dev.skyloom.app.service.TaskExecutor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * File → Compare with…: asks what to compare the open design with and enters {@link CompareMode}. When the
 * open design's file is in a git repository, the choice lists "A design file…" and the recent commits that
 * changed the file ({@code git log}); otherwise the file picker opens at once. The chosen design is read
 * off the UI thread; a file or revision that cannot be read gives one error dialog naming it and the
 * problem, and nothing changes.
 */
public final class CompareWith {
    /** How many recent commits of the file the choice offers. */
    static final int REVISIONS = 20;

    /** The first entry of the choice: pick a file instead of a revision. */
    static final String PICK_FILE = "A design file…";

    private final CompareMode mode;
    private final DesignIo io;
    private final DialogService dialogs;
    private final FileChooserService chooser;
    private final TaskExecutor tasks;
    private final Supplier<Optional<Path>> openFile;

    public CompareWith(
            CompareMode mode,
            DesignIo io,
            DialogService dialogs,
            FileChooserService chooser,
            TaskExecutor tasks,
            Supplier<Optional<Path>> openFile) {
        this.mode = mode;
        this.io = io;
        this.dialogs = dialogs;
        this.chooser = chooser;
        this.tasks = tasks;
        this.openFile = openFile;
    }

    /** Asks, reads and compares. */
    public void run() {
        choose().ifPresent(this::compareWith);
    }

    /** Reads {@code source} (off the UI thread) and compares the open design with it. */
    public void compareWith(CompareSource source) {
        tasks.submit(
                () -> source.read(io),
                base -> mode.enter(base, source.label()),
                e -> dialogs.showError("Compare with", message(source, e)));
    }

    private static String message(CompareSource source, Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        // a DocumentException names the file already; anything else gets the source's name in front
        return e instanceof DocumentException ? m : source.label() + ": " + m;
    }

    private Optional<CompareSource> choose() {
        Optional<Path> file = openFile.get();
        Optional<Path> folder = file.map(f -> f.toAbsolutePath().getParent());
        List<GitRevisions.Revision> revisions = List.of();
        if (file.isPresent() && GitRevisions.repositoryOf(folder.get()).isPresent()) {
            try {
                revisions = GitRevisions.log(file.get(), REVISIONS);
            } catch (DocumentException e) {
                // not committed yet, or git refused: the file picker still works
                revisions = List.of();
            }
        }
        if (!revisions.isEmpty()) {
            List<Object> choices = new ArrayList<>();
            choices.add(PICK_FILE);
            for (GitRevisions.Revision r : revisions) {
                choices.add(new CompareSource.Revision(file.get(), r));
            }
            Optional<Object> picked = dialogs.choose(
                    "Compare with",
                    "Compare " + file.get().getFileName() + " with another design file or with the file as a"
                            + " commit left it:",
                    choices,
                    choices.get(choices.size() > 1 ? 1 : 0));
            if (picked.isEmpty()) {
                return Optional.empty();
            }
            if (picked.get() instanceof CompareSource.Revision r) {
                return Optional.of(r);
            }
        }
        return chooser.chooseOpen(folder).map(CompareSource.File::new);
    }
}
