package dev.skyloom.app.export;

import dev.skyloom.model.file.AtomicOutput;
import java.nio.file.Path;

/**
 * One export format: how it is named and offered ({@link Info}) and how it writes. Adding a format is
 * one class implementing this plus one line in {@link ExportFormats#STANDARD}; the command line's
 * option, the designer's menu item, the file chooser and {@link Exports} all come from there.
 */
public interface ExportFormat {
    /**
     * What the command line, the menu and the file chooser show.
     *
     * @param id stable id; the command-line option is {@code --ID}
     * @param name what it is, for messages and the file chooser's filter ("Excel cost workbook")
     * @param extension the file extension with its dot ({@code .xlsx}); empty for a folder
     * @param needsFolder whether the target is a folder (created when missing) rather than a file
     * @param menuLabel the designer's menu item; formats with the same label share one item and are
     *     told apart by the chosen file's extension (PNG, SVG, PDF: "Export Picture…")
     * @param chooserTitle the file chooser's title
     * @param help the command-line option's description
     */
    record Info(
            String id,
            String name,
            String extension,
            boolean needsFolder,
            String menuLabel,
            String chooserTitle,
            String help) {
        public Info {
            if (!id.matches("[a-z][a-z0-9-]*")) {
                throw new IllegalArgumentException("an export id is lower-case letters, digits and '-': " + id);
            }
            if (needsFolder != extension.isEmpty()) {
                throw new IllegalArgumentException(id + ": a folder has no extension, a file has one");
            }
        }

        /** The command-line option, {@code --ID}. */
        public String option() {
            return "--" + id;
        }

        /** The option's parameter label. */
        public String paramLabel() {
            return needsFolder ? "DIR" : "OUT";
        }

        /** The file chooser's filter pattern ({@code *.xlsx}), empty for a folder. */
        public String pattern() {
            return needsFolder ? "" : "*" + extension;
        }
    }

    /** What one format wrote into a run: the files and warnings, and the detail of the "wrote …" line. */
    record Staged(java.util.List<Path> files, java.util.List<String> warnings, String detail) {
        public Staged {
            files = java.util.List.copyOf(files);
            warnings = java.util.List.copyOf(warnings);
        }
    }

    Info info();

    /** Refuses a target that cannot be written, before anything is written ({@code ExportException}). */
    void check(Path target, ExportSettings settings);

    /**
     * Writes into {@code out}; the files appear when the whole run commits, and disappear when any
     * output of the run fails. Failures are {@code ExportException}s naming the file.
     */
    Staged stage(ExportInput input, Path target, ExportSettings settings, AtomicOutput out);
}
