package dev.skyloom.export.terraform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skyloom.export.ExportException;
import dev.skyloom.model.file.FolderSnapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TerraformFolderTest {
    @Test
    void refusesANonEmptyFolderItDidNotCreate(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("main.tf"), "# mine\n");
        ExportException e =
                assertThrows(ExportException.class, () -> TerraformFolder.write(dir, Map.of("a.tf", "x\n"), false));
        assertTrue(e.getMessage().contains("not empty") && e.getMessage().contains("--force"), e.getMessage());
        assertEquals("# mine\n", Files.readString(dir.resolve("main.tf")));
        assertFalse(Files.exists(dir.resolve("a.tf")));
    }

    @Test
    void writesIntoAForeignFolderWhenForced(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("main.tf"), "# mine\n");
        TerraformFolder.write(dir, Map.of("a.tf", "x\n"), true);
        assertEquals("x\n", Files.readString(dir.resolve("a.tf")));
        assertTrue(Files.exists(dir.resolve(TerraformFolder.MARKER)));
    }

    @Test
    void rewritesItsOwnFolderAndRemovesFilesNoLongerGenerated(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("tf");
        TerraformFolder.write(out, Map.of("a.tf", "1\n", "gcp.tf", "2\n"), false);
        Files.writeString(out.resolve("notes.txt"), "keep me");
        TerraformFolder.write(out, Map.of("a.tf", "3\n"), false);
        assertEquals("3\n", Files.readString(out.resolve("a.tf")));
        assertFalse(Files.exists(out.resolve("gcp.tf")));
        assertTrue(Files.exists(out.resolve("notes.txt")));
    }

    @Test
    void reportsAPathThatIsAFileWithOneClearMessage(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("f"), "x");
        ExportException e =
                assertThrows(ExportException.class, () -> TerraformFolder.write(file, Map.of("a.tf", "x\n"), true));
        assertEquals(file + ": exists and is not a directory", e.getMessage());
    }

    @Test
    void reportsAnUnwritableLocation(@TempDir Path dir) throws Exception {
        Path blocker = Files.writeString(dir.resolve("blocker"), "x");
        ExportException e = assertThrows(
                ExportException.class,
                () -> TerraformFolder.write(blocker.resolve("sub"), Map.of("a.tf", "x\n"), false));
        assertFalse(e.getMessage().contains("\n"));
        assertTrue(e.getMessage().contains("blocker"), e.getMessage());
    }

    @Test
    void aLinkPlantedAtAnOldTemporaryNameNeverWritesOutsideTheFolder(@TempDir Path dir) throws Exception {
        Path infra = dir.resolve("infra");
        TerraformFolder.write(infra, Map.of("aws.tf", "1\n"), false);
        Files.writeString(dir.resolve("victim.txt"), "victim");
        Files.createSymbolicLink(infra.resolve(".aws.tf.tmp"), Path.of("../victim.txt"));
        Map<String, String> outside = outside(dir);

        TerraformFolder.write(infra, Map.of("aws.tf", "2\n"), false);

        assertEquals("2\n", Files.readString(infra.resolve("aws.tf")));
        assertEquals(outside, outside(dir));
        assertEquals("victim", Files.readString(dir.resolve("victim.txt")));
        assertTrue(Files.isSymbolicLink(infra.resolve(".aws.tf.tmp")), "someone else's link is left alone");
    }

    @Test
    void aLinkInPlaceOfAGeneratedFileIsRefusedAndNothingIsWritten(@TempDir Path dir) throws Exception {
        Path infra = dir.resolve("infra");
        TerraformFolder.write(infra, Map.of("aws.tf", "1\n", "gcp.tf", "1\n"), false);
        Files.writeString(dir.resolve("victim.txt"), "victim");
        Files.delete(infra.resolve("gcp.tf"));
        Files.createSymbolicLink(infra.resolve("gcp.tf"), Path.of("../victim.txt"));
        Map<String, String> before = FolderSnapshot.of(dir);

        ExportException e = assertThrows(
                ExportException.class,
                () -> TerraformFolder.write(infra, Map.of("aws.tf", "2\n", "gcp.tf", "2\n"), false));

        assertTrue(e.getMessage().contains("gcp.tf: is a symbolic link"), e.getMessage());
        assertEquals(before, FolderSnapshot.of(dir));
    }

    @Test
    void aMarkerThatIsAFolderIsRefusedBeforeAnythingIsWrittenEvenWithForce(@TempDir Path dir) throws Exception {
        Path infra = Files.createDirectory(dir.resolve("infra"));
        Files.createDirectory(infra.resolve(TerraformFolder.MARKER));
        Map<String, String> before = FolderSnapshot.of(dir);

        ExportException e = assertThrows(
                ExportException.class, () -> TerraformFolder.write(infra, Map.of("a.tf", "x\n", "b.tf", "y\n"), true));

        assertTrue(
                e.getMessage().contains(TerraformFolder.MARKER)
                        && !e.getMessage().contains("\n"),
                e.getMessage());
        assertEquals(before, FolderSnapshot.of(dir));
    }

    @Test
    void aMarkerWithANulByteIsRefusedWithOneLineBeforeAnythingIsWritten(@TempDir Path dir) throws Exception {
        Path infra = Files.createDirectory(dir.resolve("infra"));
        Files.writeString(
                infra.resolve(TerraformFolder.MARKER), "# Files written by the Skyloom Terraform export\na\0b.tf\n");
        Map<String, String> before = FolderSnapshot.of(dir);

        ExportException e = assertThrows(ExportException.class, () -> TerraformFolder.check(infra, false));
        assertTrue(e.getMessage().contains(TerraformFolder.MARKER + ":2: damaged"), e.getMessage());
        assertThrows(ExportException.class, () -> TerraformFolder.write(infra, Map.of("a.tf", "x\n"), true));

        assertEquals(before, FolderSnapshot.of(dir));
    }

    @Test
    void aFolderPathThroughARegularFileCreatesNothing(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("afile"), "x");
        Map<String, String> before = FolderSnapshot.of(dir);
        assertThrows(ExportException.class, () -> TerraformFolder.check(dir.resolve("afile/sub"), false));
        assertThrows(
                ExportException.class,
                () -> TerraformFolder.write(dir.resolve("afile/sub"), Map.of("a.tf", "x\n"), false));
        assertEquals(before, FolderSnapshot.of(dir));
    }

    /** Everything in {@code dir} except the export folder itself. */
    private static Map<String, String> outside(Path dir) throws Exception {
        Map<String, String> all = new java.util.TreeMap<>(FolderSnapshot.of(dir));
        all.keySet().removeIf(k -> k.startsWith("infra/"));
        return all;
    }
}
