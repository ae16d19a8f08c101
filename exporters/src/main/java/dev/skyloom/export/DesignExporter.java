package dev.skyloom.export;

import dev.skyloom.model.file.AtomicOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * An exporter that writes one file. {@link #write} writes to a stream the caller closes; {@link
 * #writeFile} writes through {@link AtomicOutput} (a temporary file moved into place), so a failed
 * export never leaves a half-written file; {@link #stageFile} adds the file to a larger set written
 * all-or-nothing. Failures are {@link ExportException}s naming the file.
 */
public interface DesignExporter<I> {
    ExportResult write(I input, OutputStream out) throws IOException;

    default ExportResult writeFile(I input, Path file) {
        try (AtomicOutput out = AtomicOutput.begin()) {
            ExportResult result = stageFile(input, file, out);
            out.commit();
            return result;
        } catch (IOException e) {
            throw ExportException.of(file, e);
        }
    }

    /** Writes the file into {@code out}; it appears at {@code file} when {@code out} commits. */
    default ExportResult stageFile(I input, Path file, AtomicOutput out) {
        checkTarget(file);
        ExportResult result;
        try (OutputStream stream = out.open(file)) {
            result = write(input, stream);
        } catch (IOException e) {
            throw ExportException.of(file, e);
        }
        return new ExportResult(List.of(file.toAbsolutePath()), result.warnings());
    }

    /** Refuses a file target that is not a regular file or whose folder does not exist, before writing. */
    static void checkTarget(Path file) {
        Path absolute = file.toAbsolutePath();
        Path dir = absolute.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new ExportException(file + ": folder " + dir + " does not exist");
        }
        try {
            AtomicOutput.checkFile(absolute);
        } catch (IOException e) {
            throw ExportException.of(file, e);
        }
    }
}
