package dev.skyloom.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skyloom.model.file.FolderSnapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code -} as an export target (issue 12, point 4): the file goes to standard output whole, the report to
 * stderr, no file named "-" appears and the private folder the output was staged in is gone afterwards.
 */
class StandardOutputExportTest {
    @TempDir
    Path dir;

    private final String design = CliRun.example("global-inference");

    @Test
    void anSvgToStandardOutputIsTheSameFileAnSvgExportWrites() throws Exception {
        Path file = dir.resolve("x.svg");
        assertEquals(0, CliRun.of("export", design, "--svg", file.toString()).code());
        Set<Path> stagingBefore = stagingFolders();

        CliRun r = CliRun.of("export", design, "--svg", "-");

        assertEquals(0, r.code(), r.err());
        assertEquals(Files.readString(file), r.out());
        assertEquals("wrote -", r.err().strip(), "the report goes to stderr");
        assertFalse(Files.exists(Path.of("-")), "no file named '-' in the working folder");
        assertEquals(stagingBefore, stagingFolders(), "the staging folder is removed");
    }

    @Test
    void aFileBesideStandardOutputIsWrittenAndReportedOnStderr() throws Exception {
        Path workbook = dir.resolve("costs.xlsx");

        CliRun r = CliRun.of("export", design, "--drawio", "-", "--xlsx", workbook.toString());

        assertEquals(0, r.code(), r.err());
        assertTrue(
                r.out().startsWith("<mxfile") || r.out().startsWith("<?xml"),
                r.out().substring(0, 40));
        assertTrue(Files.size(workbook) > 0);
        assertTrue(r.err().contains("wrote " + workbook), r.err());
        assertTrue(r.err().contains("wrote -"), r.err());
    }

    @Test
    void twoOutputsToStandardOutputAreRefusedBeforeAnythingIsWritten() throws Exception {
        var before = FolderSnapshot.of(dir);

        CliRun r = CliRun.of(
                "export",
                design,
                "--svg",
                "-",
                "--pdf",
                "-",
                "--xlsx",
                dir.resolve("c.xlsx").toString());

        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertTrue(r.err().contains("only one output can go to standard output"), r.err());
        assertTrue(r.err().contains("--svg") && r.err().contains("--pdf"), r.err());
        assertEquals(before, FolderSnapshot.of(dir));
    }

    @Test
    void aFolderFormatCannotGoToStandardOutput() {
        CliRun r = CliRun.of("export", design, "--terraform", "-");

        assertEquals(2, r.code());
        assertEquals(1, r.err().strip().split("\n").length, r.err());
        assertTrue(r.err().contains("--terraform writes a folder"), r.err());
        assertFalse(Files.exists(Path.of("-")));
    }

    private static Set<Path> stagingFolders() throws IOException {
        try (Stream<Path> s = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return s.filter(p -> p.getFileName().toString().startsWith("skyloom-stdout-"))
                    .collect(Collectors.toSet());
        }
    }
}
