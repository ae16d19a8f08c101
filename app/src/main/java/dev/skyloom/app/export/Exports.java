package dev.skyloom.app.export;

import dev.skyloom.app.service.Settings;
import dev.skyloom.export.ExportException;
import dev.skyloom.model.file.AtomicOutput;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * The one export orchestration, used by {@code skyloom export} and by the designer alike: check every
 * target, write every output into temporaries ({@link AtomicOutput}), move them all into place only
 * when every one succeeded. Any failure or a cancel before that leaves nothing written. Any thread.
 */
public final class Exports {
    private Exports() {}

    /** PNG pixels per world unit for pictures from the designer until the user picks another. */
    public static final double PICTURE_SCALE = Settings.DEFAULT_PICTURE_SCALE;

    /** One output asked for. */
    public record Request(ExportFormat format, Path target) {}

    /** What one output wrote. */
    public record Written(Request request, ExportFormat.Staged staged) {
        /** The command line's line for it: {@code wrote TARGET (DETAIL)}. */
        public String line() {
            return "wrote " + request.target() + (staged.detail().isEmpty() ? "" : " (" + staged.detail() + ")");
        }
    }

    /** What a run wrote, in request order, and every warning of its formats. */
    public record Outcome(List<Written> written, List<String> warnings) {
        public Outcome {
            written = List.copyOf(written);
            warnings = List.copyOf(warnings);
        }
    }

    /** Refuses, with an {@link ExportException} naming it, the first target that cannot be written. */
    public static void check(List<Request> requests, ExportSettings settings) {
        Set<Path> targets = new HashSet<>();
        for (Request r : requests) {
            if (!targets.add(r.target().toAbsolutePath().normalize())) {
                throw new ExportException(r.target() + ": given for two outputs");
            }
            r.format().check(r.target(), settings);
        }
    }

    /** Runs the exports with no way to cancel. */
    public static Outcome run(ExportInput input, List<Request> requests, ExportSettings settings) {
        return run(input, requests, settings, () -> false);
    }

    /**
     * Checks every target, writes every output and moves them into place together.
     *
     * @param cancelled asked before the outputs are moved into place; true leaves nothing written
     * @throws ExportException naming the file, when any output cannot be written (nothing is then written)
     * @throws CancellationException when cancelled before the outputs were moved into place
     */
    public static Outcome run(
            ExportInput input, List<Request> requests, ExportSettings settings, BooleanSupplier cancelled) {
        check(requests, settings);
        List<Written> written = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        try (AtomicOutput out = AtomicOutput.begin()) {
            for (Request r : requests) {
                if (cancelled.getAsBoolean()) {
                    throw new CancellationException("export cancelled");
                }
                ExportFormat.Staged s = r.format().stage(input, r.target(), settings, out);
                written.add(new Written(r, s));
                warnings.addAll(s.warnings());
            }
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("export cancelled");
            }
            try {
                out.commit();
            } catch (IOException e) {
                throw ExportException.of(requests.get(0).target(), e);
            }
        }
        return new Outcome(written, warnings);
    }

    /** The folder to open after an export: a folder export's own folder, or the file's folder. */
    public static Path folderOf(ExportFormat format, Path target) {
        Path abs = target.toAbsolutePath();
        return format.info().needsFolder() || abs.getParent() == null ? abs : abs.getParent();
    }

    /** The suggested file or folder name for a design name: {@code NAME.EXT} or {@code NAME-ID} for a folder. */
    public static String suggestedName(ExportFormat format, String designName) {
        String base = designName.isBlank() ? "design" : designName.strip().replaceAll("[^A-Za-z0-9._-]+", "-");
        return format.info().needsFolder()
                ? base + "-" + format.info().id()
                : base + format.info().extension();
    }
}
