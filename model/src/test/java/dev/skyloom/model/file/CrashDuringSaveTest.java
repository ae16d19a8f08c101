package dev.skyloom.model.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skyloom.model.Design;
import dev.skyloom.model.sample.GeneratedDesigns;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Stops a child JVM at each step of a save (through {@link AtomicOutput#stepReached}) and checks what is
 * on disk: before the rename the old file, from the rename on the new one, the .bak always whole.
 * Then a bounded random sweep kills a child JVM that saves in a loop at random moments (SIGKILL on Unix, TerminateProcess on
 * Windows) and checks after every kill that the file is complete: it parses and is exactly one of the
 * revisions the child wrote, never older than the last one seen. The .bak, when present, is complete too.
 * Leftover temporary files show that kills did land in the middle of saves. (A kill cannot show a
 * missing fsync, as the page cache survives it; that needs a power-loss file system such as LazyFS.)
 */
class CrashDuringSaveTest {
    private static final int KILLS = 10;

    /** Small enough to keep each child cheap on a busy machine; the kill lands in write, sync or rename. */
    private static final int SIZE = 400;

    @Test
    void killingTheProcessAtAnyMomentLeavesTheOldOrTheNewFile(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("design.skyloom.json");
        Design base = GeneratedDesigns.regionChain(SIZE);
        DesignFile.save(SaveLoop.revision(base, 0), target);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(
                java,
                "-Xshare:auto",
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-Xmx256m",
                "-cp",
                System.getProperty("java.class.path"),
                SaveLoop.class.getName(),
                target.toString());
        Random random = new Random(7);
        long last = 0;
        for (int kill = 0; kill < KILLS; kill++) {
            Process child = new ProcessBuilder(command)
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
            try (BufferedReader out =
                    new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                assertEquals("READY", out.readLine(), "child did not start saving");
                if (kill == 0) {
                    // on a loaded machine a first save can take longer than any random delay: wait for one, so
                    // the sweep always checks that completed saves survive too
                    assertEquals("SAVED", out.readLine(), "child did not complete its first save");
                }
                Thread.sleep(random.nextInt(500));
                child.destroyForcibly();
                // SIGKILL ends it whatever it is doing; a child that never dies is ended by the build's
                // forkedProcessTimeoutInSeconds
                child.waitFor();
            }
            Design found = DesignFile.read(target);
            long revision = SaveLoop.revisionOf(found);
            assertEquals(SaveLoop.revision(base, revision), found, "kill " + kill + ": file is not a whole revision");
            assertTrue(revision >= last, "kill " + kill + ": revision went back from " + last + " to " + revision);
            last = revision;
            Path bak = dir.resolve("design.skyloom.json.bak");
            if (Files.exists(bak)) {
                Design previous = DesignFile.read(bak);
                assertEquals(
                        SaveLoop.revision(base, SaveLoop.revisionOf(previous)), previous, "kill " + kill + ": .bak");
            }
        }
        assertTrue(last > 0, "no child ever completed a save");
    }

    /** Each step a save reports, in order, and whether the new revision is in place once it is reached. */
    static Stream<Arguments> steps() {
        return Stream.of(
                Arguments.of("backup-written", false, false),
                Arguments.of("temporary-written", false, false),
                Arguments.of("verified", false, false),
                Arguments.of("moved design.skyloom.json.bak", false, true),
                Arguments.of("moved design.skyloom.json", true, true),
                Arguments.of("committed", true, true));
    }

    @ParameterizedTest
    @MethodSource("steps")
    void stoppingAtAStepLeavesTheOldOrTheNewFileAndAWholeBackup(
            String step, boolean newFile, boolean newBackup, @TempDir Path dir) throws Exception {
        Path target = dir.resolve("design.skyloom.json");
        Design base = GeneratedDesigns.regionChain(SIZE);
        DesignFile.save(SaveLoop.revision(base, 0), target);
        DesignFile.save(SaveLoop.revision(base, 1), target);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(List.of(
                        java,
                        "-XX:TieredStopAtLevel=1",
                        "-cp",
                        System.getProperty("java.class.path"),
                        SaveOnceThenStop.class.getName(),
                        target.toString(),
                        step))
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();

        assertEquals(SaveOnceThenStop.HALTED, child.waitFor(), "the save never reached " + step);
        assertEquals(SaveLoop.revision(base, newFile ? 2 : 1), DesignFile.read(target), step);
        Design backup = DesignFile.read(dir.resolve("design.skyloom.json.bak"));
        assertEquals(SaveLoop.revision(base, newBackup ? 1 : 0), backup, step + ": .bak");
    }
}
