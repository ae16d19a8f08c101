package dev.skyloom.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skyloom.model.fixtures.ExampleFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real start-up path, end to end, under Monocle in child JVMs (issue 12, point 15): the launcher's
 * main shows the window on a design file; a rename in the inspector leaves a recovery copy; closing
 * asks to save the unsaved change; the process then dies as in a crash, and the next start offers to
 * recover the change.
 */
class RealStartTest {
    @TempDir
    Path dir;

    private List<String> run(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dglass.platform=Monocle",
                "-Dmonocle.platform=Headless",
                // a screen larger than the window: Monocle's painter overflows on a window larger than its screen
                "-Dheadless.geometry=1600x1000-32",
                "-Dprism.order=sw",
                "-Djava.awt.headless=true",
                "-Dskyloom.data.dir=" + dir.resolve("data"),
                "-Djava.io.tmpdir=" + dir,
                "-cp",
                System.getProperty("java.class.path"),
                RealStartDriver.class.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        return out.lines().toList();
    }

    @Test
    void theWindowOpensADesignAsksToSaveOnCloseAndOffersRecoveryAfterACrash() throws Exception {
        Path design = Files.copy(ExampleFiles.path("eu-sovereign-training"), dir.resolve("mine.skyloom.json"));

        List<String> first = run("edit", design.toString(), dir.resolve("data").toString());

        assertTrue(first.get(0).startsWith("SHOWN mine.skyloom.json"), first.toString());
        assertEquals("RECOVERY-WRITTEN", first.get(1), first.toString());
        assertTrue(first.get(2).startsWith("ASKED Save changes? | "), first.toString());
        assertTrue(first.get(2).contains("has unsaved changes"), first.toString());
        assertTrue(Files.readString(dir.resolve("data").resolve("recovery.skyloom.json"))
                .contains("Renamed before the crash"));

        List<String> second = run("restart", dir.resolve("data").toString());

        assertTrue(second.get(0).startsWith("SHOWN "), second.toString());
        assertTrue(second.get(1).startsWith("ASKED Recover unsaved changes? | "), second.toString());
        assertTrue(second.get(1).contains("mine.skyloom.json"), second.toString());
    }
}
