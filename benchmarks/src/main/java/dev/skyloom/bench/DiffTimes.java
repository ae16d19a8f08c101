package dev.skyloom.bench;

import dev.skyloom.catalog.Catalog;
import dev.skyloom.catalog.CatalogLoader;
import dev.skyloom.model.Component;
import dev.skyloom.model.Connection;
import dev.skyloom.model.Design;
import dev.skyloom.model.diff.ComparisonMarkdown;
import dev.skyloom.model.diff.DesignComparison;
import dev.skyloom.model.diff.DesignDiff;
import dev.skyloom.model.sample.GeneratedDesigns;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * {@code skyloom diff} on generated designs (issue 18: a 10,000-component diff under 2 s): the head is the
 * base with every 50th pool's count raised, every 100th storage removed (with its connections) and its
 * last pipeline gone, so every part of the comparison has work. Prints the median wall-clock and CPU time
 * of {@link DesignDiff#compare} (both sides' checks, prices and every single failure) and of the
 * Markdown. Run: {@code java -cp benchmarks/target/benchmarks.jar dev.skyloom.bench.DiffTimes 10000}.
 */
public final class DiffTimes {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private DiffTimes() {}

    public static void main(String[] args) {
        Catalog catalog = CatalogLoader.bundled();
        for (String arg : args.length == 0 ? new String[] {"10000"} : args) {
            int size = Integer.parseInt(arg);
            Design base = GeneratedDesigns.generate(size, 42);
            Design head = changed(base);
            int reps = 11;
            long[] wall = new long[reps];
            long[] cpu = new long[reps];
            long[] md = new long[reps];
            DesignComparison c = null;
            for (int i = -3; i < reps; i++) {
                long w = System.nanoTime();
                long t = THREADS.getCurrentThreadCpuTime();
                c = DesignDiff.compare(base, head, catalog);
                if (i >= 0) {
                    wall[i] = System.nanoTime() - w;
                    cpu[i] = THREADS.getCurrentThreadCpuTime() - t;
                }
                long m = System.nanoTime();
                ComparisonMarkdown.render(c, "base", "head");
                if (i >= 0) {
                    md[i] = System.nanoTime() - m;
                }
            }
            System.out.printf(
                    Locale.ROOT,
                    "%,d components (%,d changed elements, %d failures): compare median %.0f ms wall, %.0f ms CPU"
                            + " (max %.0f ms wall); markdown %.1f ms%n",
                    size,
                    c.components().size() + c.connections().size(),
                    c.resilience().outages().size(),
                    median(wall) / 1e6,
                    median(cpu) / 1e6,
                    Arrays.stream(wall).max().orElse(0) / 1e6,
                    median(md) / 1e6);
        }
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    static Design changed(Design d) {
        List<Component> components = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        int pools = 0;
        int storages = 0;
        String lastPipeline = null;
        for (Component c : d.components()) {
            if (c instanceof Component.Pipeline) {
                lastPipeline = c.id();
            }
        }
        for (Component c : d.components()) {
            if (c instanceof Component.GpuPool p && pools++ % 50 == 0) {
                components.add(p.withCount(p.count() + 1));
            } else if ((c instanceof Component.Storage && storages++ % 100 == 0) || c.id().equals(lastPipeline)) {
                removed.add(c.id());
            } else {
                components.add(c);
            }
        }
        List<Connection> connections = new ArrayList<>();
        for (Connection k : d.connections()) {
            if (!removed.contains(k.from()) && !removed.contains(k.to())) {
                connections.add(k);
            }
        }
        return d.withTopology(components, connections);
    }
}
