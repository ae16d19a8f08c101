package dev.skyloom.model.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skyloom.model.Design;
import dev.skyloom.model.TestDesigns;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a child JVM that saves in a loop at random moments (SIGKILL on Unix, TerminateProcess on
 * Windows) and checks after every kill that the file is complete: it parses and is exactly one of the
 * revisions the child wrote, never older than the last one seen. The .bak, when present, is complete too.
 * Leftover temporary files show that kills did land in the middle of saves. (A kill cannot show a
 * missing fsync, as the page cache survives it; that needs a power-loss file system such as LazyFS.)
 */
class CrashDuringSaveTest {
    private static final int KILLS = 50;

    /** Small enough to keep each child cheap on a busy machine; the kill lands in write, sync or rename. */
    private static final int SIZE = 400;

    @Test
    void killingTheProcessAtAnyMomentLeavesTheOldOrTheNewFile(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("design.skyloom.json");
        Design base = TestDesigns.generated(SIZE);
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
        int interrupted = 0;
        long started = System.nanoTime();
        for (int kill = 0; kill < KILLS; kill++) {
            Process child = new ProcessBuilder(command)
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
            try (BufferedReader out =
                    new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                assertEquals("READY", out.readLine(), "child did not start saving");
                Thread.sleep(random.nextInt(500));
                child.destroyForcibly();
                assertTrue(child.waitFor(30, TimeUnit.SECONDS), "child did not die");
            }
            Design found = DesignFile.read(target);
            long revision = SaveLoop.revisionOf(found);
            assertEquals(SaveLoop.revision(base, revision), found, "kill " + kill + ": file is not a whole revision");
            assertTrue(revision >= last, "kill " + kill + ": revision went back from " + last + " to " + revision);
            last = revision;
            // counted now: the next child's save sweeps the temporary files of the dead one
            try (var files = Files.list(dir)) {
                interrupted += files.anyMatch(f -> f.getFileName().toString().endsWith(".tmp")) ? 1 : 0;
            }
            Path bak = dir.resolve("design.skyloom.json.bak");
            if (Files.exists(bak)) {
                Design previous = DesignFile.read(bak);
                assertEquals(
                        SaveLoop.revision(base, SaveLoop.revisionOf(previous)), previous, "kill " + kill + ": .bak");
            }
        }
        assertTrue(last > 0, "no child ever completed a save");
        assertTrue(interrupted > 0, "no kill landed while a save was being written");
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
        assertTrue(seconds < 300, "took " + seconds + " s");
    }
}
