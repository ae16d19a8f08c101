package dev.skyloom.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;

/**
 * An exporter that writes one file. {@link #write} writes to a stream the caller closes; {@link
 * #writeFile} writes a temporary file next to the target and moves it into place, so a failed export
 * never leaves a half-written file. Failures are {@link ExportException}s naming the file.
 */
public interface DesignExporter<I> {
    ExportResult write(I input, OutputStream out) throws IOException;

    default ExportResult writeFile(I input, Path file) {
        Path absolute = file.toAbsolutePath();
        Path dir = absolute.getParent();
        if (Files.isDirectory(absolute)) {
            throw new ExportException(file + ": is a directory");
        }
        if (dir == null || !Files.isDirectory(dir)) {
            throw new ExportException(file + ": folder " + dir + " does not exist");
        }
        Path tmp = null;
        try {
            tmp = Files.createTempFile(dir, "." + absolute.getFileName(), ".tmp");
            ExportResult result;
            try (OutputStream out = Files.newOutputStream(tmp)) {
                result = write(input, out);
            }
            ExportFiles.shareLikeTarget(tmp, absolute);
            try {
                Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
            ArrayList<Path> files = new ArrayList<>();
            files.add(absolute);
            return new ExportResult(files, result.warnings());
        } catch (AccessDeniedException e) {
            throw new ExportException(file + ": permission denied", e);
        } catch (NoSuchFileException e) {
            throw new ExportException(file + ": no such file or directory", e);
        } catch (IOException e) {
            throw new ExportException(file + ": cannot write (" + e.getMessage() + ")", e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException e) {
                    // the export's own error (if any) is what the user needs; this one is only logged
                    org.slf4j.LoggerFactory.getLogger(DesignExporter.class).warn("could not delete {}", tmp, e);
                }
            }
        }
    }
}
