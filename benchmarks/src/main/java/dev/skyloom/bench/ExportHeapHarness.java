package dev.skyloom.bench;

import dev.skyloom.catalog.Catalog;
import dev.skyloom.catalog.CatalogLoader;
import dev.skyloom.export.terraform.TerraformExporter;
import dev.skyloom.export.xlsx.CostWorkbookExporter;
import dev.skyloom.export.xlsx.WorkbookData;
import dev.skyloom.export.xlsx.WorkbookDataFactory;
import dev.skyloom.model.Design;
import dev.skyloom.model.check.Checks;
import dev.skyloom.model.cost.CostEngine;
import dev.skyloom.model.cost.CostReport;
import dev.skyloom.model.sample.GeneratedDesigns;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Heap and time of one workbook export outside JMH, for the memory targets: run with a small heap, e.g.
 * {@code java -Xmx256m -cp benchmarks/target/benchmarks.jar dev.skyloom.bench.ExportHeapHarness 100000}.
 * Prints the heap in use before the export (design, report, findings, after GC), the peak during it,
 * and the time of each of a few runs (the file goes to a temporary directory and is deleted). A third
 * argument {@code workbook}, {@code terraform} or {@code both} (default) picks the exporters.
 */
public final class ExportHeapHarness {
    private ExportHeapHarness() {}

    public static void main(String[] args) throws Exception {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        String mode = args.length > 2 ? args[2] : "both";
        Catalog catalog = CatalogLoader.bundled();
        Design design = GeneratedDesigns.generate(size, 42);
        if (mode.equals("terraform")) {
            for (int i = 0; i < runs; i++) {
                terraform(catalog, design, size);
            }
            return;
        }
        CostReport report = new CostEngine(catalog).price(design);
        WorkbookData data = WorkbookDataFactory.create(design, catalog, report, Checks.runAll(design, catalog));
        Path dir = Files.createTempDirectory("skyloom-heap");
        Path file = dir.resolve("costs.xlsx");
        for (int i = 0; i < runs; i++) {
            System.gc();
            long before = usedHeap();
            resetPeaks();
            long cpu0 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            try (OutputStream out = Files.newOutputStream(file)) {
                new CostWorkbookExporter().write(data, out);
            }
            long ms = (System.nanoTime() - t0) / 1_000_000;
            long cpuMs = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu0) / 1_000_000;
            long peak = peakHeap();
            System.out.printf(
                    "workbook %d components (%d lines): %d ms (thread CPU %d ms), %.1f MB file, heap before %.1f MB, peak %.1f MB, extra %.1f MB, max %.0f MB%n",
                    size,
                    report.lines().size(),
                    ms,
                    cpuMs,
                    Files.size(file) / 1e6,
                    before / 1e6,
                    peak / 1e6,
                    (peak - before) / 1e6,
                    Runtime.getRuntime().maxMemory() / 1e6);
            if (mode.equals("both")) {
                terraform(catalog, design, size);
            }
        }
        Files.deleteIfExists(file);
        Files.deleteIfExists(dir);
    }

    private static void terraform(Catalog catalog, Design design, int size) {
        System.gc();
        long before = usedHeap();
        resetPeaks();
        long t1 = System.nanoTime();
        long cpu1 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        int files = new TerraformExporter(catalog).render(design).files().size();
        System.out.printf(
                "terraform %d components: %d ms (thread CPU %d ms), %d files, heap before %.1f MB, peak %.1f MB%n",
                size,
                (System.nanoTime() - t1) / 1_000_000,
                (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu1) / 1_000_000,
                files,
                before / 1e6,
                peakHeap() / 1e6);
    }

    private static long usedHeap() {
        long used = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                used += pool.getUsage().getUsed();
            }
        }
        return used;
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
