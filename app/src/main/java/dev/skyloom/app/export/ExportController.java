package dev.skyloom.app.export;

import dev.skyloom.app.service.DialogService;
import dev.skyloom.app.service.FileChooserService;
import dev.skyloom.app.service.TaskExecutor;
import dev.skyloom.catalog.Catalog;
import dev.skyloom.export.ExportException;
import dev.skyloom.export.ExportResult;
import dev.skyloom.model.Design;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The export commands of the designer: ask where, write in the background with progress and cancel, then
 * notify (with "Open folder") or show one clear error dialog. A cancelled export's output is removed when
 * the export created it.
 */
public final class ExportController {
    private final DialogService dialogs;
    private final FileChooserService chooser;
    private final TaskExecutor tasks;
    private final ExportFeedback feedback;
    private final Supplier<Design> design;
    private final Supplier<Optional<Catalog>> catalog;
    private final Consumer<String> status;
    private Path lastFolder;

    public ExportController(
            DialogService dialogs,
            FileChooserService chooser,
            TaskExecutor tasks,
            ExportFeedback feedback,
            Supplier<Design> design,
            Supplier<Optional<Catalog>> catalog,
            Consumer<String> status) {
        this.dialogs = dialogs;
        this.chooser = chooser;
        this.tasks = tasks;
        this.feedback = feedback;
        this.design = design;
        this.catalog = catalog;
        this.status = status;
    }

    /** Asks for the target, then exports. */
    public void export(Exports.Kind kind) {
        Optional<Path> target = chooser.chooseSave(
                Optional.ofNullable(lastFolder), kind.suggestedName(design.get().name()));
        target.ifPresent(t -> run(kind, t));
    }

    /** Exports to a chosen target (the dialog's code path after the file chooser). */
    public void run(Exports.Kind kind, Path target) {
        Optional<Catalog> cat = catalog.get();
        if (cat.isEmpty()) {
            dialogs.showError("Export", "The catalog is not loaded yet; try again in a moment.");
            return;
        }
        boolean force = false;
        try {
            Exports.check(kind, target, false);
        } catch (ExportException e) {
            if (kind != Exports.Kind.TERRAFORM || !Files.isDirectory(target)) {
                dialogs.showError("Export failed", e.getMessage());
                return;
            }
            if (!dialogs.confirm(
                    "Export",
                    target + " is not empty and was not made by Skyloom. Write the Terraform files into it anyway?")) {
                return;
            }
            force = true;
        }
        Path folder = Exports.folderOf(kind, target);
        lastFolder = folder;
        boolean existed = Files.exists(target);
        AtomicBoolean cancelled = new AtomicBoolean();
        Design d = design.get();
        Runnable[] close = new Runnable[1];
        close[0] = feedback.showProgress("Writing the " + kind.label() + " to " + target + "…", () -> {
            cancelled.set(true);
            if (close[0] != null) {
                close[0].run();
            }
            status.accept("Export cancelled");
        });
        boolean forced = force;
        tasks.submit(
                () -> Exports.write(kind, d, cat.get(), target, forced),
                (ExportResult r) -> {
                    close[0].run();
                    if (cancelled.get()) {
                        discard(target, existed);
                        return;
                    }
                    String message = "Wrote the " + kind.label() + " to " + target
                            + (r.warnings().isEmpty() ? "" : " (" + r.warnings().size() + " notes in its README)");
                    status.accept(message);
                    feedback.succeeded(message, folder);
                },
                e -> {
                    close[0].run();
                    if (cancelled.get()) {
                        discard(target, existed);
                        return;
                    }
                    dialogs.showError("Export failed", "Could not write " + target + ": " + e.getMessage());
                });
    }

    /** Removes what a cancelled export wrote, when it created the target. */
    private void discard(Path target, boolean existed) {
        if (existed) {
            status.accept("Export cancelled; " + target + " may be partly rewritten");
            return;
        }
        try (Stream<Path> walk = Files.exists(target) ? Files.walk(target) : Stream.empty()) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            status.accept("Export cancelled; could not remove " + target + ": " + e.getMessage());
        }
    }
}
