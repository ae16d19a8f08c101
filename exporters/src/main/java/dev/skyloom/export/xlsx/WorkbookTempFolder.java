package dev.skyloom.export.xlsx;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.slf4j.LoggerFactory;

/**
 * The streamed sheets' temporary files of one workbook export, in a folder of their own: created
 * owner-only in the system's temporary folder, set as POI's temporary-file strategy for the calling
 * thread, and removed with everything in it on {@link #close}. POI's default is one shared {@code
 * poifiles} folder, created by the first user who exports and then unwritable for every other user.
 */
final class WorkbookTempFolder implements AutoCloseable {
    private final Path dir;

    private WorkbookTempFolder(Path dir) {
        this.dir = dir;
    }

    /** Must be closed on the same thread, after the workbook is disposed. */
    static WorkbookTempFolder open() throws IOException {
        Path dir = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "skyloom-xlsx-");
        TempFile.setThreadLocalTempFileCreationStrategy(new DefaultTempFileCreationStrategy(dir.toFile()));
        return new WorkbookTempFolder(dir);
    }

    @Override
    public void close() {
        TempFile.setThreadLocalTempFileCreationStrategy(null);
        try (Stream<Path> walk = Files.walk(dir)) {
            List<Path> all = walk.sorted(Comparator.reverseOrder()).toList();
            for (Path p : all) {
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)
                        || Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)
                        || Files.isSymbolicLink(p)) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException e) {
            LoggerFactory.getLogger(WorkbookTempFolder.class).warn("could not remove {}: {}", dir, e.toString());
        }
    }
}
