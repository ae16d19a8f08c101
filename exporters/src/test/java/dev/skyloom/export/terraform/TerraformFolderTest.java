package dev.skyloom.export.terraform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skyloom.export.ExportException;
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
}
