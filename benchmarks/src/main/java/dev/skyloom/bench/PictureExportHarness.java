package dev.skyloom.bench;

import dev.skyloom.catalog.Catalog;
import dev.skyloom.catalog.CatalogLoader;
import dev.skyloom.export.ExportException;
import dev.skyloom.export.diagram.Diagram;
import dev.skyloom.export.diagram.DiagramLabels;
import dev.skyloom.export.diagram.DiagramStyle;
import dev.skyloom.export.picture.AwtTextMeasure;
import dev.skyloom.export.picture.DiagramPicture;
import dev.skyloom.export.picture.DiagramPictures;
import dev.skyloom.export.picture.PdfPictureExporter;
import dev.skyloom.export.picture.PngPictureExporter;
import dev.skyloom.export.picture.SvgPictureExporter;
import dev.skyloom.model.Design;
import dev.skyloom.model.file.DesignFile;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * CPU time (of the exporting thread) of picture exports on extreme designs (issue 12), outside the test command:
 * {@code java -cp benchmarks/target/benchmarks.jar dev.skyloom.bench.PictureExportHarness [pipelines]}.
 * Prints, per case, the CPU time of the diagram (layout and routing), of its labels (fitting and placement),
 * and of the SVG (or each format) written to a temporary file that is deleted afterwards. Cases: a design
 * with {@code pipelines x pipelines} read connections (300 gives 90,000), a 1e7 x 1e7 layout box and a
 * box at x = 1e9 (both refused as too large to show).
 */
public final class PictureExportHarness {
    private PictureExportHarness() {}

    public static void main(String[] args) throws Exception {
        int side = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        Catalog catalog = CatalogLoader.bundled();
        Path dir = Files.createTempDirectory("skyloom-picture-harness");
        try {
            run("dense " + side * side + " connections", dense(side, dir), catalog, dir, false);
            run("box 1e7 x 1e7", box(40, 10_000_000, dir), catalog, dir, true);
            run("box at x = 1e9", box(1e9, 300, dir), catalog, dir, true);
        } finally {
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    Files.delete(p);
                }
            }
            Files.delete(dir);
        }
    }

    private static void run(String name, Path file, Catalog catalog, Path dir, boolean allFormats) throws Exception {
        long t0 = cpu();
        Design design = DesignFile.read(file);
        long t1 = cpu();
        Diagram diagram = Diagram.of(design);
        long t2 = cpu();
        DiagramLabels labels = DiagramLabels.of(diagram, Optional.of(catalog), AwtTextMeasure.shared());
        long t3 = cpu();
        DiagramPicture picture =
                DiagramPictures.of(diagram, labels, Optional.of(catalog), DiagramStyle.LIGHT, LocalDate.now());
        long t4 = cpu();
        StringBuilder line = new StringBuilder(String.format(
                Locale.ROOT,
                "%-26s read %6.0f ms  diagram %6.0f ms  labels %6.0f ms  picture %5.0f ms",
                name,
                ms(t0, t1),
                ms(t1, t2),
                ms(t2, t3),
                ms(t3, t4)));
        line.append(write("svg", () -> new SvgPictureExporter().writeFile(picture, dir.resolve("p.svg"))));
        if (allFormats) {
            line.append(write("png", () -> new PngPictureExporter(1).writeFile(picture, dir.resolve("p.png"))));
            line.append(write("pdf", () -> new PdfPictureExporter().writeFile(picture, dir.resolve("p.pdf"))));
        }
        line.append(String.format(Locale.ROOT, "  total %6.0f ms", ms(t0, cpu())));
        System.out.println(line);
    }

    private static String write(String format, Runnable export) {
        long t = cpu();
        String result = "ok";
        try {
            export.run();
        } catch (ExportException e) {
            result = "refused";
        }
        return String.format(Locale.ROOT, "  %s %s %6.0f ms", format, result, ms(t, cpu()));
    }

    /** CPU time of this thread: on a shared machine wall-clock time mostly measures the other processes. */
    private static long cpu() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static double ms(long from, long to) {
        return (to - from) / 1e6;
    }

    /** One AWS region holding {@code side} storages, {@code side} top-level pipelines each reading all of them. */
    static Path dense(int side, Path dir) throws Exception {
        StringBuilder sb = new StringBuilder(64 * side * side);
        sb.append("{\"skyloom\":1,\"name\":\"Dense\",\"currency\":\"USD\",\"dataClasses\":[],\"components\":[");
        sb.append("{\"id\":\"aws\",\"type\":\"provider\",\"provider\":\"aws\"},");
        sb.append("{\"id\":\"r\",\"type\":\"region\",\"parent\":\"aws\",\"region\":\"us-east-1\"}");
        for (int i = 0; i < side; i++) {
            sb.append(",{\"id\":\"s")
                    .append(i)
                    .append("\",\"type\":\"storage\",\"parent\":\"r\",")
                    .append("\"name\":\"Storage ")
                    .append(i)
                    .append("\",\"storageClass\":\"object\",\"capacityTb\":1}");
            sb.append(",{\"id\":\"p")
                    .append(i)
                    .append("\",\"type\":\"pipeline\",\"name\":\"Pipeline ")
                    .append(i)
                    .append("\",\"survives\":\"none\"}");
        }
        sb.append("],\"connections\":[");
        int k = 0;
        for (int i = 0; i < side; i++) {
            for (int j = 0; j < side; j++) {
                sb.append(k == 0 ? "" : ",")
                        .append("{\"id\":\"c")
                        .append(k++)
                        .append("\",\"type\":\"reads\",")
                        .append("\"from\":\"p")
                        .append(i)
                        .append("\",\"to\":\"s")
                        .append(j)
                        .append("\",\"monthlyTb\":1}");
            }
        }
        sb.append("],\"layout\":{}}");
        Path f = dir.resolve("dense.skyloom.json");
        Files.writeString(f, sb, StandardCharsets.UTF_8);
        return f;
    }

    /** A provider near the origin and one at x with a square box of the given size. */
    static Path box(double x, double size, Path dir) throws Exception {
        String json = String.format(
                Locale.ROOT,
                "{\"skyloom\":1,\"name\":\"Box\",\"currency\":\"USD\",\"dataClasses\":[],\"components\":["
                        + "{\"id\":\"near\",\"type\":\"provider\",\"provider\":\"aws\"},"
                        + "{\"id\":\"far\",\"type\":\"provider\",\"provider\":\"gcp\"}],\"connections\":[],"
                        + "\"layout\":{\"near\":{\"x\":40,\"y\":40,\"w\":300,\"h\":180},"
                        + "\"far\":{\"x\":%.0f,\"y\":40,\"w\":%.0f,\"h\":%.0f}}}",
                x,
                size,
                size);
        Path f = dir.resolve("box.skyloom.json");
        Files.writeString(f, json, StandardCharsets.UTF_8);
        return f;
    }
}
