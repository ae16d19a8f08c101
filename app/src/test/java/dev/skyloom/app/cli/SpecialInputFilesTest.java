package dev.skyloom.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A named pipe, a folder or a device given as the design file is refused at once with one line and
 * exit 2 (issue 12, point 3), by every command that reads a design. Opening a pipe for reading blocks
 * until a writer comes, so the pipe test keeps a writer waiting: had the command opened the pipe, the
 * writer would feed it some text and the command would answer about that text instead; either way
 * the test ends, without a clock.
 */
class SpecialInputFilesTest {
    @TempDir
    Path dir;

    static Stream<String> commands() {
        return Stream.of("check", "cost", "simulate", "export");
    }

    private static String[] args(String command, Path design, Path dir) {
        List<String> a = new ArrayList<>(List.of(command, design.toString()));
        if (command.equals("simulate")) {
            a.addAll(List.of("--fail", "aws"));
        }
        if (command.equals("export")) {
            a.addAll(List.of("--svg", dir.resolve("out.svg").toString()));
        }
        return a.toArray(String[]::new);
    }

    @ParameterizedTest
    @MethodSource("commands")
    void aNamedPipeIsRefusedWithoutOpeningIt(String command) throws Exception {
        Path fifo = dir.resolve("design.skyloom.json");
        assumeTrue(mkfifo(fifo), "mkfifo is not available here");
        Thread writer = new Thread(() -> {
            try (OutputStream out = Files.newOutputStream(fifo)) {
                out.write("this is what the pipe said".getBytes(StandardCharsets.UTF_8));
            } catch (IOException ignored) {
                // The test reads the outcome from the command, not from the writer.
            }
        });
        writer.setDaemon(true);
        writer.start();
        try {
            CliRun r = CliRun.of(args(command, fifo, dir));

            assertEquals(2, r.code(), r.err());
            assertEquals(1, r.err().lines().count(), r.err());
            assertTrue(r.err().contains("not a regular file"), r.err());
            assertTrue(r.err().contains(fifo.toString()), r.err());
            assertFalse(Files.exists(dir.resolve("out.svg")));
        } finally {
            // Release the writer if it is still waiting for a reader.
            if (writer.isAlive()) {
                try (InputStream in = Files.newInputStream(fifo)) {
                    in.readAllBytes();
                }
            }
            writer.join();
        }
    }

    @ParameterizedTest
    @MethodSource("commands")
    void aDeviceIsRefused(String command) {
        Path device = Path.of("/dev/null");
        assumeTrue(Files.exists(device));

        CliRun r = CliRun.of(args(command, device, dir));

        assertEquals(2, r.code(), r.err());
        assertEquals(
                "skyloom: /dev/null: is not a regular file (a named pipe, device or socket), not a design file",
                r.err().strip());
    }

    @ParameterizedTest
    @MethodSource("commands")
    void aFolderIsRefused(String command) {
        CliRun r = CliRun.of(args(command, dir, dir));

        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("is a folder, not a design file"), r.err());
    }

    private static boolean mkfifo(Path path) {
        try {
            Process p = new ProcessBuilder("mkfifo", path.toString())
                    .redirectErrorStream(true)
                    .start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0 && Files.exists(path);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
