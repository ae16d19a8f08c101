package dev.skyloom.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The designer started where it cannot open a window (no display, a display that does not answer, no
 * GTK) says so in one line with what to do, and exits 2 (issue 12, point 8). The real launcher runs in
 * a child JVM with the test class path and without the Monocle settings of this JVM.
 */
class DesignerStartTest {
    @TempDir
    Path data;

    private record Run(int code, String err) {}

    private Run launch(String display) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // as the launcher starts it: without this, JDK 24+ prints four native-access warnings first
                "--enable-native-access=ALL-UNNAMED",
                "-cp",
                System.getProperty("java.class.path"),
                "-Dskyloom.data.dir=" + data,
                "-Djava.io.tmpdir=" + data,
                Main.class.getName()));
        ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Map<String, String> env = pb.environment();
        env.remove("WAYLAND_DISPLAY");
        env.remove("JAVA_TOOL_OPTIONS");
        if (display == null) {
            env.remove("DISPLAY");
        } else {
            env.put("DISPLAY", display);
        }
        Process p = pb.start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(p.waitFor(), err);
    }

    private static boolean linux() {
        return System.getProperty("os.name", "")
                        .toLowerCase(java.util.Locale.ROOT)
                        .contains("linux")
                && File.separatorChar == '/';
    }

    @Test
    void withoutADisplayTheDesignerSaysWhatIsMissingInOneLine() throws Exception {
        assumeTrue(linux());
        Run r = launch(null);

        assertEquals(2, r.code(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("skyloom: cannot open the designer: no display (DISPLAY is not set)."), r.err());
        assertTrue(r.err().contains("GTK 3 (libgtk-3-0)"), r.err());
        assertTrue(r.err().contains("`skyloom check FILE`"), r.err());
    }

    @Test
    void aDisplayThatCannotBeOpenedGivesOneLineNotAStackTrace() throws Exception {
        assumeTrue(linux());
        Run r = launch(":97531");

        assertEquals(2, r.code(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(
                r.err().startsWith("skyloom: cannot open the designer: the display cannot be opened (DISPLAY=:97531)."),
                r.err());
    }

    @Test
    void explainsAMissingGtkLibrary() {
        Optional<String> why = DesignerStart.explain(
                new RuntimeException(new UnsatisfiedLinkError("no glassgtk3 in java.library.path")));
        assertTrue(why.orElseThrow().contains("no glassgtk3"), why.toString());
        assertTrue(why.orElseThrow().contains("GTK 3 (libgtk-3-0)"), why.toString());
        assertEquals(Optional.empty(), DesignerStart.explain(new IllegalStateException("something else")));
    }

    @Test
    void monocleNeedsNoDisplay() {
        assertEquals(Optional.empty(), DesignerStart.missing("Linux", Map.of(), "Monocle"));
        assertTrue(DesignerStart.missing("Linux", Map.of(), null).isPresent());
        assertEquals(Optional.empty(), DesignerStart.missing("Mac OS X", Map.of(), null));
    }
}
