package dev.skyloom.bench;

import dev.skyloom.catalog.Catalog;
import dev.skyloom.catalog.CatalogLoader;
import dev.skyloom.export.drawio.DrawioExporter;
import dev.skyloom.export.pptx.DeckExporter;
import dev.skyloom.model.Design;
import dev.skyloom.model.sample.GeneratedDesigns;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.time.LocalDate;

/**
 * Time of the PowerPoint deck and the draw.io file of a generated design (issue 16 targets: 2,000 components,
 * deck under 10 s, draw.io under 2 s): {@code java -cp benchmarks/target/benchmarks.jar
 * dev.skyloom.bench.DeckExportHarness [COMPONENTS] [RUNS]}. Prints wall and thread CPU time and the size of
 * each file per run; the files are written to memory.
 */
public final class DeckExportHarness {
    private DeckExportHarness() {}

    public static void main(String[] args) throws Exception {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Catalog catalog = CatalogLoader.bundled();
        Design design = GeneratedDesigns.generate(size, 42);
        var threads = ManagementFactory.getThreadMXBean();
        for (int run = 1; run <= runs; run++) {
            ByteArrayOutputStream deck = new ByteArrayOutputStream();
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            new DeckExporter(catalog, LocalDate.of(2026, 12, 2), "").write(design, deck);
            long deckMs = (System.nanoTime() - t0) / 1_000_000;
            long deckCpu = (threads.getCurrentThreadCpuTime() - c0) / 1_000_000;
            ByteArrayOutputStream drawio = new ByteArrayOutputStream();
            c0 = threads.getCurrentThreadCpuTime();
            t0 = System.nanoTime();
            new DrawioExporter(catalog).write(design, drawio);
            long drawioMs = (System.nanoTime() - t0) / 1_000_000;
            long drawioCpu = (threads.getCurrentThreadCpuTime() - c0) / 1_000_000;
            System.out.printf("run %d, %d components: deck %d ms wall / %d ms CPU (%d KB); draw.io %d ms wall /"
                            + " %d ms CPU (%d KB)%n",
                    run, design.components().size(), deckMs, deckCpu, deck.size() / 1024, drawioMs, drawioCpu,
                    drawio.size() / 1024);
        }
    }
}
