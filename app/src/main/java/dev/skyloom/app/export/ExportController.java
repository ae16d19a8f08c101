package dev.skyloom.app.export;

import dev.skyloom.app.picture.PictureExports;
import dev.skyloom.app.picture.PictureFormat;
import dev.skyloom.app.service.DialogService;
import dev.skyloom.app.service.FileChooserService;
import dev.skyloom.app.service.TaskExecutor;
import dev.skyloom.catalog.Catalog;
import dev.skyloom.export.ExportException;
import dev.skyloom.export.picture.DiagramPicture;
import dev.skyloom.export.picture.PngPictureExporter;
import dev.skyloom.model.Design;
import dev.skyloom.model.text.Counted;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
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
    private double pictureScale = Exports.PICTURE_SCALE;
    private boolean pictureMark = true;

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

    /** The PNG scales offered for pictures of the canvas (pixels per canvas unit). */
    public static final List<Double> PNG_SCALES = List.of(1.0, 2.0, 3.0, 4.0);

    /** A PNG scale as offered: "3× (3,600 × 2,400 px)". */
    public record PngScale(double scale, int width, int height) {
        @Override
        public String toString() {
            return String.format(
                    Locale.ROOT,
                    "%s× (%,d × %,d px)",
                    java.math.BigDecimal.valueOf(scale).stripTrailingZeros().toPlainString(),
                    width,
                    height);
        }
    }

    /** Asks for the target (and, for a PNG picture, its scale), then exports. */
    public void export(ExportFormats.MenuEntry entry) {
        List<FileChooserService.Filter> filters = entry.formats().stream()
                .map(f -> new FileChooserService.Filter(
                        f.info().name()
                                + (f.info().needsFolder() ? "" : " (" + f.info().pattern() + ")"),
                        f.info().needsFolder() ? List.of() : List.of(f.info().pattern())))
                .toList();
        Optional<Path> target = chooser.chooseExport(new FileChooserService.ExportChoice(
                entry.first().info().chooserTitle(),
                Optional.ofNullable(lastFolder),
                Exports.suggestedName(entry.first(), design.get().name()),
                filters));
        if (target.isEmpty()) {
            return;
        }
        ExportFormat format = entry.formatFor(target.get().getFileName().toString());
        if (isPng(format)) {
            // the sizes need the whole diagram laid out and routed: done on the worker, then the dialog
            Design d = design.get();
            Optional<Catalog> cat = catalog.get();
            tasks.submit(
                    () -> pngScales(d, cat),
                    scales -> askPngScale(scales).ifPresent(scale -> {
                        pictureScale = scale;
                        run(format, target.get());
                    }),
                    e -> dialogs.showError("Export failed", "Could not lay out the picture: " + e.getMessage()));
            return;
        }
        run(format, target.get());
    }

    private static boolean isPng(ExportFormat format) {
        return format instanceof PictureExport p && p.format() == PictureFormat.PNG;
    }

    /** The PNG scales with the pixel size each gives for the current design, in {@link #PNG_SCALES} order. */
    public List<PngScale> pngScales() {
        return pngScales(design.get(), catalog.get());
    }

    private static List<PngScale> pngScales(Design design, Optional<Catalog> cat) {
        DiagramPicture picture = new PictureExports(cat.orElse(null), Clock.systemDefaultZone()).picture(design);
        List<PngScale> out = new ArrayList<>();
        for (double s : PNG_SCALES) {
            int[] px = new PngPictureExporter(s).pixelSize(picture);
            out.add(new PngScale(s, px[0], px[1]));
        }
        return out;
    }

    private Optional<Double> askPngScale(List<PngScale> scales) {
        PngScale initial = scales.stream()
                .filter(s -> s.scale() == pictureScale)
                .findFirst()
                .orElse(scales.get(PNG_SCALES.indexOf(Exports.PICTURE_SCALE)));
        return dialogs.choose("Export picture", "Size of the PNG image (for slides: 2× or more)", scales, initial)
                .map(PngScale::scale);
    }

    /** The PNG scale the last picture export used (remembered for the next one, and between runs). */
    /** Whether exported pictures carry the "Skyloom" mark (View menu; remembered in the settings). */
    public void setPictureMark(boolean on) {
        pictureMark = on;
    }

    public boolean pictureMark() {
        return pictureMark;
    }

    public double pictureScale() {
        return pictureScale;
    }

    /** Sets the PNG scale offered first (the one saved in the settings); values outside 0.1 to 8 are ignored. */
    public void setPictureScale(double scale) {
        if (scale >= PngPictureExporter.MIN_SCALE && scale <= PngPictureExporter.MAX_SCALE) {
            pictureScale = scale;
        }
    }

    /** Exports to a chosen target of a menu entry: the format its file name asks for. */
    public void run(ExportFormats.MenuEntry entry, Path target) {
        run(entry.formatFor(target.getFileName().toString()), target);
    }

    /** Exports to a chosen target (the dialog's code path after the file chooser). */
    public void run(ExportFormat format, Path target) {
        Optional<Catalog> cat = catalog.get();
        if (cat.isEmpty()) {
            dialogs.showError("Export", "The catalog is not loaded yet; try again in a moment.");
            return;
        }
        boolean force = false;
        try {
            format.check(target, new ExportSettings(false, pictureScale));
        } catch (ExportException e) {
            if (!format.info().needsFolder() || !Files.isDirectory(target) || !writableWhenForced(format, target)) {
                dialogs.showError("Export failed", e.getMessage());
                return;
            }
            if (!dialogs.confirm(
                    "Export",
                    target + " is not empty and was not made by Skyloom. Write the "
                            + format.info().name() + " into it anyway?")) {
                return;
            }
            force = true;
        }
        Path folder = Exports.folderOf(format, target);
        lastFolder = folder;
        boolean existed = Files.exists(target);
        AtomicBoolean cancelled = new AtomicBoolean();
        Design d = design.get();
        String name = format.info().name();
        Runnable[] close = new Runnable[1];
        close[0] = feedback.showProgress("Writing the " + name + " to " + target + "…", () -> {
            cancelled.set(true);
            if (close[0] != null) {
                close[0].run();
            }
            status.accept("Export cancelled");
        });
        ExportSettings settings = new ExportSettings(force, pictureScale);
        ExportInput input = new ExportInput(d, cat.get(), Clock.systemDefaultZone()).withMark(pictureMark);
        tasks.submit(
                () -> Exports.run(input, List.of(new Exports.Request(format, target)), settings, cancelled::get),
                (Exports.Outcome r) -> {
                    close[0].run();
                    if (cancelled.get()) {
                        discard(target, existed);
                        return;
                    }
                    String message = "Wrote the " + name + " to " + target
                            + (r.warnings().isEmpty()
                                    ? ""
                                    : " (" + Counted.of(r.warnings().size(), "note") + " in its README)");
                    status.accept(message);
                    feedback.succeeded(message, folder);
                },
                e -> {
                    close[0].run();
                    if (cancelled.get()) {
                        // cancelled before the files were moved into place: nothing was written
                        return;
                    }
                    dialogs.showError("Export failed", "Could not write " + target + ": " + e.getMessage());
                });
    }

    /** Whether only the "not made by Skyloom" rule stands in the way of a folder export. */
    private boolean writableWhenForced(ExportFormat format, Path target) {
        try {
            format.check(target, new ExportSettings(true, pictureScale));
            return true;
        } catch (ExportException e) {
            return false;
        }
    }

    /** Removes what an export cancelled after it had written wrote, when it created the target. */
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
