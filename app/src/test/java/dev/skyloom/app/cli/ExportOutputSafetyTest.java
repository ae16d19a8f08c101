package dev.skyloom.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.skyloom.export.terraform.TerraformFolder;
import dev.skyloom.model.file.FolderSnapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The output reproducers of issue 12, through {@code skyloom export}: each hashes the folder around the
 * outputs before and after, so no byte written or removed outside the requested output (or at all, when
 * the export is refused) goes unnoticed.
 */
class ExportOutputSafetyTest {
    @TempDir
    Path dir;

    private final String design = CliRun.example("global-inference");

    private static void assertOneLineError(CliRun r, String contains) {
        assertEquals(2, r.code(), r.out() + r.err());
        assertEquals(1, r.err().strip().split("\n").length, r.err());
        assertTrue(r.err().contains(contains), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void aLinkAtTheOldTemporaryNameDoesNotWriteOutsideTheTerraformFolder() throws Exception {
        Path infra = dir.resolve("infra");
        assertEquals(
                0, CliRun.of("export", design, "--terraform", infra.toString()).code());
        Path victim = Files.writeString(dir.resolve("victim.txt"), "victim");
        Files.createSymbolicLink(infra.resolve(".aws.tf.tmp"), Path.of("../victim.txt"));
        Map<String, String> outside = withoutFolder(FolderSnapshot.of(dir), "infra");

        CliRun r = CliRun.of("export", design, "--terraform", infra.toString());

        assertEquals(0, r.code(), r.err());
        assertEquals("victim", Files.readString(victim));
        assertEquals(outside, withoutFolder(FolderSnapshot.of(dir), "infra"));
    }

    @Test
    void aTerraformPathThroughARegularFileWritesNoWorkbookEither() throws Exception {
        Files.writeString(dir.resolve("afile"), "x");
        Map<String, String> before = FolderSnapshot.of(dir);
        CliRun r = CliRun.of(
                "export",
                design,
                "--xlsx",
                dir.resolve("costs.xlsx").toString(),
                "--terraform",
                dir.resolve("afile/sub").toString());
        assertOneLineError(r, "not a directory");
        assertEquals(before, FolderSnapshot.of(dir));
    }

    @Test
    void aMarkerThatIsAFolderWithForceWritesNothing() throws Exception {
        Path infra = Files.createDirectory(dir.resolve("infra"));
        Files.createDirectory(infra.resolve(TerraformFolder.MARKER));
        Files.writeString(infra.resolve("main.tf"), "# mine\n");
        Map<String, String> before = FolderSnapshot.of(dir);
        CliRun r = CliRun.of(
                "export", design, "--svg", dir.resolve("d.svg").toString(), "--terraform", infra.toString(), "--force");
        assertOneLineError(r, TerraformFolder.MARKER);
        assertEquals(before, FolderSnapshot.of(dir));
    }

    @Test
    void aMarkerWithANulByteIsOneLineAndWritesNothing() throws Exception {
        Path infra = Files.createDirectory(dir.resolve("infra"));
        Files.writeString(infra.resolve(TerraformFolder.MARKER), "aws.tf\nbad\0name\n");
        Map<String, String> before = FolderSnapshot.of(dir);
        CliRun r = CliRun.of(
                "export", design, "--xlsx", dir.resolve("c.xlsx").toString(), "--terraform", infra.toString());
        assertOneLineError(r, "damaged");
        assertFalse(r.err().contains("internal error"), r.err());
        assertEquals(before, FolderSnapshot.of(dir));
    }

    /**
     * A device node and a link to one like {@code /dev/null} and {@code /dev/stdout}, made in the test's
     * own folder: a regression must never replace the system's real ones (as root it would).
     */
    @Test
    void deviceNodesAndLinksToThemAreRefusedAndNotReplaced() throws Exception {
        Path device = dir.resolve("null");
        assumeTrue(run("mknod", device.toString(), "c", "1", "3"), "cannot make a device node here (not root)");
        Path stdout = Files.createSymbolicLink(dir.resolve("stdout"), Path.of("/proc/self/fd/1"));
        Map<String, String> before = FolderSnapshot.of(dir);
        assertOneLineError(CliRun.of("export", design, "--xlsx", device.toString()), "not a regular file");
        assertOneLineError(CliRun.of("export", design, "--svg", stdout.toString()), "symbolic link");
        assertEquals(before, FolderSnapshot.of(dir));
        assertEquals("other", FolderSnapshot.of(dir).get("null"), "still a device");
    }

    private static boolean run(String... command) {
        try {
            return new ProcessBuilder(command).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Test
    void aNamedPipeOrAFolderAsOutputIsRefusedWithoutWaiting() throws Exception {
        Path fifo = dir.resolve("out.xlsx");
        boolean made;
        try {
            made = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0;
        } catch (IOException e) {
            made = false;
        }
        assumeTrue(made, "mkfifo is not available");
        Files.createDirectory(dir.resolve("folder.svg"));
        Map<String, String> before = FolderSnapshot.of(dir);
        assertOneLineError(CliRun.of("export", design, "--xlsx", fifo.toString()), "not a regular file");
        assertOneLineError(
                CliRun.of("export", design, "--svg", dir.resolve("folder.svg").toString()), "is a directory");
        assertEquals(before, FolderSnapshot.of(dir));
    }

    @Test
    void aLinkGivenAsOutputIsRefusedAndItsTargetUntouched() throws Exception {
        Path victim = Files.writeString(dir.resolve("victim.txt"), "victim");
        Files.createSymbolicLink(dir.resolve("costs.xlsx"), victim);
        Map<String, String> before = FolderSnapshot.of(dir);
        assertOneLineError(
                CliRun.of("export", design, "--xlsx", dir.resolve("costs.xlsx").toString()), "symbolic link");
        assertEquals(before, FolderSnapshot.of(dir));
    }

    @Test
    void aLegal244CharacterOutputNameIsWritten() throws Exception {
        String name = "n".repeat(240) + ".svg";
        CliRun r = CliRun.of("export", design, "--svg", dir.resolve(name).toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.readString(dir.resolve(name)).contains("<svg"));
        assertEquals(1, FolderSnapshot.of(dir).size() - 1, "only the picture, no temporary file left");
    }

    private static Map<String, String> withoutFolder(Map<String, String> snapshot, String folder) {
        Map<String, String> out = new TreeMap<>(snapshot);
        out.keySet().removeIf(k -> k.equals(folder) || k.startsWith(folder + "/"));
        return out;
    }
}
