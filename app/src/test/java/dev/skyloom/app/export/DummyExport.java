package dev.skyloom.app.export;

import dev.skyloom.export.DesignExporter;
import dev.skyloom.export.ExportException;
import dev.skyloom.model.file.AtomicOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * A format added the way a real one is: this one class plus one registry line ({@code
 * ExportFormats.STANDARD.with(new DummyExport())}). It writes the design's name and component count.
 */
final class DummyExport implements ExportFormat {
    @Override
    public Info info() {
        return new Info(
                "dummy",
                "Dummy listing",
                ".dummy",
                false,
                "Export Dummy…",
                "Export the dummy listing",
                "Write the dummy listing to OUT.");
    }

    @Override
    public void check(Path target, ExportSettings settings) {
        DesignExporter.checkTarget(target);
    }

    @Override
    public Staged stage(ExportInput input, Path target, ExportSettings settings, AtomicOutput out) {
        try (OutputStream s = out.open(target)) {
            s.write((input.design().name() + ": " + input.design().components().size() + " components\n")
                    .getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw ExportException.of(target, e);
        }
        return new Staged(List.of(target), List.of(), "");
    }

    /** A format that fails half-way through writing, after the formats before it have written theirs. */
    static final class Failing implements ExportFormat {
        @Override
        public Info info() {
            return new Info("failing", "Failing export", ".fail", false, "Export Failing…", "Fail", "Fail on OUT.");
        }

        @Override
        public void check(Path target, ExportSettings settings) {
            DesignExporter.checkTarget(target);
        }

        @Override
        public Staged stage(ExportInput input, Path target, ExportSettings settings, AtomicOutput out) {
            try (OutputStream s = out.open(target)) {
                s.write("half".getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw ExportException.of(target, e);
            }
            throw new ExportException(target + ": the disk filled up (simulated)");
        }
    }
}
