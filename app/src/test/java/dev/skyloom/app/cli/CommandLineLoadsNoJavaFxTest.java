package dev.skyloom.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skyloom.app.Main;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line never loads JavaFX: each command runs in a child JVM with {@code -verbose:class} on
 * the test class path (which holds the JavaFX jars), and no {@code javafx.} class may appear among the
 * classes it loaded. A CI runner can then check, price and export designs without the platform's
 * JavaFX libraries.
 */
class CommandLineLoadsNoJavaFxTest {
    @TempDir
    Path dir;

    @Test
    void exportOfEveryFormatLoadsNoJavaFxClass() throws Exception {
        Path svg = dir.resolve("x.svg");
        Path pdf = dir.resolve("x.pdf");
        Path png = dir.resolve("x.png");
        Path xlsx = dir.resolve("x.xlsx");
        Path tf = dir.resolve("tf");
        Path pptx = dir.resolve("x.pptx");
        Path drawio = dir.resolve("x.drawio");
        Run run = run(
                Main.class.getName(),
                "export",
                CliRun.example("global-inference"),
                "--svg",
                svg.toString(),
                "--pdf",
                pdf.toString(),
                "--png",
                png.toString(),
                "--xlsx",
                xlsx.toString(),
                "--terraform",
                tf.toString(),
                "--pptx",
                pptx.toString(),
                "--drawio",
                drawio.toString());
        assertEquals(0, run.code, run.err);
        for (Path p : List.of(svg, pdf, png, xlsx, pptx, drawio)) {
            assertTrue(Files.size(p) > 0, p + " written");
        }
        assertTrue(Files.isDirectory(tf), "terraform folder written");
        assertEquals(List.of(), run.javaFxClasses());
        assertTrue(run.loaded("dev.skyloom.export.picture.SvgPictureExporter"), "the SVG exporter ran");
        // stderr is Skyloom's own lines: no library log noise (POI warned about shape ids on every deck)
        for (String line : run.err.lines().toList()) {
            assertTrue(line.startsWith("skyloom") || line.startsWith("warning: "), "unexpected stderr line: " + line);
        }
    }

    @Test
    void everyOtherCommandLoadsNoJavaFxClass() throws Exception {
        String design = CliRun.example("global-inference");
        String other = CliRun.example("hybrid-neocloud");
        String plan = Path.of("..", "exporters/src/test/resources/tfimport/infracost-example-plan/plan.json")
                .toAbsolutePath()
                .toString();
        List<String[]> commands = List.of(
                new String[] {"check", design},
                new String[] {"cost", design},
                new String[] {"simulate", design, "--fail", "aws"},
                new String[] {"latency", design},
                new String[] {"diff", design, other},
                new String[] {
                    "import",
                    plan,
                    "--out",
                    dir.resolve("imported.skyloom.json").toString()
                },
                new String[] {"catalog", "--provider", "aws"});
        for (String[] args : commands) {
            String[] all = new String[args.length + 1];
            all[0] = Main.class.getName();
            System.arraycopy(args, 0, all, 1, args.length);
            Run run = run(all);
            assertTrue(run.code == 0 || run.code == 1, args[0] + ": " + run.err);
            assertTrue(run.loaded("dev.skyloom.app.cli.SkyloomCli"), args[0] + " ran the CLI");
            assertEquals(List.of(), run.javaFxClasses(), args[0]);
        }
    }

    @Test
    void theProbeSeesJavaFxWhenItIsLoaded() throws Exception {
        Run run = run(LoadsJavaFx.class.getName());
        assertEquals(0, run.code, run.err);
        assertTrue(run.javaFxClasses().contains("javafx.scene.paint.Color"), "the detector is not blind");
    }

    /** A main that touches a JavaFX colour, as the command line did through the canvas theme. */
    static final class LoadsJavaFx {
        public static void main(String[] args) {
            System.out.println(javafx.scene.paint.Color.web("#0969DA"));
        }
    }

    private record Run(int code, List<String> loadedClasses, String err) {
        List<String> javaFxClasses() {
            return loadedClasses.stream().filter(c -> c.startsWith("javafx.")).collect(Collectors.toList());
        }

        boolean loaded(String name) {
            return loadedClasses.contains(name);
        }
    }

    private Run run(String... mainAndArgs) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> cmd = new ArrayList<>(List.of(
                java, "-verbose:class", "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path")));
        cmd.addAll(List.of(mainAndArgs));
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process p = new ProcessBuilder(cmd)
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        int code = p.waitFor();
        List<String> classes = new ArrayList<>();
        for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
            // JDK 9+ unified logging: "[0.123s][info][class,load] javafx.scene.paint.Color source: ..."
            int at = line.indexOf("[class,load] ");
            if (at >= 0) {
                String rest = line.substring(at + "[class,load] ".length());
                int space = rest.indexOf(' ');
                classes.add(space < 0 ? rest : rest.substring(0, space));
            }
        }
        return new Run(code, classes, Files.readString(err, StandardCharsets.UTF_8));
    }
}
