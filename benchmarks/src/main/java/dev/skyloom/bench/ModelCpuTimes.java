package dev.skyloom.bench;

import dev.skyloom.catalog.Catalog;
import dev.skyloom.catalog.CatalogLoader;
import dev.skyloom.model.Design;
import dev.skyloom.model.check.CheckSession;
import dev.skyloom.model.check.Checks;
import dev.skyloom.model.cost.CostEngine;
import dev.skyloom.model.file.DesignFile;
import dev.skyloom.model.graph.DesignGraph;
import dev.skyloom.model.sample.GeneratedDesigns;
import dev.skyloom.model.simulate.Outage;
import dev.skyloom.model.simulate.OutageSimulation;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;

/**
 * The model operations of {@link ModelBenchmarks}, timed as CPU time of the running thread (median of
 * repeated warm runs). On a shared machine wall-clock time mostly measures the other processes; CPU time
 * shows what an operation costs. Each operation is warmed up until the JIT stops compiling (see {@link
 * #warmUp}). Run: {@code java -cp benchmarks/target/benchmarks.jar
 * dev.skyloom.bench.ModelCpuTimes 1000 10000 100000}.
 */
public final class ModelCpuTimes {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final CompilationMXBean COMPILER = ManagementFactory.getCompilationMXBean();

    private interface Op {
        Object run() throws Exception;
    }

    private ModelCpuTimes() {}

    public static void main(String[] args) throws Exception {
        Catalog catalog = CatalogLoader.bundled();
        for (String arg : args) {
            int size = Integer.parseInt(arg);
            int reps = size >= 100_000 ? 7 : 31;
            Design design = GeneratedDesigns.generate(size, 42);
            Design edited = ModelBenchmarks.withOneEdit(design);
            String json = DesignFile.toJson(design);
            OutageSimulation sim = new OutageSimulation(DesignGraph.of(design), catalog);
            String region = sim.graph().regionUnitComponents(0).get(0);
            CheckSession session = new CheckSession(catalog);
            session.check(design);
            boolean[] flip = {false};
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%,d components:", size));
            line.append(measure("read", reps, () -> DesignFile.parse(json, "bench.skyloom.json")));
            line.append(measure("write", reps, () -> DesignFile.toJson(design)));
            line.append(measure("allChecks", reps, () -> Checks.runAll(design, catalog)));
            line.append(measure("recheckAfterEdit", reps, () -> {
                flip[0] = !flip[0];
                return session.check(flip[0] ? edited : design);
            }));
            line.append(measure("cost", reps, () -> new CostEngine(catalog).price(design)));
            // as the designer prices: one engine kept across edits (its catalog look-ups cached), graph built once
            CostEngine engine = new CostEngine(catalog);
            DesignGraph graph = DesignGraph.of(design);
            line.append(measure("costWarmEngine", reps, () -> engine.price(graph)));
            line.append(measure("buildGraph", reps, () -> DesignGraph.of(design)));
            line.append(measure("oneOutage", reps, () -> sim.run(Outage.of(region))));
            line.append(measure("singleRegionSweep", reps, sim::sweepRegions));
            // issue 17: the latency check with 100 populations (of the size's components), graph shared
            Design served = GeneratedDesigns.withPopulations(size - 100, 100, 42);
            DesignGraph servedGraph = DesignGraph.of(served);
            line.append(measure("latencyCheck100Populations", reps, () -> new dev.skyloom.model.check.LatencyCheck()
                    .check(new dev.skyloom.model.check.DesignContext(served, catalog, servedGraph))));
            // issue 19: a governed design (identity, one sink every region and pipeline ships to)
            Design governed = GeneratedDesigns.withGovernance(size - 2, 42);
            DesignGraph governedGraph = DesignGraph.of(governed);
            line.append(measure("governanceCheck", reps, () -> new dev.skyloom.model.check.GovernanceCheck()
                    .check(new dev.skyloom.model.check.DesignContext(governed, catalog, governedGraph))));
            line.append(measure("residencyWithTelemetry", reps, () -> new dev.skyloom.model.check.ResidencyCheck()
                    .check(new dev.skyloom.model.check.DesignContext(governed, catalog, governedGraph))));
            line.append(measure("allChecksGoverned", reps, () -> Checks.runAll(governed, catalog)));
            System.out.println(line);
        }
    }

    private static String measure(String name, int reps, Op op) throws Exception {
        warmUp(reps, op);
        long[] times = new long[reps];
        for (int i = 0; i < reps; i++) {
            long start = THREADS.getCurrentThreadCpuTime();
            op.run();
            times[i] = THREADS.getCurrentThreadCpuTime() - start;
        }
        Arrays.sort(times);
        return String.format(Locale.ROOT, " %s %.2f ms;", name, times[reps / 2] / 1e6);
    }

    /**
     * Runs {@code op} in blocks until a whole block passes without the JIT compiling anything (at most 40
     * blocks). A fixed number of warm-up runs is not enough on a loaded machine: the compiler threads get
     * their share of the cores too, so the first dozens of runs are still partly interpreted and their
     * CPU time measures the warm-up, not the operation.
     */
    private static void warmUp(int reps, Op op) throws Exception {
        int block = Math.max(3, reps / 3);
        long compiled = COMPILER.getTotalCompilationTime();
        for (int b = 0; b < 40; b++) {
            for (int i = 0; i < block; i++) {
                op.run();
            }
            long now = COMPILER.getTotalCompilationTime();
            if (b > 0 && now == compiled) {
                return;
            }
            compiled = now;
        }
    }
}
