package dev.skyloom.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.skyloom.app.Main;
import dev.skyloom.model.file.DesignFile;
import dev.skyloom.model.sample.GeneratedDesigns;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Running out of memory is a clear line and exit 2, not a stack trace (issue 12, point 14): the real
 * launcher in a child JVM with a heap far too small for the design it is given.
 */
class OutOfMemoryTest {
    @TempDir
    Path dir;

    @Test
    void aDesignTooLargeForTheHeapGivesOneLineAndExitTwo() throws Exception {
        Path design = dir.resolve("large.skyloom.json");
        Files.writeString(design, DesignFile.toJson(GeneratedDesigns.generate(20_000, 7)), StandardCharsets.UTF_8);
        Process p = new ProcessBuilder(List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx24m",
                        "-XX:-UsePerfData",
                        "-Djava.io.tmpdir=" + dir,
                        "-cp",
                        System.getProperty("java.class.path"),
                        Main.class.getName(),
                        "check",
                        design.toString()))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

        assertEquals(2, p.waitFor(), err);
        assertEquals(SkyloomCli.OUT_OF_MEMORY, err.strip());
    }
}
