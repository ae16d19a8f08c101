package dev.skyloom.bench;

import dev.skyloom.catalog.CatalogLoadResult;
import dev.skyloom.catalog.CatalogLoader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * Catalog load measured as CPU time of the loading thread, which a busy shared machine disturbs far
 * less than wall-clock time: the first (cold) load in this JVM, then the mean of 20 uncached loads after
 * 30 warm-up loads. Run: {@code java -cp benchmarks/target/benchmarks.jar dev.skyloom.bench.CatalogLoadCpuTime}.
 */
public final class CatalogLoadCpuTime {
    private CatalogLoadCpuTime() {}

    public static void main(String[] args) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long start = mx.getCurrentThreadCpuTime();
        CatalogLoadResult first = CatalogLoader.loadBundled();
        double cold = (mx.getCurrentThreadCpuTime() - start) / 1e6;
        for (int i = 0; i < 30; i++) {
            CatalogLoader.loadBundled();
        }
        int runs = 20;
        start = mx.getCurrentThreadCpuTime();
        for (int i = 0; i < runs; i++) {
            CatalogLoader.loadBundled();
        }
        double warm = (mx.getCurrentThreadCpuTime() - start) / 1e6 / runs;
        System.out.printf(
                Locale.ROOT,
                "problems=%d cold first load cpu=%.1f ms, uncached load after warm-up cpu=%.1f ms%n",
                first.problems().size(),
                cold,
                warm);
    }
}
