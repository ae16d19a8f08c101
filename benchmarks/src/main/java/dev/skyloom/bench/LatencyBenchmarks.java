package dev.skyloom.bench;

import dev.skyloom.catalog.Catalog;
import dev.skyloom.catalog.CatalogLoader;
import dev.skyloom.model.Design;
import dev.skyloom.model.check.DesignContext;
import dev.skyloom.model.check.Finding;
import dev.skyloom.model.check.LatencyCheck;
import dev.skyloom.model.graph.DesignGraph;
import dev.skyloom.model.sample.GeneratedDesigns;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The latency check's target (issue 17): under 50 ms at 10,000 components with 100 populations. The
 * design is {@code GeneratedDesigns.withPopulations(n - 100, 100, 42)}; the graph is built once, as
 * {@code CheckSession} shares it between checks, and each run starts from a fresh context (so the
 * reach analysis, its round-trip cache and every failure are computed again). Run: {@code java -jar
 * benchmarks/target/benchmarks.jar LatencyBenchmarks -f 1 -wi 3 -i 5}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LatencyBenchmarks {
    @Param({"1000", "10000"})
    public int components;

    private Catalog catalog;
    private Design design;
    private DesignGraph graph;

    @Setup
    public void setUp() {
        catalog = CatalogLoader.bundled();
        design = GeneratedDesigns.withPopulations(components - 100, 100, 42);
        graph = DesignGraph.of(design);
    }

    @Benchmark
    public List<Finding> latencyCheck() {
        return new LatencyCheck().check(new DesignContext(design, catalog, graph));
    }
}
