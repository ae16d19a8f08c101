package dev.skyloom.export.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbookTempFolderTest {
    @Test
    void streamsThroughAPrivateFolderAndRemovesItSoASharedPoifilesFolderDoesNotMatter(@TempDir Path tmp)
            throws Exception {
        // Another user's "poifiles" is not writable for us; a file in its place fails POI's default the same way.
        Files.writeString(tmp.resolve("poifiles"), "someone else's");
        String previous = System.getProperty("java.io.tmpdir");
        System.setProperty("java.io.tmpdir", tmp.toString());
        // a fresh default strategy, as in a new process (the global one caches the folder of its first use)
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new CostWorkbookExporter().write(WorkbookFixtures.data(), out);
        } finally {
            System.setProperty("java.io.tmpdir", previous);
        }
        assertTrue(out.size() > 0);
        try (Stream<Path> left = Files.list(tmp)) {
            assertEquals(
                    List.of("poifiles"),
                    left.map(p -> p.getFileName().toString()).toList());
        }
        assertEquals("someone else's", Files.readString(tmp.resolve("poifiles")));
    }
}
