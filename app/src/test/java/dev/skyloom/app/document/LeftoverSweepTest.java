package dev.skyloom.app.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skyloom.model.file.AtomicOutput;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LeftoverSweepTest {
    @TempDir
    Path dir;

    @Test
    void theStartSweepsTheDataFolderAndTheFoldersOfOpenedAndRecentDesigns() throws Exception {
        Path data = Files.createDirectory(dir.resolve("data"));
        Path designs = Files.createDirectory(dir.resolve("designs"));
        Path other = Files.createDirectory(dir.resolve("other"));
        Set<Path> folders = LeftoverSweep.folders(
                data,
                List.of(designs.resolve("a.skyloom.json").toString()),
                Optional.of(other.resolve("b.skyloom.json")));
        assertEquals(Set.of(data, designs, other), folders);

        // what a save killed during its write leaves: a full-size temporary file of a process now gone
        Process crashed = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        crashed.waitFor();
        Path leftover = Files.writeString(designs.resolve(".skyloom-" + crashed.pid() + "-42.tmp"), "{ half");
        Path design = Files.writeString(designs.resolve("a.skyloom.json"), "{}");
        folders.forEach(AtomicOutput::sweepLeftovers);
        assertFalse(Files.exists(leftover));
        assertTrue(Files.exists(design));
    }
}
