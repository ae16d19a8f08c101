package dev.skyloom.model.file;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.skyloom.model.Design;
import dev.skyloom.model.TestDesigns;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicSaveTest {
    @TempDir
    Path dir;

    private List<String> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void keepsThePreviousVersionAsBakAndLeavesNoTemporaryFiles() throws Exception {
        Path file = dir.resolve("eu.skyloom.json");
        Design first = TestDesigns.euTraining();
        Design second = first.withName("second");
        DesignFile.save(first, file);
        assertEquals(List.of("eu.skyloom.json"), files());
        DesignFile.save(second, file);
        assertEquals(List.of("eu.skyloom.json", "eu.skyloom.json.bak"), files());
        assertEquals(second, DesignFile.read(file));
        assertEquals(first, DesignFile.read(dir.resolve("eu.skyloom.json.bak")));
    }

    @Test
    void aFailedVerificationLeavesTheOriginalUntouchedAndCleansUp() throws Exception {
        Path file = dir.resolve("eu.skyloom.json");
        DesignFile.save(TestDesigns.euTraining(), file);
        byte[] before = Files.readAllBytes(file);
        IOException e = assertThrows(
                IOException.class,
                () -> AtomicSave.write(file, "{}".getBytes(StandardCharsets.UTF_8), written -> {
                    throw new IOException("rejected " + written.length + " bytes");
                }));
        assertEquals("rejected 2 bytes", e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals(List.of("eu.skyloom.json"), files());
    }

    @Test
    void refusesToSaveWhatDoesNotReadBackAsTheSameDesign() throws Exception {
        Path file = dir.resolve("x.skyloom.json");
        DesignFile.save(TestDesigns.minimal(), file);
        byte[] before = Files.readAllBytes(file);
        Design m = TestDesigns.minimal();
        // Extras held as non-canonical JSON text read back in canonical form, so the design differs.
        Design odd = new Design(
                m.name(),
                m.currency(),
                m.assumptions(),
                m.dataClasses(),
                m.components(),
                m.connections(),
                m.layout(),
                Map.of("future", "{ \"b\": 1, \"a\": 2 }"));
        IOException e = assertThrows(IOException.class, () -> DesignFile.save(odd, file));
        assertTrue(e.getMessage().contains("reads back as a different design"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals(List.of("x.skyloom.json"), files());
    }

    @Test
    void aLaterSaveDeletesLeftoversOfCrashedSavesButNotThoseOfRunningProcessesOrOtherFiles() throws Exception {
        Path file = dir.resolve("c.skyloom.json");
        long dead = deadPid();
        long running = ProcessHandle.current().parent().orElseThrow().pid();
        Path crashed = Files.writeString(dir.resolve(".skyloom-" + dead + "-123.tmp"), "{");
        Path inProgress = Files.writeString(dir.resolve(".skyloom-" + running + "-456.tmp"), "{");
        Path other = Files.writeString(dir.resolve(".c.skyloom.json.1.tmp"), "{");
        DesignFile.save(TestDesigns.minimal(), file);
        assertFalse(Files.exists(crashed));
        assertTrue(Files.exists(inProgress));
        assertTrue(Files.exists(other));
        assertEquals(List.of(".c.skyloom.json.1.tmp", inProgress.getFileName().toString(), "c.skyloom.json"), files());
    }

    /** The id of a process that has ended (a child that ran and exited). */
    static long deadPid() throws Exception {
        Process p = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        p.waitFor();
        return p.pid();
    }

    @Test
    void savesADesignWhoseFileNameIsAsLongAsTheFileSystemAllows() throws Exception {
        // 228+ characters failed before: the temporary name was built from the target's name
        Path file = dir.resolve("d".repeat(255 - ".skyloom.json".length()) + ".skyloom.json");
        DesignFile.save(TestDesigns.minimal(), file);
        DesignFile.save(TestDesigns.euTraining(), file);
        assertEquals(TestDesigns.euTraining(), DesignFile.read(file));
        assertEquals(List.of(file.getFileName().toString()), files());
    }

    @Test
    void savesFilesWhoseNamesLookLikeGlobPatterns() throws Exception {
        Path file = dir.resolve("a{b[1]*?.skyloom.json");
        DesignFile.save(TestDesigns.minimal(), file);
        DesignFile.save(TestDesigns.euTraining(), file);
        assertEquals(TestDesigns.euTraining(), DesignFile.read(file));
    }

    @Test
    void keepsTheFilesPermissionsAndGivesNewFilesReadableOnes() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path file = dir.resolve("p.skyloom.json");
        DesignFile.save(TestDesigns.minimal(), file);
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        DesignFile.save(TestDesigns.euTraining(), file);
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals(
                "rw-r-----",
                PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("p.skyloom.json.bak"))));
    }

    @Test
    void writesThroughASymbolicLinkToItsTarget() throws Exception {
        Path real = Files.createDirectory(dir.resolve("real")).resolve("d.skyloom.json");
        DesignFile.save(TestDesigns.minimal(), real);
        Path link = dir.resolve("link.skyloom.json");
        try {
            Files.createSymbolicLink(link, real);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "no symbolic links here: " + e);
        }
        DesignFile.save(TestDesigns.euTraining(), link);
        assertTrue(Files.isSymbolicLink(link));
        assertEquals(TestDesigns.euTraining(), DesignFile.read(real));
        assertEquals(TestDesigns.minimal(), DesignFile.read(real.resolveSibling("d.skyloom.json.bak")));
    }

    @Test
    void savingIntoAMissingFolderFailsWithoutLeavingAnything() {
        Path file = dir.resolve("missing").resolve("d.skyloom.json");
        assertThrows(IOException.class, () -> DesignFile.save(TestDesigns.minimal(), file));
        assertFalse(Files.exists(dir.resolve("missing")));
    }

    @Test
    void refusesToSaveOverAFolder() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("d.skyloom.json"));
        IOException e = assertThrows(IOException.class, () -> DesignFile.save(TestDesigns.minimal(), folder));
        assertTrue(e.getMessage().contains("folder"), e.getMessage());
    }
}
